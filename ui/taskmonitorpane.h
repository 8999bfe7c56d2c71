// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QToolButton;

namespace Gatehouse {

struct BatchSummary;
class ActionJournal;
class ActionRunner;
class ErrorBanner;
class TaskListModel;

// The task monitor: every action live with its state, the provider's message and request id;
// filter by state; cancel the selected batch, retry its failed actions, copy details.
class TaskMonitorPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskMonitorPane)

public:
    enum class Filter
    {
        All,
        InProgress, // queued, sending, running on the provider
        Failed,
        Unknown,
        Succeeded,
        Ended, // skipped or cancelled
    };
    Q_ENUM(Filter)

    // None is owned; runner and journal may be null (read-only monitor).
    TaskMonitorPane(TaskListModel *model, ActionRunner *runner, ActionJournal *journal,
        QWidget *parent = nullptr);
    ~TaskMonitorPane() override;

    void setFilter(Filter filter);
    Filter filter() const;
    QTableView *view() const { return m_view; }
    // The batch of the current row (null when none).
    QUuid currentBatch() const;
    // Selects the newest action of a batch (after a submit).
    void showBatch(const QUuid &batchId);

    // The counts of a batch by outcome, those above zero: "20 succeeded, 5 in progress".
    static QString countsText(const BatchSummary &summary);

    void cancelBatch();
    void retryFailed();
    void copyDetails();

private:
    void onCurrentChanged();
    void updateBatchSummary();
    void updateButtons();

    TaskListModel *m_model;
    QPointer<ActionRunner> m_runner;
    QPointer<ActionJournal> m_journal;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QToolButton *m_cancel = nullptr;
    QToolButton *m_retry = nullptr;
    QToolButton *m_copy = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_retryAction = nullptr;
    ErrorBanner *m_banner = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QTimer *m_summaryTimer = nullptr;
};

} // namespace Gatehouse

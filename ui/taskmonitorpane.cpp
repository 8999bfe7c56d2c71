// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/taskmonitorpane.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "models/tasklistmodel.h"
#include "tasks/actionjournal.h"
#include "tasks/actionrunner.h"
#include "ui/errorbanner.h"
#include "ui/popupmenu.h"
#include "ui/uiicons.h"

namespace Gatehouse {

namespace {

QString filterPattern(TaskMonitorPane::Filter filter)
{
    switch (filter) {
    case TaskMonitorPane::Filter::All:
        return QString();
    case TaskMonitorPane::Filter::InProgress:
        return QStringLiteral("^pending$");
    case TaskMonitorPane::Filter::Failed:
        return QStringLiteral("^failed$");
    case TaskMonitorPane::Filter::Unknown:
        return QStringLiteral("^unknown$");
    case TaskMonitorPane::Filter::Succeeded:
        return QStringLiteral("^succeeded$");
    case TaskMonitorPane::Filter::Ended:
        return QStringLiteral("^(skipped|cancelled)$");
    }
    return QString();
}

} // namespace

TaskMonitorPane::TaskMonitorPane(
    TaskListModel *model, ActionRunner *runner, ActionJournal *journal, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_runner(runner)
    , m_journal(journal)
{
    setObjectName(QStringLiteral("taskMonitorPane"));
    setAccessibleName(tr("Task monitor"));

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(TaskListModel::BucketRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setSortRole(TaskListModel::SortRole);

    auto *showLabel = new QLabel(tr("&Show:"), this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("taskFilterCombo"));
    m_filter->setAccessibleName(tr("Show actions by state"));
    showLabel->setBuddy(m_filter);
    m_filter->addItem(tr("All actions"), int(Filter::All));
    m_filter->addItem(
        UiIcons::icon(Icon::StatePending), tr("In progress"), int(Filter::InProgress));
    m_filter->addItem(UiIcons::icon(Icon::Cancel), tr("Failed"), int(Filter::Failed));
    m_filter->addItem(
        UiIcons::icon(Icon::StateUnknown), tr("Outcome unknown"), int(Filter::Unknown));
    m_filter->addItem(UiIcons::icon(Icon::StateEnabled), tr("Succeeded"), int(Filter::Succeeded));
    m_filter->addItem(UiIcons::muted(Icon::Cancel), tr("Skipped or cancelled"), int(Filter::Ended));
    connect(m_filter, &QComboBox::currentIndexChanged, this,
        [this]() { setFilter(Filter(m_filter->currentData().toInt())); });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("batchSummaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const auto makeButton = [this](const QString &text, Icon icon, const char *name) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(name));
        button->setText(text);
        button->setAccessibleName(text);
        button->setIcon(UiIcons::icon(icon));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        return button;
    };
    m_cancel = makeButton(tr("Cancel batch"), Icon::Cancel, "cancelBatchButton");
    m_cancel->setToolTip(tr("Cancel the actions of this batch that were not sent yet; what was "
                            "sent is followed to its end"));
    m_retry = makeButton(tr("Retry failed"), Icon::Retry, "retryFailedButton");
    m_retry->setToolTip(tr("Send the failed actions of this batch again"));
    m_copy = makeButton(tr("Copy details"), Icon::Copy, "copyDetailsButton");
    m_copy->setToolTip(tr("Copy the selected actions' details, request ids included"));
    connect(m_cancel, &QToolButton::clicked, this, &TaskMonitorPane::cancelBatch);
    connect(m_retry, &QToolButton::clicked, this, &TaskMonitorPane::retryFailed);
    connect(m_copy, &QToolButton::clicked, this, &TaskMonitorPane::copyDetails);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(showLabel);
    bar->addWidget(m_filter);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_cancel);
    bar->addWidget(m_retry);
    bar->addWidget(m_copy);

    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("monitorBanner"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("taskTable"));
    m_view->setAccessibleName(tr("Actions"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // Wide enough for the usual state titles and every action title, icon and padding included.
    int stateWidth = 0;
    for (const ActionState state : {ActionState::Accepted, ActionState::Succeeded,
             ActionState::Unknown, ActionState::Sending}) {
        stateWidth = qMax(stateWidth, fontMetrics().horizontalAdvance(actionStateTitle(state)));
    }
    int actionWidth = 0;
    for (const UserAction action : {UserAction::Disable, UserAction::Enable, UserAction::Unlock})
        actionWidth =
            qMax(actionWidth, fontMetrics().horizontalAdvance(TaskListModel::actionTitle(action)));
    header->resizeSection(TaskListModel::StateColumn, qMin(stateWidth + 44, 22 * em));
    header->resizeSection(TaskListModel::ActionColumn, actionWidth + 20);
    header->resizeSection(TaskListModel::UserColumn, 16 * em);
    header->resizeSection(TaskListModel::ProfileColumn, 10 * em);
    header->setSectionResizeMode(TaskListModel::MessageColumn, QHeaderView::Stretch);
    header->resizeSection(TaskListModel::RequestIdColumn, 11 * em);
    header->resizeSection(TaskListModel::UpdatedColumn, 7 * em);

    auto *copyAction = new QAction(UiIcons::icon(Icon::Copy), tr("Copy details"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &TaskMonitorPane::copyDetails);
    m_view->addAction(copyAction);
    m_cancelAction = new QAction(UiIcons::icon(Icon::Cancel), tr("Cancel batch"), m_view);
    connect(m_cancelAction, &QAction::triggered, this, &TaskMonitorPane::cancelBatch);
    m_view->addAction(m_cancelAction);
    m_retryAction = new QAction(UiIcons::icon(Icon::Retry), tr("Retry failed"), m_view);
    connect(m_retryAction, &QAction::triggered, this, &TaskMonitorPane::retryFailed);
    m_view->addAction(m_retryAction);
    PopupMenu::install(m_view);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("taskDetails"));
    m_details->setAccessibleName(tr("Details of the selected action"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an action to see its details."));
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    m_summaryTimer = new QTimer(this);
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(150);
    connect(m_summaryTimer, &QTimer::timeout, this, &TaskMonitorPane::updateBatchSummary);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &TaskMonitorPane::onCurrentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &TaskMonitorPane::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
        if (current.isValid() && current.row() == topLeft.row())
            onCurrentChanged();
        else
            m_summaryTimer->start();
    });
    connect(
        m_model, &QAbstractItemModel::rowsInserted, m_summaryTimer, qOverload<>(&QTimer::start));
    setTabOrder(m_filter, m_view);
    setTabOrder(m_view, m_details);
    updateButtons();
}

TaskMonitorPane::~TaskMonitorPane() = default;

void TaskMonitorPane::setFilter(Filter filter)
{
    const int index = m_filter->findData(int(filter));
    if (m_filter->currentIndex() != index)
        m_filter->setCurrentIndex(index); // comes back here through the signal
    m_proxy->setFilterRegularExpression(filterPattern(filter));
    updateButtons();
}

TaskMonitorPane::Filter TaskMonitorPane::filter() const
{
    return Filter(m_filter->currentData().toInt());
}

QUuid TaskMonitorPane::currentBatch() const
{
    return m_view->currentIndex().data(TaskListModel::BatchIdRole).toUuid();
}

void TaskMonitorPane::showBatch(const QUuid &batchId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(TaskListModel::BatchIdRole).toUuid() == batchId) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return;
        }
    }
}

void TaskMonitorPane::onCurrentChanged()
{
    m_details->setPlainText(m_view->currentIndex().data(TaskListModel::DetailsRole).toString());
    updateBatchSummary();
    updateButtons();
}

void TaskMonitorPane::updateBatchSummary()
{
    const QUuid batch = currentBatch();
    if (batch.isNull() || !m_journal) {
        const int total = m_model->rowCount();
        m_summary->setText(total == 0
                ? tr("No actions yet.")
                : (total == 1 ? tr("One action") : tr("%n actions", nullptr, total)));
        return;
    }
    const Result<BatchSummary> summary = m_journal->batchSummary(batch);
    if (!summary) {
        m_summary->setText(summary.error().message());
        return;
    }
    //: Summary of the selected batch: "Batch of 25: 20 succeeded, 5 in progress"
    m_summary->setText(
        tr("Batch of %1: %2").arg(QString::number(summary->total), countsText(summary.value())));
    updateButtons();
}

QString TaskMonitorPane::countsText(const BatchSummary &summary)
{
    QStringList parts;
    if (summary.pending > 0)
        parts << tr("%n in progress", nullptr, summary.pending);
    if (summary.succeeded > 0)
        parts << tr("%n succeeded", nullptr, summary.succeeded);
    if (summary.failed > 0)
        parts << tr("%n failed", nullptr, summary.failed);
    if (summary.unknown > 0)
        parts << tr("%n unknown", nullptr, summary.unknown);
    if (summary.skipped > 0)
        parts << tr("%n skipped", nullptr, summary.skipped);
    if (summary.cancelled > 0)
        parts << tr("%n cancelled", nullptr, summary.cancelled);
    //: Separates the counts of a batch: "20 succeeded, 5 in progress"
    return parts.join(tr(", "));
}

void TaskMonitorPane::updateButtons()
{
    const QUuid batch = currentBatch();
    const bool hasBatch = !batch.isNull() && m_runner;
    m_cancel->setEnabled(hasBatch && m_runner->isBatchActive(batch));
    bool failed = false;
    if (hasBatch && m_journal) {
        const Result<BatchSummary> summary = m_journal->batchSummary(batch);
        failed = summary && (summary->failed > 0 || summary->unknown > 0);
    }
    m_retry->setEnabled(hasBatch && failed);
    m_copy->setEnabled(m_view->selectionModel()->hasSelection());
    m_cancelAction->setEnabled(m_cancel->isEnabled());
    m_retryAction->setEnabled(m_retry->isEnabled());
}

void TaskMonitorPane::cancelBatch()
{
    const QUuid batch = currentBatch();
    if (batch.isNull() || !m_runner)
        return;
    const Result<int> cancelled = m_runner->cancelBatch(batch);
    if (!cancelled)
        m_banner->showError(tr("Cancelling the batch failed"), cancelled.error());
    else
        m_banner->showMessage(ErrorBanner::Level::Info,
            (cancelled.value() == 1
                    ? tr("One action cancelled; actions already sent are followed to their end.")
                    : tr("%n actions cancelled; actions already sent are followed to their end.",
                        nullptr, cancelled.value())));
    updateButtons();
}

void TaskMonitorPane::retryFailed()
{
    const QUuid batch = currentBatch();
    if (batch.isNull() || !m_runner)
        return;
    const Result<int> retried = m_runner->retryFailed(batch);
    if (!retried)
        m_banner->showError(tr("Retrying the batch failed"), retried.error());
    else
        m_banner->showMessage(ErrorBanner::Level::Info,
            (retried.value() == 1 ? tr("One action sent again.")
                                  : tr("%n actions sent again.", nullptr, retried.value())));
    updateButtons();
}

void TaskMonitorPane::copyDetails()
{
    QStringList blocks;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        blocks.append(index.data(TaskListModel::DetailsRole).toString());
    if (blocks.isEmpty() && m_view->currentIndex().isValid())
        blocks.append(m_view->currentIndex().data(TaskListModel::DetailsRole).toString());
    if (!blocks.isEmpty())
        QGuiApplication::clipboard()->setText(blocks.join(QStringLiteral("\n\n")));
}

} // namespace Gatehouse

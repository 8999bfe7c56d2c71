// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include "core/apierror.h"

class QLabel;
class QToolButton;

namespace Gatehouse {

// An inline, non-blocking message above the place it concerns: what failed in plain words,
// the provider's request id, and buttons to copy the details, retry and dismiss. Also used
// for information (a finished batch when no desktop notifications are available).
class ErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    enum class Level
    {
        Info,
        Warning,
        Error
    };

    explicit ErrorBanner(QWidget *parent = nullptr);
    ~ErrorBanner() override;

    // what: the operation that failed ("Loading users failed"); shows and raises the banner.
    void showError(const QString &what, const ApiError &error, bool canRetry = false);
    void showMessage(Level level, const QString &text);
    void dismiss();

    Level level() const { return m_level; }
    QString text() const;
    // The text the Copy button puts on the clipboard.
    const QString &details() const { return m_details; }

signals:
    void retryRequested();
    void dismissed();

protected:
    bool event(QEvent *event) override;

private:
    void applyLevel();
    void copyDetails();

    Level m_level = Level::Info;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_copy = nullptr;
    QToolButton *m_retry = nullptr;
    QToolButton *m_close = nullptr;
    QString m_details;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/errorbanner.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

#include "ui/uiicons.h"
#include "ui/uistyle.h"

namespace Gatehouse {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Message"));

    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTextFormat(Qt::RichText);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    const auto makeButton = [this](const QString &text, const QIcon &icon, const char *name) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(name));
        button->setText(text);
        button->setAccessibleName(text);
        button->setIcon(icon);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        return button;
    };
    m_copy = makeButton(tr("Copy"), UiIcons::icon(Icon::Copy), "bannerCopyButton");
    m_copy->setToolTip(tr("Copy the message with its request id"));
    m_retry = makeButton(tr("Retry"), UiIcons::icon(Icon::Retry), "bannerRetryButton");
    m_close = makeButton(
        QString(), style()->standardIcon(QStyle::SP_TitleBarCloseButton), "bannerCloseButton");
    m_close->setAccessibleName(tr("Dismiss"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_copy, 0, Qt::AlignTop);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_copy, &QToolButton::clicked, this, &ErrorBanner::copyDetails);
    connect(m_retry, &QToolButton::clicked, this, [this]() {
        dismiss();
        emit retryRequested();
    });
    connect(m_close, &QToolButton::clicked, this, [this]() {
        dismiss();
        emit dismissed();
    });
    hide();
}

ErrorBanner::~ErrorBanner() = default;

void ErrorBanner::showError(const QString &what, const ApiError &error, bool canRetry)
{
    m_level = Level::Error;
    //: An error in plain words: "Missing rights: The caller is not allowed to …"
    const QString problem = tr("%1: %2").arg(ApiError::kindTitle(error.kind()), error.message());
    QString html =
        QStringLiteral("<b>%1</b><br>%2").arg(what.toHtmlEscaped(), problem.toHtmlEscaped());
    if (!error.requestId().isEmpty())
        //: The provider's tracking id of a failed request, for its support desk.
        html += QStringLiteral("<br><small>%1</small>")
                    .arg(tr("Request id: %1").arg(error.requestId()).toHtmlEscaped());
    m_text->setText(html);
    m_details = what + QLatin1Char('\n') + error.summary();
    if (!error.details().isEmpty())
        m_details += QLatin1Char('\n') + error.details();
    m_copy->setVisible(true);
    m_retry->setVisible(canRetry);
    applyLevel();
    show();
}

void ErrorBanner::showMessage(Level level, const QString &text)
{
    m_level = level;
    m_text->setText(text.toHtmlEscaped());
    m_details = text;
    m_copy->setVisible(level != Level::Info);
    m_retry->setVisible(false);
    applyLevel();
    show();
}

void ErrorBanner::dismiss()
{
    hide();
}

QString ErrorBanner::text() const
{
    return m_text->text();
}

void ErrorBanner::copyDetails()
{
    QGuiApplication::clipboard()->setText(m_details);
}

void ErrorBanner::applyLevel()
{
    const QPalette base = QApplication::palette();
    QColor accent;
    Icon icon = Icon::About;
    switch (m_level) {
    case Level::Info:
        accent = UiStyle::infoColor(base);
        icon = Icon::About;
        break;
    case Level::Warning:
        accent = UiStyle::warningColor(base);
        icon = Icon::StateUnknown;
        break;
    case Level::Error:
        accent = UiStyle::errorColor(base);
        icon = Icon::Cancel;
        break;
    }
    QPalette pal = base;
    pal.setColor(QPalette::Window, UiStyle::tinted(base, accent, 0.16));
    pal.setColor(QPalette::WindowText, base.color(QPalette::Text));
    setPalette(pal);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(UiIcons::icon(icon).pixmap(QSize(size, size), devicePixelRatioF()));
}

bool ErrorBanner::event(QEvent *event)
{
    const bool handled = QFrame::event(event);
    // Follow the application's light/dark switch (the tint is set explicitly).
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyLevel();
    return handled;
}

} // namespace Gatehouse

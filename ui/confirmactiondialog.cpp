// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/confirmactiondialog.h"

#include <QPushButton>
#include <QStyle>

#include "ui/uiicons.h"
#include "ui/uistyle.h"
#include "ui_confirmactiondialog.h"

namespace Gatehouse {

ConfirmActionDialog::ConfirmActionDialog(
    UserAction action, const Profile &profile, const QStringList &users, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConfirmActionDialog>())
    , m_action(action)
    , m_profile(profile)
    , m_users(users)
{
    m_ui->setupUi(this);
    fill();
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &ConfirmActionDialog::updateState);
    connect(m_ui->countEdit, &QLineEdit::textChanged, this, &ConfirmActionDialog::updateState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConfirmActionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConfirmActionDialog::reject);
    updateState();
}

ConfirmActionDialog::~ConfirmActionDialog() = default;

void ConfirmActionDialog::fill()
{
    const int count = userCount();
    const QString provider = providerKindTitle(m_profile.provider);
    QString headline;
    QString button;
    switch (m_action) {
    case UserAction::Disable:
        setWindowTitle(tr("Disable users"));
        headline = count == 1 ? tr("Disable %1?").arg(m_users.value(0))
                              : tr("Disable %n users?", nullptr, count);
        button = count == 1 ? tr("Disable user") : tr("Disable %n users", nullptr, count);
        break;
    case UserAction::Enable:
        setWindowTitle(tr("Enable users"));
        headline = count == 1 ? tr("Enable %1?").arg(m_users.value(0))
                              : tr("Enable %n users?", nullptr, count);
        button = count == 1 ? tr("Enable user") : tr("Enable %n users", nullptr, count);
        break;
    case UserAction::Unlock:
        setWindowTitle(tr("Unlock users"));
        headline = count == 1 ? tr("Unlock %1?").arg(m_users.value(0))
                              : tr("Unlock %n users?", nullptr, count);
        button = count == 1 ? tr("Unlock user") : tr("Unlock %n users", nullptr, count);
        break;
    }

    QFont headlineFont = m_ui->headlineLabel->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.25);
    headlineFont.setBold(true);
    m_ui->headlineLabel->setFont(headlineFont);
    m_ui->headlineLabel->setText(headline);
    //: Which profile an action goes to: "On profile “Acme” (SailPoint Identity Security Cloud)"
    m_ui->profileLabel->setText(tr("On profile “%1” (%2)").arg(m_profile.name, provider));

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(
        UiIcons::action(m_action).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));

    for (int i = 0; i < qMin(count, listedUsersLimit); ++i)
        m_ui->usersList->addItem(m_users.at(i));
    if (count > listedUsersLimit)
        m_ui->usersList->addItem(tr("… and %n more", nullptr, count - listedUsersLimit));
    m_ui->usersList->setVisible(count > 1);

    QString note = m_profile.provider == ProviderKind::SailPoint
        ? tr("SailPoint runs the change as a task; the table shows the new state when the task "
             "has finished. Follow it in the task monitor.")
        : tr("The table shows the new state once the provider has confirmed it.");
    if (m_action == UserAction::Disable)
        //: Two sentences of a note, one after the other: "The table shows the new state once
        //: the provider has confirmed it. Disabled users can no longer sign in."
        note = tr("%1 %2").arg(note, tr("Disabled users can no longer sign in."));
    m_ui->noteLabel->setText(note);

    if (m_profile.requireReason) {
        m_ui->reasonLabel->setText(tr("&Reason or ticket (required):"));
        m_ui->reasonEdit->setPlaceholderText(tr("Ticket number or why, e.g. INC-1234 leaver"));
    } else {
        m_ui->reasonEdit->setPlaceholderText(tr("Optional: ticket number or why"));
    }
    const bool typed = needsTypedCount();
    m_ui->countLabel->setVisible(typed);
    m_ui->countEdit->setVisible(typed);
    if (typed)
        m_ui->countEdit->setPlaceholderText(
            tr("Type %1 to confirm this large batch").arg(QString::number(count)));

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(button);
    ok->setIcon(UiIcons::action(m_action));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(false);
    ok->setDefault(true);
    m_ui->reasonEdit->setFocus();
    QPalette problemPalette = m_ui->problemLabel->palette();
    problemPalette.setColor(QPalette::WindowText, UiStyle::warningColor(palette()));
    m_ui->problemLabel->setPalette(problemPalette);
    if (count <= 1)
        resize(width(), sizeHint().height()); // no list: no empty space
}

QString ConfirmActionDialog::reason() const
{
    return m_ui->reasonEdit->text().trimmed();
}

QString ConfirmActionDialog::problem() const
{
    if (m_profile.readOnly)
        return tr("The profile “%1” is read-only: actions are turned off.").arg(m_profile.name);
    if (m_users.isEmpty())
        return tr("No users are selected.");
    if (m_profile.requireReason && reason().isEmpty())
        return tr("This profile requires a reason or ticket for every action.");
    if (needsTypedCount() && m_ui->countEdit->text().trimmed() != QString::number(userCount()))
        return tr("Type the number of users (%1) to confirm a batch this large.")
            .arg(QString::number(userCount()));
    return QString();
}

void ConfirmActionDialog::updateState()
{
    const QString why = problem();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    m_ui->problemLabel->setText(why);
    m_ui->problemLabel->setVisible(!why.isEmpty());
}

void ConfirmActionDialog::accept()
{
    // Enter in a line edit triggers the default button even while it is disabled.
    if (!canConfirm())
        return;
    QDialog::accept();
}

} // namespace Gatehouse

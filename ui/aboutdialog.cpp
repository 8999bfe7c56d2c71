// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/aboutdialog.h"

#include <QSysInfo>

#include "core/version.h"
#include "ui/uiicons.h"
#include "ui_aboutdialog.h"

namespace Gatehouse {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(UiIcons::icon(Icon::App).pixmap(QSize(64, 64), devicePixelRatioF()));
    QFont name = m_ui->nameLabel->font();
    name.setPointSizeF(name.pointSizeF() * 1.6);
    name.setBold(true);
    m_ui->nameLabel->setFont(name);
    m_ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(GATEHOUSE_VERSION)));
    m_ui->descriptionLabel->setText(
        tr("Enable and disable users on SailPoint Identity Security Cloud, Huawei Cloud IAM "
           "Identity Center and RSA SecurID Cloud Administration, with every action journaled."));
    m_ui->detailsLabel->setText(
        tr("Built with Qt %1, running on Qt %2 (%3).")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                QSysInfo::prettyProductName())
            .toHtmlEscaped()
        + QStringLiteral("<br><br>")
        + tr("Free software under the GNU General Public License, version 3 or later.")
              .toHtmlEscaped());
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AboutDialog::reject);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionText() const
{
    return m_ui->versionLabel->text();
}

} // namespace Gatehouse

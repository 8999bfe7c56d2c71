// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDialog>

namespace Gatehouse {

namespace Ui {
class AboutDialog;
}

// Name, version (GATEHOUSE_VERSION), what Gatehouse is, the Qt it runs on and the licence.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    QString versionText() const;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace Gatehouse

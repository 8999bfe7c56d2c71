// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include "ui/confirmactiondialog.h"

using namespace Gatehouse;

namespace {

Profile profile(bool requireReason = false, bool readOnly = false)
{
    Profile p = Profile::create(ProviderKind::SailPoint, QStringLiteral("Acme tenant"));
    p.requireReason = requireReason;
    p.readOnly = readOnly;
    return p;
}

QStringList users(int n)
{
    QStringList names;
    for (int i = 0; i < n; ++i)
        names << QStringLiteral("User %1 (user%1)").arg(i);
    return names;
}

QPushButton *okButton(ConfirmActionDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
        ->button(QDialogButtonBox::Ok);
}

QLineEdit *edit(ConfirmActionDialog &dialog, const char *name)
{
    return dialog.findChild<QLineEdit *>(QLatin1String(name));
}

} // namespace

class TestConfirmActionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namesUserProfileAndAction();
    void namesCountForBatches();
    void reasonRequiredWhenProfileSaysSo();
    void optionalReasonAllowsEmpty();
    void largeBatchNeedsTypedCount_data();
    void largeBatchNeedsTypedCount();
    void readOnlyProfileCannotConfirm();
    void enterDoesNotBypassRules();
    void noteJoinsSentencesAsTheTranslationSays();
};

void TestConfirmActionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConfirmActionDialog::namesUserProfileAndAction()
{
    ConfirmActionDialog dialog(UserAction::Disable, profile(), {QStringLiteral("Jane Doe (jdoe)")});
    const QString headline = dialog.findChild<QLabel *>(QStringLiteral("headlineLabel"))->text();
    QVERIFY2(headline.contains(QStringLiteral("Disable")), qPrintable(headline));
    QVERIFY(headline.contains(QStringLiteral("Jane Doe (jdoe)")));
    const QString profileText = dialog.findChild<QLabel *>(QStringLiteral("profileLabel"))->text();
    QVERIFY(profileText.contains(QStringLiteral("Acme tenant")));
    QVERIFY(profileText.contains(providerKindTitle(ProviderKind::SailPoint)));
    QVERIFY(okButton(dialog)->text().contains(QStringLiteral("Disable")));
    QVERIFY(!dialog.needsTypedCount());
    QVERIFY(!edit(dialog, "countEdit")->isVisibleTo(&dialog));
}

void TestConfirmActionDialog::namesCountForBatches()
{
    ConfirmActionDialog dialog(UserAction::Enable, profile(), users(250));
    const QString headline = dialog.findChild<QLabel *>(QStringLiteral("headlineLabel"))->text();
    QVERIFY2(headline.contains(QStringLiteral("250")), qPrintable(headline));
    QVERIFY(headline.contains(QStringLiteral("Enable")));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("usersList"));
    // The first users by name, then how many more.
    QCOMPARE(list->count(), ConfirmActionDialog::listedUsersLimit + 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("User 0 (user0)"));
    QVERIFY(list->item(list->count() - 1)->text().contains(QStringLiteral("50")));
}

void TestConfirmActionDialog::reasonRequiredWhenProfileSaysSo()
{
    ConfirmActionDialog dialog(UserAction::Disable, profile(true), users(2));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog.problem().contains(QStringLiteral("reason")));
    QTest::keyClicks(edit(dialog, "reasonEdit"), QStringLiteral("   "));
    QVERIFY(!okButton(dialog)->isEnabled());
    edit(dialog, "reasonEdit")->clear();
    QTest::keyClicks(edit(dialog, "reasonEdit"), QStringLiteral("  INC-42 leaver "));
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.reason(), QStringLiteral("INC-42 leaver"));
    okButton(dialog)->click();
    QCOMPARE(accepted.size(), 1);
}

void TestConfirmActionDialog::optionalReasonAllowsEmpty()
{
    ConfirmActionDialog dialog(UserAction::Unlock, profile(false), users(1));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(dialog.reason().isEmpty());
}

void TestConfirmActionDialog::largeBatchNeedsTypedCount_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("typed");
    QTest::newRow("below") << ConfirmActionDialog::typedCountThreshold - 1 << false;
    QTest::newRow("at") << ConfirmActionDialog::typedCountThreshold << true;
    QTest::newRow("big") << 1000 << true;
}

void TestConfirmActionDialog::largeBatchNeedsTypedCount()
{
    QFETCH(int, count);
    QFETCH(bool, typed);
    ConfirmActionDialog dialog(UserAction::Disable, profile(), users(count));
    dialog.show();
    QCOMPARE(dialog.needsTypedCount(), typed);
    QCOMPARE(edit(dialog, "countEdit")->isVisible(), typed);
    QCOMPARE(okButton(dialog)->isEnabled(), !typed);
    if (!typed)
        return;
    QTest::keyClicks(edit(dialog, "countEdit"), QString::number(count + 1));
    QVERIFY(!okButton(dialog)->isEnabled());
    edit(dialog, "countEdit")->clear();
    QTest::keyClicks(edit(dialog, "countEdit"), QString::number(count));
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestConfirmActionDialog::readOnlyProfileCannotConfirm()
{
    ConfirmActionDialog dialog(UserAction::Disable, profile(false, true), users(1));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog.problem().contains(QStringLiteral("read-only")));
    dialog.accept();
    QCOMPARE(accepted.size(), 0);
}

void TestConfirmActionDialog::enterDoesNotBypassRules()
{
    ConfirmActionDialog dialog(UserAction::Disable, profile(true), users(1));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(edit(dialog, "reasonEdit"), Qt::Key_Return);
    QCOMPARE(accepted.size(), 0);
    QTest::keyClicks(edit(dialog, "reasonEdit"), QStringLiteral("INC-7"));
    QTest::keyClick(edit(dialog, "reasonEdit"), Qt::Key_Return);
    QCOMPARE(accepted.size(), 1);
}

void TestConfirmActionDialog::noteJoinsSentencesAsTheTranslationSays()
{
    const Profile huawei = Profile::create(ProviderKind::Huawei, QStringLiteral("Acme Huawei"));
    const auto note = [&huawei]() {
        ConfirmActionDialog dialog(UserAction::Disable, huawei, {QStringLiteral("Jane Doe")});
        return dialog.findChild<QLabel *>(QStringLiteral("noteLabel"))->text();
    };
    QCOMPARE(note(),
        QStringLiteral("The table shows the new state once the provider has confirmed it. "
                       "Disabled users can no longer sign in."));
    // Chinese sentences follow each other without a space.
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral("gatehouse_zh_CN"), QStringLiteral(":/i18n")));
    QVERIFY(QCoreApplication::installTranslator(&chinese));
    const QString translated = note();
    QCoreApplication::removeTranslator(&chinese);
    QCOMPARE(
        translated, QStringLiteral("提供商确认后，表格会显示新状态。被禁用的用户将无法再登录。"));
}

QTEST_MAIN(TestConfirmActionDialog)
#include "tst_confirmactiondialog.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include "ui/actiontexts.h"

using namespace Gatehouse;

class TestActionTexts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void withoutMnemonic_data();
    void withoutMnemonic();
    void toolTipNamesTheShortcut();
    void toolbarButtonFollowsTheText();
    void ownToolTipAndIconTextStay();
};

void TestActionTexts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestActionTexts::withoutMnemonic_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("latin") << QStringLiteral("&Disable") << QStringLiteral("Disable");
    QTest::newRow("latin, inside") << QStringLiteral("Load &All") << QStringLiteral("Load All");
    QTest::newRow("literal ampersand")
        << QStringLiteral("Save && &Close") << QStringLiteral("Save & Close");
    QTest::newRow("none") << QStringLiteral("Refresh") << QStringLiteral("Refresh");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("cjk") << QStringLiteral("禁用(&D)") << QStringLiteral("禁用");
    QTest::newRow("cjk, ellipsis")
        << QStringLiteral("管理配置文件(&M)…") << QStringLiteral("管理配置文件…");
    QTest::newRow("cjk, dots") << QStringLiteral("導出(&E)...") << QStringLiteral("導出...");
    QTest::newRow("cjk, colon") << QStringLiteral("配置文件(&P)：") << QStringLiteral("配置文件：");
    QTest::newRow("cjk, space before") << QStringLiteral("終了 (&Q)") << QStringLiteral("終了");
    QTest::newRow("cjk, full-width brackets")
        << QStringLiteral("刷新（&R）") << QStringLiteral("刷新");
    // Brackets that are part of the text, not a mnemonic, stay.
    QTest::newRow("brackets in the text")
        << QStringLiteral("&Copy Id (raw)") << QStringLiteral("Copy Id (raw)");
    QTest::newRow("mnemonic not at the end")
        << QStringLiteral("(&D) disable") << QStringLiteral("(D) disable");
}

void TestActionTexts::withoutMnemonic()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ActionTexts::withoutMnemonic(text), expected);
}

void TestActionTexts::toolTipNamesTheShortcut()
{
    const QKeySequence key(Qt::CTRL | Qt::Key_D);
    const QString native = key.toString(QKeySequence::NativeText);
    QCOMPARE(ActionTexts::toolTip(QStringLiteral("禁用(&D)"), key),
        QStringLiteral("禁用 (%1)").arg(native));
    QCOMPARE(ActionTexts::toolTip(QStringLiteral("&Stop Loading"), QKeySequence()),
        QStringLiteral("Stop Loading"));
    QCOMPARE(ActionTexts::toolTip(QString(), QKeySequence(Qt::Key_Escape)), QString());
}

void TestActionTexts::toolbarButtonFollowsTheText()
{
    QToolBar bar;
    bar.setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *action = new QAction(QStringLiteral("&Disable"), &bar);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    ActionTexts::follow(action);
    bar.addAction(action);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    auto *button = qobject_cast<QToolButton *>(bar.widgetForAction(action));
    QVERIFY(button);
    const QString native = action->shortcut().toString(QKeySequence::NativeText);
    QCOMPARE(button->text(), QStringLiteral("Disable"));
    QCOMPARE(button->toolTip(), QStringLiteral("Disable (%1)").arg(native));

    action->setText(QStringLiteral("禁用(&D)"));
    QCOMPARE(button->text(), QStringLiteral("禁用"));
    QCOMPARE(button->toolTip(), QStringLiteral("禁用 (%1)").arg(native));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QCOMPARE(button->toolTip(),
        QStringLiteral("禁用 (%1)").arg(action->shortcut().toString(QKeySequence::NativeText)));
}

void TestActionTexts::ownToolTipAndIconTextStay()
{
    QAction action(QStringLiteral("&Export Visible Rows…"));
    action.setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    ActionTexts::follow(&action);
    action.setIconText(QStringLiteral("Export"));
    action.setToolTip(QStringLiteral("Export the rows shown"));
    action.setText(QStringLiteral("导出可见行(&E)…"));
    QCOMPARE(action.iconText(), QStringLiteral("Export"));
    QCOMPARE(action.toolTip(), QStringLiteral("Export the rows shown"));

    // Only the tooltip of its own: the icon text still follows.
    QAction loadAll(QStringLiteral("&Load All"));
    ActionTexts::follow(&loadAll);
    loadAll.setToolTip(QStringLiteral("Load every page"));
    loadAll.setText(QStringLiteral("全部加载(&L)"));
    QCOMPARE(loadAll.iconText(), QStringLiteral("全部加载"));
    QCOMPARE(loadAll.toolTip(), QStringLiteral("Load every page"));
}

QTEST_MAIN(TestActionTexts)
#include "tst_actiontexts.moc"

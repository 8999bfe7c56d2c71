// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>
#include <QTextStream>

#include "cli/displaywidth.h"
#include "cli/output.h"

using namespace Gatehouse;

namespace {

// U+20BB7, a CJK extension B ideograph, as its surrogate pair.
const QString supplementaryIdeograph = QString::fromUtf8("\xF0\xA0\xAE\xB7");

// Display column at which `needle` starts in `line`.
int columnOf(const QString &line, const QString &needle)
{
    const qsizetype index = line.indexOf(needle);
    return index < 0 ? -1 : displayWidth(QStringView(line).first(index));
}

} // namespace

// The table output counts terminal columns, so CJK text (two columns a character) stays
// aligned and is cut without splitting a character.
class TestCliOutput : public QObject
{
    Q_OBJECT

private slots:
    void displayWidthCountsColumns_data();
    void displayWidthCountsColumns();
    void elideKeepsWithinWidth_data();
    void elideKeepsWithinWidth();
    void padFillsToWidth();
    void tableColumnsLineUpWithWideText();
    void tableCutsLongWideCells();
    void csvIsUntouched();
};

void TestCliOutput::displayWidthCountsColumns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("ascii") << QStringLiteral("jdoe@example.com") << 16;
    QTest::newRow("latin accents") << QString::fromUtf8("Jos\xC3\xA9 M\xC3\xBCller") << 11;
    QTest::newRow("combining accent") << QString::fromUtf8("Jose\xCC\x81") << 4;
    QTest::newRow("cjk ideographs") << QString::fromUtf8("张伟") << 4;
    QTest::newRow("cjk punctuation") << QString::fromUtf8("禁用：已完成。") << 14;
    QTest::newRow("mixed") << QString::fromUtf8("Li 李") << 5;
    QTest::newRow("hiragana") << QString::fromUtf8("すずき") << 6;
    QTest::newRow("katakana") << QString::fromUtf8("スズキ") << 6;
    QTest::newRow("hangul syllables") << QString::fromUtf8("김민준") << 6;
    QTest::newRow("hangul jamo") << QString::fromUtf8("\xE1\x84\x80") << 2;
    QTest::newRow("fullwidth forms") << QString::fromUtf8("ＡＢＣ１") << 8;
    QTest::newRow("halfwidth katakana") << QString::fromUtf8("\xEF\xBD\xB1") << 1;
    QTest::newRow("ideographic space") << QString::fromUtf8("\xE3\x80\x80") << 2;
    QTest::newRow("supplementary ideograph") << supplementaryIdeograph << 2;
    QTest::newRow("supplementary and ascii")
        << QStringLiteral("a") + supplementaryIdeograph + QStringLiteral("b") << 4;
    QTest::newRow("zero width space") << QString::fromUtf8("a\xE2\x80\x8B"
                                                           "b")
                                      << 2;
    QTest::newRow("lone surrogate") << QString(QChar(0xD842)) << 1;
}

void TestCliOutput::displayWidthCountsColumns()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QCOMPARE(displayWidth(text), width);
}

void TestCliOutput::elideKeepsWithinWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("expected");
    const QString ellipsis(QChar(0x2026));
    QTest::newRow("fits") << QStringLiteral("abc") << 3 << QStringLiteral("abc");
    QTest::newRow("ascii cut") << QStringLiteral("abcdef") << 4 << QStringLiteral("abc") + ellipsis;
    QTest::newRow("cjk fits") << QString::fromUtf8("张伟") << 4 << QString::fromUtf8("张伟");
    // Three columns leave room for one wide character and the ellipsis.
    QTest::newRow("cjk cut") << QString::fromUtf8("张伟明") << 4
                             << QString::fromUtf8("张") + ellipsis;
    // A wide character that would straddle the cut is left out entirely.
    QTest::newRow("cjk no straddle")
        << QString::fromUtf8("张伟明") << 5 << QString::fromUtf8("张伟") + ellipsis;
    QTest::newRow("cjk narrow room") << QString::fromUtf8("张伟") << 2 << ellipsis;
    QTest::newRow("surrogate pair kept whole") << supplementaryIdeograph + supplementaryIdeograph
            + QStringLiteral("x") << 4 << supplementaryIdeograph + ellipsis;
    QTest::newRow("zero width") << QStringLiteral("abc") << 0 << QString();
}

void TestCliOutput::elideKeepsWithinWidth()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(QString, expected);
    const QString elided = elideToWidth(text, width);
    QCOMPARE(elided, expected);
    QVERIFY(displayWidth(elided) <= width);
}

void TestCliOutput::padFillsToWidth()
{
    QCOMPARE(padToWidth(QString::fromUtf8("张伟"), 6), QString::fromUtf8("张伟  "));
    QCOMPARE(padToWidth(QStringLiteral("ab"), 6), QStringLiteral("ab    "));
    QCOMPARE(padToWidth(QString::fromUtf8("张伟明"), 4), QString::fromUtf8("张伟明"));
}

void TestCliOutput::tableColumnsLineUpWithWideText()
{
    QString text;
    QTextStream out(&text);
    Output::RowWriter rows(out, OutputFormat::Table,
        {QString::fromUtf8("显示名称"), QString::fromUtf8("登录名"), QStringLiteral("ID")});
    rows.addRow({QStringLiteral("Jane Doe"), QStringLiteral("jdoe"), QStringLiteral("id-1")});
    rows.addRow(
        {QString::fromUtf8("张伟"), QString::fromUtf8("zhang.wei"), QStringLiteral("id-2")});
    rows.addRow(
        {QString::fromUtf8("김민준 (Ｋｉｍ)"), QStringLiteral("mkim"), QStringLiteral("id-3")});
    rows.addRow({supplementaryIdeograph, QString::fromUtf8("すずき"), QStringLiteral("id-4")});
    rows.flush();
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    // Widest first column: "김민준 (Ｋｉｍ)" = 6 + 1 + 1 + 6 + 1 = 15 columns, then two spaces.
    const int loginColumn = 17;
    QCOMPARE(columnOf(lines.at(0), QString::fromUtf8("登录名")), loginColumn);
    QCOMPARE(columnOf(lines.at(1), QStringLiteral("jdoe")), loginColumn);
    QCOMPARE(columnOf(lines.at(2), QStringLiteral("zhang.wei")), loginColumn);
    QCOMPARE(columnOf(lines.at(3), QStringLiteral("mkim")), loginColumn);
    QCOMPARE(columnOf(lines.at(4), QString::fromUtf8("すずき")), loginColumn);
    // Widest second column: "zhang.wei" (9 columns), then two spaces.
    const int idColumn = loginColumn + 9 + 2;
    QCOMPARE(columnOf(lines.at(0), QStringLiteral("ID")), idColumn);
    for (int row = 1; row <= 4; ++row)
        QCOMPARE(columnOf(lines.at(row), QStringLiteral("id-%1").arg(row)), idColumn);
}

void TestCliOutput::tableCutsLongWideCells()
{
    QString text;
    QTextStream out(&text);
    Output::RowWriter rows(
        out, OutputFormat::Table, {QStringLiteral("NAME"), QStringLiteral("ID")});
    // 30 ideographs are 60 columns: cut to the 40-column maximum.
    const QString longName = QString(30, QChar(0x4E2D));
    rows.addRow({longName, QStringLiteral("id-1")});
    rows.flush();
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QString cell = lines.at(1).section(QStringLiteral("  "), 0, 0);
    QCOMPARE(cell, QString(19, QChar(0x4E2D)) + QChar(0x2026));
    QCOMPARE(displayWidth(cell), 39);
    QCOMPARE(columnOf(lines.at(1), QStringLiteral("id-1")), 42);
    QCOMPARE(columnOf(lines.at(0), QStringLiteral("ID")), 42);
}

void TestCliOutput::csvIsUntouched()
{
    QString text;
    QTextStream out(&text);
    Output::RowWriter rows(out, OutputFormat::Csv, {QStringLiteral("name"), QStringLiteral("id")});
    const QString longName = QString(30, QChar(0x4E2D));
    rows.addRow({longName, QStringLiteral("id-1")});
    rows.flush();
    QCOMPARE(text, QStringLiteral("name,id\n") + longName + QStringLiteral(",id-1\n"));
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDirIterator>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QSvgRenderer>
#include <QTest>
#include <QtEndian>

#include "core/version.h"
#include "resources/gatehouseresources.h"

using namespace Gatehouse;

namespace {

// Collects what QtSvg says while parsing: an element or attribute it does not support is
// drawn wrongly or not at all, and only shows up as a warning.
QStringList s_svgWarnings;

void collectSvgWarnings(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type != QtDebugMsg && type != QtInfoMsg
        && QByteArrayView(context.category).startsWith("qt.svg"))
        s_svgWarnings.append(text);
}

int opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 128)
                ++count;
        }
    }
    return count;
}

QString packagingPath(const QString &relative)
{
    return qEnvironmentVariable("GATEHOUSE_PACKAGING_DIR") + u'/' + relative;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QList<int> hicolorSizes = {16, 22, 24, 32, 48, 64, 128, 256, 512};

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyIconParsesAndDraws_data();
    void everyIconParsesAndDraws();
    void iconEngineLoadsSvgIcons();
    void resourceHoldsExactlyTheKnownIcons();
    void hicolorPngsHaveTheirSizes_data();
    void hicolorPngsHaveTheirSizes();
    void windowsIconHoldsEverySize();
    void macIconHoldsPngsOfEverySize();
};

void TestIcons::initTestCase()
{
    initGatehouseResources();
}

void TestIcons::everyIconParsesAndDraws_data()
{
    QTest::addColumn<QString>("path");
    for (int i = 0; i < iconCount; ++i) {
        const QString path = iconPath(Icon(i));
        QTest::newRow(qPrintable(path)) << path;
    }
}

void TestIcons::everyIconParsesAndDraws()
{
    QFETCH(QString, path);
    s_svgWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectSvgWarnings);
    QSvgRenderer renderer(path);
    qInstallMessageHandler(previous);
    QVERIFY2(renderer.isValid(), qPrintable(path));
    QVERIFY2(s_svgWarnings.isEmpty(), qPrintable(s_svgWarnings.join(u'\n')));
    QCOMPARE(renderer.viewBoxF().width(), renderer.viewBoxF().height());

    // Drawn at a toolbar size, the icon covers a good part of its square, and not all of it.
    QImage image(32, 32, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    const int covered = opaquePixels(image);
    QVERIFY2(covered > 32 * 32 / 8, qPrintable(QString::number(covered)));
    QVERIFY2(covered < 32 * 32, qPrintable(QString::number(covered)));
}

// The UI loads these files through QIcon, which needs Qt's SVG icon engine plugin at run time
// (libqt6svg6 on Debian, deployed by windeployqt/macdeployqt elsewhere).
void TestIcons::iconEngineLoadsSvgIcons()
{
    const QIcon icon(iconPath(Icon::StateEnabled));
    QVERIFY(!icon.isNull());
    const QImage small = icon.pixmap(QSize(16, 16)).toImage();
    const QImage large = icon.pixmap(QSize(64, 64)).toImage();
    QCOMPARE(small.size(), QSize(16, 16));
    QCOMPARE(large.size(), QSize(64, 64)); // scalable: an SVG, not a single bitmap
    QVERIFY(opaquePixels(large) > 64 * 64 / 2);
}

void TestIcons::resourceHoldsExactlyTheKnownIcons()
{
    QSet<QString> known;
    for (int i = 0; i < iconCount; ++i)
        known.insert(iconPath(Icon(i)));
    QCOMPARE(known.size(), iconCount);

    QSet<QString> embedded;
    QDirIterator it(QStringLiteral(":/icons"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        embedded.insert(it.next());
    QCOMPARE(embedded, known);
}

void TestIcons::hicolorPngsHaveTheirSizes_data()
{
    QTest::addColumn<int>("size");
    for (int size : hicolorSizes)
        QTest::newRow(qPrintable(QString::number(size))) << size;
}

void TestIcons::hicolorPngsHaveTheirSizes()
{
    QFETCH(int, size);
    const QString path = packagingPath(QStringLiteral("linux/icons/hicolor/%1x%1/apps/%2.png")
                                           .arg(size)
                                           .arg(QLatin1String(GATEHOUSE_APP_ID)));
    const QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(path));
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0); // rounded corners: transparent
    QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
}

// ICO: a 6-byte header (0, type 1, count) and a 16-byte entry per image whose width byte is
// 0 for 256 px.
void TestIcons::windowsIconHoldsEverySize()
{
    const QByteArray ico = readAll(packagingPath(QStringLiteral("windows/gatehouse.ico")));
    QVERIFY(ico.size() > 6);
    const auto *data = reinterpret_cast<const uchar *>(ico.constData());
    QCOMPARE(qFromLittleEndian<quint16>(data), quint16(0));
    QCOMPARE(qFromLittleEndian<quint16>(data + 2), quint16(1));
    const int count = qFromLittleEndian<quint16>(data + 4);
    QVERIFY(ico.size() >= 6 + 16 * count);
    QList<int> sizes;
    for (int i = 0; i < count; ++i) {
        const uchar *entry = data + 6 + 16 * i;
        const int width = entry[0] == 0 ? 256 : entry[0];
        const int height = entry[1] == 0 ? 256 : entry[1];
        QCOMPARE(height, width);
        const quint32 length = qFromLittleEndian<quint32>(entry + 8);
        const quint32 offset = qFromLittleEndian<quint32>(entry + 12);
        QVERIFY(qint64(offset) + length <= ico.size());
        sizes.append(width);
    }
    QCOMPARE(sizes, QList<int>({16, 24, 32, 48, 64, 256}));
}

// ICNS: "icns" and the file length, then elements of a 4-byte type, a big-endian length that
// counts its 8-byte header, and (for these types) a PNG of a known size.
void TestIcons::macIconHoldsPngsOfEverySize()
{
    const QByteArray icns = readAll(packagingPath(QStringLiteral("macos/gatehouse.icns")));
    QVERIFY(icns.size() > 8);
    QCOMPARE(icns.left(4), QByteArray("icns"));
    const auto *data = reinterpret_cast<const uchar *>(icns.constData());
    QCOMPARE(qFromBigEndian<quint32>(data + 4), quint32(icns.size()));

    const QHash<QByteArray, int> expected = {
        {"icp4", 16},
        {"icp5", 32},
        {"ic11", 32},
        {"icp6", 64},
        {"ic12", 64},
        {"ic07", 128},
        {"ic13", 256},
        {"ic08", 256},
        {"ic14", 512},
        {"ic09", 512},
        {"ic10", 1024},
    };
    QHash<QByteArray, int> found;
    qsizetype offset = 8;
    while (offset < icns.size()) {
        QVERIFY(offset + 8 <= icns.size());
        const QByteArray type = icns.mid(offset, 4);
        const qsizetype length = qFromBigEndian<quint32>(data + offset + 4);
        QVERIFY(length > 8 && offset + length <= icns.size());
        const QImage image = QImage::fromData(icns.mid(offset + 8, length - 8), "PNG");
        QVERIFY2(!image.isNull(), type.constData());
        QCOMPARE(image.width(), image.height());
        found.insert(type, image.width());
        offset += length;
    }
    QCOMPARE(found, expected);
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

#include "core/version.h"

namespace {

const QString appId = QStringLiteral(GATEHOUSE_APP_ID);
const QString version = QStringLiteral(GATEHOUSE_VERSION);

QString packagingPath(const QString &relative)
{
    return qEnvironmentVariable("GATEHOUSE_PACKAGING_DIR") + u'/' + relative;
}

QString generatedPath(const QString &relative)
{
    return qEnvironmentVariable("GATEHOUSE_GENERATED_DIR") + u'/' + relative;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly | QIODevice::Text) ? QString::fromUtf8(file.readAll())
                                                            : QString();
}

// Keys of the [Desktop Entry] group; localized keys keep their [lang] suffix.
QHash<QString, QString> readDesktopEntry(const QString &path)
{
    QHash<QString, QString> keys;
    bool inEntry = false;
    const QStringList lines = readText(path).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u'['))
            inEntry = line == u"[Desktop Entry]";
        else if (inEntry && line.contains(u'='))
            keys.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    }
    return keys;
}

// A validator's verdict: exit status 0 and nothing said about the file (warnings included).
void runValidator(const QString &program, const QStringList &arguments)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        QSKIP(qPrintable(program + QStringLiteral(" is not installed (.ci/install-deps)")));
    QProcess process;
    process.start(path, arguments);
    QVERIFY(process.waitForFinished(60000));
    const QString output =
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
        qPrintable(output));
    // appstreamcli reports pedantic/info notes even on success; warnings and errors fail it.
    QVERIFY2(!output.contains(QLatin1String("W: ")) && !output.contains(QLatin1String("E: "))
            && !output.contains(QLatin1String("warning:")),
        qPrintable(output));
}

// "1.2" -> "1,2,0,0": the four numbers of a Windows version resource.
QString resourceVersion()
{
    QStringList parts = version.split(u'.');
    while (parts.size() < 4)
        parts.append(QStringLiteral("0"));
    return parts.mid(0, 4).join(u',');
}

} // namespace

class TestPackageFiles : public QObject
{
    Q_OBJECT

private slots:
    void desktopEntryLaunchesTheApp();
    void desktopEntryValidates();
    void metainfoDescribesThisVersion();
    void metainfoValidates();
    void macInfoPlistCarriesIdAndVersion();
    void windowsResourcesCarryVersionAndIcon_data();
    void windowsResourcesCarryVersionAndIcon();
};

void TestPackageFiles::desktopEntryLaunchesTheApp()
{
    const QString path = packagingPath(QStringLiteral("linux/%1.desktop").arg(appId));
    const QHash<QString, QString> entry = readDesktopEntry(path);
    QVERIFY2(!entry.isEmpty(), qPrintable(path));
    QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("gatehouse"));
    QCOMPARE(entry.value(QStringLiteral("Icon")), appId);
    // Qt on X11 sets WM_CLASS's class to the application name (app/gui/main.cpp).
    QCOMPARE(entry.value(QStringLiteral("StartupWMClass")), QStringLiteral("Gatehouse"));
    QVERIFY(entry.value(QStringLiteral("Categories")).split(u';').contains(u"Qt"));
    QVERIFY(!entry.value(QStringLiteral("Comment[zh_CN]")).isEmpty());
}

void TestPackageFiles::desktopEntryValidates()
{
    runValidator(QStringLiteral("desktop-file-validate"),
        {packagingPath(QStringLiteral("linux/%1.desktop").arg(appId))});
}

void TestPackageFiles::metainfoDescribesThisVersion()
{
    const QString path = generatedPath(QStringLiteral("linux/%1.metainfo.xml").arg(appId));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QXmlStreamReader xml(&file);
    QHash<QString, QString> text; // element name -> text, for the single-valued ones
    QStringList binaries;
    QStringList releases;
    QString releaseDate;
    while (!xml.atEnd()) {
        if (!xml.readNext() || !xml.isStartElement())
            continue;
        const QString name = xml.name().toString();
        if (name == u"release") {
            releases.append(xml.attributes().value(QLatin1String("version")).toString());
            releaseDate = xml.attributes().value(QLatin1String("date")).toString();
        } else if (name == u"binary") {
            binaries.append(xml.readElementText());
        } else if (name == u"id" || name == u"launchable" || name == u"project_license"
            || name == u"metadata_license") {
            text.insert(name, xml.readElementText());
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(text.value(QStringLiteral("id")), appId);
    QCOMPARE(text.value(QStringLiteral("launchable")), appId + QStringLiteral(".desktop"));
    QCOMPARE(text.value(QStringLiteral("project_license")), QStringLiteral("GPL-3.0-or-later"));
    QCOMPARE(binaries, QStringList({QStringLiteral("gatehouse"), QStringLiteral("gatehouse-cli")}));
    QCOMPARE(releases, QStringList{version});
    QVERIFY2(QDate::fromString(releaseDate, Qt::ISODate).isValid(), qPrintable(releaseDate));
}

void TestPackageFiles::metainfoValidates()
{
    runValidator(QStringLiteral("appstreamcli"),
        {QStringLiteral("validate"), QStringLiteral("--no-net"),
            generatedPath(QStringLiteral("linux/%1.metainfo.xml").arg(appId))});
}

void TestPackageFiles::macInfoPlistCarriesIdAndVersion()
{
    const QString path = generatedPath(QStringLiteral("macos/Info.plist"));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    // A flat <dict>: each <key> is followed by its value element.
    QHash<QString, QString> plist;
    QString key;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (!xml.readNext() || !xml.isStartElement())
            continue;
        if (xml.name() == u"key")
            key = xml.readElementText();
        else if (xml.name() == u"string" && !key.isEmpty())
            plist.insert(std::exchange(key, QString()), xml.readElementText());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(plist.value(QStringLiteral("CFBundleIdentifier")), appId);
    QCOMPARE(plist.value(QStringLiteral("CFBundleShortVersionString")), version);
    QCOMPARE(plist.value(QStringLiteral("CFBundleVersion")), version);
    QCOMPARE(plist.value(QStringLiteral("CFBundleExecutable")), QStringLiteral("Gatehouse"));
    QCOMPARE(plist.value(QStringLiteral("CFBundlePackageType")), QStringLiteral("APPL"));
    const QString icon = plist.value(QStringLiteral("CFBundleIconFile"));
    QVERIFY(QFileInfo::exists(packagingPath(QStringLiteral("macos/") + icon)));
}

void TestPackageFiles::windowsResourcesCarryVersionAndIcon_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("gatehouse") << QStringLiteral("gatehouse");
    QTest::newRow("gatehouse-cli") << QStringLiteral("gatehouse-cli");
}

void TestPackageFiles::windowsResourcesCarryVersionAndIcon()
{
    QFETCH(QString, target);
    const QString rc = readText(generatedPath(QStringLiteral("windows/%1.rc").arg(target)));
    QVERIFY(!rc.isEmpty());
    QVERIFY2(!rc.contains(u'@'), "unconfigured @VARIABLE@ left in the resource script");
    QVERIFY(rc.contains(QStringLiteral("FILEVERSION %1\n").arg(resourceVersion())));
    QVERIFY(rc.contains(QStringLiteral("PRODUCTVERSION %1\n").arg(resourceVersion())));
    QVERIFY(rc.contains(QStringLiteral("VALUE \"ProductVersion\", \"%1\"").arg(version)));
    QVERIFY(rc.contains(QStringLiteral("VALUE \"OriginalFilename\", \"%1.exe\"").arg(target)));
    const QRegularExpression iconLine(
        QStringLiteral("^IDI_ICON1 ICON \"(.+)\"$"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch icon = iconLine.match(rc);
    QVERIFY(icon.hasMatch());
    QVERIFY2(QFileInfo::exists(icon.captured(1)), qPrintable(icon.captured(1)));
}

QTEST_GUILESS_MAIN(TestPackageFiles)
#include "tst_packagefiles.moc"

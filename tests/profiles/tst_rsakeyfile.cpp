// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "profiles/rsakeyfile.h"
#include "profiletesthelpers.h"

using namespace Gatehouse;
using namespace Gatehouse::Test;

class TestRsaKeyFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesRealKeyFile();
    void brokenFilesNameTheProblem_data();
    void brokenFilesNameTheProblem();
    void loadNamesThePath();
    void pathOrContent();
    void byteOrderMarkIsAccepted();

private:
    // A line from the middle of the key's base64 body: must never appear in a message.
    QString keyMaterialSample() const;

    QByteArray m_pem;
    QByteArray m_file;
};

void TestRsaKeyFile::initTestCase()
{
    m_pem = generateRsaPkcs1Pem();
    QVERIFY(m_pem.startsWith("-----BEGIN RSA PRIVATE KEY-----"));
    m_file = keyFileJson(m_pem);
}

QString TestRsaKeyFile::keyMaterialSample() const
{
    return QString::fromLatin1(m_pem.split('\n').at(5));
}

void TestRsaKeyFile::parsesRealKeyFile()
{
    const Result<RsaKeyFile> parsed = RsaKeyFile::parse(m_file);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
    QCOMPARE(parsed->info.customerName, QStringLiteral("Acme Corp"));
    QCOMPARE(parsed->info.accessId, QStringLiteral("7d1a7a0e-93c4-4b0b-9a57-2f51c3e0aa10"));
    QCOMPARE(parsed->info.adminRestApiUrl,
        QStringLiteral("https://acme.access.securid.com/AdminInterface/restapi/v1"));
    QCOMPARE(parsed->info.description, QStringLiteral("helpdesk console"));
    QCOMPARE(parsed->content, m_file);

    Profile profile = Profile::create(ProviderKind::SecurId, QStringLiteral("RSA"));
    QVERIFY(!profile.rsaKey.isImported());
    parsed->applyTo(&profile);
    QVERIFY(profile.rsaKey.isImported());
    QCOMPARE(profile.rsaKey, parsed->info);
    QVERIFY(profile.validate().isEmpty());

    // description is optional.
    QJsonObject object = QJsonDocument::fromJson(m_file).object();
    object.remove(QStringLiteral("description"));
    const Result<RsaKeyFile> noDescription = RsaKeyFile::parse(QJsonDocument(object).toJson());
    QVERIFY2(noDescription.ok(), qPrintable(noDescription.error().message()));
    QVERIFY(noDescription->info.description.isEmpty());
}

void TestRsaKeyFile::brokenFilesNameTheProblem_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentions");

    const QJsonObject good = QJsonDocument::fromJson(keyFileJson(generateRsaPkcs1Pem())).object();
    const auto without = [&good](const char *field) {
        QJsonObject o = good;
        o.remove(QLatin1String(field));
        return QJsonDocument(o).toJson();
    };
    const auto with = [&good](const char *field, const QJsonValue &value) {
        QJsonObject o = good;
        o.insert(QLatin1String(field), value);
        return QJsonDocument(o).toJson();
    };
    const QString pem = good.value(QLatin1String("accessKey")).toString();

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("blank") << QByteArray(" \n ") << QStringLiteral("empty");
    QTest::newRow("not json") << QByteArray("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n")
                              << QStringLiteral("not JSON");
    QTest::newRow("truncated json")
        << keyFileJson(generateRsaPkcs1Pem()).left(200) << QStringLiteral("not JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
    QTest::newRow("no customerName")
        << without("customerName") << QStringLiteral("no \"customerName\" field");
    QTest::newRow("no accessID") << without("accessID") << QStringLiteral("no \"accessID\" field");
    QTest::newRow("no accessKey") << without("accessKey")
                                  << QStringLiteral("no \"accessKey\" field");
    QTest::newRow("no adminRestApiUrl")
        << without("adminRestApiUrl") << QStringLiteral("no \"adminRestApiUrl\" field");
    QTest::newRow("accessID number")
        << with("accessID", 42) << QStringLiteral("\"accessID\" in the key file is not a string");
    QTest::newRow("accessID empty") << with("accessID", QStringLiteral("  "))
                                    << QStringLiteral("\"accessID\" in the key file is empty");
    QTest::newRow("accessKey not pem") << with("accessKey",
        QStringLiteral("hunter2")) << QStringLiteral("\"accessKey\" is not a PEM RSA private key");
    QTest::newRow("accessKey pkcs8")
        << with("accessKey", QString::fromLatin1(generateRsaPkcs8Pem()))
        << QStringLiteral("found -----BEGIN PRIVATE KEY-----");
    QTest::newRow("accessKey certificate") << with("accessKey",
        QStringLiteral("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"))
                                           << QStringLiteral("found -----BEGIN CERTIFICATE-----");
    QString encrypted = pem;
    encrypted.insert(encrypted.indexOf(QLatin1Char('\n')) + 1,
        QStringLiteral("Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00FF\n\n"));
    QTest::newRow("accessKey encrypted")
        << with("accessKey", encrypted) << QStringLiteral("encrypted");
    QTest::newRow("accessKey bad base64") << with("accessKey",
        QStringLiteral("-----BEGIN RSA PRIVATE KEY-----\nMII*E$\n"
                       "-----END RSA PRIVATE KEY-----\n"))
                                          << QStringLiteral("not base64");
    QTest::newRow("accessKey not a key") << with("accessKey",
        QStringLiteral("-----BEGIN RSA PRIVATE KEY-----\naGVsbG8gd29ybGQ=\n"
                       "-----END RSA PRIVATE KEY-----\n"))
                                         << QStringLiteral("does not decode to a key");
    QTest::newRow("accessKey no end marker")
        << with("accessKey", pem.left(pem.indexOf(QLatin1String("-----END"))))
        << QStringLiteral("not a PEM RSA private key");
    QTest::newRow("adminRestApiUrl not url")
        << with("adminRestApiUrl", QStringLiteral("n/a")) << QStringLiteral("\"adminRestApiUrl\"");
    QTest::newRow("adminRestApiUrl ftp")
        << with("adminRestApiUrl", QStringLiteral("ftp://acme.access.securid.com/x"))
        << QStringLiteral("not an http(s) URL");
    QTest::newRow("description number")
        << with("description", 1) << QStringLiteral("\"description\"");
    QTest::newRow("huge") << QByteArray(70 * 1024, ' ') + "{}" << QStringLiteral("too large");
}

void TestRsaKeyFile::brokenFilesNameTheProblem()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    const Result<RsaKeyFile> parsed = RsaKeyFile::parse(content);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind(), ApiError::Kind::Config);
    const QString message = parsed.error().message();
    QVERIFY2(message.contains(mentions), qPrintable(message));
    // Never quote key material back.
    QVERIFY2(!message.contains(QLatin1String("MII")), qPrintable(message));
    QVERIFY2(!message.contains(keyMaterialSample()), qPrintable(message));
}

void TestRsaKeyFile::loadNamesThePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing.key"));
    Result<RsaKeyFile> loaded = RsaKeyFile::load(missing);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message().contains(missing), qPrintable(loaded.error().message()));

    const QString broken = dir.filePath(QStringLiteral("broken.key"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"customerName":"Acme"})");
    file.close();
    loaded = RsaKeyFile::load(broken);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message().contains(broken), qPrintable(loaded.error().message()));
    QVERIFY2(loaded.error().message().contains(QLatin1String("accessID")),
        qPrintable(loaded.error().message()));

    const QString good = dir.filePath(QStringLiteral("acme.key"));
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(m_file);
    goodFile.close();
    loaded = RsaKeyFile::load(good);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message()));
    QCOMPARE(loaded->content, m_file);
}

void TestRsaKeyFile::pathOrContent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("acme.key"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_file);
    file.close();

    const Result<RsaKeyFile> byPath = RsaKeyFile::fromPathOrContent(path.toLocal8Bit() + "\n");
    QVERIFY2(byPath.ok(), qPrintable(byPath.error().message()));
    QCOMPARE(byPath->info.customerName, QStringLiteral("Acme Corp"));

    const Result<RsaKeyFile> byContent = RsaKeyFile::fromPathOrContent("\n  " + m_file);
    QVERIFY2(byContent.ok(), qPrintable(byContent.error().message()));
    QCOMPARE(byContent->info.accessId, byPath->info.accessId);

    const Result<RsaKeyFile> neither = RsaKeyFile::fromPathOrContent("/nonexistent/key");
    QVERIFY(!neither.ok());
    QVERIFY(!RsaKeyFile::fromPathOrContent(QByteArray()).ok());
}

void TestRsaKeyFile::byteOrderMarkIsAccepted()
{
    const Result<RsaKeyFile> parsed = RsaKeyFile::parse("\xEF\xBB\xBF" + m_file);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message()));
    QCOMPARE(parsed->content, m_file);
}

QTEST_GUILESS_MAIN(TestRsaKeyFile)
#include "tst_rsakeyfile.moc"

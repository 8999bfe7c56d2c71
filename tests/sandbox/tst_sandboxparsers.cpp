// SPDX-License-Identifier: GPL-3.0-or-later
// Unit tests of the sandbox's building blocks: the fault spec parser and its selectors, the
// SailPoint filter grammar, the id codec, the seeded directory, timestamps and the JSON
// writer.
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include "sandbox/directory.h"
#include "sandbox/faultspec.h"
#include "sandbox/fixedwindowlimiter.h"
#include "sandbox/idcodec.h"
#include "sandbox/isotime.h"
#include "sandbox/jsonwriter.h"
#include "sandbox/sailpointfilter.h"
#include "sandbox/sandboxoptions.h"

using namespace Gatehouse;
using namespace Gatehouse::Sandbox;

class TestSandboxParsers : public QObject
{
    Q_OBJECT

private slots:
    void faultSpecParses();
    void faultSpecNormalisesText();
    void faultSelectors();
    void rateLimitParses_data();
    void rateLimitParses();
    void limiterWindows();
    void filterPrecedence();
    void filterErrorsNameTheProblem_data();
    void filterErrorsNameTheProblem();
    void sorterParsing();
    void idCodecRoundTrips();
    void idCodecRejectsForeignIds_data();
    void idCodecRejectsForeignIds();
    void directoryIsUniqueAndRealistic();
    void directoryLookups();
    void isoTime();
    void jsonWriterEscapes();
};

void TestSandboxParsers::faultSpecParses()
{
    FaultSpec spec;
    QString error;
    QVERIFY2(FaultSpec::parse(
                 QStringLiteral("status=503,p=0.25,count=3; 429,retry=5,provider=huawei|rsa;"
                                " slow=1500,method=GET|put ; hang,phase=before,path=/v3/**;"
                                "reset; truncate,every=2; malformed; html; ctype; task-error"),
                 &spec, &error),
        qPrintable(error));
    const auto &rules = spec.rules();
    QCOMPARE(rules.size(), size_t(10));
    QCOMPARE(rules[0].kind, FaultKind::Status);
    QCOMPARE(rules[0].value, 503);
    QCOMPARE(rules[0].probability, 0.25);
    QCOMPARE(rules[0].count, 3);
    QCOMPARE(rules[1].kind, FaultKind::RateLimit);
    QCOMPARE(rules[1].value, 5);
    QCOMPARE(rules[1].providers.size(), size_t(2));
    QCOMPARE(rules[2].value, 1500);
    QCOMPARE(rules[2].methods, (QStringList{QStringLiteral("GET"), QStringLiteral("PUT")}));
    QCOMPARE(rules[3].kind, FaultKind::Hang);
    QVERIFY(rules[3].before);
    QCOMPARE(rules[5].every, 2);
    QCOMPARE(rules[9].kind, FaultKind::TaskError);
    QVERIFY(FaultSpec::parse(QString(), &spec, &error));
    QVERIFY(spec.isEmpty());
    QVERIFY(FaultSpec::parse(QStringLiteral(" ; ;"), &spec, &error));
    QVERIFY(spec.isEmpty());
}

void TestSandboxParsers::faultSpecNormalisesText()
{
    FaultSpec spec;
    QString error;
    QVERIFY(FaultSpec::parse(QStringLiteral("  hang ;429,retry=2  "), &spec, &error));
    QCOMPARE(spec.text(), QStringLiteral("hang;429,retry=2"));
}

void TestSandboxParsers::faultSelectors()
{
    FaultSpec spec;
    QString error;
    QVERIFY(FaultSpec::parse(
        QStringLiteral("status=500,path=/v3/accounts/*,method=GET,provider=sailpoint"), &spec,
        &error));
    const auto decide = [&](const char *method, const char *path, ProviderKind provider) {
        return spec.decide(method, QString::fromLatin1(path), provider, false, 1).fired;
    };
    QVERIFY(decide("GET", "/v3/accounts/abc", ProviderKind::SailPoint));
    QVERIFY(!decide("GET", "/v3/accounts", ProviderKind::SailPoint));
    QVERIFY(!decide("GET", "/v3/accounts/abc/disable", ProviderKind::SailPoint));
    QVERIFY(!decide("POST", "/v3/accounts/abc", ProviderKind::SailPoint));
    QVERIFY(!decide("GET", "/v3/accounts/abc", ProviderKind::Huawei));

    // task-error applies to SailPoint actions only, and does not count other requests.
    QVERIFY(FaultSpec::parse(QStringLiteral("task-error,every=2"), &spec, &error));
    QVERIFY(!spec.decide("GET", QStringLiteral("/v3/accounts"), ProviderKind::SailPoint, false, 1)
                 .fired);
    QVERIFY(!spec.decide("POST", QStringLiteral("/v3/accounts/a/disable"), ProviderKind::SailPoint,
                     true, 1)
                 .fired);
    QVERIFY(spec.decide("POST", QStringLiteral("/v3/accounts/a/disable"), ProviderKind::SailPoint,
                    true, 1)
                .fired);

    // The token endpoint only through a path selector.
    QVERIFY(FaultSpec::parse(QStringLiteral("hang"), &spec, &error));
    QVERIFY(!spec.decide("POST", QStringLiteral("/oauth/token"), ProviderKind::SailPoint, false, 1)
                 .fired);
    QVERIFY(FaultSpec::parse(QStringLiteral("hang,path=/oauth/*"), &spec, &error));
    QVERIFY(spec.decide("POST", QStringLiteral("/oauth/token"), ProviderKind::SailPoint, false, 1)
                .fired);

    // p draws the same sequence for the same seed, another for another seed.
    const auto pattern = [&](quint64 seed) {
        FaultSpec s;
        FaultSpec::parse(QStringLiteral("hang,p=0.3"), &s, &error);
        QString bits;
        for (int i = 0; i < 64; ++i)
            bits += s.decide("GET", QStringLiteral("/x"), ProviderKind::Huawei, false, seed).fired
                ? QLatin1Char('1')
                : QLatin1Char('0');
        return bits;
    };
    QCOMPARE(pattern(1), pattern(1));
    QVERIFY(pattern(1) != pattern(2));
    const auto ones = pattern(1).count(QLatin1Char('1'));
    QVERIFY2(ones > 5 && ones < 40, qPrintable(pattern(1)));
}

void TestSandboxParsers::rateLimitParses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("seconds");
    QTest::newRow("100/10") << QStringLiteral("100/10") << true << 100 << 10;
    QTest::newRow("spaces") << QStringLiteral(" 5/1 ") << true << 5 << 1;
    QTest::newRow("no slash") << QStringLiteral("100") << false << 0 << 0;
    QTest::newRow("zero") << QStringLiteral("0/10") << false << 0 << 0;
    QTest::newRow("words") << QStringLiteral("a/b") << false << 0 << 0;
    QTest::newRow("negative") << QStringLiteral("5/-1") << false << 0 << 0;
}

void TestSandboxParsers::rateLimitParses()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, requests);
    QFETCH(int, seconds);
    SandboxRateLimit limit;
    QString error;
    QCOMPARE(SandboxRateLimit::parse(text, &limit, &error), ok);
    if (ok) {
        QCOMPARE(limit.requests, requests);
        QCOMPARE(limit.seconds, seconds);
    } else {
        QVERIFY(error.contains(text));
    }
}

void TestSandboxParsers::limiterWindows()
{
    FixedWindowLimiter limiter;
    QCOMPARE(limiter.acquire("k", 0), 0); // unlimited
    limiter.setLimit({2, 10});
    QCOMPARE(limiter.acquire("k", 1000), 0);
    QCOMPARE(limiter.acquire("k", 2000), 0);
    QCOMPARE(limiter.acquire("k", 2500), 9); // the window opened at 1000, closes at 11000
    QCOMPARE(limiter.acquire("k", 10999), 1);
    QCOMPARE(limiter.acquire("other", 3000), 0); // per key
    QCOMPARE(limiter.acquire("k", 11000), 0); // a new window
}

void TestSandboxParsers::filterPrecedence()
{
    QString error;
    auto node = SailPointFilter::parse(
        QStringLiteral("name eq \"a\" or not id sw \"b\" and sourceId in (\"c\", \"D\")"), &error);
    QVERIFY2(node, qPrintable(error));
    using Type = SailPointFilter::Node::Type;
    QCOMPARE(node->type, Type::Or);
    QCOMPARE(node->children.size(), size_t(2));
    QCOMPARE(node->children[0]->type, Type::Compare);
    const auto &conj = node->children[1];
    QCOMPARE(conj->type, Type::And);
    QCOMPARE(conj->children[0]->type, Type::Not);
    QCOMPARE(conj->children[1]->op, SailPointFilter::Op::In);
    QCOMPARE(conj->children[1]->values, (QList<QByteArray>{"c", "d"})); // lower-cased
    node = SailPointFilter::parse(QStringLiteral("((name eq \"x\\\"y\"))"), &error);
    QVERIFY(node);
    QCOMPARE(node->values.first(), QByteArray("x\"y"));
}

void TestSandboxParsers::filterErrorsNameTheProblem_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("field") << QStringLiteral("locked eq true") << QStringLiteral("'locked'");
    QTest::newRow("operator") << QStringLiteral("name co \"a\"") << QStringLiteral("'co'");
    QTest::newRow("unknown operator")
        << QStringLiteral("name like \"a\"") << QStringLiteral("'like'");
    QTest::newRow("escape") << QStringLiteral("name eq \"a\\nb\"") << QStringLiteral("escape");
    QTest::newRow("bool value") << QStringLiteral("uncorrelated eq yes")
                                << QStringLiteral("true or false");
    QTest::newRow("list") << QStringLiteral("id in (\"a\" \"b\")") << QStringLiteral("','");
    QTest::newRow("stray paren") << QStringLiteral("name eq \"a\")")
                                 << QStringLiteral("unexpected ')'");
}

void TestSandboxParsers::filterErrorsNameTheProblem()
{
    QFETCH(QString, filter);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!SailPointFilter::parse(filter, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(error.startsWith(QStringLiteral("Invalid filter")));
}

void TestSandboxParsers::sorterParsing()
{
    QList<SailPointFilter::Sorter> sorters;
    QString error;
    QVERIFY(SailPointFilter::parseSorters(QStringLiteral("-modified, name"), &sorters, &error));
    QCOMPARE(sorters.size(), 2);
    QVERIFY(sorters[0].descending);
    QCOMPARE(sorters[0].field, SailPointFilter::Field::Modified);
    QVERIFY(!sorters[1].descending);
    QVERIFY(!SailPointFilter::parseSorters(QStringLiteral("hasEntitlements"), &sorters, &error));
    QVERIFY(error.contains(QStringLiteral("hasEntitlements")));
}

void TestSandboxParsers::idCodecRoundTrips()
{
    const IdCodec ids(42);
    QSet<QByteArray> seen;
    for (quint32 v : {0u, 1u, 2u, 999999u, 16777215u, 123456789u}) {
        const QByteArray hex = ids.hex32(IdKind::Account, v);
        QCOMPARE(hex.size(), 32);
        quint32 back = 0;
        QVERIFY(ids.decodeHex32(IdKind::Account, hex, &back));
        QCOMPARE(back, v);
        const QByteArray uuid = ids.uuid(IdKind::RsaUser, v);
        QCOMPARE(uuid.size(), 36);
        QCOMPARE(uuid[14], '4'); // version 4
        QVERIFY(QByteArray("89ab").contains(uuid[19])); // RFC 4122 variant
        QVERIFY(ids.decodeUuid(IdKind::RsaUser, uuid, &back));
        QCOMPARE(back, v);
        const QByteArray marker = ids.marker(v);
        QCOMPARE(marker.size(), 24);
        QVERIFY(ids.decodeMarker(marker, &back));
        QCOMPARE(back, v);
        seen.insert(hex);
    }
    QCOMPARE(seen.size(), 6);
    // Different kinds and seeds give different ids for the same number.
    QVERIFY(ids.hex32(IdKind::Account, 7) != ids.hex32(IdKind::Identity, 7));
    QVERIFY(ids.hex32(IdKind::Account, 7) != IdCodec(43).hex32(IdKind::Account, 7));
}

void TestSandboxParsers::idCodecRejectsForeignIds_data()
{
    const IdCodec ids(42);
    QTest::addColumn<QByteArray>("id");
    const QByteArray good = ids.hex32(IdKind::Account, 5);
    QByteArray flipped = good;
    flipped[3] = flipped[3] == 'a' ? 'b' : 'a';
    QTest::newRow("one digit changed") << flipped;
    QTest::newRow("upper case") << good.toUpper();
    QTest::newRow("other kind") << ids.hex32(IdKind::Task, 5);
    QTest::newRow("other seed") << IdCodec(41).hex32(IdKind::Account, 5);
    QTest::newRow("too short") << good.left(31);
    QTest::newRow("not hex") << QByteArray(32, 'z');
}

void TestSandboxParsers::idCodecRejectsForeignIds()
{
    QFETCH(QByteArray, id);
    quint32 value = 0;
    QVERIFY(!IdCodec(42).decodeHex32(IdKind::Account, id, &value));
}

void TestSandboxParsers::directoryIsUniqueAndRealistic()
{
    const Directory dir(9, 50000);
    QCOMPARE(dir.size(), 50000);
    QSet<QByteArray> logins;
    int disabled = 0, locked = 0, markDeleted = 0, syncDisabled = 0, chinese = 0;
    QSet<int> sources;
    for (int i = 0; i < dir.size(); ++i) {
        const QByteArray login = dir.login(i);
        QVERIFY(!logins.contains(login));
        logins.insert(login);
        disabled += dir.has(i, Directory::Disabled);
        locked += dir.has(i, Directory::Locked);
        markDeleted += dir.has(i, Directory::RsaMarkDeleted);
        syncDisabled += dir.has(i, Directory::RsaSyncDisabled);
        chinese += QByteArray(NameTables::cultures()[dir.person(i).culture].name) == "chinese";
        sources.insert(dir.person(i).source);
        QVERIFY(dir.person(i).modified >= dir.person(i).created);
    }
    const auto near = [](int count, double share) {
        return count > 50000 * share * 0.8 && count < 50000 * share * 1.2;
    };
    QVERIFY2(near(disabled, 0.08), qPrintable(QString::number(disabled)));
    QVERIFY2(near(locked, 0.02), qPrintable(QString::number(locked)));
    QVERIFY2(near(markDeleted, 0.01), qPrintable(QString::number(markDeleted)));
    QVERIFY2(near(syncDisabled, 0.01), qPrintable(QString::number(syncDisabled)));
    QVERIFY2(near(chinese, 0.2), qPrintable(QString::number(chinese)));
    QCOMPARE(sources.size(), NameTables::sourceCount());
    // UTF-8 names survive, logins are ASCII.
    bool sawNonAscii = false;
    for (int i = 0; i < 2000 && !sawNonAscii; ++i)
        sawNonAscii = QString::fromUtf8(dir.displayName(i)).size() != dir.displayName(i).size();
    QVERIFY(sawNonAscii);
    // Same seed, same people.
    const Directory again(9, 100);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(again.login(i), dir.login(i));
}

void TestSandboxParsers::directoryLookups()
{
    const Directory dir(3, 5000);
    for (int i : {0, 17, 4999}) {
        QCOMPARE(dir.findByLogin(dir.login(i)), i);
        QCOMPARE(dir.findByLoginIgnoreCase(dir.login(i).toUpper()), i);
        QCOMPARE(dir.findByLogin(dir.login(i).toUpper()), -1);
        QCOMPARE(dir.findByEmail(dir.email(i).toUpper()), i);
        QCOMPARE(dir.findByNativeIdentity(dir.nativeIdentity(i)), i);
    }
    QCOMPARE(dir.findByEmail("someone@elsewhere.org"), -1);
    QCOMPARE(dir.findByLogin("nobody.at.all"), -1);
    QCOMPARE(dir.findByEmployeeNumber("0100000"), -1);
}

void TestSandboxParsers::isoTime()
{
    QCOMPARE(IsoTime::fromSeconds(0), QByteArray("1970-01-01T00:00:00Z"));
    QCOMPARE(IsoTime::fromSeconds(951782400), QByteArray("2000-02-29T00:00:00Z"));
    QCOMPARE(IsoTime::fromMillis(1748736000123), QByteArray("2025-06-01T00:00:00.123Z"));
    qint64 ms = 0;
    QVERIFY(IsoTime::parse("2025-06-01T00:00:00.123Z", &ms));
    QCOMPARE(ms, Q_INT64_C(1748736000123));
    QVERIFY(IsoTime::parse("2025-06-01T02:00:00+02:00", &ms));
    QCOMPARE(ms, Q_INT64_C(1748736000000));
    QVERIFY(!IsoTime::parse("2025-06-01", &ms));
    QVERIFY(!IsoTime::parse("2025-13-01T00:00:00Z", &ms));
    QVERIFY(!IsoTime::parse("2025-06-01T00:00:00", &ms));
    // Agrees with QDateTime over a range of days.
    for (qint64 s = 0; s < 4102444800; s += 86400 * 37 + 3671) {
        const QByteArray ours = IsoTime::fromSeconds(s);
        QCOMPARE(ours, QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toString(Qt::ISODate).toLatin1());
    }
}

void TestSandboxParsers::jsonWriterEscapes()
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.field("text", QByteArrayView("quote \" backslash \\ newline \n tab \t bell \x07 Zoë 张"));
    w.field("n", qint64(-1234567890123));
    w.field("b", true);
    w.nullField("z");
    w.key("list");
    w.beginArray();
    w.number(1);
    w.beginObject();
    w.endObject();
    w.string(QStringLiteral("ü"));
    w.endArray();
    w.endObject();
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, out.constData());
    QCOMPARE(o.value(QStringLiteral("text")).toString(),
        QString::fromUtf8("quote \" backslash \\ newline \n tab \t bell \x07 Zoë 张"));
    QCOMPARE(o.value(QStringLiteral("n")).toInteger(), Q_INT64_C(-1234567890123));
    QVERIFY(o.value(QStringLiteral("z")).isNull());
    QCOMPARE(o.value(QStringLiteral("list")).toArray().size(), 3);
    QVERIFY(out.contains("\\u0007"));
}

QTEST_GUILESS_MAIN(TestSandboxParsers)
#include "tst_sandboxparsers.moc"

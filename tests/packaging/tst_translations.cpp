// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include "resources/translations.h"

using namespace Gatehouse;

namespace {

// One <message> of a .ts file, with what QCoreApplication::translate() needs to look it up.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QStringList translations; // one, or one per plural form
    QString type; // empty when finished; "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QString tsPath()
{
    return qEnvironmentVariable("GATEHOUSE_I18N_DIR") + QStringLiteral("/gatehouse_zh_CN.ts");
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            message.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations.append(xml.readElementText());
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == u"numerusform")
                    message.translations.append(xml.readElementText());
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement(); // location, extracomment, translatorcomment, ...
        }
    }
    return message;
}

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == u"TS") {
        while (xml.readNextStartElement()) {
            if (xml.name() != u"context") {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"name")
                    context = xml.readElementText();
                else if (xml.name() == u"message")
                    messages.append(readMessage(xml, context));
                else
                    xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void embeddedCatalogueLoads();
    void installsOnlyForAMatchingLanguage_data();
    void installsOnlyForAMatchingLanguage();
    void finishedTranslationsApplyAtRunTime();
    void noTranslationIsUnfinished();

private:
    QList<TsMessage> m_messages;
};

void TestTranslations::initTestCase()
{
    QString error;
    m_messages = readTs(tsPath(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(tsPath() + QStringLiteral(": ") + error));
    // An empty file means lupdate ran without sources (e.g. from a build tree configured while
    // the .ts was missing): rebuild the update_translations target.
    QVERIFY2(m_messages.size() > 100, qPrintable(tsPath() + QStringLiteral(" has no messages")));
}

void TestTranslations::embeddedCatalogueLoads()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("gatehouse_zh_CN"), QStringLiteral(":/i18n")));
    QCOMPARE(translator.language(), QStringLiteral("zh_CN"));
    QVERIFY(!translator.isEmpty());
}

void TestTranslations::installsOnlyForAMatchingLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("installed");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << true;
    QTest::newRow("zh_Hans_CN") << QStringLiteral("zh_Hans_CN") << true;
    // Traditional Chinese must not get the Simplified catalogue.
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << false;
    QTest::newRow("en_US") << QStringLiteral("en_US") << false;
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << false;
    QTest::newRow("C") << QStringLiteral("C") << false;
}

void TestTranslations::installsOnlyForAMatchingLanguage()
{
    QFETCH(QString, locale);
    QFETCH(bool, installed);
    QCoreApplication *app = QCoreApplication::instance();
    QCOMPARE(installTranslations(*app, QLocale(locale)), installed);
    // Nothing else should see these translators: remove them again.
    const auto translators =
        app->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QCOMPARE(
        QCoreApplication::translate("ApiError", "Network error"), QStringLiteral("Network error"));
}

// Proves the whole chain: lupdate's contexts match the class names seen at run time, lrelease
// compiled the .ts, the .qm is embedded, and installTranslations() finds it.
void TestTranslations::finishedTranslationsApplyAtRunTime()
{
    QCoreApplication *app = QCoreApplication::instance();
    QVERIFY(installTranslations(*app, QLocale(QLocale::Chinese, QLocale::China)));
    int checked = 0;
    for (const TsMessage &message : std::as_const(m_messages)) {
        if (!message.type.isEmpty() || message.translations.value(0).isEmpty())
            continue;
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        QString expected = message.translations.value(0);
        QString actual;
        if (message.numerus) {
            // Chinese has one plural form; translate() puts n in for %n.
            expected.replace(QStringLiteral("%n"), QStringLiteral("1"));
            actual = QCoreApplication::translate(context.constData(), source.constData(),
                comment.isEmpty() ? nullptr : comment.constData(), 1);
        } else {
            actual = QCoreApplication::translate(context.constData(), source.constData(),
                comment.isEmpty() ? nullptr : comment.constData());
        }
        QVERIFY2(actual == expected,
            qPrintable(message.context + QStringLiteral(": ") + message.source));
        ++checked;
    }
    QVERIFY2(checked > 0, "the zh_CN catalogue has no finished translation to check");
}

void TestTranslations::noTranslationIsUnfinished()
{
    QStringList unfinished;
    for (const TsMessage &message : std::as_const(m_messages)) {
        // "vanished"/"obsolete" entries are left-overs: update_translations drops them.
        if (!message.type.isEmpty() || message.translations.isEmpty()
            || message.translations.contains(QString()))
            unfinished.append(message.context + QStringLiteral(": ") + message.source);
    }
    // A string added without its translation fails here: run the update_translations target
    // and translate the new entries in resources/i18n/gatehouse_zh_CN.ts.
    QVERIFY2(unfinished.isEmpty(),
        qPrintable(QStringLiteral("%1 of %2 messages unfinished or obsolete, first: %3")
                       .arg(unfinished.size())
                       .arg(m_messages.size())
                       .arg(unfinished.value(0))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

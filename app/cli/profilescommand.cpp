// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/profilescommand.h"

#include <memory>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "cli/output.h"
#include "profiles/envcredentialstore.h"
#include "profiles/profilestore.h"
#include "profiles/rsakeyfile.h"
#include "providers/connectiondiagnosis.h"
#include "providers/identityprovider.h"
#include "providers/profileconnector.h"

namespace Gatehouse {

namespace {

bool parseArgs(
    QCommandLineParser &parser, const QString &command, const QStringList &args, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{command} + args)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

QCommandLineOption formatOption()
{
    return QCommandLineOption(QStringLiteral("format"),
        QStringLiteral("Output format: table, json or csv."), QStringLiteral("format"),
        QStringLiteral("table"));
}

QString flagsOf(const Profile &profile)
{
    QStringList flags;
    if (profile.readOnly)
        flags << QStringLiteral("read-only");
    if (profile.requireReason)
        flags << QStringLiteral("require-reason");
    return flags.join(QLatin1Char(','));
}

} // namespace

void ProfilesCommand::start(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("list")) {
        finish(list(rest));
    } else if (sub == QLatin1String("show")) {
        finish(show(rest));
    } else if (sub == QLatin1String("add")) {
        add(rest);
    } else if (sub == QLatin1String("remove")) {
        remove(rest);
    } else if (sub == QLatin1String("test")) {
        test(rest);
    } else {
        finish(m_context->usage(tr("profiles needs one of: list, show, add, remove, test.")));
    }
}

int ProfilesCommand::list(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(formatOption());
    QString error;
    OutputFormat format = OutputFormat::Table;
    if (!parseArgs(parser, QStringLiteral("list"), args, &error)
        || !CliContext::parseFormat(parser.value(QStringLiteral("format")), &format))
        return m_context->usage(error.isEmpty() ? tr("bad --format") : error);

    ProfileStore *store = m_context->profiles();
    if (format == OutputFormat::Json) {
        QJsonArray profiles;
        for (const Profile &profile : store->profiles())
            profiles.append(profile.toJson());
        m_context->out() << QJsonDocument(
            QJsonObject{{QStringLiteral("profiles"),
                profiles}}).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    // CSV keeps its stable header names; the table's are translated.
    const QStringList headers = format == OutputFormat::Csv
        ? QStringList{QStringLiteral("NAME"), QStringLiteral("PROVIDER"),
            QStringLiteral("BASE URL"), QStringLiteral("RATE"), QStringLiteral("FLAGS")}
        : QStringList{tr("NAME", "column header"), tr("PROVIDER", "column header"),
            tr("BASE URL", "column header"),
            //: Column header of `profiles list`: the profile's rate limit ("100/10")
            tr("RATE", "column header"),
            //: Column header of `profiles list`: "read-only", "require-reason"
            tr("FLAGS", "column header")};
    Output::RowWriter rows(m_context->out(), format, headers);
    for (const Profile &profile : store->profiles()) {
        rows.addRow({profile.name, providerKindName(profile.provider),
            profile.effectiveBaseUrl().toString(), profile.rateLimit.toString(), flagsOf(profile)});
    }
    rows.flush();
    return ExitOk;
}

int ProfilesCommand::show(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(formatOption());
    QString error;
    OutputFormat format = OutputFormat::Table;
    if (!parseArgs(parser, QStringLiteral("show"), args, &error)
        || !CliContext::parseFormat(parser.value(QStringLiteral("format")), &format))
        return m_context->usage(error.isEmpty() ? tr("bad --format") : error);
    if (parser.positionalArguments().size() != 1)
        return m_context->usage(QStringLiteral("profiles show NAME"));
    const Result<Profile> profile =
        m_context->profiles()->find(parser.positionalArguments().first());
    if (!profile)
        return m_context->fail(profile.error());
    if (format == OutputFormat::Json) {
        m_context->out() << QJsonDocument(profile->toJson()).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const QStringList headers = format == OutputFormat::Csv
        ? QStringList{QStringLiteral("FIELD"), QStringLiteral("VALUE")}
        : QStringList{tr("FIELD", "column header"), tr("VALUE", "column header")};
    Output::RowWriter rows(m_context->out(), format, headers);
    for (const Profile::DisplayField &field : profile->displayFields())
        rows.addRow({format == OutputFormat::Csv ? field.key : field.label, field.value});
    rows.flush();
    return ExitOk;
}

void ProfilesCommand::add(const QStringList &args)
{
    QCommandLineParser parser;
    const auto value = [](const char *name, const char *help) {
        return QCommandLineOption(
            QString::fromLatin1(name), QString::fromLatin1(help), QStringLiteral("value"));
    };
    const auto flag = [](const char *name, const char *help) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help));
    };
    parser.addOptions({value("provider", "sailpoint, huawei or rsa"),
        value("base-url", "API base URL"), value("client-id", "SailPoint"),
        value("region", "Huawei region"), value("identity-store-id", "Huawei identity store id"),
        value("access-key", "Huawei AK"), value("key-file", "RSA key file"),
        value("rate", "N/S requests per seconds"), value("ca-bundle", "PEM file"),
        flag("temporary-credentials", "Huawei STS AK/SK"), flag("read-only", "refuse actions"),
        flag("require-reason", "actions need a reason"),
        flag("secret-stdin", "read the secret from stdin"), formatOption()});
    QString error;
    if (!parseArgs(parser, QStringLiteral("add"), args, &error)) {
        finish(m_context->usage(error));
        return;
    }
    if (parser.positionalArguments().size() != 1) {
        finish(m_context->usage(
            QStringLiteral("profiles add NAME --provider sailpoint|huawei|rsa ...")));
        return;
    }
    ProviderKind kind = ProviderKind::SailPoint;
    if (!providerKindFromName(parser.value(QStringLiteral("provider")), &kind)) {
        finish(m_context->usage(tr("--provider must be sailpoint, huawei or rsa.")));
        return;
    }
    Profile profile = Profile::create(kind, parser.positionalArguments().first());
    if (parser.isSet(QStringLiteral("base-url")))
        profile.baseUrl = QUrl(parser.value(QStringLiteral("base-url")));
    profile.clientId = parser.value(QStringLiteral("client-id"));
    profile.region = parser.value(QStringLiteral("region"));
    profile.identityStoreId = parser.value(QStringLiteral("identity-store-id"));
    profile.accessKey = parser.value(QStringLiteral("access-key"));
    profile.temporaryCredentials = parser.isSet(QStringLiteral("temporary-credentials"));
    profile.readOnly = parser.isSet(QStringLiteral("read-only"));
    profile.requireReason = parser.isSet(QStringLiteral("require-reason"));
    profile.caBundlePath = parser.value(QStringLiteral("ca-bundle"));
    if (parser.isSet(QStringLiteral("rate"))) {
        const auto rate = RateLimit::fromString(parser.value(QStringLiteral("rate")));
        if (!rate) {
            finish(m_context->usage(tr("--rate must look like 100/10.")));
            return;
        }
        profile.rateLimit = *rate;
    }

    QList<QPair<QString, QByteArray>> secrets;
    if (parser.isSet(QStringLiteral("key-file"))) {
        const Result<RsaKeyFile> keyFile =
            RsaKeyFile::load(parser.value(QStringLiteral("key-file")));
        if (!keyFile) {
            finish(m_context->fail(keyFile.error()));
            return;
        }
        keyFile->applyTo(&profile);
        secrets.append({SecretName::KeyFile, keyFile->content});
    }
    if (parser.isSet(QStringLiteral("secret-stdin"))) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            finish(m_context->usage(tr("stdin cannot be read.")));
            return;
        }
        const QList<QByteArray> lines = in.readAll().split('\n');
        const QByteArray primary = lines.value(0).trimmed();
        if (!primary.isEmpty())
            secrets.append({Profile::primarySecretName(kind), primary});
        if (profile.temporaryCredentials && !lines.value(1).trimmed().isEmpty())
            secrets.append({SecretName::SecurityToken, lines.value(1).trimmed()});
    }

    const Result<Profile> added = m_context->profiles()->add(profile);
    if (!added) {
        finish(m_context->fail(added.error()));
        return;
    }
    OutputFormat format = OutputFormat::Table;
    CliContext::parseFormat(parser.value(QStringLiteral("format")), &format);
    if (format == OutputFormat::Json)
        m_context->out() << QJsonDocument(added->toJson()).toJson(QJsonDocument::Indented);
    else
        //: %1 is the profile's name, %2 its provider ("sailpoint", "huawei", "rsa"), %3 its id
        m_context->out() << tr("Added profile '%1' (%2, id %3).")
                                .arg(added->name, providerKindName(added->provider),
                                    added->id.toString(QUuid::WithoutBraces))
                         << '\n';
    m_context->out().flush(); // before anything on stderr, so the lines do not interleave
    // Warnings do not block saving, but the operator should see them (a legacy client id...).
    const QVector<ProfileProblem> problems = m_context->profiles()->check(added.value());
    if (!problems.isEmpty())
        m_context->err() << describeProblems(problems) << '\n';
    if (secrets.isEmpty() && !added->secretNames().isEmpty()) {
        //: %1 is the environment variable that can hold the secret
        m_context->err() << tr("note: no secret stored; store one in the keychain with "
                               "--secret-stdin, or give it at each run in %1.")
                                .arg(QLatin1String(EnvCredentialStore::secretVariable))
                         << '\n';
    }
    storeSecrets(added.value(), secrets);
}

void ProfilesCommand::storeSecrets(
    const Profile &profile, QList<QPair<QString, QByteArray>> secrets)
{
    if (secrets.isEmpty()) {
        finish(ExitOk);
        return;
    }
    const auto [name, secret] = secrets.takeFirst();
    const QString secretName = name;
    m_context->credentials()->writeSecret(profile.id, name, secret, this,
        [this, profile, secrets, secretName](const Result<Done> &written) {
            if (!written) {
                //: %1 names the secret ("client secret"), %2 is the keychain's error, %3 the
                //: environment variable that can hold the secret instead. The second line is
                //: indented under the first one's text.
                m_context->err() << tr("warning: the %1 was not stored: %2\n"
                                       "         give it at each run in %3.")
                                        .arg(Profile::secretLabel(secretName),
                                            written.error().message(),
                                            QLatin1String(EnvCredentialStore::secretVariable))
                                 << '\n';
            }
            storeSecrets(profile, secrets);
        });
}

void ProfilesCommand::remove(const QStringList &args)
{
    if (args.size() != 1) {
        finish(m_context->usage(QStringLiteral("profiles remove NAME")));
        return;
    }
    const Result<Profile> profile = m_context->profiles()->find(args.first());
    if (!profile) {
        finish(m_context->fail(profile.error()));
        return;
    }
    const QString name = profile->name;
    m_context->profiles()->remove(profile->id, this, [this, name](const Result<Done> &secrets) {
        m_context->out() << tr("Removed profile '%1'.").arg(name) << '\n';
        if (!secrets) {
            //: %1 is the keychain's error
            m_context->err() << tr("warning: its secrets could not all be deleted from the "
                                   "keychain: %1")
                                    .arg(secrets.error().message())
                             << '\n';
        }
        finish(ExitOk);
    });
}

void ProfilesCommand::test(const QStringList &args)
{
    if (args.size() != 1) {
        finish(m_context->usage(QStringLiteral("profiles test NAME")));
        return;
    }
    const Result<Profile> profile = m_context->profiles()->find(args.first());
    if (!profile) {
        finish(m_context->fail(profile.error()));
        return;
    }
    m_context->credentials()->setActiveProfile(profile.value());
    const QString url = profile->effectiveBaseUrl().toString();
    const QString provider = providerKindTitle(profile->provider);
    m_context->out() << (url.isEmpty()
            //: %1 is the profile's name, %2 its provider ("Huawei Cloud")
            ? tr("Testing '%1' (%2)...").arg(profile->name, provider)
            //: %1 is the profile's name, %2 its provider, %3 its API URL
            : tr("Testing '%1' (%2, %3)...").arg(profile->name, provider, url))
                     << '\n';
    m_context->out().flush();
    ProfileConnector::open(
        profile.value(), m_context->credentials(), m_context->network(), this, this,
        [this](const Result<IdentityProvider *> &provider) {
            if (!provider) {
                m_context->err() << diagnoseConnection(provider.error()) << '\n';
                finish(ExitFailure);
                return;
            }
            auto timer = std::make_shared<QElapsedTimer>();
            timer->start();
            provider.value()->testConnection(this, [this, timer](const Result<Done> &result) {
                if (!result) {
                    m_context->err() << diagnoseConnection(result.error()) << '\n';
                    if (!result.error().details().isEmpty())
                        m_context->err() << result.error().details() << '\n';
                    finish(ExitFailure);
                    return;
                }
                //: %1 says the connection works, %2 how long the test took in milliseconds
                m_context->out() << tr("%1 (%2 ms)")
                                        .arg(diagnoseConnection(ApiError()),
                                            QString::number(timer->elapsed()))
                                 << '\n';
                finish(ExitOk);
            });
        },
        m_context->transferTimeoutMs());
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditexporter.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

#include "audit/auditentry.h"
#include "tasks/actionjournal.h"

namespace Gatehouse {

namespace {

// Fields written as JSON numbers (their index in fieldNames()).
constexpr int seqField = 0;
constexpr int attemptField = 15;
constexpr int errorStatusField = 19;

} // namespace

AuditExporter::AuditExporter(const ActionJournal &journal)
    : m_journal(journal)
{ }

std::optional<AuditExporter::Format> AuditExporter::formatFromName(const QString &name)
{
    if (name.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return Format::Csv;
    if (name.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return Format::Json;
    return std::nullopt;
}

const QStringList &AuditExporter::fieldNames()
{
    static const QStringList names{
        QStringLiteral("seq"),
        QStringLiteral("timestamp"),
        QStringLiteral("actionId"),
        QStringLiteral("batchId"),
        QStringLiteral("profileId"),
        QStringLiteral("profileName"),
        QStringLiteral("provider"),
        QStringLiteral("userId"),
        QStringLiteral("login"),
        QStringLiteral("email"),
        QStringLiteral("displayName"),
        QStringLiteral("action"),
        QStringLiteral("operator"),
        QStringLiteral("reason"),
        QStringLiteral("state"),
        QStringLiteral("attempt"),
        QStringLiteral("requestId"),
        QStringLiteral("taskId"),
        QStringLiteral("errorKind"),
        QStringLiteral("errorStatus"),
        QStringLiteral("errorCode"),
        QStringLiteral("errorMessage"),
        QStringLiteral("note"),
        QStringLiteral("prevHash"),
        QStringLiteral("hash"),
    };
    return names;
}

QStringList AuditExporter::fieldValues(const AuditEntry &e)
{
    return {QString::number(e.seq), e.timestamp.toUTC().toString(Qt::ISODateWithMs), e.actionId,
        e.batchId, e.profileId, e.profileName, e.provider, e.userId, e.login, e.email,
        e.displayName, e.action, e.operatorName, e.reason, e.state, QString::number(e.attempt),
        e.requestId, e.taskId, e.errorKind, QString::number(e.errorStatus), e.errorCode,
        e.errorMessage, e.note, QString::fromLatin1(e.prevHash), QString::fromLatin1(e.hash)};
}

QString AuditExporter::csvField(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
        || value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

Result<qint64> AuditExporter::write(QIODevice *out, Format format) const
{
    qint64 count = 0;
    bool writeFailed = false;
    auto put = [&](const QByteArray &bytes) {
        if (!writeFailed && out->write(bytes) != bytes.size())
            writeFailed = true;
        return !writeFailed;
    };

    const QStringList &names = fieldNames();
    if (format == Format::Csv) {
        QStringList header;
        for (const QString &name : names)
            header += csvField(name);
        put(header.join(QLatin1Char(',')).toUtf8() + "\r\n");
    } else {
        put("[");
    }

    auto visit = [&](const AuditEntry &entry) {
        const QStringList values = fieldValues(entry);
        if (format == Format::Csv) {
            QStringList fields;
            fields.reserve(values.size());
            for (const QString &value : values)
                fields += csvField(value);
            put(fields.join(QLatin1Char(',')).toUtf8() + "\r\n");
        } else {
            QJsonObject object;
            for (int i = 0; i < names.size(); ++i) {
                if (i == seqField || i == attemptField || i == errorStatusField)
                    object.insert(names.at(i), values.at(i).toLongLong());
                else
                    object.insert(names.at(i), values.at(i));
            }
            put((count == 0 ? QByteArray("\n") : QByteArray(",\n"))
                + QJsonDocument(object).toJson(QJsonDocument::Compact));
        }
        ++count;
        return !writeFailed;
    };
    if (auto walked = m_journal.forEachEntry(0, visit); !walked)
        return walked.error();
    if (format == Format::Json)
        put(count == 0 ? QByteArray("]\n") : QByteArray("\n]\n"));
    if (writeFailed)
        return ApiError(ApiError::Kind::Config,
            tr("Cannot write the audit export: %1").arg(out->errorString()));
    return count;
}

} // namespace Gatehouse

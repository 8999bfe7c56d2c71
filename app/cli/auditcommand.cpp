// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/auditcommand.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "audit/auditexporter.h"
#include "audit/auditverifier.h"
#include "tasks/actionjournal.h"

namespace Gatehouse {

namespace {

bool parse(QCommandLineParser &parser, const QString &sub, const QStringList &args,
    const QString &defaultFormat, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({QStringLiteral("format"), QStringLiteral("Output format."),
        QStringLiteral("format"), defaultFormat});
    if (!parser.parse(QStringList{QStringLiteral("audit"), sub} + args)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.positionalArguments().size() != 1) {
        //: %1 is the subcommand ("export", "verify")
        *error = AuditCommand::tr("audit %1 takes no arguments.").arg(sub);
        return false;
    }
    return true;
}

QJsonObject findingJson(const AuditFinding &f)
{
    QJsonObject json{{QStringLiteral("kind"), AuditFinding::kindName(f.kind)},
        {QStringLiteral("message"), f.message}};
    if (f.seq > 0) {
        json.insert(QStringLiteral("seq"), f.seq);
        json.insert(QStringLiteral("lastSeq"), f.lastSeq);
    }
    if (f.kind == AuditFinding::Kind::Reordered)
        json.insert(QStringLiteral("originalSeq"), f.originalSeq);
    if (!f.actionId.isEmpty())
        json.insert(QStringLiteral("actionId"), f.actionId);
    return json;
}

} // namespace

void AuditCommand::start(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("export"))
        finish(exportTrail(args.mid(1)));
    else if (sub == QLatin1String("verify"))
        finish(verify(args.mid(1)));
    else
        finish(m_context->usage(tr("audit needs one of: export, verify.")));
}

int AuditCommand::exportTrail(const QStringList &args)
{
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, QStringLiteral("export"), args, QStringLiteral("csv"), &error))
        return m_context->usage(error);
    const auto format = AuditExporter::formatFromName(parser.value(QStringLiteral("format")));
    if (!format)
        return m_context->usage(tr("--format must be csv or json."));

    ActionJournal journal;
    const QString directory = m_context->journalDirectory();
    const bool exists = QFileInfo::exists(QDir(directory).filePath(ActionJournal::fileName()));
    if (exists) {
        if (auto opened = journal.open(directory, ActionJournal::OpenMode::ExistingOnly); !opened)
            return m_context->fail(opened.error());
    }
    m_context->out().flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        return m_context->fail(ApiError(ApiError::Kind::Config, tr("Cannot write to stdout.")));
    }
    if (!exists) {
        // No journal yet: an empty trail in the asked format.
        if (*format == AuditExporter::Format::Csv)
            out.write(AuditExporter::fieldNames().join(QLatin1Char(',')).toUtf8() + "\r\n");
        else
            out.write("[]\n");
        out.flush();
        return ExitOk;
    }
    const auto written = AuditExporter(journal).write(&out, *format);
    out.flush();
    if (!written)
        return m_context->fail(written.error());
    return ExitOk;
}

int AuditCommand::verify(const QStringList &args)
{
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, QStringLiteral("verify"), args, QStringLiteral("text"), &error))
        return m_context->usage(error);
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return m_context->usage(tr("--format must be text or json."));
    const bool json = format == QLatin1String("json");

    const QString directory = m_context->journalDirectory();
    ActionJournal journal;
    const QString journalPath = QDir(directory).filePath(ActionJournal::fileName());
    AuditReport report;
    if (!QFileInfo::exists(journalPath)) {
        // No journal: fine on a fresh install, tampering when the anchor says there was one.
        const auto anchor = AuditAnchor(AuditAnchor::pathForJournal(journalPath)).read();
        if (anchor && anchor->exists && anchor->head.seq > 0) {
            AuditFinding f;
            f.kind = AuditFinding::Kind::Deleted;
            f.seq = 1;
            f.lastSeq = anchor->previous.seq;
            //: %1 is the journal file; %n how many entries its audit anchor says it held
            f.message = tr("The journal %1 is gone; the anchor says it held %n entries.", nullptr,
                int(anchor->previous.seq))
                            .arg(QDir::toNativeSeparators(journalPath));
            report.findings.append(f);
            report.anchorChecked = true;
        }
    } else {
        if (auto opened = journal.open(directory, ActionJournal::OpenMode::ExistingOnly); !opened)
            return m_context->fail(opened.error());
        const auto verified = AuditVerifier(journal).verify();
        if (!verified)
            return m_context->fail(verified.error());
        report = verified.value();
    }

    QTextStream &out = m_context->out();
    if (json) {
        QJsonArray findings;
        for (const AuditFinding &f : std::as_const(report.findings))
            findings.append(findingJson(f));
        const QJsonObject root{{QStringLiteral("intact"), report.intact()},
            {QStringLiteral("entries"), report.entries},
            {QStringLiteral("head"),
                QJsonObject{{QStringLiteral("seq"), report.head.seq},
                    {QStringLiteral("hash"), QString::fromLatin1(report.head.hash)}}},
            {QStringLiteral("anchorChecked"), report.anchorChecked},
            {QStringLiteral("findings"), findings},
            {QStringLiteral("truncated"), report.truncated}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else if (report.intact() && report.entries == 0) {
        out << tr("Audit trail intact: %n entries.", nullptr, int(report.entries)) << '\n';
    } else if (report.intact()) {
        //: %n entries were checked; %1 is the last entry's number, %2 its hash
        out << tr(
            "Audit trail intact: %n entries, last entry %1 (%2).", nullptr, int(report.entries))
                   .arg(QString::number(report.head.seq), QString::fromLatin1(report.head.hash))
            << '\n';
    } else {
        for (const AuditFinding &f : std::as_const(report.findings)) {
            //: %1 is the finding's kind ("edited", "deleted"), %2 what was found
            out << tr("%1: %2").arg(AuditFinding::kindName(f.kind), f.message) << '\n';
        }
        if (report.truncated)
            out << tr("(more problems were not listed)") << '\n';
    }
    out.flush();
    if (report.intact())
        return ExitOk;
    const int problems = int(report.findings.size());
    const QString entries = QString::number(report.entries);
    m_context->err() << (report.truncated
            //: %n problems were listed and more were found; %1 counts the
            //: journal's entries
            ? tr("error: the audit trail was tampered with: %n+ problem(s) in "
                 "%1 entries.",
                nullptr, problems)
                  .arg(entries)
            //: %1 counts the journal's entries
            : tr("error: the audit trail was tampered with: %n problem(s) in %1 "
                 "entries.",
                nullptr, problems)
                  .arg(entries))
                     << '\n';
    m_context->err().flush();
    return ExitFailure;
}

} // namespace Gatehouse

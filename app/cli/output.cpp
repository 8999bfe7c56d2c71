// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/output.h"

#include <algorithm>
#include <utility>

#include <QJsonArray>
#include <QJsonDocument>

#include "cli/displaywidth.h"

namespace Gatehouse::Output {

namespace {

constexpr int widthSampleRows = 50;
constexpr int maxColumnWidth = 40;

QString modifiedText(const QDateTime &modified)
{
    return modified.isValid() ? modified.toUTC().toString(Qt::ISODate) : QString();
}

QString stateWord(const UserRecord &user)
{
    return UserRecord::stateName(user.state);
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A JSON string literal, quoted and escaped.
QByteArray jsonString(const QString &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QJsonObject userJson(const UserRecord &user, bool withAttributes)
{
    QJsonObject json{{QStringLiteral("id"), user.id}, {QStringLiteral("login"), user.login},
        {QStringLiteral("displayName"), user.displayName}, {QStringLiteral("email"), user.email},
        {QStringLiteral("state"), stateWord(user)}, {QStringLiteral("locked"), user.locked},
        {QStringLiteral("source"), user.source},
        {QStringLiteral("modified"),
            user.modified.isValid() ? QJsonValue(modifiedText(user.modified)) : QJsonValue()}};
    if (withAttributes)
        json.insert(QStringLiteral("attributes"), user.raw);
    return json;
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

RowWriter::RowWriter(QTextStream &out, OutputFormat format, QStringList headers)
    : m_out(out)
    , m_format(format)
    , m_headers(std::move(headers))
{ }

void RowWriter::addRow(const QStringList &cells)
{
    if (m_format == OutputFormat::Csv) {
        if (!m_headerWritten) {
            writeRow(m_headers);
            m_headerWritten = true;
        }
        writeRow(cells);
        return;
    }
    if (!m_headerWritten) {
        m_pending.append(cells);
        if (m_pending.size() >= widthSampleRows)
            flush();
        return;
    }
    writeRow(cells);
}

void RowWriter::flush()
{
    if (m_format == OutputFormat::Csv) {
        if (!m_headerWritten) {
            writeRow(m_headers);
            m_headerWritten = true;
        }
        m_out.flush();
        return;
    }
    if (!m_headerWritten) {
        m_widths.fill(0, m_headers.size());
        for (int c = 0; c < m_headers.size(); ++c)
            m_widths[c] = displayWidth(m_headers.at(c));
        for (const QStringList &row : std::as_const(m_pending)) {
            for (int c = 0; c < row.size() && c < m_widths.size(); ++c)
                m_widths[c] =
                    std::min(maxColumnWidth, std::max(m_widths[c], displayWidth(row.at(c))));
        }
        writeRow(m_headers);
        m_headerWritten = true;
        for (const QStringList &row : std::as_const(m_pending))
            writeRow(row);
        m_pending.clear();
    }
    m_out.flush();
}

void RowWriter::writeRow(const QStringList &cells)
{
    QString line;
    for (int c = 0; c < cells.size(); ++c) {
        if (m_format == OutputFormat::Csv) {
            if (c > 0)
                line += QLatin1Char(',');
            line += csvField(cells.at(c));
            continue;
        }
        QString cell = cells.at(c);
        cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
        // Widths are terminal columns: a CJK character takes two.
        if (c < m_widths.size())
            cell = elideToWidth(cell, m_widths.at(c));
        const bool last = c == cells.size() - 1;
        line += last ? cell : padToWidth(cell, m_widths.value(c)) + QStringLiteral("  ");
    }
    m_out << (m_format == OutputFormat::Csv ? line : line.trimmed()) << '\n';
}

UserListWriter::UserListWriter(
    QTextStream &out, OutputFormat format, const QString &profile, const QString &provider)
    : m_out(out)
    , m_format(format)
    , m_profile(profile)
    , m_provider(provider)
    , m_rows(out, format,
          format == OutputFormat::Csv
              ? QStringList{QStringLiteral("id"), QStringLiteral("login"),
                  QStringLiteral("displayName"), QStringLiteral("email"), QStringLiteral("state"),
                  QStringLiteral("locked"), QStringLiteral("source"), QStringLiteral("modified")}
              : QStringList{tr("DISPLAY NAME", "column header"), tr("LOGIN", "column header"),
                  tr("E-MAIL", "column header"), tr("STATE", "column header"),
                  tr("SOURCE", "column header"), tr("ID", "column header")})
{
    if (m_format == OutputFormat::Json) {
        const QJsonObject head{
            {QStringLiteral("profile"), profile}, {QStringLiteral("provider"), provider}};
        QByteArray start = compactJson(head);
        start.chop(1); // leave the object open for the streamed "users" array
        m_out << start << ",\"users\":[";
    }
}

void UserListWriter::addUsers(const QVector<UserRecord> &users)
{
    for (const UserRecord &user : users) {
        switch (m_format) {
        case OutputFormat::Json:
            if (m_written > 0)
                m_out << ',';
            m_out << '\n' << compactJson(userJson(user, false));
            break;
        case OutputFormat::Csv:
            m_rows.addRow({user.id, user.login, user.displayName, user.email, stateWord(user),
                user.locked ? QStringLiteral("true") : QStringLiteral("false"), user.source,
                modifiedText(user.modified)});
            break;
        case OutputFormat::Table:
            m_rows.addRow(
                {user.displayName, user.login, user.email, user.stateText(), user.source, user.id});
            break;
        }
        ++m_written;
    }
    if (m_format == OutputFormat::Json)
        m_out.flush();
}

void UserListWriter::finish(qint64 total, const QString &nextPageToken)
{
    if (m_format == OutputFormat::Json) {
        m_out << "\n],\"count\":" << m_written << ",\"total\":";
        if (total >= 0)
            m_out << total;
        else
            m_out << "null";
        m_out << ",\"nextPageToken\":";
        if (nextPageToken.isEmpty())
            m_out << "null";
        else
            m_out << jsonString(nextPageToken);
        m_out << "}\n";
        m_out.flush();
        return;
    }
    m_rows.flush();
}

} // namespace Gatehouse::Output

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>
#include <QVector>

#include "cli/clicontext.h"
#include "core/userrecord.h"

namespace Gatehouse::Output {

// The stable JSON shape of a user (README "JSON output"): id, login, displayName, email,
// state, locked, source, modified, plus "attributes" (the provider's raw object) if asked.
QJsonObject userJson(const UserRecord &user, bool withAttributes);

// One CSV field, quoted when needed (RFC 4180).
QString csvField(const QString &value);

// Rows written as they come, as an aligned table or as CSV. Table widths are fixed by the
// first rows seen (long values are cut with an ellipsis) so output streams; they count
// terminal columns, so rows with CJK text stay aligned. CSV gets the headers as given: pass
// stable key names for CSV and translated titles for the table.
class RowWriter
{
public:
    RowWriter(QTextStream &out, OutputFormat format, QStringList headers);
    void addRow(const QStringList &cells);
    void flush();

private:
    void writeRow(const QStringList &cells);

    QTextStream &m_out;
    OutputFormat m_format;
    QStringList m_headers;
    QVector<int> m_widths;
    QVector<QStringList> m_pending; // table rows held until widths are known
    bool m_headerWritten = false;
};

// `users list` output in the three formats, streamed page by page.
class UserListWriter
{
    Q_DECLARE_TR_FUNCTIONS(UserListWriter)

public:
    UserListWriter(
        QTextStream &out, OutputFormat format, const QString &profile, const QString &provider);
    void addUsers(const QVector<UserRecord> &users);
    // total: -1 when unknown; nextPageToken: non-empty when more pages exist.
    void finish(qint64 total, const QString &nextPageToken);

private:
    QTextStream &m_out;
    OutputFormat m_format;
    QString m_profile;
    QString m_provider;
    RowWriter m_rows;
    qint64 m_written = 0;
};

} // namespace Gatehouse::Output

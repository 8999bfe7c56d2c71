// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditentry.h"

#include <QCryptographicHash>

#include "tasks/actionrecord.h"

namespace Gatehouse {

namespace {

void appendField(QByteArray &out, const QByteArray &bytes)
{
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += '\n';
}

void appendField(QByteArray &out, const QString &text)
{
    appendField(out, text.toUtf8());
}

void appendField(QByteArray &out, qint64 number)
{
    appendField(out, QByteArray::number(number));
}

} // namespace

AuditEntry AuditEntry::fromAction(const ActionRecord &action)
{
    AuditEntry entry;
    entry.timestamp = action.updated;
    entry.actionId = action.id.toString(QUuid::WithoutBraces);
    entry.batchId = action.batchId.toString(QUuid::WithoutBraces);
    entry.profileId = action.profileId.toString(QUuid::WithoutBraces);
    entry.profileName = action.profileName;
    entry.provider = providerKindName(action.provider);
    entry.userId = action.userId;
    entry.login = action.login;
    entry.email = action.email;
    entry.displayName = action.displayName;
    entry.action = userActionName(action.action);
    entry.operatorName = action.operatorName;
    entry.reason = action.reason;
    entry.state = actionStateName(action.state);
    entry.attempt = action.attempts;
    entry.requestId = action.requestId;
    entry.taskId = action.taskId;
    if (action.error.isError()) {
        entry.errorKind = ApiError::kindName(action.error.kind());
        entry.errorStatus = action.error.httpStatus();
        entry.errorCode = action.error.providerCode();
        entry.errorMessage = action.error.message();
    }
    entry.note = action.note;
    return entry;
}

QByteArray AuditEntry::canonical(qint64 asSeq, const QByteArray &withPrevHash) const
{
    QByteArray out;
    out.reserve(512);
    out += "gatehouse-audit-v1\n";
    appendField(out, asSeq);
    appendField(out, timestamp.isValid() ? timestamp.toMSecsSinceEpoch() : qint64(0));
    appendField(out, actionId);
    appendField(out, batchId);
    appendField(out, profileId);
    appendField(out, profileName);
    appendField(out, provider);
    appendField(out, userId);
    appendField(out, login);
    appendField(out, email);
    appendField(out, displayName);
    appendField(out, action);
    appendField(out, operatorName);
    appendField(out, reason);
    appendField(out, state);
    appendField(out, qint64(attempt));
    appendField(out, requestId);
    appendField(out, taskId);
    appendField(out, errorKind);
    appendField(out, qint64(errorStatus));
    appendField(out, errorCode);
    appendField(out, errorMessage);
    appendField(out, note);
    appendField(out, withPrevHash);
    return out;
}

QByteArray AuditEntry::computeHash(qint64 asSeq, const QByteArray &withPrevHash) const
{
    return QCryptographicHash::hash(canonical(asSeq, withPrevHash), QCryptographicHash::Sha256)
        .toHex();
}

QByteArray AuditEntry::genesisHash()
{
    return QByteArray(64, '0');
}

} // namespace Gatehouse

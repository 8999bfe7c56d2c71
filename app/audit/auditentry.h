// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Gatehouse {

struct ActionRecord;

// One entry of the audit trail: one transition of one action, appended and never changed.
// Entries are hash-chained: hash = SHA-256(canonical(entry fields) + prevHash), and each
// entry's prevHash is the hash of the entry before it, so an edited, deleted, inserted or
// reordered entry breaks the chain (AuditVerifier finds which).
struct AuditEntry
{
    qint64 seq = 0; // 1, 2, 3 … without gaps
    QDateTime timestamp; // UTC, millisecond precision
    QString actionId;
    QString batchId;
    QString profileId;
    QString profileName;
    QString provider; // "sailpoint", "huawei", "rsa"
    QString userId;
    QString login;
    QString email;
    QString displayName;
    QString action; // "enable", "disable", "unlock"
    QString operatorName;
    QString reason;
    QString state; // the new state, e.g. "sending"
    int attempt = 0;
    QString requestId;
    QString taskId;
    QString errorKind; // ApiError::kindName, empty when none
    int errorStatus = 0;
    QString errorCode;
    QString errorMessage;
    QString note;
    QByteArray prevHash; // lower-case hex, 64 characters
    QByteArray hash; // lower-case hex, 64 characters

    // The entry that records `action` entering its current state (seq, hashes left empty).
    static AuditEntry fromAction(const ActionRecord &action);

    // The bytes that are hashed. Format "gatehouse-audit-v1\n", then for every field in the
    // order declared above (seq … note, then prevHash) its UTF-8 byte length in decimal,
    // ':', the bytes and '\n'; integers in decimal, the timestamp as milliseconds since the
    // epoch. Length prefixes make the encoding unambiguous; it never depends on Qt's JSON
    // or number formatting, so hashes stay valid across Qt versions.
    QByteArray canonical(qint64 asSeq, const QByteArray &withPrevHash) const;
    QByteArray computeHash() const { return computeHash(seq, prevHash); }
    QByteArray computeHash(qint64 asSeq, const QByteArray &withPrevHash) const;

    // The prevHash of the first entry.
    static QByteArray genesisHash();
};

} // namespace Gatehouse

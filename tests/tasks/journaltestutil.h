// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "tasks/actionjournal.h"

namespace Gatehouse::TestUtil {

inline BatchRecord makeBatch(
    const QUuid &profileId = QUuid::createUuid(), UserAction action = UserAction::Disable)
{
    BatchRecord batch;
    batch.id = QUuid::createUuid();
    batch.profileId = profileId;
    batch.profileName = QStringLiteral("Test tenant");
    batch.provider = ProviderKind::SailPoint;
    batch.action = action;
    batch.operatorName = QStringLiteral("helpdesk1");
    batch.reason = QStringLiteral("INC-1234, leaver");
    return batch;
}

inline ActionRecord makeAction(const BatchRecord &batch, int n, const QString &owner = QString())
{
    ActionRecord a;
    a.id = QUuid::createUuid();
    a.batchId = batch.id;
    a.profileId = batch.profileId;
    a.profileName = batch.profileName;
    a.provider = batch.provider;
    a.userId = QStringLiteral("user-%1").arg(n);
    a.login = QStringLiteral("login%1").arg(n);
    a.email = QStringLiteral("user%1@example.com").arg(n);
    a.displayName = QStringLiteral("User Number %1").arg(n);
    a.action = batch.action;
    a.operatorName = batch.operatorName;
    a.reason = batch.reason;
    a.state = ActionState::Planned;
    a.owner = owner;
    return a;
}

// A plain SQLite connection to a journal file, for reading and tampering behind its back.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDatabase()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawDatabase)

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }
    QVariant value(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return QVariant();
        return q.value(0);
    }

private:
    QString m_name;
};

} // namespace Gatehouse::TestUtil

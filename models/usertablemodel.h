// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QAbstractTableModel>
#include <QIcon>
#include <QPointer>

#include "core/apierror.h"
#include "core/userrecord.h"
#include "models/userrowstore.h"
#include "providers/identityprovider.h"

namespace Gatehouse {

// The users of one query on one provider, as a table. Holds a million rows compactly
// (UserRowStore), loads pages on demand (fetchMore) or all at once (loadAll), and changes a
// row's state only when told the provider confirmed it. data() never does I/O.
class UserTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTableModel)

public:
    enum Column
    {
        DisplayNameColumn,
        LoginColumn,
        EmailColumn,
        StateColumn,
        SourceColumn,
        ModifiedColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: QString, int state rank, QDateTime (UTC)
        IdRole, // QString, the provider id of the row's user (any column)
        StateRole, // int(UserRecord::State) (any column)
        PendingRole, // bool: an action on this user awaits the provider's outcome
        LockedRole, // bool
        ExportRole, // QString for CSV: plain values, state name, ISO 8601 UTC time
    };

    // Supplies the state column's icon; the UI installs it (models stay free of widgets).
    using StateIconProvider =
        std::function<QIcon(UserRecord::State state, bool locked, bool pending)>;

    explicit UserTableModel(QObject *parent = nullptr);
    ~UserTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setStateIconProvider(StateIconProvider provider);

    // Binds the model to a provider and a query: resets the rows and requests the first page
    // (unless the provider cannot browse and the query is empty). nullptr unbinds.
    void setSource(IdentityProvider *provider, const UserQuery &query);
    IdentityProvider *provider() const { return m_provider; }
    const UserQuery &query() const { return m_query; }
    // Fetches pages until the last one, a failure or cancelLoading().
    void loadAll();
    // Stops loading; the page in flight is dropped and fetchMore() continues from it.
    void cancelLoading();
    // Requests again the page that failed.
    void retry();
    bool isLoading() const { return m_inFlight; }
    bool isLoadingAll() const { return m_loadingAll; }
    bool hasMorePages() const { return m_hasMore; }
    // Users matching the query as the provider counted them, or -1.
    qint64 totalCount() const { return m_total; }
    // The error of the last page request; kind None after a successful page.
    const ApiError &lastError() const { return m_lastError; }

    // Adds users, or refreshes rows whose id is already present (pages may overlap).
    void appendUsers(const QVector<UserRecord> &users);
    void clear();
    // The provider confirmed a new state. Returns false when the id is not loaded.
    bool applyState(const QString &id, UserRecord::State state, bool locked);
    // An action on this user is (no longer) waiting for the provider's outcome.
    bool setPending(const QString &id, bool pending);

    int rowOfId(QStringView id) const { return m_store.rowOf(id); }
    QString idAt(int row) const;
    // The row as a record, without raw attributes (the detail pane re-reads the user).
    UserRecord userAt(int row) const;
    // Read access for the filter proxy and exporters; views are valid until the model changes.
    const UserRowStore &store() const { return m_store; }

    // The roles a row's state change touches (applyState), and a pending change (setPending).
    static QList<int> stateRoles();
    static QList<int> pendingRoles();
    // Sort rank of a state: enabled, locked, disabled, disabled+locked, unknown.
    static int stateRank(UserRecord::State state, bool locked);

signals:
    void loadingChanged(bool loading);
    // Rows loaded so far and the total (-1 when the provider does not say).
    void progress(qint64 loaded, qint64 total);
    void pageLoaded(int users);
    void pageLoadFailed(const Gatehouse::ApiError &error);

private:
    void requestPage();
    void onPage(quint64 generation, const Result<UserPage> &result);
    void setLoading(bool loading);
    void abortCall();
    QString stateText(int row) const;
    QString modifiedText(int row, QLocale::FormatType format) const;
    QVariant displayData(int row, int column) const;
    QVariant sortData(int row, int column) const;
    QVariant exportData(int row, int column) const;
    QVariant toolTipData(int row, int column) const;
    void emitRowChanged(int row, const QList<int> &roles);

    UserRowStore m_store;
    int m_rowCount = 0; // rows announced to views; the store may be ahead inside appendUsers
    StateIconProvider m_iconProvider;

    QPointer<IdentityProvider> m_provider;
    UserQuery m_query;
    QPointer<PendingCall> m_call;
    QString m_nextPageToken;
    ApiError m_lastError;
    qint64 m_total = -1;
    quint64 m_generation = 0; // replies of an older generation are ignored
    bool m_hasMore = false;
    bool m_inFlight = false;
    bool m_loadingAll = false;
    bool m_loading = false;
};

} // namespace Gatehouse

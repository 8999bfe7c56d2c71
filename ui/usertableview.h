// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QTableView>

class QLabel;
class QPushButton;

namespace Gatehouse {

// The user table: sortable, rows of fixed height (a million rows scroll smoothly), pending rows
// in italics, a column chooser in the header's context menu, the header layout saved per key
// (one per provider), and an empty state that says why there is nothing to show.
class UserTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTableView)

public:
    explicit UserTableView(QWidget *parent = nullptr);
    ~UserTableView() override;

    void setModel(QAbstractItemModel *model) override;

    // Saves/restores the header (order, widths, hidden columns, sort) under settings key
    // "ui/tables/<key>/header". restoreLayout() applies defaults when nothing is saved.
    void saveLayout(const QString &key) const;
    void restoreLayout(const QString &key);
    void resetLayout();

    // Shown over the empty table: icon, title, explanation and an optional button.
    void setEmptyState(const QIcon &icon, const QString &title, const QString &text,
        const QString &buttonText = QString());
    QString emptyStateTitle() const;
    bool isEmptyStateVisible() const;
    // The column chooser's actions (checkable, one per column).
    QList<QAction *> columnActions() const;

signals:
    void emptyStateButtonClicked();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateEmptyState();
    void showHeaderMenu(const QPoint &pos);
    void rebuildColumnActions();
    void applyDefaultWidths();

    QWidget *m_empty = nullptr;
    QLabel *m_emptyIcon = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyButton = nullptr;
    QList<QAction *> m_columnActions;
    QByteArray m_defaultState;
};

} // namespace Gatehouse

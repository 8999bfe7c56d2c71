// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/usertableview.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include "models/usertablemodel.h"
#include "ui/popupmenu.h"
#include "ui/uistyle.h"

namespace Gatehouse {

namespace {

// Pending rows (an action awaits the provider's outcome) in italics and muted.
class PendingRowDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(UserTableModel::PendingRole).toBool()) {
            option->font.setItalic(true);
            option->palette.setColor(QPalette::Text, UiStyle::mutedText(option->palette));
        }
    }
};

QString headerKey(const QString &key)
{
    return QStringLiteral("ui/tables/%1/header").arg(key);
}

} // namespace

UserTableView::UserTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("userTable"));
    setAccessibleName(tr("Users"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setWordWrap(false);
    setShowGrid(false);
    setTextElideMode(Qt::ElideRight);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // The view's actions (addAction) form its context menu.
    PopupMenu::install(this);
    setItemDelegate(new PendingRowDelegate(this));
    setCornerButtonEnabled(false);

    // Fixed row heights: the view never measures a million rows.
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    connect(header, &QHeaderView::customContextMenuRequested, this, &UserTableView::showHeaderMenu);

    m_empty = new QWidget(viewport());
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_emptyIcon = new QLabel(m_empty);
    m_emptyIcon->setAlignment(Qt::AlignCenter);
    m_emptyTitle = new QLabel(m_empty);
    m_emptyTitle->setObjectName(QStringLiteral("emptyStateTitle"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setWordWrap(true);
    QFont title = m_emptyTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    m_emptyTitle->setFont(title);
    m_emptyText = new QLabel(m_empty);
    m_emptyText->setObjectName(QStringLiteral("emptyStateText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    m_emptyButton = new QPushButton(m_empty);
    m_emptyButton->setObjectName(QStringLiteral("emptyStateButton"));
    connect(m_emptyButton, &QPushButton::clicked, this, &UserTableView::emptyStateButtonClicked);
    auto *layout = new QVBoxLayout(m_empty);
    layout->setSpacing(10);
    layout->addStretch(2);
    layout->addWidget(m_emptyIcon);
    layout->addWidget(m_emptyTitle);
    layout->addWidget(m_emptyText);
    layout->addWidget(m_emptyButton, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    m_empty->hide();
}

UserTableView::~UserTableView() = default;

void UserTableView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    if (model) {
        for (const auto signal :
            {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
            connect(model, signal, this, &UserTableView::updateEmptyState);
        }
        connect(model, &QAbstractItemModel::modelReset, this, &UserTableView::updateEmptyState);
        connect(model, &QAbstractItemModel::layoutChanged, this, &UserTableView::updateEmptyState);
        connect(model, &QAbstractItemModel::columnsInserted, this,
            &UserTableView::rebuildColumnActions);
        connect(model, &QAbstractItemModel::modelReset, this, &UserTableView::rebuildColumnActions);
    }
    rebuildColumnActions();
    applyDefaultWidths();
    m_defaultState = horizontalHeader()->saveState();
    updateEmptyState();
}

void UserTableView::applyDefaultWidths()
{
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QList<int> widths{16 * em, 12 * em, 18 * em, 9 * em, 12 * em, 10 * em};
    for (int column = 0; column < widths.size(); ++column)
        horizontalHeader()->resizeSection(column, widths.at(column));
}

void UserTableView::saveLayout(const QString &key) const
{
    if (!key.isEmpty())
        QSettings().setValue(headerKey(key), horizontalHeader()->saveState());
}

void UserTableView::restoreLayout(const QString &key)
{
    const QByteArray state = QSettings().value(headerKey(key)).toByteArray();
    if (state.isEmpty() || !horizontalHeader()->restoreState(state))
        resetLayout();
    rebuildColumnActions();
}

void UserTableView::resetLayout()
{
    QHeaderView *header = horizontalHeader();
    for (int logical = 0; logical < header->count(); ++logical) {
        header->setSectionHidden(logical, false);
        header->moveSection(header->visualIndex(logical), logical);
    }
    applyDefaultWidths();
    header->setSortIndicator(-1, Qt::AscendingOrder);
    rebuildColumnActions();
}

void UserTableView::rebuildColumnActions()
{
    qDeleteAll(m_columnActions);
    m_columnActions.clear();
    if (!model())
        return;
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < model()->columnCount(); ++column) {
        auto *action = new QAction(model()->headerData(column, Qt::Horizontal).toString(), this);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            QHeaderView *header = horizontalHeader();
            if (!shown && header->count() - header->hiddenSectionCount() <= 1) {
                m_columnActions.at(column)->setChecked(true); // keep one column
                return;
            }
            header->setSectionHidden(column, !shown);
        });
        m_columnActions.append(action);
    }
}

QList<QAction *> UserTableView::columnActions() const
{
    return m_columnActions;
}

void UserTableView::showHeaderMenu(const QPoint &pos)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("columnMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSection(tr("Columns"));
    for (int column = 0; column < m_columnActions.size(); ++column) {
        QAction *action = m_columnActions.at(column);
        const QSignalBlocker blocker(action);
        action->setChecked(!horizontalHeader()->isSectionHidden(column));
        menu->addAction(action);
    }
    menu->addSeparator();
    menu->addAction(tr("Reset columns"), this, &UserTableView::resetLayout);
    menu->popup(horizontalHeader()->viewport()->mapToGlobal(pos));
}

void UserTableView::setEmptyState(
    const QIcon &icon, const QString &title, const QString &text, const QString &buttonText)
{
    const int size = 48;
    m_emptyIcon->setPixmap(
        icon.isNull() ? QPixmap() : icon.pixmap(QSize(size, size), devicePixelRatioF()));
    m_emptyIcon->setVisible(!icon.isNull());
    m_emptyTitle->setText(title);
    m_emptyText->setText(text);
    m_emptyText->setVisible(!text.isEmpty());
    m_emptyButton->setText(buttonText);
    m_emptyButton->setVisible(!buttonText.isEmpty());
    updateEmptyState();
}

QString UserTableView::emptyStateTitle() const
{
    return m_emptyTitle->text();
}

bool UserTableView::isEmptyStateVisible() const
{
    return m_empty->isVisible();
}

void UserTableView::updateEmptyState()
{
    const bool empty = !model() || model()->rowCount() == 0;
    const bool show = empty && !m_emptyTitle->text().isEmpty();
    m_empty->setGeometry(viewport()->rect());
    m_empty->setVisible(show);
}

void UserTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    m_empty->setGeometry(viewport()->rect());
}

} // namespace Gatehouse

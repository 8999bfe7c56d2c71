// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/userdetailpane.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "models/tasklistmodel.h"
#include "providers/identityprovider.h"
#include "tasks/actionjournal.h"
#include "ui/popupmenu.h"
#include "ui/uiicons.h"
#include "ui/uistyle.h"

namespace Gatehouse {

namespace {

constexpr int maxAttributeDepth = 6;

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number))
                                                : QString::number(number);
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return QString();
    }
}

void addValue(QTreeWidgetItem *parent, QTreeWidget *tree, const QString &key,
    const QJsonValue &value, int depth)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(0, key);
    if (value.isObject() || value.isArray()) {
        if (depth >= maxAttributeDepth) {
            item->setText(1,
                QString::fromUtf8(value.isObject()
                        ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                        : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
            return;
        }
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            item->setText(1,
                (object.size() == 1
                        ? UserDetailPane::tr("1 field")
                        : UserDetailPane::tr("%n fields", nullptr, int(object.size()))));
            for (auto it = object.begin(); it != object.end(); ++it)
                addValue(item, tree, it.key(), it.value(), depth + 1);
        } else {
            const QJsonArray array = value.toArray();
            item->setText(1,
                (array.size() == 1 ? UserDetailPane::tr("1 item")
                                   : UserDetailPane::tr("%n items", nullptr, int(array.size()))));
            for (int i = 0; i < array.size(); ++i)
                addValue(item, tree, QStringLiteral("[%1]").arg(i), array.at(i), depth + 1);
        }
        return;
    }
    item->setText(1, scalarText(value));
    item->setToolTip(1, item->text(1));
}

QLabel *valueLabel(QWidget *parent, const char *name, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

} // namespace

UserDetailPane::UserDetailPane(ActionJournal *journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
{
    setObjectName(QStringLiteral("userDetailPane"));
    setAccessibleName(tr("User details"));

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_content = new QWidget(this);
    m_nameLabel = valueLabel(m_content, "detailName", tr("Display name"));
    QFont big = m_nameLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_nameLabel->setFont(big);
    m_stateIcon = new QLabel(m_content);
    m_stateLabel = valueLabel(m_content, "detailState", tr("State"));
    m_stateLabel->setWordWrap(false);
    auto *stateRow = new QHBoxLayout;
    stateRow->setSpacing(6);
    stateRow->addWidget(m_stateIcon);
    stateRow->addWidget(m_stateLabel, 1);

    m_idLabel = valueLabel(m_content, "detailId", tr("User id"));
    m_loginLabel = valueLabel(m_content, "detailLogin", tr("Login"));
    m_emailLabel = valueLabel(m_content, "detailEmail", tr("E-mail"));
    m_sourceLabel = valueLabel(m_content, "detailSource", tr("Source"));
    m_modifiedLabel = valueLabel(m_content, "detailModified", tr("Modified"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    const auto row = [this, form](const QString &label, QLabel *value, bool copyable) {
        if (!copyable) {
            form->addRow(label, value);
            return;
        }
        auto *line = new QHBoxLayout;
        line->setSpacing(2);
        line->addWidget(value, 1);
        line->addWidget(copyButton(value), 0, Qt::AlignTop);
        form->addRow(label, line);
    };
    row(tr("Id:"), m_idLabel, true);
    row(tr("Login:"), m_loginLabel, true);
    row(tr("E-mail:"), m_emailLabel, true);
    row(tr("Source:"), m_sourceLabel, false);
    row(tr("Modified:"), m_modifiedLabel, false);

    m_statusLabel = new QLabel(m_content);
    m_statusLabel->setObjectName(QStringLiteral("detailStatus"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *attributesTitle = new QLabel(tr("All attributes"), m_content);
    QFont section = attributesTitle->font();
    section.setBold(true);
    attributesTitle->setFont(section);
    m_attributes = new QTreeWidget(m_content);
    m_attributes->setObjectName(QStringLiteral("detailAttributes"));
    m_attributes->setAccessibleName(tr("All attributes"));
    m_attributes->setHeaderLabels({tr("Attribute"), tr("Value")});
    m_attributes->setRootIsDecorated(true);
    m_attributes->setUniformRowHeights(true);
    m_attributes->setAlternatingRowColors(true);
    m_attributes->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_attributes->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_attributes->header()->resizeSection(0, 160);
    PopupMenu::install(m_attributes);
    auto *copyValue = new QAction(UiIcons::icon(Icon::Copy), tr("Copy value"), m_attributes);
    copyValue->setShortcut(QKeySequence::Copy);
    copyValue->setShortcutContext(Qt::WidgetShortcut);
    connect(copyValue, &QAction::triggered, this, [this]() {
        QStringList values;
        for (const QTreeWidgetItem *item : m_attributes->selectedItems())
            values.append(item->text(1));
        QGuiApplication::clipboard()->setText(values.join(QLatin1Char('\n')));
    });
    m_attributes->addAction(copyValue);

    auto *actionsTitle = new QLabel(tr("Recent actions on this user"), m_content);
    actionsTitle->setFont(section);
    m_actions = new QTreeWidget(m_content);
    m_actions->setObjectName(QStringLiteral("detailActions"));
    m_actions->setAccessibleName(tr("Recent actions on this user"));
    m_actions->setHeaderLabels(
        {tr("When"), tr("Action"), tr("State"), tr("Operator"), tr("Reason")});
    m_actions->setRootIsDecorated(false);
    m_actions->setUniformRowHeights(true);
    m_actions->setAlternatingRowColors(true);
    m_actions->header()->setStretchLastSection(true);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(8);
    contentLayout->addWidget(m_nameLabel);
    contentLayout->addLayout(stateRow);
    contentLayout->addLayout(form);
    contentLayout->addWidget(m_statusLabel);
    contentLayout->addWidget(attributesTitle);
    contentLayout->addWidget(m_attributes, 3);
    contentLayout->addWidget(actionsTitle);
    contentLayout->addWidget(m_actions, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_content);
    clear();
}

UserDetailPane::~UserDetailPane() = default;

QToolButton *UserDetailPane::copyButton(QLabel *source)
{
    auto *button = new QToolButton(m_content);
    button->setIcon(UiIcons::icon(Icon::Copy));
    button->setAutoRaise(true);
    //: Tooltip and accessible name of the copy button next to a field: "Copy Login"
    const QString name = tr("Copy %1").arg(source->accessibleName());
    button->setToolTip(name);
    button->setAccessibleName(name);
    button->setObjectName(source->objectName() + QStringLiteral("Copy"));
    connect(button, &QToolButton::clicked, this,
        [source]() { QGuiApplication::clipboard()->setText(source->text()); });
    return button;
}

void UserDetailPane::clear(const QString &why)
{
    ++m_generation;
    if (m_call)
        m_call->abort();
    m_call = nullptr;
    m_user = UserRecord();
    m_profileId = QUuid();
    m_content->hide();
    m_placeholder->setText(why.isEmpty() ? tr("Select a user to see every attribute and the "
                                              "last actions on them.")
                                         : why);
    m_placeholder->show();
}

void UserDetailPane::showUser(
    IdentityProvider *provider, const QUuid &profileId, const UserRecord &row)
{
    const quint64 generation = ++m_generation;
    if (m_call)
        m_call->abort();
    m_call = nullptr;
    m_profileId = profileId;
    fill(row);
    fillAttributes(row.raw);
    refreshActions();
    m_placeholder->hide();
    m_content->show();
    if (!provider) {
        setStatus(QString(), false);
        return;
    }
    setStatus(tr("Reading the latest from the provider…"), false);
    const UserKey key{row.id, row.login, row.email};
    m_call = provider->getUser(key, this,
        [this, generation](const Result<UserRecord> &result) { onRead(generation, result); });
}

void UserDetailPane::onRead(quint64 generation, const Result<UserRecord> &result)
{
    if (generation != m_generation)
        return;
    m_call = nullptr;
    if (!result) {
        if (result.error().kind() == ApiError::Kind::Cancelled)
            return;
        const ApiError &error = result.error();
        QString text = tr("Could not read the user: %1").arg(error.message());
        if (!error.requestId().isEmpty())
            text += QLatin1Char('\n') + tr("Request id: %1").arg(error.requestId());
        setStatus(text, true);
        emit userRead(error);
        return;
    }
    // Keep the table's id: RSA answers lookups with its own id form.
    UserRecord fresh = result.value();
    if (fresh.id.isEmpty())
        fresh.id = m_user.id;
    fill(fresh);
    fillAttributes(fresh.raw);
    setStatus(tr("Read from the provider at %1.")
                  .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
        false);
    emit userRead(ApiError());
}

void UserDetailPane::fill(const UserRecord &user)
{
    m_user = user;
    m_nameLabel->setText(user.displayName.isEmpty() ? user.login : user.displayName);
    m_stateLabel->setText(user.stateText());
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_stateIcon->setPixmap(UiIcons::userState(user.state, user.locked, false)
                               .pixmap(QSize(size, size), devicePixelRatioF()));
    m_idLabel->setText(user.id);
    m_loginLabel->setText(user.login);
    m_emailLabel->setText(user.email);
    m_sourceLabel->setText(user.source);
    m_modifiedLabel->setText(user.modified.isValid()
            ? QLocale().toString(user.modified.toLocalTime(), QLocale::LongFormat)
            : tr("not reported"));
}

void UserDetailPane::fillAttributes(const QJsonObject &raw)
{
    m_attributes->clear();
    if (raw.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_attributes);
        item->setText(0, tr("(reading…)"));
        return;
    }
    for (auto it = raw.begin(); it != raw.end(); ++it)
        addValue(nullptr, m_attributes, it.key(), it.value(), 0);
}

void UserDetailPane::refreshActions()
{
    m_actions->clear();
    if (!m_journal || m_user.id.isEmpty() || m_profileId.isNull())
        return;
    const Result<QVector<ActionRecord>> actions =
        m_journal->recentActionsForUser(m_profileId, m_user.id, recentActionsLimit);
    if (!actions) {
        auto *item = new QTreeWidgetItem(m_actions);
        item->setText(0, actions.error().message());
        return;
    }
    for (const ActionRecord &action : actions.value()) {
        auto *item = new QTreeWidgetItem(m_actions);
        item->setText(0, QLocale().toString(action.updated.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, TaskListModel::actionTitle(action.action));
        item->setIcon(2, UiIcons::actionState(action.state));
        item->setText(2, actionStateTitle(action.state));
        item->setText(3, action.operatorName);
        item->setText(4, action.reason);
        item->setToolTip(2, TaskListModel::detailsText(action));
    }
    if (actions->isEmpty()) {
        auto *item = new QTreeWidgetItem(m_actions);
        item->setText(0, tr("None yet"));
        item->setForeground(0, palette().brush(QPalette::PlaceholderText));
    }
    for (int column = 0; column < m_actions->columnCount() - 1; ++column)
        m_actions->resizeColumnToContents(column);
}

void UserDetailPane::setStatus(const QString &text, bool error)
{
    m_statusLabel->setText(text);
    m_statusLabel->setVisible(!text.isEmpty());
    QPalette pal = m_statusLabel->palette();
    pal.setColor(QPalette::WindowText,
        error ? UiStyle::errorColor(palette()) : UiStyle::mutedText(palette()));
    m_statusLabel->setPalette(pal);
}

} // namespace Gatehouse

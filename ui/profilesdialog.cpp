// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profilesdialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>

#include "models/profilelistmodel.h"
#include "profiles/profilestore.h"
#include "profiles/rsakeyfile.h"
#include "providers/connectiondiagnosis.h"
#include "providers/identityprovider.h"
#include "providers/profileconnector.h"
#include "ui/draftcredentialstore.h"
#include "ui/uiicons.h"
#include "ui/uistyle.h"
#include "ui_profilesdialog.h"

namespace Gatehouse {

namespace {

constexpr ProviderKind providerOrder[] = {
    ProviderKind::SailPoint, ProviderKind::Huawei, ProviderKind::SecurId};

QUrl urlFrom(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text);
}

// A profile in the list: its name, and under it the provider (and "read-only").
class ProfileItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics metrics(option.font);
        return QSize(200, 2 * metrics.height() + 3 * padding);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor text =
            option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor muted = text;
        muted.setAlphaF(0.7f);

        const QRect area = option.rect.adjusted(2 * padding, padding, -2 * padding, -padding);
        QFont nameFont = option.font;
        nameFont.setBold(true);
        const QFontMetrics nameMetrics(nameFont);
        painter->save();
        painter->setFont(nameFont);
        painter->setPen(text);
        const QRect nameRect(area.left(), area.top(), area.width(), nameMetrics.height());
        painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
            nameMetrics.elidedText(index.data().toString(), Qt::ElideRight, nameRect.width()));
        QString detail = index.data(ProfileListModel::ProviderTitleRole).toString();
        if (index.data(ProfileListModel::ReadOnlyRole).toBool())
            //: Second line of a read-only profile in the list: "Huawei Cloud … · read-only"
            detail = ProfilesDialog::tr("%1 · read-only").arg(detail);
        painter->setFont(option.font);
        painter->setPen(muted);
        const QRect detailRect(area.left(), nameRect.bottom() + padding / 2, area.width(),
            option.fontMetrics.height());
        painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(detail, Qt::ElideRight, detailRect.width()));
        painter->restore();
    }

private:
    static constexpr int padding = 5;
};

} // namespace

ProfilesDialog::ProfilesDialog(ProfileStore *store, QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilesDialog>())
    , m_store(store)
    , m_network(network)
{
    m_ui->setupUi(this);
    m_model = new ProfileListModel(store, this);
    m_ui->profilesList->setModel(m_model);
    m_ui->profilesList->setItemDelegate(new ProfileItemDelegate(m_ui->profilesList));
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({240, 660});

    QFont title = m_ui->editorTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.2);
    title.setBold(true);
    m_ui->editorTitleLabel->setFont(title);
    m_ui->emptyLabel->setText(tr("No profile yet.\n\nA profile tells Gatehouse where a SailPoint "
                                 "tenant, a Huawei Cloud identity store or an RSA SecurID "
                                 "tenant is, and how to sign in to it. Use Add to create one."));

    m_ui->regionCombo->addItems(Profile::huaweiRegions());
    m_ui->regionCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_ui->duplicateButton->setIcon(UiIcons::icon(Icon::Copy));
    m_ui->deleteButton->setIcon(UiIcons::icon(Icon::Cancel));
    m_ui->testButton->setIcon(UiIcons::icon(Icon::Refresh));
    m_ui->addButton->setIcon(UiIcons::icon(Icon::Profiles));
    m_ui->duplicateButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_ui->deleteButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_ui->saveButton->setDefault(true);
    setUpProviderChoices();
    connectForm();

    connect(m_ui->profilesList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ProfilesDialog::onSelectionChanged);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfilesDialog::close);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &ProfilesDialog::revert);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_ui->duplicateButton, &QToolButton::clicked, this, &ProfilesDialog::duplicateSelected);
    connect(m_ui->deleteButton, &QToolButton::clicked, this, &ProfilesDialog::deleteSelected);
    connect(m_ui->importKeyButton, &QPushButton::clicked, this, &ProfilesDialog::chooseKeyFile);
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, &ProfilesDialog::chooseCaBundle);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this]() {
        if (!m_isNew && m_model->rowOf(m_original.id) < 0) {
            // The profile in the editor is gone (deleted here or elsewhere).
            const QUuid next = m_model->idAt(0);
            if (next.isNull())
                showPage(Page::Empty);
            else
                selectProfile(next);
        }
    });

    if (m_store) {
        const std::optional<Profile> last = m_store->lastUsedProfile();
        if (last)
            selectProfile(last->id);
        else if (m_model->rowCount() > 0)
            selectProfile(m_model->idAt(0));
        else
            showPage(Page::Empty);
    } else {
        showPage(Page::Empty);
    }
    updateButtons();
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::setUpProviderChoices()
{
    auto *menu = new QMenu(m_ui->addButton);
    for (const ProviderKind kind : providerOrder) {
        m_ui->providerCombo->addItem(providerKindTitle(kind), int(kind));
        QAction *add = menu->addAction(
            //: Menu item under "Add": "SailPoint Identity Security Cloud profile"
            tr("%1 profile").arg(providerKindTitle(kind)));
        connect(add, &QAction::triggered, this, [this, kind]() { startNewProfile(kind); });
    }
    m_ui->addButton->setMenu(menu);
}

void ProfilesDialog::connectForm()
{
    const QList<QLineEdit *> edits{m_ui->nameEdit, m_ui->sailPointUrlEdit, m_ui->clientIdEdit,
        m_ui->clientSecretEdit, m_ui->huaweiUrlEdit, m_ui->storeIdEdit, m_ui->accessKeyEdit,
        m_ui->secretKeyEdit, m_ui->securityTokenEdit, m_ui->rsaUrlEdit, m_ui->caBundleEdit};
    for (QLineEdit *edit : edits)
        connect(edit, &QLineEdit::textChanged, this, &ProfilesDialog::onFormEdited);
    connect(m_ui->regionCombo, &QComboBox::currentTextChanged, this, &ProfilesDialog::onFormEdited);
    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this,
        &ProfilesDialog::onProviderChanged);
    connect(m_ui->rateRequestsSpin, &QSpinBox::valueChanged, this, &ProfilesDialog::onFormEdited);
    connect(m_ui->rateWindowSpin, &QSpinBox::valueChanged, this, &ProfilesDialog::onFormEdited);
    for (QCheckBox *check : {m_ui->temporaryCheck, m_ui->readOnlyCheck, m_ui->requireReasonCheck})
        connect(check, &QCheckBox::toggled, this, &ProfilesDialog::onFormEdited);
}

QUuid ProfilesDialog::currentProfileId() const
{
    return m_ui->editorStack->currentWidget() == m_ui->formPage ? m_original.id : QUuid();
}

void ProfilesDialog::selectProfile(const QUuid &id)
{
    if (hasUnsavedChanges() || !m_store)
        return;
    const std::optional<Profile> profile = m_store->profile(id);
    if (!profile)
        return;
    loadIntoForm(*profile, false);
    const int row = m_model->rowOf(id);
    m_loading = true;
    m_ui->profilesList->setCurrentIndex(m_model->index(row));
    m_loading = false;
}

void ProfilesDialog::onSelectionChanged()
{
    if (m_loading)
        return;
    const QUuid id = m_model->idAt(m_ui->profilesList->currentIndex().row());
    if (!id.isNull() && id != m_original.id)
        selectProfile(id);
}

void ProfilesDialog::startNewProfile(ProviderKind provider)
{
    if (hasUnsavedChanges())
        return;
    loadIntoForm(Profile::create(provider, QString()), true);
    m_ui->profilesList->clearSelection();
    m_ui->nameEdit->setFocus();
}

void ProfilesDialog::loadIntoForm(const Profile &profile, bool isNew)
{
    m_loading = true;
    m_original = profile;
    m_isNew = isNew;
    m_keyFileContent.clear();
    m_keyFilePath.clear();
    m_rsaKey = profile.rsaKey;

    m_ui->nameEdit->setText(profile.name);
    m_ui->providerCombo->setCurrentIndex(m_ui->providerCombo->findData(int(profile.provider)));
    showProviderPage(m_ui->providerCombo->currentIndex());
    const QString url = profile.baseUrl.toString();
    m_ui->sailPointUrlEdit->setText(profile.provider == ProviderKind::SailPoint ? url : QString());
    m_ui->huaweiUrlEdit->setText(profile.provider == ProviderKind::Huawei ? url : QString());
    m_ui->rsaUrlEdit->setText(profile.provider == ProviderKind::SecurId ? url : QString());
    m_ui->clientIdEdit->setText(profile.clientId);
    m_ui->regionCombo->setCurrentText(profile.region);
    m_ui->storeIdEdit->setText(profile.identityStoreId);
    m_ui->accessKeyEdit->setText(profile.accessKey);
    m_ui->temporaryCheck->setChecked(profile.temporaryCredentials);
    m_ui->clientSecretEdit->clear();
    m_ui->secretKeyEdit->clear();
    m_ui->securityTokenEdit->clear();
    const RateLimit rate =
        profile.rateLimit.isValid() ? profile.rateLimit : RateLimit::defaultFor(profile.provider);
    m_ui->rateRequestsSpin->setValue(rate.requests);
    m_ui->rateWindowSpin->setValue(rate.windowSeconds);
    m_ui->readOnlyCheck->setChecked(profile.readOnly);
    m_ui->requireReasonCheck->setChecked(profile.requireReason);
    m_ui->caBundleEdit->setText(profile.caBundlePath);
    m_ui->testResultLabel->clear();
    m_loading = false;

    ++m_testGeneration; // a test of the previous profile no longer reports here
    m_testing = false;
    showPage(Page::Form);
    onFormEdited();
}

void ProfilesDialog::showPage(Page page)
{
    m_ui->editorStack->setCurrentWidget(page == Page::Form ? m_ui->formPage : m_ui->emptyPage);
    if (page == Page::Empty) {
        m_original = Profile();
        m_isNew = false;
        m_ui->editorTitleLabel->setText(tr("Profiles"));
    }
    updateButtons();
}

void ProfilesDialog::showProviderPage(int index)
{
    // The stack takes the height of the page shown, not of its tallest page.
    for (int page = 0; page < m_ui->providerStack->count(); ++page)
        m_ui->providerStack->widget(page)->setSizePolicy(
            QSizePolicy::Preferred, page == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_ui->providerStack->setCurrentIndex(index);
    m_ui->providerStack->adjustSize();
}

void ProfilesDialog::onProviderChanged()
{
    if (m_loading)
        return;
    const auto provider = ProviderKind(m_ui->providerCombo->currentData().toInt());
    showProviderPage(m_ui->providerCombo->currentIndex());
    // A rate limit left at the old provider's default follows the new provider.
    const RateLimit shown{m_ui->rateRequestsSpin->value(), m_ui->rateWindowSpin->value()};
    for (const ProviderKind other : providerOrder) {
        if (other != provider && shown == RateLimit::defaultFor(other)) {
            const RateLimit fresh = RateLimit::defaultFor(provider);
            m_loading = true;
            m_ui->rateRequestsSpin->setValue(fresh.requests);
            m_ui->rateWindowSpin->setValue(fresh.windowSeconds);
            m_loading = false;
            break;
        }
    }
    onFormEdited();
}

void ProfilesDialog::onFormEdited()
{
    if (m_loading)
        return;
    const bool temporary = m_ui->temporaryCheck->isChecked();
    m_ui->securityTokenLabel->setVisible(temporary);
    m_ui->securityTokenEdit->setVisible(temporary);
    const QString region = m_ui->regionCombo->currentText().trimmed();
    m_ui->huaweiUrlEdit->setPlaceholderText(region.isEmpty()
            ? tr("Derived from the region")
            : Profile::huaweiBaseUrl(region).toString());
    updateKeyFileStatus();
    updateSecretPlaceholders();

    const QString name = m_ui->nameEdit->text().trimmed();
    if (m_isNew)
        m_ui->editorTitleLabel->setText(
            name.isEmpty() ? tr("New profile") : tr("New profile “%1”").arg(name));
    else
        m_ui->editorTitleLabel->setText(name.isEmpty() ? m_original.name : name);
    validate();
}

Profile ProfilesDialog::draft() const
{
    Profile profile = m_original;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.provider = ProviderKind(m_ui->providerCombo->currentData().toInt());
    switch (profile.provider) {
    case ProviderKind::SailPoint:
        profile.baseUrl = urlFrom(m_ui->sailPointUrlEdit);
        break;
    case ProviderKind::Huawei:
        profile.baseUrl = urlFrom(m_ui->huaweiUrlEdit);
        break;
    case ProviderKind::SecurId:
        profile.baseUrl = urlFrom(m_ui->rsaUrlEdit);
        break;
    }
    profile.clientId = m_ui->clientIdEdit->text().trimmed();
    profile.region = m_ui->regionCombo->currentText().trimmed();
    profile.identityStoreId = m_ui->storeIdEdit->text().trimmed();
    profile.accessKey = m_ui->accessKeyEdit->text().trimmed();
    profile.temporaryCredentials = m_ui->temporaryCheck->isChecked();
    profile.rsaKey = m_rsaKey;
    profile.rateLimit = {m_ui->rateRequestsSpin->value(), m_ui->rateWindowSpin->value()};
    profile.readOnly = m_ui->readOnlyCheck->isChecked();
    profile.requireReason = m_ui->requireReasonCheck->isChecked();
    profile.caBundlePath = m_ui->caBundleEdit->text().trimmed();
    return profile;
}

bool ProfilesDialog::hasUnsavedChanges() const
{
    if (m_ui->editorStack->currentWidget() != m_ui->formPage)
        return false;
    return m_isNew || draft() != m_original || !typedSecrets().isEmpty();
}

QHash<QString, QByteArray> ProfilesDialog::typedSecrets() const
{
    QHash<QString, QByteArray> secrets;
    const auto take = [&secrets](const QString &name, const QLineEdit *edit) {
        // Secrets are taken verbatim but for surrounding blanks from pasting.
        const QByteArray value = edit->text().trimmed().toUtf8();
        if (!value.isEmpty())
            secrets.insert(name, value);
    };
    switch (ProviderKind(m_ui->providerCombo->currentData().toInt())) {
    case ProviderKind::SailPoint:
        take(SecretName::ClientSecret, m_ui->clientSecretEdit);
        break;
    case ProviderKind::Huawei:
        take(SecretName::SecretKey, m_ui->secretKeyEdit);
        if (m_ui->temporaryCheck->isChecked())
            take(SecretName::SecurityToken, m_ui->securityTokenEdit);
        break;
    case ProviderKind::SecurId:
        if (!m_keyFileContent.isEmpty())
            secrets.insert(SecretName::KeyFile, m_keyFileContent);
        break;
    }
    return secrets;
}

QStringList ProfilesDialog::missingSecrets() const
{
    const Profile profile = draft();
    const QHash<QString, QByteArray> typed = typedSecrets();
    QStringList missing;
    for (const QString &name : profile.secretNames()) {
        if (typed.contains(name))
            continue;
        const bool stored = !m_isNew && m_original.provider == profile.provider
            && m_original.secretNames().contains(name);
        if (!stored)
            missing.append(name);
    }
    return missing;
}

void ProfilesDialog::validate()
{
    m_problems = m_store ? m_store->check(draft()) : draft().validate();
    showProblems();
    updateButtons();
}

QLineEdit *ProfilesDialog::editFor(Profile::Field field) const
{
    switch (field) {
    case Profile::Field::Name:
        return m_ui->nameEdit;
    case Profile::Field::BaseUrl:
        switch (ProviderKind(m_ui->providerCombo->currentData().toInt())) {
        case ProviderKind::SailPoint:
            return m_ui->sailPointUrlEdit;
        case ProviderKind::Huawei:
            return m_ui->huaweiUrlEdit;
        case ProviderKind::SecurId:
            return m_ui->rsaUrlEdit;
        }
        return nullptr;
    case Profile::Field::Region:
        return m_ui->regionCombo->lineEdit();
    case Profile::Field::ClientId:
        return m_ui->clientIdEdit;
    case Profile::Field::IdentityStoreId:
        return m_ui->storeIdEdit;
    case Profile::Field::AccessKey:
        return m_ui->accessKeyEdit;
    case Profile::Field::CaBundle:
        return m_ui->caBundleEdit;
    case Profile::Field::Provider:
    case Profile::Field::KeyFile:
    case Profile::Field::RateLimit:
        return nullptr;
    }
    return nullptr;
}

void ProfilesDialog::markField(QLineEdit *edit, const QVector<ProfileProblem> &problems)
{
    if (!edit)
        return;
    QAction *mark = m_marks.value(edit);
    if (problems.isEmpty()) {
        if (mark)
            mark->setVisible(false);
        return;
    }
    if (!mark) {
        mark = edit->addAction(QIcon(), QLineEdit::TrailingPosition);
        m_marks.insert(edit, mark);
    }
    QStringList messages;
    for (const ProfileProblem &problem : problems)
        messages.append(problem.message);
    mark->setIcon(UiIcons::icon(hasErrors(problems) ? Icon::Cancel : Icon::StateUnknown));
    mark->setToolTip(messages.join(QLatin1Char('\n')));
    mark->setVisible(true);
}

void ProfilesDialog::showProblems()
{
    QHash<QLineEdit *, QVector<ProfileProblem>> byEdit;
    const QList<QLineEdit *> markable{m_ui->nameEdit, m_ui->sailPointUrlEdit, m_ui->huaweiUrlEdit,
        m_ui->rsaUrlEdit, m_ui->regionCombo->lineEdit(), m_ui->clientIdEdit, m_ui->storeIdEdit,
        m_ui->accessKeyEdit, m_ui->caBundleEdit, m_ui->clientSecretEdit, m_ui->secretKeyEdit,
        m_ui->securityTokenEdit};
    for (QLineEdit *edit : markable)
        byEdit.insert(edit, {});

    const QPalette &pal = palette();
    QStringList lines;
    const bool newName = m_ui->nameEdit->text().trimmed().isEmpty();
    for (const ProfileProblem &problem : std::as_const(m_problems)) {
        if (QLineEdit *edit = editFor(problem.field))
            byEdit[edit].append(problem);
        // An empty name of a brand-new profile is not worth shouting about yet.
        if (m_isNew && newName && problem.field == Profile::Field::Name)
            continue;
        lines.append(UiStyle::coloured(
            (problem.isError() ? QStringLiteral("✖ ") : QStringLiteral("⚠ ")) + problem.message,
            problem.isError() ? UiStyle::errorColor(pal) : UiStyle::warningColor(pal)));
    }
    for (const QString &name : missingSecrets()) {
        const QString message = name == SecretName::KeyFile
            ? tr("Import the key file: its private key is the profile's secret.")
            : tr("%1 is required.").arg(Profile::secretLabel(name));
        ProfileProblem problem{Profile::Field::Provider, ProfileProblem::Severity::Error, message};
        if (name == SecretName::ClientSecret)
            byEdit[m_ui->clientSecretEdit].append(problem);
        else if (name == SecretName::SecretKey)
            byEdit[m_ui->secretKeyEdit].append(problem);
        else if (name == SecretName::SecurityToken)
            byEdit[m_ui->securityTokenEdit].append(problem);
        lines.append(UiStyle::coloured(QStringLiteral("✖ ") + message, UiStyle::errorColor(pal)));
    }
    for (auto it = byEdit.constBegin(); it != byEdit.constEnd(); ++it)
        markField(it.key(), it.value());
    m_ui->problemsLabel->setText(lines.join(QStringLiteral("<br>")));
    m_ui->problemsLabel->setVisible(!lines.isEmpty());
}

void ProfilesDialog::updateKeyFileStatus()
{
    const QPalette &pal = palette();
    if (!m_keyFileContent.isEmpty()) {
        m_ui->keyFileStatusLabel->setText(
            tr("Imported %1 (saved with the profile): access id %2, customer %3")
                .arg(
                    QFileInfo(m_keyFilePath).fileName(), m_rsaKey.accessId, m_rsaKey.customerName));
    } else if (m_rsaKey.isImported()) {
        m_ui->keyFileStatusLabel->setText(
            tr("Access id %1, customer %2\n%3")
                .arg(m_rsaKey.accessId, m_rsaKey.customerName, m_rsaKey.adminRestApiUrl));
    } else {
        m_ui->keyFileStatusLabel->setText(tr("No key file imported yet."));
    }
    QPalette labelPalette = m_ui->keyFileStatusLabel->palette();
    labelPalette.setColor(QPalette::WindowText,
        m_rsaKey.isImported() ? pal.color(QPalette::WindowText) : UiStyle::errorColor(pal));
    m_ui->keyFileStatusLabel->setPalette(labelPalette);
    m_ui->rsaUrlEdit->setPlaceholderText(m_rsaKey.isImported()
            ? tr("From the key file: %1")
                  .arg(QUrl(m_rsaKey.adminRestApiUrl)
                           .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                           .toString())
            : tr("From the key file"));
}

void ProfilesDialog::updateSecretPlaceholders()
{
    const ProviderKind provider = ProviderKind(m_ui->providerCombo->currentData().toInt());
    const bool keep = !m_isNew && m_original.provider == provider;
    const QString stored = tr("Saved; type a new one to replace it");
    const QString required = tr("Required");
    m_ui->clientSecretEdit->setPlaceholderText(keep ? stored : required);
    m_ui->secretKeyEdit->setPlaceholderText(keep ? stored : required);
    const bool tokenStored = keep && m_original.temporaryCredentials;
    m_ui->securityTokenEdit->setPlaceholderText(tokenStored ? stored : required);
}

void ProfilesDialog::updateButtons()
{
    const bool form = m_ui->editorStack->currentWidget() == m_ui->formPage;
    const bool dirty = hasUnsavedChanges();
    const bool errors = hasErrors(m_problems) || !missingSecrets().isEmpty();
    m_ui->profilesList->setEnabled(!dirty && !m_saving);
    m_ui->addButton->setEnabled(!dirty && !m_saving);
    m_ui->duplicateButton->setEnabled(form && !m_isNew && !dirty && !m_saving);
    m_ui->deleteButton->setEnabled(form && !m_isNew && !dirty && !m_saving);
    m_ui->saveButton->setEnabled(form && dirty && !errors && !m_saving);
    m_ui->revertButton->setEnabled(form && dirty && !m_saving);
    m_ui->testButton->setEnabled(form && !hasErrors(m_problems) && !m_testing);
    m_ui->profilesList->setToolTip(
        dirty ? tr("Save or revert the changes to switch to another profile.") : QString());
}

void ProfilesDialog::importKeyFile(const QString &path)
{
    const Result<RsaKeyFile> file = RsaKeyFile::load(path);
    if (!file) {
        setStatus(tr("The key file cannot be used: %1").arg(file.error().message()),
            UiStyle::errorColor(palette()));
        return;
    }
    m_keyFileContent = file->content;
    m_keyFilePath = path;
    m_rsaKey = file->info;
    m_ui->testResultLabel->clear();
    onFormEdited();
}

void ProfilesDialog::setCaBundlePath(const QString &path)
{
    m_ui->caBundleEdit->setText(path);
}

void ProfilesDialog::chooseKeyFile()
{
    auto *dialog = new QFileDialog(this, tr("Import the administration API key file"), QString(),
        tr("RSA key files (*.key *.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ProfilesDialog::importKeyFile);
    dialog->open();
}

void ProfilesDialog::chooseCaBundle()
{
    auto *dialog = new QFileDialog(this, tr("Choose extra CA certificates"), QString(),
        tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ProfilesDialog::setCaBundlePath);
    dialog->open();
}

void ProfilesDialog::save()
{
    if (!m_store || m_saving || !hasUnsavedChanges())
        return;
    validate();
    if (hasErrors(m_problems) || !missingSecrets().isEmpty()) {
        const ApiError error(ApiError::Kind::Config, tr("Fix the problems shown first."));
        setStatus(error.message(), UiStyle::errorColor(palette()));
        emit saveFinished(error);
        return;
    }
    const Profile profile = draft();
    const Result<Profile> saved = m_isNew ? m_store->add(profile) : m_store->update(profile);
    if (!saved) {
        setStatus(tr("Not saved: %1").arg(saved.error().message()), UiStyle::errorColor(palette()));
        emit saveFinished(saved.error());
        return;
    }
    m_saving = true;
    updateButtons();
    writeSecrets(saved.value(), typedSecrets().keys());
}

void ProfilesDialog::writeSecrets(const Profile &saved, QStringList names)
{
    if (names.isEmpty()) {
        finishSave(saved, ApiError());
        return;
    }
    CredentialStore *credentials = m_store ? m_store->credentials() : nullptr;
    if (!credentials) {
        finishSave(saved, ApiError(ApiError::Kind::Config, tr("No credential store.")));
        return;
    }
    const QString name = names.takeFirst();
    const QByteArray secret = typedSecrets().value(name);
    setStatus(tr("Storing: %1…").arg(Profile::secretLabel(name)), UiStyle::mutedText(palette()));
    credentials->writeSecret(
        saved.id, name, secret, this, [this, saved, names, name](const Result<Done> &written) {
            if (!written) {
                ApiError error = written.error();
                error.setMessage(tr("The profile was saved, but “%1” could not be stored: %2")
                                     .arg(Profile::secretLabel(name), error.message()));
                finishSave(saved, error);
                return;
            }
            writeSecrets(saved, names);
        });
}

void ProfilesDialog::finishSave(const Profile &saved, const ApiError &error)
{
    m_saving = false;
    if (error.isError()) {
        // The profile itself is saved: show it as saved, the secret fields keep what was typed.
        m_original = saved;
        m_isNew = false;
        setStatus(error.message(), UiStyle::errorColor(palette()));
        onFormEdited();
        emit saveFinished(error);
        return;
    }
    loadIntoForm(saved, false);
    m_loading = true;
    m_ui->profilesList->setCurrentIndex(m_model->index(m_model->rowOf(saved.id)));
    m_loading = false;
    setStatus(tr("Saved."), UiStyle::successColor(palette()));
    updateButtons();
    emit saveFinished(ApiError());
}

void ProfilesDialog::revert()
{
    if (m_isNew) {
        m_isNew = false;
        m_ui->editorStack->setCurrentWidget(m_ui->emptyPage);
        const std::optional<Profile> last = m_store ? m_store->lastUsedProfile() : std::nullopt;
        const QUuid next = last ? last->id : m_model->idAt(0);
        if (next.isNull())
            showPage(Page::Empty);
        else
            selectProfile(next);
        return;
    }
    loadIntoForm(m_original, false);
}

void ProfilesDialog::duplicateSelected()
{
    if (!m_store || m_isNew || hasUnsavedChanges() || m_original.id.isNull())
        return;
    m_saving = true;
    updateButtons();
    m_store->duplicate(m_original.id, QString(), this, [this](const Result<Profile> &copy) {
        m_saving = false;
        if (!copy) {
            setStatus(tr("Not duplicated: %1").arg(copy.error().message()),
                UiStyle::errorColor(palette()));
            updateButtons();
            return;
        }
        selectProfile(copy->id);
        setStatus(tr("Duplicated with its secrets as “%1”.").arg(copy->name),
            UiStyle::successColor(palette()));
    });
}

void ProfilesDialog::deleteSelected()
{
    if (!m_store || m_isNew || hasUnsavedChanges() || m_original.id.isNull())
        return;
    const QUuid id = m_original.id;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete profile"),
        tr("Delete the profile “%1” and its stored secrets?").arg(m_original.name),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(tr("Actions already recorded in the journal stay there."));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, id]() {
        if (box->clickedButton() != remove || !m_store)
            return;
        m_store->remove(id, this, [this](const Result<Done> &removed) {
            if (!removed)
                setStatus(tr("The profile was deleted, but not all of its secrets: %1")
                              .arg(removed.error().message()),
                    UiStyle::errorColor(palette()));
        });
    });
    box->open();
}

void ProfilesDialog::testConnection()
{
    if (m_testProvider)
        m_testProvider->deleteLater();
    if (m_testCredentials)
        m_testCredentials->deleteLater();
    m_testCredentials = new DraftCredentialStore(m_store ? m_store->credentials() : nullptr, this);
    const QHash<QString, QByteArray> typed = typedSecrets();
    for (auto it = typed.constBegin(); it != typed.constEnd(); ++it)
        m_testCredentials->setTyped(it.key(), it.value());

    const quint64 generation = ++m_testGeneration;
    m_testing = true;
    updateButtons();
    setStatus(tr("Testing the connection…"), UiStyle::mutedText(palette()));
    ProfileConnector::open(draft(), m_testCredentials, m_network, this, this,
        [this, generation](const Result<IdentityProvider *> &opened) {
            if (generation != m_testGeneration) {
                if (opened)
                    opened.value()->deleteLater();
                return;
            }
            if (!opened) {
                finishTest(opened.error());
                return;
            }
            m_testProvider = opened.value();
            m_testProvider->testConnection(this, [this, generation](const Result<Done> &result) {
                if (generation == m_testGeneration)
                    finishTest(result.error());
            });
        });
}

void ProfilesDialog::finishTest(const ApiError &error)
{
    m_testing = false;
    setStatus(ConnectionDiagnosis::describe(error),
        error.isError() ? UiStyle::errorColor(palette()) : UiStyle::successColor(palette()));
    if (m_testProvider)
        m_testProvider->deleteLater();
    updateButtons();
    emit testFinished(error);
}

void ProfilesDialog::setStatus(const QString &text, const QColor &color)
{
    m_ui->testResultLabel->setText(UiStyle::coloured(text, color));
}

void ProfilesDialog::closeEvent(QCloseEvent *event)
{
    if (!hasUnsavedChanges() || m_saving) {
        QDialog::closeEvent(event);
        return;
    }
    event->ignore();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
        tr("Save the changes to “%1”?").arg(draft().name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Save)->setEnabled(m_ui->saveButton->isEnabled());
    connect(box, &QMessageBox::finished, this, [this](int button) {
        if (button == QMessageBox::Discard) {
            revert();
            close();
        } else if (button == QMessageBox::Save) {
            connect(
                this, &ProfilesDialog::saveFinished, this,
                [this](const ApiError &error) {
                    if (!error.isError())
                        close();
                },
                Qt::SingleShotConnection);
            save();
        }
    });
    box->open();
}

void ProfilesDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_model && !m_loading)
        onFormEdited();
}

} // namespace Gatehouse

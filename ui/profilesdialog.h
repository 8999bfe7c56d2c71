// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QUuid>

#include "core/apierror.h"
#include "profiles/profile.h"

class QAction;
class QLineEdit;
class QNetworkAccessManager;

namespace Gatehouse {

namespace Ui {
class ProfilesDialog;
}

class DraftCredentialStore;
class IdentityProvider;
class ProfileListModel;
class ProfileStore;

// Adds, edits, duplicates and deletes profiles. Provider-specific fields are checked as they
// are typed (ProfileStore::check); secrets go to the store's credential store only, and an
// empty secret field of a saved profile keeps the stored secret. "Test connection" tries the
// form as it is, typed secrets included, and explains the outcome like `profiles test`.
// While the form has unsaved changes the list is locked: save or revert first.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)

public:
    // store and network are not owned and must outlive the dialog.
    ProfilesDialog(ProfileStore *store, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    // Shows a profile in the editor (ignored while there are unsaved changes).
    void selectProfile(const QUuid &id);
    // Starts a new, unsaved profile of that provider.
    void startNewProfile(ProviderKind provider);
    // Imports an RSA administration API key file into the form (the Import button ends here).
    void importKeyFile(const QString &path);
    void setCaBundlePath(const QString &path);
    void save();
    void revert();
    void duplicateSelected();
    // Asks first, without blocking; deletes the profile and its secrets on confirmation.
    void deleteSelected();
    void testConnection();

    // The id of the profile in the editor; null when there is none.
    QUuid currentProfileId() const;
    bool isNewProfile() const { return m_isNew; }
    bool hasUnsavedChanges() const;
    // The profile as the form describes it now.
    Profile draft() const;
    // Every problem of the draft, the store's checks plus missing secrets.
    QVector<ProfileProblem> problems() const { return m_problems; }

signals:
    // A save ended: error kind None on success (secrets written too).
    void saveFinished(const Gatehouse::ApiError &error);
    void testFinished(const Gatehouse::ApiError &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Page
    {
        Empty,
        Form
    };

    void setUpProviderChoices();
    void connectForm();
    void onSelectionChanged();
    void loadIntoForm(const Profile &profile, bool isNew);
    void showPage(Page page);
    void onFormEdited();
    void onProviderChanged();
    void showProviderPage(int index);
    void validate();
    void showProblems();
    void markField(QLineEdit *edit, const QVector<ProfileProblem> &problems);
    QLineEdit *editFor(Profile::Field field) const;
    void updateButtons();
    void updateKeyFileStatus();
    void updateSecretPlaceholders();
    // The secrets typed (or imported) into the form, by secret name.
    QHash<QString, QByteArray> typedSecrets() const;
    // Secrets the draft needs but neither has typed nor can keep from the store.
    QStringList missingSecrets() const;
    void writeSecrets(const Profile &saved, QStringList names);
    void finishSave(const Profile &saved, const ApiError &error);
    void finishTest(const ApiError &error);
    void setStatus(const QString &text, const QColor &color);
    void chooseKeyFile();
    void chooseCaBundle();

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    QPointer<ProfileStore> m_store;
    QNetworkAccessManager *m_network = nullptr;
    ProfileListModel *m_model = nullptr;

    Profile m_original; // the profile as saved (or as created, for a new one)
    bool m_isNew = false;
    bool m_loading = false; // filling the form: edits are not the user's
    bool m_saving = false;
    RsaKeyInfo m_rsaKey; // the key file's metadata in the form
    QByteArray m_keyFileContent; // an imported RSA key file, until saved
    QString m_keyFilePath;
    QVector<ProfileProblem> m_problems;
    QHash<QLineEdit *, QAction *> m_marks;

    DraftCredentialStore *m_testCredentials = nullptr;
    QPointer<IdentityProvider> m_testProvider;
    quint64 m_testGeneration = 0;
    bool m_testing = false;
};

} // namespace Gatehouse

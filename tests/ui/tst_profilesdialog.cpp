// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "profiles/memorycredentialstore.h"
#include "profiles/profilestore.h"
#include "support/sandboxfixture.h"
#include "ui/profilesdialog.h"

using namespace Gatehouse;

Q_DECLARE_METATYPE(Gatehouse::ApiError)

class TestProfilesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void validatesAsYouType();
    void savesNewProfileWithSecretInCredentialStoreOnly();
    void editKeepsStoredSecretWhenLeftEmpty();
    void unsavedChangesLockTheList();
    void switchesAndRateLimitAreSaved();
    void importsRsaKeyFile();
    void keyFileStatusShowsEveryLine();
    void duplicatesAndDeletes();
    void testsConnectionAgainstSandbox();
    void diagnosesBadCredentials();

private:
    template <typename T>
    T *child(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning() << "no child" << name;
        return widget;
    }
    void type(const char *edit, const QString &text);
    // A complete, unsaved SailPoint profile for the sandbox.
    void fillSailPoint(const QString &name, const QString &secret);
    bool saveAndWait();
    QPushButton *button(const char *name) const { return child<QPushButton>(name); }

    std::unique_ptr<Test::SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProfilesDialog> m_dialog;
};

void TestProfilesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<ApiError>();
    SandboxOptions options;
    options.users = 200;
    m_sandbox = std::make_unique<Test::SandboxFixture>(options);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestProfilesDialog::cleanupTestCase()
{
    m_network.reset();
    m_sandbox.reset();
}

void TestProfilesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_credentials = std::make_unique<MemoryCredentialStore>();
    m_store = std::make_unique<ProfileStore>(m_credentials.get(), m_dir->path());
    m_dialog = std::make_unique<ProfilesDialog>(m_store.get(), m_network.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestProfilesDialog::cleanup()
{
    m_dialog.reset();
    m_store.reset();
    m_credentials.reset();
    m_dir.reset();
}

void TestProfilesDialog::type(const char *edit, const QString &text)
{
    QLineEdit *line = child<QLineEdit>(edit);
    line->selectAll();
    if (text.isEmpty())
        QTest::keyClick(line, Qt::Key_Delete);
    else
        QTest::keyClicks(line, text);
}

void TestProfilesDialog::fillSailPoint(const QString &name, const QString &secret)
{
    const QJsonObject sp = m_sandbox->info().value(QLatin1String("sailpoint")).toObject();
    m_dialog->startNewProfile(ProviderKind::SailPoint);
    type("nameEdit", name);
    type("sailPointUrlEdit", sp.value(QLatin1String("baseUrl")).toString());
    type("clientIdEdit", sp.value(QLatin1String("clientId")).toString());
    type("clientSecretEdit", secret);
}

bool TestProfilesDialog::saveAndWait()
{
    QSignalSpy finished(m_dialog.get(), &ProfilesDialog::saveFinished);
    button("saveButton")->click();
    if (finished.isEmpty() && !finished.wait(5000))
        return false;
    const auto error = finished.first().first().value<ApiError>();
    if (error.isError())
        qWarning() << error.summary();
    return !error.isError();
}

void TestProfilesDialog::validatesAsYouType()
{
    auto *add = child<QToolButton>("addButton");
    QVERIFY(add->menu());
    QCOMPARE(add->menu()->actions().size(), 3);
    add->menu()->actions().at(0)->trigger();
    QVERIFY(m_dialog->isNewProfile());
    QCOMPARE(
        child<QComboBox>("providerCombo")->currentData().toInt(), int(ProviderKind::SailPoint));
    QVERIFY(!button("saveButton")->isEnabled());

    type("nameEdit", QStringLiteral("Acme"));
    // Missing URL, client id and secret: errors shown, save refused.
    const QString problems = child<QLabel>("problemsLabel")->text();
    QVERIFY2(problems.contains(QStringLiteral("API URL")), qPrintable(problems));
    QVERIFY(!button("saveButton")->isEnabled());

    type("sailPointUrlEdit", QStringLiteral("http://tenant.example.com"));
    QVERIFY(hasErrors(m_dialog->problems()));
    // The URL field carries a mark whose tooltip says what is wrong.
    const QList<QAction *> marks = child<QLineEdit>("sailPointUrlEdit")->actions();
    QVERIFY(!marks.isEmpty());
    QVERIFY(marks.first()->isVisible());
    QVERIFY(!marks.first()->toolTip().isEmpty());

    type("sailPointUrlEdit", QStringLiteral("https://acme.api.identitynow.com"));
    type("clientIdEdit", QStringLiteral("b61429f5-203d-494c-94c3-04f54e17bc5c"));
    QVERIFY(!hasErrors(m_dialog->problems()));
    QVERIFY(!button("saveButton")->isEnabled()); // the secret is still missing
    QVERIFY(child<QLabel>("problemsLabel")->text().contains(QStringLiteral("secret")));
    type("clientSecretEdit", QStringLiteral("s3cret"));
    QVERIFY(button("saveButton")->isEnabled());
    QVERIFY(!marks.first()->isVisible());

    // A name another profile has is an error too (ProfileStore::check).
    Profile taken = Profile::create(ProviderKind::Huawei, QStringLiteral("Taken"));
    taken.region = Profile::huaweiRegions().first();
    taken.identityStoreId = QStringLiteral("d-1234567890");
    taken.accessKey = QStringLiteral("AKEXAMPLE");
    QVERIFY(m_store->add(taken).ok());
    type("nameEdit", QStringLiteral("taken"));
    QVERIFY(!button("saveButton")->isEnabled());
}

void TestProfilesDialog::savesNewProfileWithSecretInCredentialStoreOnly()
{
    fillSailPoint(QStringLiteral("Sandbox tenant"), QStringLiteral("top-secret-value-123"));
    QVERIFY(saveAndWait());
    const Result<Profile> saved = m_store->find(QStringLiteral("Sandbox tenant"));
    QVERIFY(saved.ok());
    QVERIFY(!m_dialog->isNewProfile());
    QCOMPARE(m_dialog->currentProfileId(), saved->id);
    QVERIFY(m_credentials->contains(saved->id, SecretName::ClientSecret));
    QVERIFY(child<QLineEdit>("clientSecretEdit")->text().isEmpty());
    QVERIFY(child<QListView>("profilesList")->isEnabled());

    // Nothing in the config folder holds the secret.
    QDirIterator files(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("top-secret-value-123"), qPrintable(file.fileName()));
    }
}

void TestProfilesDialog::editKeepsStoredSecretWhenLeftEmpty()
{
    fillSailPoint(QStringLiteral("Tenant"), QStringLiteral("first-secret"));
    QVERIFY(saveAndWait());
    const QUuid id = m_dialog->currentProfileId();
    type("nameEdit", QStringLiteral("Tenant renamed"));
    QVERIFY(
        child<QLineEdit>("clientSecretEdit")->placeholderText().contains(QStringLiteral("Saved")));
    QVERIFY(button("saveButton")->isEnabled());
    QVERIFY(saveAndWait());
    QCOMPARE(m_store->profile(id)->name, QStringLiteral("Tenant renamed"));

    QByteArray secret;
    bool read = false;
    m_credentials->readSecret(
        id, SecretName::ClientSecret, this, [&](const Result<QByteArray> &value) {
            read = true;
            secret = value.ok() ? value.value() : QByteArray();
        });
    QTRY_VERIFY_WITH_TIMEOUT(read, 5000);
    QCOMPARE(secret, QByteArray("first-secret"));
}

void TestProfilesDialog::unsavedChangesLockTheList()
{
    fillSailPoint(QStringLiteral("One"), QStringLiteral("x"));
    QVERIFY(saveAndWait());
    QVERIFY(child<QListView>("profilesList")->isEnabled());
    type("clientIdEdit", QStringLiteral("changed-client"));
    QVERIFY(m_dialog->hasUnsavedChanges());
    QVERIFY(!child<QListView>("profilesList")->isEnabled());
    QVERIFY(!child<QToolButton>("deleteButton")->isEnabled());
    button("revertButton")->click();
    QVERIFY(!m_dialog->hasUnsavedChanges());
    QVERIFY(child<QListView>("profilesList")->isEnabled());
    QCOMPARE(child<QLineEdit>("clientIdEdit")->text(),
        m_sandbox->info()
            .value(QLatin1String("sailpoint"))
            .toObject()
            .value(QLatin1String("clientId"))
            .toString());
}

void TestProfilesDialog::switchesAndRateLimitAreSaved()
{
    fillSailPoint(QStringLiteral("Switches"), QStringLiteral("x"));
    QCOMPARE(child<QSpinBox>("rateRequestsSpin")->value(), 100);
    QCOMPARE(child<QSpinBox>("rateWindowSpin")->value(), 10);
    child<QCheckBox>("readOnlyCheck")->setChecked(true);
    child<QCheckBox>("requireReasonCheck")->setChecked(true);
    child<QSpinBox>("rateRequestsSpin")->setValue(50);
    QVERIFY(saveAndWait());
    const Result<Profile> saved = m_store->find(QStringLiteral("Switches"));
    QVERIFY(saved.ok());
    QVERIFY(saved->readOnly);
    QVERIFY(saved->requireReason);
    QCOMPARE(saved->rateLimit, (RateLimit{50, 10}));
}

void TestProfilesDialog::importsRsaKeyFile()
{
    m_dialog->startNewProfile(ProviderKind::SecurId);
    type("nameEdit", QStringLiteral("RSA"));
    QVERIFY(!button("saveButton")->isEnabled());
    m_dialog->importKeyFile(QStringLiteral("/nonexistent/file.key"));
    QVERIFY(child<QLabel>("testResultLabel")->text().contains(QStringLiteral("cannot be used")));
    m_dialog->importKeyFile(m_sandbox->host().keyFilePath());
    QVERIFY(m_dialog->draft().rsaKey.isImported());
    QVERIFY(
        child<QLabel>("keyFileStatusLabel")->text().contains(m_dialog->draft().rsaKey.accessId));
    QVERIFY(button("saveButton")->isEnabled());
    QVERIFY(saveAndWait());
    const Result<Profile> saved = m_store->find(QStringLiteral("RSA"));
    QVERIFY(saved.ok());
    QVERIFY(saved->rsaKey.isImported());
    QVERIFY(m_credentials->contains(saved->id, SecretName::KeyFile));
}

void TestProfilesDialog::keyFileStatusShowsEveryLine()
{
    Profile rsa = Profile::create(ProviderKind::SecurId, QStringLiteral("RSA"));
    rsa.rsaKey.accessId = QStringLiteral("5b0f1c2d-3e4a-4b5c-8d6e-7f8091a2b3c4");
    rsa.rsaKey.customerName = QStringLiteral("Acme Corporation Europe");
    rsa.rsaKey.adminRestApiUrl =
        QStringLiteral("https://acme-eu.auth.securid.com/AdminInterface/restapi/v1");
    QVERIFY(m_store->add(rsa).ok());
    m_dialog->selectProfile(rsa.id);
    auto *status = child<QLabel>("keyFileStatusLabel");
    QTRY_VERIFY(status->isVisible());
    QVERIFY(status->text().contains(rsa.rsaKey.adminRestApiUrl));
    // Three lines or more where the id and customer wrap, the URL last: all of them shown.
    for (const int width : {760, 940, 1200}) {
        m_dialog->resize(width, 640);
        QTRY_COMPARE(m_dialog->width(), width);
        QCoreApplication::processEvents();
        const int needed = status->heightForWidth(status->width());
        QVERIFY2(status->height() >= needed,
            qPrintable(QStringLiteral("%1 px wide: the label is %2 px high, its text needs %3")
                           .arg(width)
                           .arg(status->height())
                           .arg(needed)));
    }
}

void TestProfilesDialog::duplicatesAndDeletes()
{
    fillSailPoint(QStringLiteral("Original"), QStringLiteral("x"));
    QVERIFY(saveAndWait());
    const QUuid original = m_dialog->currentProfileId();
    child<QToolButton>("duplicateButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_store->profiles().size() == 2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_dialog->currentProfileId() != original, 5000);
    const QUuid copy = m_dialog->currentProfileId();
    QVERIFY(m_store->profile(copy)->name.startsWith(QStringLiteral("Original")));
    QVERIFY(m_credentials->contains(copy, SecretName::ClientSecret));

    child<QToolButton>("deleteButton")->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = m_dialog->findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"))), 5000);
    QPushButton *remove = nullptr;
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            remove = qobject_cast<QPushButton *>(b);
    }
    QVERIFY(remove);
    remove->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_store->profiles().size(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_credentials->contains(copy, SecretName::ClientSecret), 5000);
    QCOMPARE(m_dialog->currentProfileId(), original);
}

void TestProfilesDialog::testsConnectionAgainstSandbox()
{
    const QJsonObject sp = m_sandbox->info().value(QLatin1String("sailpoint")).toObject();
    // An unsaved draft: the typed secret is used without being stored.
    fillSailPoint(QStringLiteral("Draft"), sp.value(QLatin1String("clientSecret")).toString());
    QSignalSpy tested(m_dialog.get(), &ProfilesDialog::testFinished);
    button("testButton")->click();
    QVERIFY(!button("testButton")->isEnabled());
    QVERIFY(tested.wait(10000));
    const auto error = tested.first().first().value<ApiError>();
    QVERIFY2(!error.isError(), qPrintable(error.summary()));
    QVERIFY(child<QLabel>("testResultLabel")->text().contains(QStringLiteral("Connected")));
    QCOMPARE(m_credentials->size(), 0);
    QVERIFY(button("testButton")->isEnabled());
}

void TestProfilesDialog::diagnosesBadCredentials()
{
    fillSailPoint(QStringLiteral("Wrong"), QStringLiteral("not-the-secret"));
    QSignalSpy tested(m_dialog.get(), &ProfilesDialog::testFinished);
    button("testButton")->click();
    QVERIFY(tested.wait(10000));
    const auto error = tested.first().first().value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Auth);
    QVERIFY(child<QLabel>("testResultLabel")->text().contains(QStringLiteral("Bad credentials")));
}

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"

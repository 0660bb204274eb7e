#include "ui/people/UserDetailPane.h"

#include "models/api/ApiError.h"
#include "models/people/PasswordGenerator.h"
#include "models/people/UserRules.h"
#include "models/people/UserService.h"
#include "ui/common/ConfirmationPresenter.h"
#include "ui/common/PageLayout.h"
#include "ui/people/PasswordRevealDialog.h"
#include "ui/people/SellerPicker.h"
#include "widgets/ErrorBanner.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace md::ui {

using models::Role;
using models::UserAccount;
using models::UserProfile;

namespace {

QString when(const QDateTime& timestamp)
{
    return QLocale().toString(timestamp.toLocalTime(), QLocale::ShortFormat);
}

// The badge beside the name: green while the user may sign in, red-grey once disabled.
QString statusStyle(bool disabled)
{
    return QStringLiteral("color: white; background: %1; border-radius: 8px; padding: 2px 10px;")
        .arg(disabled ? QStringLiteral("#8d6e63") : QStringLiteral("#2e7d32"));
}

const QList<Role> kRoles{Role::Admin, Role::Seller, Role::Support, Role::Operator, Role::Customer};

} // namespace

UserDetailPane::UserDetailPane(models::UserService* service, models::ApiClient* client, qint64 signedInUserId,
                               QWidget* parent)
    : QWidget(parent), m_service(service), m_signedInUserId(signedInUserId), m_stack(new QStackedWidget(this)),
      m_placeholder(new QLabel(this)), m_errorBanner(new widgets::ErrorBanner(this)), m_title(new QLabel(this)),
      m_status(new QLabel(this)), m_meta(new QLabel(this)), m_selfNote(new QLabel(this)), m_form(new QFormLayout),
      m_displayName(new QLineEdit(this)), m_role(new QComboBox(this)), m_seller(new SellerPicker(client, this)),
      m_save(new QPushButton(this)), m_revert(new QPushButton(this)), m_accessText(new QLabel(this)),
      m_disable(new QPushButton(this)), m_resetPassword(new QPushButton(this)), m_errors(this)
{
    setObjectName(QStringLiteral("userDetailPane"));
    m_placeholder->setObjectName(QStringLiteral("userDetailPlaceholder"));
    setUpDetailPlaceholder(m_placeholder, tr("Select a user to see and change their account."));

    m_title->setObjectName(QStringLiteral("userNameLabel"));
    setUpDetailTitle(m_title);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText); // a display name is shown as typed, never as markup
    m_status->setObjectName(QStringLiteral("userStatusLabel"));
    m_meta->setObjectName(QStringLiteral("userMetaLabel"));
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setWordWrap(true);
    m_selfNote->setObjectName(QStringLiteral("selfNoteLabel"));
    m_selfNote->setWordWrap(true);
    m_selfNote->setText(tr("This is your own account. Another administrator must change your role, disable you "
                           "or reset your password, so that nobody locks themselves out."));

    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setMaxLength(models::UserRules::kMaxDisplayNameCharacters);
    m_displayName->setPlaceholderText(tr("e.g. 김민수 (shown instead of the e-mail address)"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (Role role : kRoles)
        m_role->addItem(models::roleLabel(role), static_cast<int>(role));
    m_seller->setObjectName(QStringLiteral("sellerPicker"));
    m_save->setObjectName(QStringLiteral("saveUserButton"));
    m_save->setText(tr("Save changes"));
    m_save->setMinimumWidth(m_save->sizeHint().width()); // "Saving…" must not shrink it, nor a narrow pane
    m_save->setDefault(true);
    m_revert->setObjectName(QStringLiteral("revertUserButton"));
    m_revert->setText(tr("Revert"));

    m_accessText->setObjectName(QStringLiteral("userAccessText"));
    m_accessText->setWordWrap(true);
    m_disable->setObjectName(QStringLiteral("disableUserButton"));
    m_resetPassword->setObjectName(QStringLiteral("resetPasswordButton"));
    m_resetPassword->setText(tr("Reset password…"));

    auto* profile = new QGroupBox(tr("Profile"), this);
    profile->setObjectName(QStringLiteral("userProfileGroup"));
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(tr("Display name:"), m_errors.wrap(m_displayName, QStringLiteral("display_name")));
    m_form->addRow(tr("Role:"), m_errors.wrap(m_role, QStringLiteral("role")));
    m_form->addRow(tr("Seller:"), m_errors.wrap(m_seller, QStringLiteral("seller_id")));
    auto* formButtons = new QHBoxLayout;
    formButtons->addStretch(1);
    formButtons->addWidget(m_revert);
    formButtons->addWidget(m_save);
    auto* profileLayout = new QVBoxLayout(profile);
    profileLayout->addLayout(m_form);
    profileLayout->addWidget(m_errors.generalLabel());
    profileLayout->addLayout(formButtons);

    auto* access = new QGroupBox(tr("Access"), this);
    access->setObjectName(QStringLiteral("userAccessGroup"));
    auto* accessButtons = new QHBoxLayout;
    accessButtons->addWidget(m_disable);
    accessButtons->addWidget(m_resetPassword);
    accessButtons->addStretch(1);
    auto* accessLayout = new QVBoxLayout(access);
    accessLayout->addWidget(m_accessText);
    accessLayout->addLayout(accessButtons);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_status, 0, Qt::AlignTop);
    column->addLayout(header);
    column->addWidget(m_meta);
    column->addWidget(m_selfNote);
    column->addWidget(m_errorBanner);
    column->addWidget(profile);
    column->addWidget(access);
    column->addStretch(1);

    layOutDetailPane(this, m_stack, m_placeholder, content, QStringLiteral("userDetailScroll"));

    connect(m_displayName, &QLineEdit::textChanged, this, &UserDetailPane::updateFormState);
    connect(m_displayName, &QLineEdit::returnPressed, this, &UserDetailPane::saveProfile);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UserDetailPane::updateFormState);
    connect(m_seller, &SellerPicker::sellerChosen, this, [this] {
        m_errors.set(QStringLiteral("seller_id"), QString());
        updateFormState();
    });
    connect(m_displayName, &QLineEdit::textEdited, this,
            [this] { m_errors.set(QStringLiteral("display_name"), QString()); });
    connect(m_save, &QPushButton::clicked, this, &UserDetailPane::saveProfile);
    connect(m_revert, &QPushButton::clicked, this, &UserDetailPane::revertProfile);
    connect(m_disable, &QPushButton::clicked, this, &UserDetailPane::toggleDisabled);
    connect(m_resetPassword, &QPushButton::clicked, this, &UserDetailPane::resetPassword);
    connect(m_errorBanner, &widgets::ErrorBanner::retryRequested, this, &UserDetailPane::refresh);
}

bool UserDetailPane::isSelf() const
{
    return m_user && m_user->id == m_signedInUserId;
}

UserDetailPane::Target UserDetailPane::currentTarget() const
{
    return m_user ? Target{m_user->id, m_user->preferredName()} : Target{};
}

void UserDetailPane::clear()
{
    if (m_loading) m_loading->abort();
    if (m_inFlight) m_inFlight->abort();
    m_user.reset();
    m_placeholder->setText(tr("Select a user to see and change their account."));
    m_stack->setCurrentIndex(0);
}

void UserDetailPane::showUser(const UserAccount& user)
{
    // A change still in flight for the previous user is not aborted: it may already be on the
    // server, and its answer (a password to show, the list row to update) must not be lost.
    if (m_loading) m_loading->abort();
    m_errorBanner->hide();
    render(user, false);
}

void UserDetailPane::showUserId(qint64 userId)
{
    if (m_loading) m_loading->abort();
    m_user.reset();
    m_placeholder->setText(tr("Loading the user…"));
    m_stack->setCurrentIndex(0);
    m_loading = m_service->fetch(userId, this, [this](models::ApiOutcome<UserAccount> outcome) {
        if (outcome.value) {
            showUser(*outcome.value);
            return;
        }
        m_placeholder->setText(outcome.error->isNotFound()
                                   ? tr("This user does not exist.")
                                   : tr("The user could not be loaded. %1").arg(outcome.error->displayText()));
    });
}

void UserDetailPane::refresh()
{
    if (!m_user) return;
    if (m_loading) m_loading->abort();
    const qint64 requested = m_user->id;
    m_loading = m_service->fetch(requested, this, [this, requested](models::ApiOutcome<UserAccount> outcome) {
        if (requested != userId()) return; // the person moved on to another user
        if (outcome.value) {
            m_errorBanner->hide();
            render(*outcome.value, true);
            emit userChanged(*outcome.value);
            return;
        }
        m_errorBanner->showMessage(tr("The user could not be reloaded. %1").arg(outcome.error->displayText()));
    });
}

void UserDetailPane::reloadSellers()
{
    m_seller->reload();
}

void UserDetailPane::render(const UserAccount& user, bool keepForm)
{
    const bool formEdited = keepForm && hasUnsavedEdits();
    const UserProfile typed = profileFromForm();
    const QString typedSellerName = m_seller->sellerName();
    m_user = user;

    m_title->setText(user.preferredName());
    m_status->setText(models::userStatusLabel(user.disabled));
    m_status->setStyleSheet(statusStyle(user.disabled));
    QString meta = user.email.toHtmlEscaped();
    if (user.role == Role::Seller && !user.sellerName.isEmpty())
        meta += QStringLiteral(" · ") + tr("seller %1").arg(user.sellerName.toHtmlEscaped());
    meta += QStringLiteral("<br>") + tr("Created %1 · last changed %2").arg(when(user.createdAt), when(user.updatedAt));
    m_meta->setText(meta);
    m_selfNote->setVisible(isSelf());
    m_accessText->setText(user.disabled
                              ? tr("Disabled: they cannot sign in. Re-enabling lets them sign in again with their "
                                   "password; sessions ended by disabling do not come back.")
                              : tr("Active: they can sign in. Disabling or a new password ends all their sessions "
                                   "at once, on every server."));
    m_disable->setText(user.disabled ? tr("Re-enable…") : tr("Disable…"));

    if (formEdited) {
        // Someone else's change arrived under the person's edits: keep what they typed.
        m_displayName->setText(typed.displayName);
        m_role->setCurrentIndex(m_role->findData(static_cast<int>(typed.role)));
        m_seller->setSeller(typed.sellerId, typedSellerName);
    } else {
        fillForm(user);
    }
    updateFormState();
    m_stack->setCurrentIndex(1);
}

void UserDetailPane::fillForm(const UserAccount& user)
{
    m_errors.clear();
    m_displayName->setText(user.displayName);
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(user.role)));
    m_seller->setSeller(user.sellerId, user.sellerName);
}

UserProfile UserDetailPane::profileFromForm() const
{
    UserProfile profile;
    profile.displayName = m_displayName->text();
    profile.role = static_cast<Role>(m_role->currentData().toInt());
    profile.sellerId = m_seller->sellerId();
    return profile;
}

bool UserDetailPane::hasUnsavedEdits() const
{
    if (!m_user) return false;
    return !models::userProfilePatchBody(UserProfile::fromAccount(*m_user), profileFromForm()).isEmpty();
}

void UserDetailPane::updateFormState()
{
    if (!m_user) return;
    const bool seller = static_cast<Role>(m_role->currentData().toInt()) == Role::Seller;
    m_form->setRowVisible(2, seller);
    const bool edited = hasUnsavedEdits();
    const bool busy = m_inFlight != nullptr;
    m_role->setEnabled(!isSelf() && !busy);
    m_displayName->setEnabled(!busy);
    m_seller->setEnabled(!busy);
    m_save->setEnabled(edited && !busy);
    m_revert->setEnabled(edited && !busy);
    // Access changes act on the user as the server has them; unsaved edits would be left in limbo.
    const bool mayAct = !isSelf() && !edited && !busy;
    m_disable->setEnabled(mayAct);
    m_resetPassword->setEnabled(mayAct);
    const QString why = isSelf() ? tr("Not for your own account.")
                        : edited ? tr("Save or revert your changes first.")
                                 : QString();
    m_disable->setToolTip(why);
    m_resetPassword->setToolTip(why);
}

void UserDetailPane::setBusy(bool busy)
{
    if (!busy) m_inFlight = nullptr;
    m_save->setText(busy ? tr("Saving…") : tr("Save changes"));
    updateFormState();
}

void UserDetailPane::revertProfile()
{
    if (m_user && !m_inFlight) {
        fillForm(*m_user);
        updateFormState();
    }
}

void UserDetailPane::saveProfile()
{
    if (!m_user || m_inFlight || !hasUnsavedEdits()) return;
    m_errors.clear();
    const UserProfile original = UserProfile::fromAccount(*m_user);
    const UserProfile edited = profileFromForm();
    const QMap<QString, QString> problems = models::UserRules::problemsOf(edited);
    if (!problems.isEmpty()) {
        m_errors.setAll(problems);
        return;
    }
    if (!models::profileChangeEndsSessions(original, edited)) {
        runProfileSave(original, edited);
        return;
    }
    const QString name = m_user->preferredName();
    QString text;
    if (edited.role != original.role && edited.role == Role::Seller)
        text = tr("Make %1 a seller user of %2? They are signed out everywhere at once and sign in again as a "
                  "seller.")
                   .arg(name, m_seller->sellerName());
    else if (edited.role != original.role)
        text = tr("Change the role of %1 from %2 to %3? They are signed out everywhere at once and sign in again "
                  "with the new role.")
                   .arg(name, models::roleLabel(original.role), models::roleLabel(edited.role));
    else
        text = tr("Move %1 from %2 to %3? They are signed out everywhere at once and sign in again for the new "
                  "seller.")
                   .arg(name, m_user->sellerName, m_seller->sellerName());
    askConfirmation(this,
                    {QStringLiteral("confirmRoleChange"), tr("Change role"), text, tr("Change"), QString(), false},
                    [this, original, edited, id = m_user->id](bool confirmed) {
                        if (confirmed && userId() == id) runProfileSave(original, edited);
                    });
}

void UserDetailPane::runProfileSave(const UserProfile& original, const UserProfile& edited)
{
    if (m_inFlight) return;
    m_inFlight = m_service->updateProfile(m_user->id, m_user->version, original, edited, this,
                                          [this, target = currentTarget()](models::ApiOutcome<UserAccount> outcome) {
                                              applyChange(target, outcome.value, outcome.error, true);
                                          });
    setBusy(true);
}

void UserDetailPane::toggleDisabled()
{
    if (!m_user || m_inFlight || isSelf() || hasUnsavedEdits()) return;
    const bool disable = !m_user->disabled;
    const QString name = m_user->preferredName();
    const ConfirmationRequest request =
        disable ? ConfirmationRequest{QStringLiteral("confirmDisableUser"),
                                      tr("Disable user"),
                                      tr("Disable %1 (%2)? They are signed out everywhere at once: every session "
                                         "ends now and they cannot sign in until re-enabled.")
                                          .arg(name, m_user->email),
                                      tr("Disable"),
                                      QString(),
                                      true}
                : ConfirmationRequest{
                      QStringLiteral("confirmEnableUser"),
                      tr("Re-enable user"),
                      tr("Re-enable %1 (%2)? They can sign in again with their password.").arg(name, m_user->email),
                      tr("Re-enable"),
                      QString(),
                      false};
    askConfirmation(this, request, [this, disable, id = m_user->id](bool confirmed) {
        if (!confirmed || userId() != id || m_inFlight) return;
        m_inFlight = m_service->setDisabled(id, m_user->version, disable, this,
                                            [this, target = currentTarget()](models::ApiOutcome<UserAccount> outcome) {
                                                applyChange(target, outcome.value, outcome.error, false);
                                            });
        setBusy(true);
    });
}

void UserDetailPane::resetPassword()
{
    if (!m_user || m_inFlight || isSelf() || hasUnsavedEdits()) return;
    const QString name = m_user->preferredName();
    askConfirmation(this,
                    {QStringLiteral("confirmResetPassword"), tr("Reset password"),
                     tr("Give %1 (%2) a new password? Their current password stops working and they are signed "
                        "out everywhere at once. The new password is shown to you once, to pass on to them.")
                         .arg(name, m_user->email),
                     tr("Reset password"), QString(), true},
                    [this, id = m_user->id](bool confirmed) {
                        if (!confirmed || userId() != id || m_inFlight) return;
                        // Made here, sent once, shown once: the only copies are this request and the
                        // dialog that shows it, and both are gone soon after.
                        const QString password = models::PasswordGenerator::generate();
                        m_inFlight = m_service->setPassword(
                            id, m_user->version, password, this,
                            [this, password, target = currentTarget()](models::ApiOutcome<UserAccount> outcome) {
                                applyChange(target, outcome.value, outcome.error, false);
                                if (!outcome.value) return;
                                auto* dialog = new PasswordRevealDialog(
                                    QStringLiteral("%1 (%2)").arg(outcome.value->preferredName(), outcome.value->email),
                                    password, this);
                                dialog->setAttribute(Qt::WA_DeleteOnClose);
                                dialog->open();
                            });
                        setBusy(true);
                    });
}

void UserDetailPane::applyChange(const Target& target, const std::optional<UserAccount>& user,
                                 const std::optional<models::ApiError>& error, bool fromForm)
{
    setBusy(false);
    if (user) {
        if (user->id == userId()) {
            m_errorBanner->hide();
            render(*user, false);
        }
        emit userChanged(*user);
        return;
    }
    if (target.id != userId()) {
        // The person has moved on to another user; say whose change failed.
        m_errorBanner->showMessage(tr("The change to %1 was not made. %2").arg(target.name, error->displayText()),
                                   false);
        return;
    }
    showChangeError(*error, fromForm);
}

void UserDetailPane::showChangeError(const models::ApiError& error, bool fromForm)
{
    QString message;
    if (error.isPreconditionFailed()) {
        message = fromForm ? tr("Someone else changed this user meanwhile. The latest version is shown and your "
                                "changes are still in the form: check them and save again.")
                           : tr("Someone else changed this user meanwhile; the latest version is shown. Nothing was "
                                "changed: try again if it is still needed.");
        refresh();
    } else if (error.code == QLatin1String("cannot_lock_out_self")) {
        message = tr("You cannot remove your own administrator role or disable your own account.");
    } else if (error.isNotFound()) {
        message = tr("This user no longer exists.");
    } else if (error.offline) {
        message = fromForm ? tr("Not saved: the server cannot be reached. Your changes are still here; save again "
                                "when the connection is back.")
                           : tr("Nothing was changed: the server cannot be reached. Try again when the connection "
                                "is back.");
    } else if (fromForm && error.isValidation() && m_errors.showFieldErrors(error)) {
        return;
    } else {
        message = error.displayText();
    }
    if (fromForm)
        m_errors.setGeneral(message);
    else
        m_errorBanner->showMessage(message, false);
}

} // namespace md::ui

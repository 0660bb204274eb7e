#include "ui/people/CreateUserDialog.h"

#include "models/api/ApiError.h"
#include "models/people/PasswordGenerator.h"
#include "models/people/UserRules.h"
#include "models/people/UserService.h"
#include "ui/people/SellerPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace md::ui {

using models::Role;

namespace {

constexpr int kSellerRow = 3; // e-mail, display name, role, seller, password

} // namespace

CreateUserDialog::CreateUserDialog(models::UserService* service, models::ApiClient* client, QWidget* parent)
    : GuardedDialog(tr("Discard this user?"),
                    tr("The new user has not been created. Close the form and lose what you entered?"), parent),
      m_service(service), m_form(new QFormLayout), m_email(new QLineEdit(this)), m_displayName(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_seller(new SellerPicker(client, this)), m_password(new QLineEdit(this)),
      m_generate(new QPushButton(this)), m_showPassword(new QCheckBox(this)), m_errors(this)
{
    setObjectName(QStringLiteral("createUserDialog"));
    setWindowTitle(tr("New user"));
    setMinimumWidth(500);

    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setMaxLength(models::UserRules::kMaxEmailCharacters + 10);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setPlaceholderText(tr("optional, e.g. 김민수"));
    m_displayName->setMaxLength(models::UserRules::kMaxDisplayNameCharacters);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setPlaceholderText(tr("Choose a role"));
    for (Role role : {Role::Admin, Role::Seller, Role::Support, Role::Operator, Role::Customer})
        m_role->addItem(models::roleLabel(role), static_cast<int>(role));
    m_role->setCurrentIndex(-1); // a role is a decision, not a default
    m_seller->setObjectName(QStringLiteral("sellerPicker"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %1 characters").arg(models::UserRules::kMinPasswordCharacters));
    m_generate->setObjectName(QStringLiteral("generatePasswordButton"));
    m_generate->setText(tr("Generate"));
    m_generate->setToolTip(tr("Fill in a strong random password and show it, to pass on to the person"));
    m_showPassword->setObjectName(QStringLiteral("showPasswordCheck"));
    m_showPassword->setText(tr("Show"));

    auto* passwordRow = new QWidget(this);
    auto* passwordLayout = new QHBoxLayout(passwordRow);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->addWidget(m_password, 1);
    passwordLayout->addWidget(m_showPassword);
    passwordLayout->addWidget(m_generate);

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(tr("E-mail:"), m_errors.wrap(m_email, QStringLiteral("email")));
    m_form->addRow(tr("Display name:"), m_errors.wrap(m_displayName, QStringLiteral("display_name")));
    m_form->addRow(tr("Role:"), m_errors.wrap(m_role, QStringLiteral("role")));
    m_form->addRow(tr("Seller:"), m_errors.wrap(m_seller, QStringLiteral("seller_id")));
    m_form->addRow(tr("Password:"), m_errors.wrap(passwordRow, QStringLiteral("password")));
    m_form->setRowVisible(kSellerRow, false);

    auto* note = new QLabel(tr("The person signs in with this e-mail address and password. Pass the password on "
                               "in a safe way; the console does not keep it."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("Create user"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createUserButton"));
    m_create->setDefault(true);
    m_create->setToolTip(tr("Ctrl+S"));
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    // The button saves; QDialogButtonBox's accepted() would close the dialog before the server answers.
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_create, &QPushButton::clicked, this, &CreateUserDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_generate, &QPushButton::clicked, this, &CreateUserDialog::generatePassword);
    connect(m_showPassword, &QCheckBox::toggled, this,
            [this](bool show) { m_password->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_role, &QComboBox::currentIndexChanged, this, &CreateUserDialog::onRoleChosen);
    // A message goes away as soon as its field is being corrected.
    const auto clearOnEdit = [this](QLineEdit* edit, const QString& field) {
        connect(edit, &QLineEdit::textEdited, this, [this, field] {
            if (m_errors.message(field).isEmpty()) return;
            m_errors.set(field, QString());
            fitToContents();
        });
    };
    clearOnEdit(m_email, QStringLiteral("email"));
    clearOnEdit(m_displayName, QStringLiteral("display_name"));
    clearOnEdit(m_password, QStringLiteral("password"));
    connect(m_seller, &SellerPicker::sellerChosen, this, [this] {
        m_errors.set(QStringLiteral("seller_id"), QString());
        fitToContents();
    });
    auto* save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, [this] {
        if (m_create->isEnabled()) submit();
    });
    auto* close = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_W), this);
    connect(close, &QShortcut::activated, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(note);
    layout->addWidget(m_errors.generalLabel());
    layout->addWidget(buttons);
}

void CreateUserDialog::onRoleChosen()
{
    const bool seller = m_role->currentIndex() >= 0 && static_cast<Role>(m_role->currentData().toInt()) == Role::Seller;
    m_form->setRowVisible(kSellerRow, seller);
    m_errors.set(QStringLiteral("role"), QString());
    if (!seller) m_errors.set(QStringLiteral("seller_id"), QString());
    fitToContents();
}

void CreateUserDialog::fitToContents()
{
    // The field messages wrap, so the height they need is known only for a given width, which a
    // window's minimum size does not follow: take the height the layout needs at this width.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > 0 && needed != height()) resize(width(), needed);
}

void CreateUserDialog::generatePassword()
{
    m_password->setText(models::PasswordGenerator::generate());
    m_showPassword->setChecked(true); // a generated password is useless unless the admin can read it
    m_errors.set(QStringLiteral("password"), QString());
    fitToContents();
}

models::NewUserAccount CreateUserDialog::userFromForm() const
{
    models::NewUserAccount user;
    user.email = m_email->text().trimmed();
    user.displayName = m_displayName->text().trimmed();
    user.password = m_password->text();
    if (m_role->currentIndex() >= 0) user.role = static_cast<Role>(m_role->currentData().toInt());
    // The seller counts only for the seller role; one picked before another role was chosen is not sent.
    if (user.role == Role::Seller) user.sellerId = m_seller->sellerId();
    return user;
}

void CreateUserDialog::submit()
{
    if (m_inFlight) return;
    m_errors.clear();
    const models::NewUserAccount user = userFromForm();
    const QMap<QString, QString> problems = models::UserRules::problemsOf(user);
    if (!problems.isEmpty()) {
        m_errors.setAll(problems); // nothing is sent while the console already knows it would be refused
        fitToContents();
        return;
    }
    setBusy(true);
    m_inFlight = m_service->create(user, this, [this](models::ApiOutcome<models::UserAccount> outcome) {
        setBusy(false);
        if (outcome.value) {
            emit created(*outcome.value);
            finish();
            return;
        }
        showServerError(*outcome.error);
        fitToContents();
    });
}

void CreateUserDialog::showServerError(const models::ApiError& error)
{
    if (error.code == QLatin1String("duplicate_email")) {
        m_errors.set(QStringLiteral("email"), tr("Someone already signs in with this e-mail address."));
        return;
    }
    if (error.isValidation() && m_errors.showFieldErrors(error)) return;
    m_errors.setGeneral(error.offline ? tr("Not created: the server cannot be reached. What you entered is still "
                                           "here; try again when the connection is back.")
                                      : tr("Not created. %1").arg(error.displayText()));
}

void CreateUserDialog::setBusy(bool busy)
{
    if (!busy) m_inFlight = nullptr;
    m_create->setEnabled(!busy);
    m_create->setText(busy ? tr("Creating…") : tr("Create user"));
}

bool CreateUserDialog::hasEdits() const
{
    return !m_email->text().trimmed().isEmpty() || !m_displayName->text().trimmed().isEmpty() ||
           !m_password->text().isEmpty() || m_role->currentIndex() >= 0;
}

} // namespace md::ui

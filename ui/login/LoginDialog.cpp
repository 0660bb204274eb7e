#include "ui/login/LoginDialog.h"

#include "models/session/Authenticator.h"
#include "ui/common/ConsoleSettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace md::ui {

std::optional<QUrl> parseServerAddress(const QString& text, QString* problem)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        if (problem) *problem = LoginDialog::tr("Enter the server address.");
        return std::nullopt;
    }
    if (!trimmed.contains(QStringLiteral("://"))) trimmed.prepend(QStringLiteral("http://"));
    const QUrl url(trimmed, QUrl::StrictMode);
    const bool httpScheme = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    if (!url.isValid() || !httpScheme || url.host().isEmpty() || url.hasQuery() || url.hasFragment()) {
        if (problem)
            *problem =
                LoginDialog::tr("“%1” is not a server address such as http://127.0.0.1:8080.").arg(text.trimmed());
        return std::nullopt;
    }
    return url;
}

LoginDialog::LoginDialog(models::Authenticator* authenticator, ConsoleSettings* settings, QWidget* parent)
    : QDialog(parent), m_authenticator(authenticator), m_settings(settings), m_serverUrl(new QLineEdit(this)),
      m_email(new QLineEdit(this)), m_password(new QLineEdit(this)), m_remember(new QCheckBox(this)),
      m_rememberNote(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in to Marketdesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    setMinimumWidth(440);

    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/app.svg")).pixmap(48, 48));
    auto* heading = new QLabel(tr("<b>Marketdesk console</b><br>For sellers and support staff"), this);
    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(logo);
    headingRow->addWidget(heading, 1);

    m_serverUrl->setObjectName(QStringLiteral("serverUrlEdit"));
    m_serverUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080"));
    m_serverUrl->setText(settings->serverUrl().toString());
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("name@example.kr"));
    m_email->setText(settings->lastEmail());
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setText(tr("Keep me signed in on this computer"));
    m_remember->setChecked(settings->rememberSession());
    m_rememberNote->setObjectName(QStringLiteral("rememberNote"));
    m_rememberNote->setWordWrap(true);
    m_rememberNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_rememberNote->hide();
    m_error->setObjectName(QStringLiteral("loginErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();

    m_signIn = m_buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_serverUrl);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Password:"), m_password);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(headingRow);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_rememberNote);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // The accept role would close the dialog at once; sign-in closes it only when it succeeds.
    disconnect(m_buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        m_authenticator->cancel();
        reject();
    });
    connect(m_authenticator, &models::Authenticator::signedIn, this, &LoginDialog::onSignedIn);
    connect(m_authenticator, &models::Authenticator::signInFailed, this, &LoginDialog::onSignInFailed);
    connect(m_authenticator, &models::Authenticator::busyChanged, this, &LoginDialog::setBusy);

    if (m_email->text().isEmpty())
        m_email->setFocus();
    else
        m_password->setFocus();
}

void LoginDialog::setServerUrl(const QUrl& url)
{
    m_serverUrl->setText(url.toString());
}

void LoginDialog::setEmail(const QString& email)
{
    m_email->setText(email);
    m_password->setFocus();
}

void LoginDialog::setRememberAvailable(bool available, const QString& explanation)
{
    m_remember->setEnabled(available);
    if (!available) m_remember->setChecked(false);
    m_rememberNote->setText(explanation);
    m_rememberNote->setVisible(!available && !explanation.isEmpty());
}

bool LoginDialog::rememberSession() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void LoginDialog::showNotice(const QString& text)
{
    m_error->setStyleSheet(QStringLiteral("color: palette(window-text);"));
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString LoginDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void LoginDialog::showError(const QString& text)
{
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void LoginDialog::signInWithPassword(const QString& password)
{
    m_password->setText(password);
    submit();
}

void LoginDialog::submit()
{
    QString problem;
    const auto server = parseServerAddress(m_serverUrl->text(), &problem);
    if (!server) {
        showError(problem);
        m_serverUrl->setFocus();
        return;
    }
    const QString email = m_email->text().trimmed();
    if (!email.contains(QLatin1Char('@'))) {
        showError(tr("Enter the e-mail address you sign in with."));
        m_email->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    showError(QString());
    m_authenticator->signIn(*server, email, m_password->text());
}

void LoginDialog::setBusy(bool busy)
{
    m_serverUrl->setEnabled(!busy);
    m_email->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
}

void LoginDialog::onSignedIn(const models::User& user)
{
    if (!isVisible()) return; // a resumed session, not this dialog's sign-in
    if (const auto server = parseServerAddress(m_serverUrl->text())) m_settings->setServerUrl(*server);
    m_settings->setLastEmail(user.email);
    if (m_remember->isEnabled()) m_settings->setRememberSession(m_remember->isChecked());
    m_password->clear();
    emit signedIn(user, rememberSession());
    accept();
}

void LoginDialog::onSignInFailed(const models::ApiError& error)
{
    if (!isVisible()) return;
    m_password->selectAll();
    m_password->setFocus();
    if (error.offline) {
        showError(tr("Cannot reach the server at %1. Check the address and that the server is running.")
                      .arg(m_serverUrl->text().trimmed()));
    } else if (error.httpStatus == 401) {
        showError(tr("The e-mail address or the password is wrong."));
    } else if (error.httpStatus == 429) {
        showError(error.retryAfterSeconds
                      ? tr("Too many failed attempts. Try again in %n second(s).", nullptr, *error.retryAfterSeconds)
                      : tr("Too many failed attempts. Try again later."));
    } else if (error.code == QLatin1String("console_not_allowed")) {
        showError(error.message);
    } else {
        showError(error.displayText());
    }
}

} // namespace md::ui

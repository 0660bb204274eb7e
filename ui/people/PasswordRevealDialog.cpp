#include "ui/people/PasswordRevealDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace md::ui {

PasswordRevealDialog::PasswordRevealDialog(const QString& whose, const QString& password, QWidget* parent)
    : QDialog(parent), m_password(new QLineEdit(this)), m_copy(new QPushButton(this)), m_copied(new QLabel(this))
{
    setObjectName(QStringLiteral("passwordRevealDialog"));
    setWindowTitle(tr("New password"));
    setMinimumWidth(460);

    auto* intro = new QLabel(tr("The new password of <b>%1</b>:").arg(whose.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_password->setReadOnly(true);
    m_password->setText(password);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(m_password->font().pointSizeF() * 1.2);
    m_password->setFont(mono);
    m_copy->setObjectName(QStringLiteral("copyPasswordButton"));
    m_copy->setText(tr("Copy"));
    m_copied->setObjectName(QStringLiteral("passwordCopiedLabel"));
    m_copied->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    m_copied->hide();

    auto* once = new QLabel(tr("<b>This password is shown only once.</b> Copy it now and give it to them in a safe "
                               "way. When you close this window it cannot be shown again; if it is lost, reset "
                               "the password again."),
                            this);
    once->setObjectName(QStringLiteral("shownOnceLabel"));
    once->setWordWrap(true);

    auto* row = new QHBoxLayout;
    row->addWidget(m_password, 1);
    row->addWidget(m_copy);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* close = buttons->addButton(tr("I have copied it"), QDialogButtonBox::AcceptRole);
    close->setObjectName(QStringLiteral("closePasswordButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_copy, &QPushButton::clicked, this, &PasswordRevealDialog::copyToClipboard);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_copied);
    layout->addWidget(once);
    layout->addWidget(buttons);
    m_password->selectAll();
    m_password->setFocus();
}

void PasswordRevealDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(m_password->text());
    m_copied->setText(tr("Copied to the clipboard."));
    m_copied->show();
}

void PasswordRevealDialog::done(int result)
{
    // Forget it: the field was the only place the password was kept.
    m_password->clear();
    QDialog::done(result);
}

} // namespace md::ui

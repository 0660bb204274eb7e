#include "ui/people/CreateSellerDialog.h"

#include "models/api/ApiError.h"
#include "models/people/SellerService.h"
#include "models/people/UserRules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace md::ui {

CreateSellerDialog::CreateSellerDialog(models::SellerService* service, QWidget* parent)
    : GuardedDialog(tr("Discard this seller?"),
                    tr("The new seller has not been created. Close the form and lose the name you entered?"), parent),
      m_service(service), m_name(new QLineEdit(this)), m_errors(this)
{
    setObjectName(QStringLiteral("createSellerDialog"));
    setWindowTitle(tr("New seller"));
    setMinimumWidth(420);

    m_name->setObjectName(QStringLiteral("sellerNameEdit"));
    m_name->setPlaceholderText(tr("e.g. 서울상회"));
    m_name->setMaxLength(models::UserRules::kMaxSellerNameCharacters);

    auto* note = new QLabel(tr("A seller is a shop with its own catalog, stock and orders. Its people sign in "
                               "as seller users tied to it (Users ▸ New user, role Seller)."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Name:"), m_errors.wrap(m_name, QStringLiteral("name")));

    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("Create seller"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createSellerButton"));
    m_create->setDefault(true);
    m_create->setToolTip(tr("Ctrl+S"));
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_create, &QPushButton::clicked, this, &CreateSellerDialog::submit);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        if (m_errors.message(QStringLiteral("name")).isEmpty()) return;
        m_errors.set(QStringLiteral("name"), QString());
        fitToContents();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, [this] {
        if (m_create->isEnabled()) submit();
    });
    auto* close = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_W), this);
    connect(close, &QShortcut::activated, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_errors.generalLabel());
    layout->addWidget(buttons);
}

void CreateSellerDialog::submit()
{
    if (m_inFlight) return;
    m_errors.clear();
    const QString name = m_name->text();
    if (const QString problem = models::UserRules::sellerNameProblem(name); !problem.isEmpty()) {
        m_errors.set(QStringLiteral("name"), problem);
        fitToContents();
        return;
    }
    setBusy(true);
    m_inFlight = m_service->create(name, this, [this](models::ApiOutcome<models::Seller> outcome) {
        setBusy(false);
        if (outcome.value) {
            emit created(*outcome.value);
            finish();
            return;
        }
        const models::ApiError& error = *outcome.error;
        if (!error.isValidation() || !m_errors.showFieldErrors(error))
            m_errors.setGeneral(error.offline ? tr("Not created: the server cannot be reached. The name is still "
                                                   "here; try again when the connection is back.")
                                              : tr("Not created. %1").arg(error.displayText()));
        fitToContents();
    });
}

void CreateSellerDialog::fitToContents()
{
    // Wrapped messages need a height only known for a given width (see CreateUserDialog).
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > 0 && needed != height()) resize(width(), needed);
}

void CreateSellerDialog::setBusy(bool busy)
{
    if (!busy) m_inFlight = nullptr;
    m_create->setEnabled(!busy);
    m_create->setText(busy ? tr("Creating…") : tr("Create seller"));
}

bool CreateSellerDialog::hasEdits() const
{
    return !m_name->text().trimmed().isEmpty();
}

} // namespace md::ui

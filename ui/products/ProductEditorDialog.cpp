#include "ui/products/ProductEditorDialog.h"

#include "models/catalog/ProductDiff.h"
#include "models/catalog/ProductService.h"
#include "models/dto/Money.h"
#include "ui/products/ProductConflictDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace md::ui {

using models::ApiError;
using models::Product;
using models::ProductDraft;
using models::ProductStatus;

namespace {

QWidget* withErrorBelow(QWidget* field, QLabel* error, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

ProductEditorDialog::ProductEditorDialog(models::ProductService* service, Mode mode, bool chooseSeller, QWidget* parent)
    : GuardedDialog(tr("Discard your changes?"),
                    tr("Your changes to this product have not been saved. Close the editor anyway?"), parent),
      m_service(service), m_mode(mode), m_sku(new QLineEdit(this)), m_title(new QLineEdit(this)),
      m_category(new QLineEdit(this)), m_price(new QLineEdit(this)), m_compareAt(new QLineEdit(this)),
      m_status(new QComboBox(this)), m_description(new QPlainTextEdit(this)), m_general(new QLabel(this))
{
    setObjectName(QStringLiteral("productEditor"));
    setMinimumWidth(520);
    switch (mode) {
    case Mode::Create:
        setWindowTitle(tr("New product"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit product"));
        break;
    case Mode::View:
        setWindowTitle(tr("Product"));
        break;
    }

    m_sku->setObjectName(QStringLiteral("skuEdit"));
    m_sku->setMaxLength(64);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setMaxLength(200);
    m_category->setObjectName(QStringLiteral("categoryEdit"));
    m_price->setObjectName(QStringLiteral("priceEdit"));
    m_price->setPlaceholderText(tr("e.g. 12,000"));
    m_price->setAlignment(Qt::AlignRight);
    m_compareAt->setObjectName(QStringLiteral("compareAtEdit"));
    m_compareAt->setPlaceholderText(tr("optional: the former price shown crossed out"));
    m_compareAt->setAlignment(Qt::AlignRight);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (ProductStatus status : {ProductStatus::Draft, ProductStatus::Active, ProductStatus::Archived})
        m_status->addItem(models::productStatusLabel(status), QVariant::fromValue(static_cast<int>(status)));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(90);
    m_general->setObjectName(QStringLiteral("generalError"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_general->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    if (chooseSeller && mode == Mode::Create) {
        m_seller = new QSpinBox(this);
        m_seller->setObjectName(QStringLiteral("sellerSpin"));
        m_seller->setRange(1, std::numeric_limits<int>::max());
        form->addRow(tr("Seller ID:"), withErrorBelow(m_seller, addErrorLabel(QStringLiteral("seller_id")), this));
    }
    form->addRow(tr("SKU:"), withErrorBelow(m_sku, addErrorLabel(QStringLiteral("sku")), this));
    form->addRow(tr("Title:"), withErrorBelow(m_title, addErrorLabel(QStringLiteral("title")), this));
    form->addRow(tr("Category:"), withErrorBelow(m_category, addErrorLabel(QStringLiteral("category")), this));
    form->addRow(tr("Price (₩):"), withErrorBelow(m_price, addErrorLabel(QStringLiteral("price_cents")), this));
    form->addRow(tr("Compare-at price (₩):"),
                 withErrorBelow(m_compareAt, addErrorLabel(QStringLiteral("compare_at_cents")), this));
    form->addRow(tr("Status:"), withErrorBelow(m_status, addErrorLabel(QStringLiteral("status")), this));
    form->addRow(tr("Description:"), withErrorBelow(m_description, addErrorLabel(QStringLiteral("description")), this));

    auto* buttons = new QDialogButtonBox(this);
    if (mode == Mode::View) {
        buttons->addButton(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
        for (QWidget* field :
             {static_cast<QWidget*>(m_sku), static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_category),
              static_cast<QWidget*>(m_price), static_cast<QWidget*>(m_compareAt)})
            static_cast<QLineEdit*>(field)->setReadOnly(true);
        m_status->setEnabled(false);
        m_description->setReadOnly(true);
    } else {
        m_save = buttons->addButton(mode == Mode::Create ? tr("Create") : tr("Save"), QDialogButtonBox::AcceptRole);
        m_save->setObjectName(QStringLiteral("saveButton"));
        m_save->setDefault(true);
        m_save->setToolTip(tr("Ctrl+S"));
        buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
        connect(m_save, &QPushButton::clicked, this, &ProductEditorDialog::save);
        auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
        connect(saveShortcut, &QShortcut::activated, this, [this] {
            if (m_save->isEnabled()) save();
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* closeShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_W), this);
    connect(closeShortcut, &QShortcut::activated, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);

    if (mode == Mode::Create) m_status->setCurrentIndex(m_status->findData(static_cast<int>(ProductStatus::Draft)));
    m_filledState = formState();
}

QLabel* ProductEditorDialog::addErrorLabel(const QString& field)
{
    auto* label = new QLabel(this);
    label->setObjectName(field + QStringLiteral("Error"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b71c1c; font-size: 9pt;"));
    label->hide();
    m_errorLabels.insert(field, label);
    return label;
}

void ProductEditorDialog::setKnownCategories(const QStringList& categories)
{
    auto* completer = new QCompleter(categories, m_category);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_category->setCompleter(completer);
}

void ProductEditorDialog::setProduct(const Product& product)
{
    m_product = product;
    fillForm(product);
}

void ProductEditorDialog::fillForm(const Product& product)
{
    fillFields(ProductDraft::fromProduct(product));
    if (m_mode != Mode::Create) setWindowTitle(m_mode == Mode::Edit ? tr("Edit %1").arg(product.sku) : product.sku);
}

void ProductEditorDialog::prefill(const ProductDraft& draft)
{
    fillFields(draft);
    if (m_seller && draft.sellerId) m_seller->setValue(static_cast<int>(*draft.sellerId));
    m_filledState = formState();
}

void ProductEditorDialog::fillFields(const ProductDraft& draft)
{
    const QLocale locale;
    m_sku->setText(draft.sku);
    m_title->setText(draft.title);
    m_category->setText(draft.category);
    m_price->setText(locale.toString(draft.priceCents));
    m_compareAt->setText(draft.compareAtCents ? locale.toString(*draft.compareAtCents) : QString());
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(draft.status)));
    m_description->setPlainText(draft.description);
    m_filledState = formState();
}

std::optional<ProductDraft> ProductEditorDialog::draftFromForm()
{
    ProductDraft draft;
    if (m_product) draft = ProductDraft::fromProduct(*m_product);
    if (m_seller) draft.sellerId = m_seller->value();
    draft.sku = m_sku->text().trimmed();
    draft.title = m_title->text().trimmed();
    draft.category = m_category->text().trimmed();
    draft.description = m_description->toPlainText();
    draft.status = static_cast<ProductStatus>(m_status->currentData().toInt());

    bool valid = true;
    if (draft.sku.isEmpty()) {
        setFieldError(QStringLiteral("sku"), tr("Enter a SKU."));
        valid = false;
    }
    if (draft.title.isEmpty()) {
        setFieldError(QStringLiteral("title"), tr("Enter a title."));
        valid = false;
    }
    if (const auto price = models::parseMoney(m_price->text(), draft.currency)) {
        draft.priceCents = *price;
    } else {
        setFieldError(QStringLiteral("price_cents"), tr("Enter the price in whole won, e.g. 12,000."));
        valid = false;
    }
    if (m_compareAt->text().trimmed().isEmpty()) {
        draft.compareAtCents.reset();
    } else if (const auto compareAt = models::parseMoney(m_compareAt->text(), draft.currency)) {
        draft.compareAtCents = *compareAt;
    } else {
        setFieldError(QStringLiteral("compare_at_cents"), tr("Enter an amount in whole won, or leave it empty."));
        valid = false;
    }
    if (!valid) return std::nullopt;
    return draft;
}

void ProductEditorDialog::save()
{
    if (m_inFlight) return;
    clearErrors();
    const auto draft = draftFromForm();
    if (!draft) return;

    auto done = [this](models::ApiOutcome<Product> outcome) { onSaveFinished(outcome.value, outcome.error); };
    if (m_mode == Mode::Create) {
        m_inFlight = m_service->create(*draft, this, done);
    } else {
        const ProductDraft original = ProductDraft::fromProduct(*m_product);
        if (*draft == original) {
            finish(); // nothing changed: no request, no new version
            return;
        }
        m_pending = draft;
        m_inFlight = m_service->update(m_product->id, m_product->version, original, *draft, this, done);
    }
    setBusy(true);
}

void ProductEditorDialog::onSaveFinished(const std::optional<Product>& product, const std::optional<ApiError>& error)
{
    setBusy(false);
    if (product) {
        m_product = product;
        m_pending.reset();
        emit saved(*product);
        finish();
        return;
    }
    if (error && error->isPreconditionFailed() && m_product && m_pending) {
        resolveConflict();
        return;
    }
    if (error) showServerError(*error);
}

void ProductEditorDialog::showServerError(const ApiError& error)
{
    if (error.isValidation() && !error.fieldErrors.isEmpty()) {
        QStringList elsewhere;
        for (auto it = error.fieldErrors.begin(); it != error.fieldErrors.end(); ++it) {
            if (m_errorLabels.contains(it.key()))
                setFieldError(it.key(), it.value());
            else
                elsewhere.append(QStringLiteral("%1: %2").arg(it.key(), it.value()));
        }
        if (!elsewhere.isEmpty()) {
            m_general->setText(elsewhere.join(QLatin1Char('\n')));
            m_general->show();
        }
        return;
    }
    if (error.code == QLatin1String("duplicate_sku")) {
        setFieldError(QStringLiteral("sku"), tr("Another product of this seller already has this SKU."));
        return;
    }
    m_general->setText(error.offline ? tr("Not saved: the server cannot be reached. Your changes are still here; "
                                          "save again when the connection is back.")
                                     : error.displayText());
    m_general->show();
}

void ProductEditorDialog::resolveConflict()
{
    // The dialog compares field by field, so it needs the version that won.
    setBusy(true);
    m_inFlight = m_service->fetch(m_product->id, this, [this](models::ApiOutcome<Product> outcome) {
        setBusy(false);
        if (!outcome.value) {
            showServerError(*outcome.error);
            return;
        }
        showConflict(*outcome.value);
    });
}

void ProductEditorDialog::showConflict(const Product& latest)
{
    const ProductDraft original = ProductDraft::fromProduct(*m_product);
    const ProductDraft mine = *m_pending;
    auto* dialog = new ProductConflictDialog(original, mine, latest, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProductConflictDialog::reloadChosen, this, [this, latest] {
        m_product = latest;
        m_pending.reset();
        fillForm(latest);
        m_general->setStyleSheet(QStringLiteral("color: palette(window-text);"));
        m_general->setText(
            tr("Reloaded the latest version (version %1). Your changes were discarded.").arg(latest.version));
        m_general->show();
    });
    connect(dialog, &ProductConflictDialog::overwriteChosen, this, [this, latest] { overwriteWith(latest); });
    m_conflictDialog = dialog;
    dialog->open();
}

void ProductEditorDialog::overwriteWith(const Product& latest)
{
    // This form's changes (relative to the version it started from) on top of the version that won;
    // their changes to fields this person did not touch survive.
    const ProductDraft original = ProductDraft::fromProduct(*m_product);
    const ProductDraft theirs = ProductDraft::fromProduct(latest);
    const ProductDraft merged = models::applyEdits(original, *m_pending, theirs);
    m_product = latest;
    m_pending = merged;
    if (merged == theirs) {
        onSaveFinished(latest, std::nullopt);
        return;
    }
    setBusy(true);
    m_inFlight =
        m_service->update(latest.id, latest.version, theirs, merged, this,
                          [this](models::ApiOutcome<Product> result) { onSaveFinished(result.value, result.error); });
}

void ProductEditorDialog::clearErrors()
{
    for (QLabel* label : std::as_const(m_errorLabels))
        label->hide();
    m_general->hide();
    m_general->setStyleSheet(QStringLiteral("color: #b71c1c;"));
}

void ProductEditorDialog::setFieldError(const QString& field, const QString& message)
{
    QLabel* label = m_errorLabels.value(field);
    if (!label) return;
    label->setText(message);
    label->show();
}

QString ProductEditorDialog::fieldError(const QString& field) const
{
    const QLabel* label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString ProductEditorDialog::generalError() const
{
    return m_general->isHidden() ? QString() : m_general->text();
}

QStringList ProductEditorDialog::formState() const
{
    return {m_seller ? QString::number(m_seller->value()) : QString(),
            m_sku->text().trimmed(),
            m_title->text().trimmed(),
            m_category->text().trimmed(),
            m_price->text().trimmed(),
            m_compareAt->text().trimmed(),
            m_status->currentData().toString(),
            m_description->toPlainText()};
}

bool ProductEditorDialog::hasEdits() const
{
    return m_mode != Mode::View && formState() != m_filledState;
}

void ProductEditorDialog::setBusy(bool busy)
{
    if (m_save) {
        m_save->setEnabled(!busy);
        m_save->setText(busy ? tr("Saving…") : (m_mode == Mode::Create ? tr("Create") : tr("Save")));
    }
}

} // namespace md::ui

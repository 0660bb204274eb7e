#include "ui/people/SellerPicker.h"

#include "models/people/SellerListModel.h"
#include "widgets/EmptyStateOverlay.h"
#include "widgets/SearchField.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace md::ui {

using models::SellerListModel;

SellerPicker::SellerPicker(models::ApiClient* client, QWidget* parent)
    : QWidget(parent), m_model(new SellerListModel(client, this)), m_search(new widgets::SearchField(this)),
      m_list(new QListView(this)), m_choice(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("sellerPickerSearch"));
    m_search->setPlaceholderText(tr("Search sellers by name…"));
    m_search->setMaxLength(64);
    m_list->setObjectName(QStringLiteral("sellerPickerList"));
    m_list->setModel(m_model);
    m_list->setModelColumn(SellerListModel::NameColumn);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    // About five names: enough to choose from, small enough for a form.
    m_list->setFixedHeight(m_list->fontMetrics().height() * 7 + 8);
    m_emptyState = new widgets::EmptyStateOverlay(m_list);
    m_emptyState->setTextFormat(Qt::PlainText); // the search text is shown in it
    m_choice->setObjectName(QStringLiteral("sellerPickerChoice"));
    m_choice->setWordWrap(true);
    m_choice->setTextFormat(Qt::RichText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(m_choice);

    connect(m_search, &widgets::SearchField::searchChanged, m_model, &SellerListModel::setSearch);
    connect(m_list, &QListView::clicked, this, &SellerPicker::onClicked);
    connect(m_list, &QListView::activated, this, &SellerPicker::onClicked);
    connect(m_model, &SellerListModel::loadingChanged, this, &SellerPicker::updateEmptyText);
    connect(m_model, &SellerListModel::pageLoaded, this, [this] {
        updateEmptyText();
        // Show the choice as selected when it is among the rows (a new search may bring it back).
        if (m_sellerId) {
            const QModelIndex chosen = m_model->indexOfSeller(*m_sellerId);
            if (chosen.isValid()) m_list->setCurrentIndex(chosen);
        }
    });
    connect(m_model, &SellerListModel::loadFailed, this, [this](const models::ApiError& error) {
        m_emptyState->setEmptyText(tr("Sellers could not be loaded. %1").arg(error.displayText()));
    });
    updateChoiceLabel();
}

void SellerPicker::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        m_loaded = true;
        m_model->setSearch(m_search->currentSearch());
        updateEmptyText();
    }
}

void SellerPicker::reload()
{
    if (m_loaded) m_model->reload();
}

void SellerPicker::setSeller(std::optional<qint64> sellerId, const QString& name)
{
    m_sellerId = sellerId;
    m_sellerName = sellerId ? name : QString();
    const QModelIndex chosen = sellerId ? m_model->indexOfSeller(*sellerId) : QModelIndex();
    if (chosen.isValid())
        m_list->setCurrentIndex(chosen);
    else
        m_list->clearSelection();
    updateChoiceLabel();
}

void SellerPicker::onClicked(const QModelIndex& index)
{
    const auto seller = m_model->sellerFromIndex(m_model->index(index.row(), 0));
    if (!seller) return;
    const bool changed = m_sellerId != seller->id;
    m_sellerId = seller->id;
    m_sellerName = seller->name;
    updateChoiceLabel();
    if (changed) emit sellerChosen(seller->id, seller->name);
}

void SellerPicker::updateChoiceLabel()
{
    if (m_sellerId)
        m_choice->setText(tr("Chosen: <b>%1</b>").arg(m_sellerName.toHtmlEscaped()));
    else
        m_choice->setText(QStringLiteral("<span style='color: palette(mid)'>%1</span>")
                              .arg(tr("No seller chosen yet: click one in the list.").toHtmlEscaped()));
}

void SellerPicker::updateEmptyText()
{
    if (m_model->lastError()) return; // loadFailed said what went wrong
    if (!m_model->hasLoadedFirstPage()) {
        m_emptyState->setEmptyText(tr("Loading sellers…"));
        return;
    }
    m_emptyState->setEmptyText(m_model->search().isEmpty()
                                   ? tr("There are no sellers yet.")
                                   : tr("No seller's name contains “%1”.").arg(m_model->search()));
}

} // namespace md::ui

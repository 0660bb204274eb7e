#include "ui/common/PagedTable.h"

#include "models/paging/PagedTableModel.h"
#include "widgets/EmptyStateOverlay.h"
#include "widgets/ErrorBanner.h"

#include <QBoxLayout>
#include <QLabel>
#include <QTableView>

namespace md::ui {

PagedTable::PagedTable(models::PagedTableModel* model, TableStatusTexts texts, const QString& name, QWidget* page)
    : QObject(page), m_model(model), m_texts(std::move(texts)), m_errorBanner(new widgets::ErrorBanner(page)),
      m_table(new QTableView(page)), m_statusLine(new QLabel(page))
{
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setModel(model);
    m_emptyState = new widgets::EmptyStateOverlay(m_table);
    m_statusLine->setObjectName(name + QStringLiteral("StatusLine"));

    connect(m_errorBanner, &widgets::ErrorBanner::retryRequested, this, &PagedTable::retry);
    connect(model, &models::PagedTableModel::loadingChanged, this, &PagedTable::updateStatus);
    connect(model, &models::PagedTableModel::pageLoaded, this, [this] {
        m_errorBanner->hide();
        m_failureDetail.clear();
        updateStatus();
    });
    connect(model, &models::PagedTableModel::loadFailed, this, &PagedTable::onLoadFailed);
    updateStatus();
}

void PagedTable::addTo(QBoxLayout* layout) const
{
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_statusLine);
}

void PagedTable::setReloadAction(std::function<void()> reload)
{
    m_reloadAction = std::move(reload);
}

void PagedTable::setFailureDetail(std::function<QString(const models::ApiError&)> detail)
{
    m_failureDetailOf = std::move(detail);
}

void PagedTable::setEmptyText(std::function<QString()> emptyText)
{
    m_emptyText = std::move(emptyText);
    updateStatus();
}

void PagedTable::reload()
{
    m_errorBanner->hide();
    m_failureDetail.clear();
    m_model->reload();
    updateStatus();
}

void PagedTable::updateStatus()
{
    m_statusLine->setText(tableFooterText(*m_model, m_texts));
    m_emptyState->setEmptyText(m_emptyText ? m_emptyText() : tableEmptyText(*m_model, m_texts));
}

void PagedTable::retry()
{
    // A later page failed: ask for that page again and keep the rows. Nothing loaded yet: start over.
    if (m_model->hasLoadedFirstPage())
        m_model->retry();
    else if (m_reloadAction)
        m_reloadAction();
    else
        reload();
}

void PagedTable::onLoadFailed(const models::ApiError& error)
{
    m_failureDetail = m_failureDetailOf ? m_failureDetailOf(error) : error.displayText();
    m_errorBanner->showMessage(m_texts.failed.arg(m_failureDetail));
    updateStatus();
}

} // namespace md::ui

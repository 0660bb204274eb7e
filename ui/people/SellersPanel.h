#pragma once
// The Sellers tab of the People page: every seller, searched by name on the server and paged as
// the table scrolls, and "New seller" (CreateSellerDialog). The ID column is what CSV imports name.

#include "ui/common/PageContext.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace md::models {
class SellerListModel;
class SellerService;
struct Seller;
} // namespace md::models

namespace md::widgets {
class SearchField;
} // namespace md::widgets

namespace md::ui {

class PagedTable;

class SellersPanel : public QWidget {
    Q_OBJECT
public:
    explicit SellersPanel(const PageContext& context, QWidget* parent = nullptr);

    models::SellerListModel* model() const { return m_model; }

public slots:
    void reload();
    void createSeller();

signals:
    // A seller was created here (the Users tab's pickers list it from now on).
    void sellerCreated(const md::models::Seller& seller);

private:
    void selectCreatedSeller();
    void onSellerCreated(const models::Seller& seller);

    PageContext m_context;
    models::SellerListModel* m_model;
    models::SellerService* m_service;
    widgets::SearchField* m_search;
    QPushButton* m_refreshButton;
    QPushButton* m_newButton;
    PagedTable* m_list;            // error banner, table, status line
    QTableView* m_table;           // m_list's
    qint64 m_selectWhenLoaded = 0; // a seller just created, selected once its row arrives
};

} // namespace md::ui

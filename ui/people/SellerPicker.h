#pragma once
// Chooses a seller by name, never by typing a number: a search box (the server searches the names)
// over a paged list of sellers, and a line that says which seller is chosen. The list loads the
// first time the picker is shown (a form that never needs a seller asks for nothing), pages in as
// it scrolls, and a new search never silently changes the choice: only a click on a seller does.

#include <QWidget>

#include <optional>

class QLabel;
class QListView;

namespace md::models {
class ApiClient;
class SellerListModel;
struct Seller;
} // namespace md::models

namespace md::widgets {
class EmptyStateOverlay;
class SearchField;
} // namespace md::widgets

namespace md::ui {

class SellerPicker : public QWidget {
    Q_OBJECT
public:
    explicit SellerPicker(models::ApiClient* client, QWidget* parent = nullptr);

    // What is chosen now (none: nullopt); does not emit sellerChosen().
    void setSeller(std::optional<qint64> sellerId, const QString& name);
    std::optional<qint64> sellerId() const { return m_sellerId; }
    QString sellerName() const { return m_sellerName; }
    models::SellerListModel* model() const { return m_model; }
    // Reloads the list (e.g. after a seller was created elsewhere).
    void reload();

signals:
    void sellerChosen(qint64 sellerId, const QString& name);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onClicked(const QModelIndex& index);
    void updateChoiceLabel();
    void updateEmptyText();

    models::SellerListModel* m_model;
    widgets::SearchField* m_search;
    QListView* m_list;
    widgets::EmptyStateOverlay* m_emptyState;
    QLabel* m_choice;
    std::optional<qint64> m_sellerId;
    QString m_sellerName;
    bool m_loaded = false;
};

} // namespace md::ui

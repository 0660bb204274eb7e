#pragma once
// The Users tab of the People page: a server-paged table of users (search by e-mail or name as you
// type, role and status filters, sort by e-mail or creation date) next to the selected user's
// UserDetailPane, and "New user" (CreateUserDialog). Moving to another user with unsaved changes in
// the pane asks first.

#include "ui/common/PageContext.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace md::models {
class UserListModel;
class UserService;
struct UserAccount;
} // namespace md::models

namespace md::widgets {
class SearchField;
} // namespace md::widgets

namespace md::ui {

class PagedTable;
class UserDetailPane;

class UsersPanel : public QWidget {
    Q_OBJECT
public:
    explicit UsersPanel(const PageContext& context, QWidget* parent = nullptr);
    ~UsersPanel() override;

    models::UserListModel* model() const { return m_model; }
    UserDetailPane* detailPane() const { return m_detail; }
    // Selects the user's row (when loaded) and shows them in the detail pane.
    void openUser(qint64 userId);

public slots:
    void reload();
    void createUser();

private:
    void applyFilters();
    void onSelectionChanged();
    void selectShownUser();
    void onUserCreated(const models::UserAccount& user);

    PageContext m_context;
    models::UserListModel* m_model;
    models::UserService* m_service;
    widgets::SearchField* m_search;
    QComboBox* m_roleFilter;
    QComboBox* m_statusFilter;
    QPushButton* m_refreshButton;
    QPushButton* m_newButton;
    PagedTable* m_list;  // error banner, table, status line
    QTableView* m_table; // m_list's
    UserDetailPane* m_detail;
    bool m_askingToDiscard = false;
};

} // namespace md::ui

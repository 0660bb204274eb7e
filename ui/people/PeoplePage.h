#pragma once
// People (administrators only): the Users tab (UsersPanel: list, search, create, change role,
// disable and re-enable, reset password) and the Sellers tab (SellersPanel: list, search, create).

#include "ui/common/PageContext.h"

#include <QWidget>

class QTabWidget;

namespace md::ui {

class SellersPanel;
class UsersPanel;

class PeoplePage : public QWidget {
    Q_OBJECT
public:
    explicit PeoplePage(const PageContext& context, QWidget* parent = nullptr);

    UsersPanel* usersPanel() const { return m_users; }
    SellersPanel* sellersPanel() const { return m_sellers; }
    void showSellers();
    void showUsers();

public slots:
    void reload();
    // "New" (Ctrl+N): a user on the Users tab, a seller on the Sellers tab.
    void createNew();

private:
    QTabWidget* m_tabs;
    UsersPanel* m_users;
    SellersPanel* m_sellers;
};

} // namespace md::ui

#include "ui/people/UsersPanel.h"

#include "models/people/UserListModel.h"
#include "models/people/UserService.h"
#include "ui/common/ConfirmationPresenter.h"
#include "ui/common/ConsoleSettings.h"
#include "ui/common/PageLayout.h"
#include "ui/common/PagedTable.h"
#include "ui/common/ServerSortHeader.h"
#include "ui/people/CreateUserDialog.h"
#include "ui/people/UserDetailPane.h"
#include "widgets/SearchField.h"
#include "widgets/StatusBadgeDelegate.h"
#include "widgets/ThemedIcon.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace md::ui {

using models::Role;
using models::UserListModel;

namespace {

// The status filter's choices, as item data.
enum StatusChoice { AnyStatus, ActiveOnly, DisabledOnly };

TableStatusTexts userTexts()
{
    return {UsersPanel::tr("Loading users…"), UsersPanel::tr("No users match these filters."),
            [](int rows) { return UsersPanel::tr("%n user(s) loaded", nullptr, rows); },
            UsersPanel::tr("Users could not be loaded. %1")};
}

} // namespace

UsersPanel::UsersPanel(const PageContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_model(new UserListModel(context.client, this)),
      m_service(new models::UserService(context.client, this)), m_search(new widgets::SearchField(this)),
      m_roleFilter(new QComboBox(this)), m_statusFilter(new QComboBox(this)), m_refreshButton(new QPushButton(this)),
      m_newButton(new QPushButton(this)), m_list(new PagedTable(m_model, userTexts(), QStringLiteral("user"), this)),
      m_table(m_list->table()), m_detail(new UserDetailPane(m_service, context.client, context.user.id, this))
{
    setObjectName(QStringLiteral("usersPanel"));
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setPlaceholderText(tr("Search e-mail or name…"));
    m_search->setMaxLength(64); // the server takes at most 200 bytes of search text
    m_roleFilter->setObjectName(QStringLiteral("userRoleFilter"));
    m_roleFilter->addItem(tr("All roles"), -1);
    for (Role role : {Role::Admin, Role::Seller, Role::Support, Role::Operator, Role::Customer})
        m_roleFilter->addItem(models::roleLabel(role), static_cast<int>(role));
    m_statusFilter->setObjectName(QStringLiteral("userStatusFilter"));
    m_statusFilter->addItem(tr("Active and disabled"), AnyStatus);
    m_statusFilter->addItem(models::userStatusLabel(false), ActiveOnly);
    m_statusFilter->addItem(models::userStatusLabel(true), DisabledOnly);
    m_refreshButton->setObjectName(QStringLiteral("userRefreshButton"));
    m_refreshButton->setIcon(widgets::ThemedIcon::fromSvg(QStringLiteral(":/icons/refresh.svg")));
    m_refreshButton->setToolTip(tr("Reload from the server"));
    m_newButton->setObjectName(QStringLiteral("newUserButton"));
    m_newButton->setText(tr("New user"));
    m_newButton->setIcon(widgets::ThemedIcon::fromSvg(QStringLiteral(":/icons/add.svg"), QPalette::Link));

    setUpRecordTable(m_table);
    m_table->setTextElideMode(Qt::ElideRight);
    const QHash<QString, QColor> statusColours{{QStringLiteral("active"), QColor(0x2e, 0x7d, 0x32)},
                                               {QStringLiteral("disabled"), QColor(0xc6, 0x28, 0x28)}};
    m_table->setItemDelegateForColumn(
        UserListModel::StatusColumn,
        new widgets::StatusBadgeDelegate(UserListModel::StatusCodeRole, statusColours, m_table));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(UserListModel::EmailColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    header->resizeSection(UserListModel::NameColumn, 110);
    int roleWidth = 0; // the longest role name in the console's language, unclipped
    for (Role role : {Role::Admin, Role::Seller, Role::Support, Role::Operator, Role::Customer})
        roleWidth = std::max(roleWidth, m_table->fontMetrics().horizontalAdvance(models::roleLabel(role)));
    header->resizeSection(UserListModel::RoleColumn, roleWidth + 16);
    header->resizeSection(UserListModel::SellerColumn, 110);
    header->resizeSection(UserListModel::StatusColumn, 80);
    header->resizeSection(UserListModel::CreatedColumn, 125);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(UserListModel::EmailColumn, Qt::AscendingOrder);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_roleFilter);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_refreshButton);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_newButton);
    actions->addStretch(1);

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addLayout(actions);
    m_list->addTo(listLayout);

    QSplitter* splitter = makeListDetailSplitter(QStringLiteral("usersSplitter"), listSide, m_detail, {700, 380}, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_search, &widgets::SearchField::searchChanged, this, &UsersPanel::applyFilters);
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this, &UsersPanel::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &UsersPanel::applyFilters);
    connect(m_refreshButton, &QPushButton::clicked, this, &UsersPanel::reload);
    connect(m_newButton, &QPushButton::clicked, this, &UsersPanel::createUser);
    keepServerSortIndicator(header, m_model); // the server orders users by e-mail or creation date only
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPanel::onSelectionChanged);
    connect(m_model, &UserListModel::modelReset, this, &UsersPanel::selectShownUser);
    connect(m_detail, &UserDetailPane::userChanged, m_model, &UserListModel::updateUser);

    const QByteArray headerState = context.settings ? context.settings->headerState(objectName()) : QByteArray();
    if (!headerState.isEmpty()) header->restoreState(headerState);
    applyFilters();
}

UsersPanel::~UsersPanel()
{
    if (m_context.settings) m_context.settings->setHeaderState(objectName(), m_table->horizontalHeader()->saveState());
}

void UsersPanel::applyFilters()
{
    models::UserFilter filter = m_model->filter();
    filter.search = m_search->currentSearch();
    const int role = m_roleFilter->currentData().toInt();
    filter.role = role >= 0 ? std::optional<Role>(static_cast<Role>(role)) : std::nullopt;
    switch (m_statusFilter->currentData().toInt()) {
    case ActiveOnly:
        filter.disabled = false;
        break;
    case DisabledOnly:
        filter.disabled = true;
        break;
    default:
        filter.disabled.reset();
        break;
    }
    if (!m_model->hasLoadedFirstPage() && !m_model->isLoading()) {
        // The first load follows the header (its order may have been restored from the settings).
        const QHeaderView* header = m_table->horizontalHeader();
        const QString field = UserListModel::sortFieldFor(header->sortIndicatorSection());
        if (!field.isEmpty()) {
            filter.sortField = field;
            filter.descending = header->sortIndicatorOrder() == Qt::DescendingOrder;
        }
    }
    if (filter == m_model->filter() && (m_model->hasLoadedFirstPage() || m_model->isLoading())) return;
    m_model->setFilter(filter);
    m_list->updateStatus();
}

void UsersPanel::reload()
{
    m_list->reload();
    m_detail->refresh();
}

void UsersPanel::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) return; // a reload clears the selection; the pane keeps its user
    const auto user = m_model->userFromIndex(rows.first());
    if (!user || user->id == m_detail->userId()) return;
    if (!m_detail->hasUnsavedEdits()) {
        m_detail->showUser(*user);
        return;
    }
    if (m_askingToDiscard) return;
    m_askingToDiscard = true;
    const QString shown = m_detail->user() ? m_detail->user()->preferredName() : QString();
    askConfirmation(
        this,
        {QStringLiteral("discardEditsDialog"), tr("Discard your changes?"),
         tr("Your changes to %1 have not been saved. Show %2 and lose them?").arg(shown, user->preferredName()),
         tr("Discard"), tr("Keep editing"), true},
        [this, target = *user](bool discard) {
            m_askingToDiscard = false;
            if (discard)
                m_detail->showUser(target);
            else
                selectShownUser();
        });
}

void UsersPanel::selectShownUser()
{
    // Keep the row of the user in the pane selected when it is (still) in the list.
    if (m_detail->userId() == 0) return;
    const QModelIndex index = m_model->indexOfUser(m_detail->userId());
    if (index.isValid())
        m_table->selectRow(index.row());
    else
        m_table->clearSelection();
}

void UsersPanel::openUser(qint64 userId)
{
    const QModelIndex index = m_model->indexOfUser(userId);
    if (index.isValid()) {
        m_table->selectRow(index.row());
        m_table->scrollTo(index);
        return;
    }
    m_detail->showUserId(userId);
}

void UsersPanel::createUser()
{
    auto* dialog = new CreateUserDialog(m_service, m_context.client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateUserDialog::created, this, &UsersPanel::onUserCreated);
    dialog->open();
}

void UsersPanel::onUserCreated(const models::UserAccount& user)
{
    // Show the new user at once (unless the pane holds unsaved changes of someone else); where
    // their row lands depends on the sort and filters, so the list asks the server again.
    if (!m_detail->hasUnsavedEdits()) m_detail->showUser(user);
    m_model->reload();
    m_list->updateStatus();
}

} // namespace md::ui

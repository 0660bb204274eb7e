#include "app/MainWindow.h"

#include "models/api/ApiClient.h"
#include "ui/common/ConsoleSettings.h"
#include "ui/inventory/InventoryPage.h"
#include "ui/orders/OrdersPage.h"
#include "ui/products/ProductsPage.h"
#include "widgets/OfflineBanner.h"

#include <QActionGroup>
#include <QApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace md::app {

using models::Capability;

MainWindow::MainWindow(const ui::PageContext& context, QWidget* parent)
    : QMainWindow(parent), m_context(context), m_navigation(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_offlineBanner(new widgets::OfflineBanner(this)), m_userLabel(new QLabel(this)),
      m_liveIndicator(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Marketdesk — %1").arg(context.user.preferredName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    resize(1200, 760);

    const models::User& user = context.user;
    if (user.allows(Capability::ViewProducts))
        m_entries.append({QStringLiteral("productsPage"), tr("Products"), QStringLiteral(":/icons/products.svg"),
                          [this] { return new ui::ProductsPage(m_context); }});
    if (user.allows(Capability::ViewOrders))
        m_entries.append({QStringLiteral("ordersPage"), tr("Orders"), QStringLiteral(":/icons/orders.svg"),
                          [this] { return new ui::OrdersPage(m_context); }});
    if (user.allows(Capability::ViewInventory))
        m_entries.append({QStringLiteral("inventoryPage"), tr("Inventory"), QStringLiteral(":/icons/inventory.svg"),
                          [this] { return new ui::InventoryPage(m_context); }});

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFixedWidth(180);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget { background: palette(window); padding-top: 6px; outline: 0; }"
                       "QListWidget::item { padding: 8px 10px; border-radius: 4px; }"
                       "QListWidget::item:selected { background: #dbe7f7; color: #0d47a1; }"));
    for (const PageEntry& entry : std::as_const(m_entries)) {
        auto* item = new QListWidgetItem(QIcon(entry.icon), entry.title, m_navigation);
        item->setData(Qt::UserRole, entry.name);
    }
    m_stack->setObjectName(QStringLiteral("pageStack"));

    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setText(tr("%1 · %2").arg(user.preferredName(), models::roleLabel(user.role)));
    m_userLabel->setToolTip(user.email);
    m_liveIndicator->setObjectName(QStringLiteral("liveIndicator"));
    setLiveConnected(false);
    auto* signOut = new QPushButton(QIcon(QStringLiteral(":/icons/sign-out.svg")), tr("Sign out"), this);
    signOut->setObjectName(QStringLiteral("signOutButton"));
    signOut->setFlat(true);
    connect(signOut, &QPushButton::clicked, this, &MainWindow::signOutRequested);

    auto* topBar = new QWidget(this);
    topBar->setObjectName(QStringLiteral("topBar"));
    auto* topLayout = new QHBoxLayout(topBar);
    topLayout->setContentsMargins(12, 4, 8, 4);
    auto* brand = new QLabel(tr("<b>Marketdesk</b>"), topBar);
    topLayout->addWidget(brand);
    topLayout->addStretch(1);
    topLayout->addWidget(m_liveIndicator);
    topLayout->addSpacing(12);
    topLayout->addWidget(m_userLabel);
    topLayout->addWidget(signOut);

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_navigation);
    body->addWidget(m_stack, 1);

    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(topBar);
    column->addWidget(m_offlineBanner);
    column->addLayout(body, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onNavigation);
    connect(m_offlineBanner, &widgets::OfflineBanner::retryRequested, context.client, &models::ApiClient::probeNow);
    connect(context.client, &models::ApiClient::onlineChanged, this, &MainWindow::setOnline);
    setOnline(context.client->isOnline());

    buildMenus();
    if (context.settings && !context.settings->windowGeometry().isEmpty())
        restoreGeometry(context.settings->windowGeometry());
    if (!m_entries.isEmpty()) m_navigation->setCurrentRow(0);
}

MainWindow::~MainWindow()
{
    if (m_context.settings) m_context.settings->setWindowGeometry(saveGeometry());
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&Console"));
    QAction* signOut = file->addAction(QIcon(QStringLiteral(":/icons/sign-out.svg")), tr("Sign &out"));
    signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(language);
    const QString current = m_context.settings ? m_context.settings->language() : QString();
    const QList<QPair<QString, QString>> choices{{QString(), tr("Follow the system")},
                                                 {QStringLiteral("ko"), QStringLiteral("한국어")},
                                                 {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto& [code, label] : choices) {
        QAction* action = language->addAction(label);
        action->setObjectName(QStringLiteral("languageAction_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Marketdesk"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, [this] {
        auto* box = new QMessageBox(
            QMessageBox::Information, tr("About Marketdesk"),
            tr("<b>Marketdesk console</b> %1<br>Server: %2")
                .arg(QApplication::applicationVersion(), m_context.client->baseUrl().toString().toHtmlEscaped()),
            QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("aboutDialog"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::chooseLanguage(const QString& language)
{
    if (!m_context.settings) return;
    m_context.settings->setLanguage(language);
    statusBar()->showMessage(tr("The language changes the next time the console starts."), 8000);
}

QStringList MainWindow::pageNames() const
{
    QStringList names;
    for (const PageEntry& entry : m_entries)
        names.append(entry.name);
    return names;
}

bool MainWindow::showPage(const QString& pageName)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).name == pageName) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QWidget* MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

void MainWindow::onNavigation(int row)
{
    if (row < 0 || row >= m_entries.size()) return;
    const PageEntry& entry = m_entries.at(row);
    QWidget* page = m_pages.value(entry.name);
    if (!page) {
        page = entry.create();
        m_pages.insert(entry.name, page);
        m_stack->addWidget(page);
    }
    m_stack->setCurrentWidget(page);
}

void MainWindow::setOnline(bool online)
{
    m_offlineBanner->setOnline(online);
}

void MainWindow::setLiveConnected(bool connected)
{
    m_liveIndicator->setText(connected ? tr("● Live") : tr("○ Not live"));
    m_liveIndicator->setStyleSheet(connected ? QStringLiteral("color: #2e7d32;")
                                             : QStringLiteral("color: palette(mid);"));
    m_liveIndicator->setToolTip(connected ? tr("Changes made elsewhere appear here as they happen.")
                                          : tr("Live updates are not connected; use the reload buttons."));
}

} // namespace md::app

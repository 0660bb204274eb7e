#include "app/MainWindow.h"

#include "app/Theme.h"
#include "app/ViewMenu.h"

#include "models/api/ApiClient.h"
#include "models/events/SseClient.h"
#include "models/ops/AlertService.h"
#include "models/session/ConnectionMonitor.h"
#include "ui/common/ConfirmationPresenter.h"
#include "ui/common/ConsoleSettings.h"
#include "ui/common/UnsavedEdits.h"
#include "widgets/OfflineBanner.h"
#include "widgets/SearchField.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>

namespace md::app {

MainWindow::MainWindow(const ui::PageContext& context, QWidget* parent)
    : QMainWindow(parent), m_context(context), m_catalog(context.user.role), m_shortcuts(consoleShortcuts(m_catalog)),
      m_navigation(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_offlineBanner(new widgets::OfflineBanner(this)), m_userLabel(new QLabel(this)),
      m_liveIndicator(new QLabel(this)), m_connection(new models::ConnectionMonitor(context.client, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Marketdesk — %1").arg(context.user.preferredName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    // Nine tenths of the screen, capped where wider stops helping, and never below the size every
    // page is laid out for (1200×760; also what offscreen tests and screenshots get).
    QSize size(1200, 760);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.expandedTo((screen->availableSize() * 9 / 10).boundedTo(QSize(1600, 1000)));
    resize(size);

    const models::User& user = context.user;
    // Polled from sign-in on, so the navigation shows the firing count before the page is opened.
    if (m_catalog.contains(PageCatalog::alertsPage())) m_alerts = new models::AlertService(context.client, this);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFixedWidth(180);
    m_navigation->setFrameShape(QFrame::NoFrame);
    updateNavigationStyle();
    for (const PageDescriptor& page : m_catalog.pages()) {
        auto* item = new QListWidgetItem(widgets::ThemedIcon::fromSvg(page.icon), page.title, m_navigation);
        item->setData(Qt::UserRole, page.name);
    }
    m_stack->setObjectName(QStringLiteral("pageStack"));
    if (m_alerts) {
        connect(m_alerts, &models::AlertService::firingCountChanged, this, &MainWindow::showFiringAlerts);
        m_alerts->start();
    }

    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setText(tr("%1 · %2").arg(user.preferredName(), models::roleLabel(user.role)));
    m_userLabel->setToolTip(user.email);
    m_liveIndicator->setObjectName(QStringLiteral("liveIndicator"));
    setLiveConnected(false);
    auto* signOut =
        new QPushButton(widgets::ThemedIcon::fromSvg(QStringLiteral(":/icons/sign-out.svg")), tr("Sign out"), this);
    signOut->setObjectName(QStringLiteral("signOutButton"));
    signOut->setFlat(true);
    connect(signOut, &QPushButton::clicked, this, &MainWindow::requestSignOut);

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
    connect(m_offlineBanner, &widgets::OfflineBanner::retryRequested, m_connection,
            &models::ConnectionMonitor::probeNow);
    connect(m_connection, &models::ConnectionMonitor::onlineChanged, this, &MainWindow::setOnline);
    connect(m_connection, &models::ConnectionMonitor::recovered, this, &MainWindow::reloadCreatedPages);
    if (context.events) {
        // A dropped event stream is often the first sign of a server gone away.
        connect(context.events, &models::SseClient::connectedChanged, m_connection, [this](bool connected) {
            if (!connected) m_connection->probeNow();
        });
    }
    setOnline(m_connection->isOnline());

    buildMenus();
    bindShortcuts();
    if (context.settings && !context.settings->windowGeometry().isEmpty())
        restoreGeometry(context.settings->windowGeometry());
    showPage(m_catalog.landingPage());
}

MainWindow::~MainWindow()
{
    if (m_context.settings) m_context.settings->setWindowGeometry(saveGeometry());
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&Console"));
    file->setObjectName(QStringLiteral("consoleMenu"));
    QAction* signOut =
        file->addAction(widgets::ThemedIcon::fromSvg(QStringLiteral(":/icons/sign-out.svg")), tr("Sign &out"));
    signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(signOut, &QAction::triggered, this, &MainWindow::requestSignOut);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction* search =
        edit->addAction(widgets::ThemedIcon::fromSvg(QStringLiteral(":/icons/search.svg")), tr("&Search"));
    search->setObjectName(QStringLiteral("searchAction"));
    connect(search, &QAction::triggered, this, &MainWindow::focusSearch);
    QAction* create =
        edit->addAction(widgets::ThemedIcon::fromSvg(QStringLiteral(":/icons/add.svg"), QPalette::Link), tr("&New"));
    create->setObjectName(QStringLiteral("newAction"));
    connect(create, &QAction::triggered, this, &MainWindow::createNew);

    auto* view = new ViewMenu(m_catalog, m_context.settings, menuBar());
    menuBar()->addMenu(view);
    connect(view, &ViewMenu::reloadRequested, this, &MainWindow::reloadCurrentPage);
    connect(view, &ViewMenu::pageRequested, this, &MainWindow::showPage);
    connect(view, &ViewMenu::languageChosen, this, &MainWindow::showLanguageNote);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* shortcuts = help->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
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

void MainWindow::bindShortcuts()
{
    for (const ShortcutEntry& entry : std::as_const(m_shortcuts)) {
        if (entry.id.isEmpty()) continue; // the open form's keys, bound by the form
        if (auto* action = findChild<QAction*>(entry.id))
            action->setShortcuts(entry.keys);
        else
            qWarning("no action %s for the shortcut table", qPrintable(entry.id));
    }
}

void MainWindow::showLanguageNote()
{
    const QString note = tr("The language changes the next time the console starts.");
    statusBar()->showMessage(note, 10000);
    auto* box = new QMessageBox(QMessageBox::Information, tr("Language"), note, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("languageNoteDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showShortcuts()
{
    if (auto* open = findChild<ShortcutsDialog*>()) {
        open->raise();
        return;
    }
    auto* dialog = new ShortcutsDialog(m_shortcuts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

const PageDescriptor* MainWindow::currentEntry() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_catalog.pages().size() ? &m_catalog.pages().at(row) : nullptr;
}

void MainWindow::reloadCurrentPage()
{
    const PageDescriptor* entry = currentEntry();
    if (QWidget* page = entry ? m_pages.value(entry->name) : nullptr) entry->reload(page);
}

void MainWindow::reloadCreatedPages()
{
    for (const PageDescriptor& entry : m_catalog.pages())
        if (QWidget* page = m_pages.value(entry.name)) entry.reload(page);
}

void MainWindow::focusSearch()
{
    QWidget* page = currentPage();
    if (!page) return;
    // The first search box the person can see: a page with tabs has one per tab.
    for (widgets::SearchField* search : page->findChildren<widgets::SearchField*>()) {
        if (!search->isVisible()) continue;
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
        return;
    }
}

void MainWindow::createNew()
{
    const PageDescriptor* entry = currentEntry();
    if (QWidget* page = entry ? m_pages.value(entry->name) : nullptr)
        if (entry->createNew) entry->createNew(page);
}

bool MainWindow::hasUnsavedEdits() const
{
    const QList<QWidget*> widgets = findChildren<QWidget*>();
    return std::any_of(widgets.begin(), widgets.end(), [](QWidget* widget) {
        const auto* edits = dynamic_cast<const ui::UnsavedEdits*>(widget);
        return edits && edits->hasUnsavedEdits();
    });
}

void MainWindow::afterDiscardConfirmed(const QString& question, std::function<void()> then)
{
    if (m_discardConfirmed || !hasUnsavedEdits()) {
        then();
        return;
    }
    ui::askConfirmation(this,
                        {QStringLiteral("discardEditsDialog"), tr("Discard unsaved changes?"), question, tr("Discard"),
                         tr("Keep editing"), true},
                        [this, then = std::move(then)](bool discard) {
                            if (!discard) return;
                            m_discardConfirmed = true;
                            then();
                        });
}

void MainWindow::requestSignOut()
{
    afterDiscardConfirmed(tr("Some changes have not been saved. Sign out and lose them?"),
                          [this] { emit signOutRequested(); });
}

void MainWindow::updateNavigationStyle()
{
    // The selected page is a tint of the palette's highlight under text in the palette's own colour,
    // so it reads on any palette; a dark window needs a stronger tint to be seen at all.
    const QPalette colours = palette();
    const QColor highlight = colours.color(QPalette::Highlight);
    const int tintAlpha = paletteIsDark(colours) ? 107 : 51; // of 255: about 42% and 20%
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget { background: palette(window); padding-top: 6px; outline: 0; }"
                       "QListWidget::item { padding: 8px 10px; border-radius: 4px; }"
                       "QListWidget::item:selected { background: rgba(%1, %2, %3, %4); color: %5; }")
            .arg(highlight.red())
            .arg(highlight.green())
            .arg(highlight.blue())
            .arg(tintAlpha)
            .arg(colours.color(QPalette::WindowText).name()));
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) updateNavigationStyle();
}

void MainWindow::closeDiscardingEdits()
{
    m_discardConfirmed = true;
    close();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_discardConfirmed || !hasUnsavedEdits()) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    afterDiscardConfirmed(tr("Some changes have not been saved. Close the console and lose them?"),
                          [this] { close(); });
}

QStringList MainWindow::pageNames() const
{
    return m_catalog.pageNames();
}

bool MainWindow::showPage(const QString& pageName)
{
    const int row = m_catalog.indexOf(pageName);
    if (row < 0) return false;
    m_navigation->setCurrentRow(row);
    return true;
}

QWidget* MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

void MainWindow::onNavigation(int row)
{
    if (row < 0 || row >= m_catalog.pages().size()) return;
    const PageDescriptor& entry = m_catalog.pages().at(row);
    QWidget* page = m_pages.value(entry.name);
    if (!page) {
        page = entry.create(PageServices{m_context, m_alerts});
        m_pages.insert(entry.name, page);
        m_stack->addWidget(page);
    }
    m_stack->setCurrentWidget(page);
}

void MainWindow::showFiringAlerts(int firing)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        if (item->data(Qt::UserRole).toString() != PageCatalog::alertsPage()) continue;
        item->setText(firing > 0 ? tr("Alerts (%1)").arg(firing) : tr("Alerts"));
        item->setToolTip(tr("%n alert(s) firing", nullptr, firing));
    }
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

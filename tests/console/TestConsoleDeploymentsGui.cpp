// The Deployments and Alerts pages driven like a person would, against the real server talking to
// the Kubernetes test server (marketdesk-kube-sim, demo seed, 20x speed): the list with the
// simulated-cluster banner; a scale confirmed in words and followed live to completion; a rollback
// to a revision picked from the history; the log viewer following new lines (search, save); the
// pages absent for a role without operations; and the Alerts page when the server has no Prometheus.

#include "ConsoleTestSupport.h"
#include "GuiTestHelpers.h"

#include "app/MainWindow.h"
#include "models/events/SseClient.h"
#include "models/ops/AlertListModel.h"
#include "models/ops/AlertService.h"
#include "models/ops/DeploymentListModel.h"
#include "support/KubeSimProcess.h"
#include "support/ServerStack.h"
#include "support/TestPaths.h"
#include "ui/alerts/AlertsPage.h"
#include "ui/common/ConsoleSettings.h"
#include "ui/deployments/DeploymentActionsPanel.h"
#include "ui/deployments/DeploymentDetailPane.h"
#include "ui/deployments/DeploymentsPage.h"
#include "ui/deployments/LogViewerDialog.h"
#include "widgets/ErrorBanner.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace md::test;
using md::models::Deployment;
using md::models::DeploymentListModel;
using md::models::RolloutState;

class TestConsoleDeploymentsGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        KubeSimProcess::Options sim;
        sim.seed = QStringLiteral("demo");
        sim.speed = 20;
        MD_REQUIRE(m_sim.start(sim));
        const QString kubeconfig = m_sim.writeKubeconfig(m_dir.filePath(QStringLiteral("kubeconfig")));
        ServerProcess::Options server;
        server.environment = {{QStringLiteral("MARKETDESK_KUBE_MODE"), QStringLiteral("kubeconfig")},
                              {QStringLiteral("MARKETDESK_KUBECONFIG"), kubeconfig},
                              {QStringLiteral("MARKETDESK_KUBE_NAMESPACE"), QStringLiteral("marketplace")}};
        MD_REQUIRE(m_stack.start(server));
        m_settings = std::make_unique<md::ui::ConsoleSettings>(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat));
        const auto user =
            signIn(m_client, m_stack.server(), m_stack.fixtures().member(Role::Operator).email, Fixtures::password());
        QVERIFY(user);
        m_user = *user;
        m_events = std::make_unique<md::models::SseClient>(&m_client);
        m_events->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_events->isConnected(), 10000);
    }

    void listsDeploymentsOfTheSimulatedCluster()
    {
        auto page = makePage();
        DeploymentListModel* model = page->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedFirstPage() && !model->isLoading(), 15000);
        QVERIFY2(model->rowCount() >= 6, qPrintable(QString::number(model->rowCount())));
        QVERIFY(model->indexOfDeployment(QStringLiteral("checkout-api")).isValid());
        auto* banner = child<QLabel>(page.get(), "clusterBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(banner->text().contains(QStringLiteral("Simulated cluster")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("marketplace")));

        auto* search = child<QLineEdit>(page.get(), "deploymentSearch");
        search->setText(QStringLiteral("checkout"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->search() == QStringLiteral("checkout"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
        QCOMPARE(model->deploymentFromIndex(model->index(0, 0))->name, QStringLiteral("checkout-api"));
    }

    void scaleIsConfirmedAndFollowedToCompletion()
    {
        ScriptedConfirmation confirmations;
        auto page = makePage();
        md::ui::DeploymentDetailPane* pane = openDeployment(page.get(), QStringLiteral("checkout-api"));
        QVERIFY(pane);
        const Deployment before = pane->detail()->deployment;
        const int target = before.replicas.desired + 2;

        // Progress seen in the table while the new pods start: a row with fewer ready than desired.
        bool sawRolling = false;
        DeploymentListModel* model = page->model();
        connect(model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex& from) {
            const auto row = model->deploymentFromIndex(from);
            if (row && row->name == before.name && row->replicas.desired == target && row->replicas.ready < target)
                sawRolling = true;
        });

        auto* spin = child<QSpinBox>(pane, "replicasSpin");
        spin->setValue(target);
        QVERIFY(click(child<QPushButton>(pane, "scaleButton")));
        QTRY_COMPARE(confirmations.asked.size(), 1);
        QCOMPARE(confirmations.asked.first().id, QStringLiteral("confirmScale"));
        QCOMPARE(confirmations.asked.first().text,
                 QStringLiteral("Scale checkout-api from %1 to %2 replicas in namespace marketplace?")
                     .arg(before.replicas.desired)
                     .arg(target));
        const QModelIndex row = model->indexOfDeployment(before.name);
        QTRY_VERIFY_WITH_TIMEOUT(model->deploymentFromIndex(row)->replicas.desired == target, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model->deploymentFromIndex(row)->replicas.ready == target &&
                                     model->deploymentFromIndex(row)->rolloutState == RolloutState::Complete,
                                 60000);
        QVERIFY(sawRolling);
        QCOMPARE(model->index(row.row(), DeploymentListModel::ReplicasColumn).data().toString(),
                 QStringLiteral("%1/%1").arg(target));
        // The pane followed on its own: the pods of the new scale are listed.
        QTRY_COMPARE_WITH_TIMEOUT(pane->detail()->pods.size(), target, 15000);
        QCOMPARE(spin->value(), target);
    }

    void rollsBackToARevisionPickedFromTheHistory()
    {
        ScriptedConfirmation confirmations;
        auto page = makePage();
        md::ui::DeploymentDetailPane* pane = openDeployment(page.get(), QStringLiteral("catalog-api"));
        QVERIFY(pane);
        const md::models::DeploymentDetail before = *pane->detail();
        QVERIFY2(before.revisions.size() >= 2, "the demo seed gives catalog-api a history");
        auto* revisions = child<QTableWidget>(pane, "revisionsTable");
        int pick = -1;
        for (int i = 0; i < before.revisions.size() && pick < 0; ++i)
            if (!before.revisions.at(i).current && before.revisions.at(i).images != before.deployment.images) pick = i;
        QVERIFY2(pick >= 0, "an earlier revision with other images");
        const md::models::DeploymentRevision chosen = before.revisions.at(pick);
        child<QTabWidget>(pane, "deploymentSections")->setCurrentWidget(child<QWidget>(pane, "historyTab"));
        revisions->selectRow(pick);
        QVERIFY(click(child<QPushButton>(pane, "rollbackButton")));
        QTRY_COMPARE(confirmations.askedIds(), QStringList{QStringLiteral("confirmRollback")});
        QVERIFY2(confirmations.asked.first().text.contains(QStringLiteral("to revision %1").arg(chosen.revision)),
                 qPrintable(confirmations.asked.first().text));

        DeploymentListModel* model = page->model();
        const QModelIndex row = model->indexOfDeployment(before.deployment.name);
        QTRY_VERIFY_WITH_TIMEOUT(model->deploymentFromIndex(row)->images == chosen.images, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(model->deploymentFromIndex(row)->rolloutState == RolloutState::Complete &&
                                     model->deploymentFromIndex(row)->replicas.updated ==
                                         model->deploymentFromIndex(row)->replicas.desired,
                                 60000);
        // Kubernetes gives the restored template the next revision number; the history marks it current.
        QVERIFY(model->deploymentFromIndex(row)->revision > before.deployment.revision);
        QTRY_VERIFY_WITH_TIMEOUT(pane->detail() && !pane->detail()->revisions.isEmpty() &&
                                     pane->detail()->revisions.first().current &&
                                     pane->detail()->revisions.first().images == chosen.images,
                                 15000);
    }

    void logViewerFollowsNewLines()
    {
        auto page = makePage();
        md::ui::DeploymentDetailPane* pane = openDeployment(page.get(), QStringLiteral("storefront-web"));
        QVERIFY(pane);
        QVERIFY(!pane->detail()->pods.isEmpty());
        child<QTableWidget>(pane, "podsTable")->selectRow(0);
        QVERIFY(click(child<QPushButton>(pane, "viewLogsButton")));
        auto* dialog = pane->findChild<md::ui::LogViewerDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->buffer().size() > 0, 15000);
        QVERIFY(dialog->isStreaming());
        const qint64 first = dialog->buffer().totalAppended();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->buffer().totalAppended() > first + 2, 20000); // lines written since
        auto* text = child<QPlainTextEdit>(dialog, "logText");
        QTRY_COMPARE_WITH_TIMEOUT(text->document()->blockCount(), static_cast<int>(dialog->buffer().size()), 2000);

        // Search marks and finds; the last line of the buffer is certainly in the text.
        const QString last = dialog->buffer().at(dialog->buffer().size() - 1);
        const QString term = last.mid(last.size() / 3, 8);
        QVERIFY(!term.trimmed().isEmpty());
        replaceText(child<QLineEdit>(dialog, "logSearchEdit"), term);
        QVERIFY(click(child<QPushButton>(dialog, "logFindNextButton")));
        QCOMPARE(text->textCursor().selectedText().toLower(), term.toLower());

        const QString path = m_dir.filePath(QStringLiteral("pod.log"));
        QString error;
        QVERIFY2(dialog->saveToFile(path, &error), qPrintable(error));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QStringList savedLines = QString::fromUtf8(saved.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(savedLines.size() >= 3);
        dialog->close();
    }

    void brokenImageShowsTheFailedRolloutInRed()
    {
        ScriptedConfirmation confirmations;
        auto page = makePage();
        md::ui::DeploymentDetailPane* pane = openDeployment(page.get(), QStringLiteral("payment-gateway"));
        QVERIFY(pane);
        const Deployment before = pane->detail()->deployment;
        QVERIFY(!before.containers.isEmpty());
        const QString current = before.containers.first().image;
        const QString broken = current.left(current.lastIndexOf(QLatin1Char(':'))) + QStringLiteral(":9.9.9-broken");
        replaceText(child<QLineEdit>(pane, "imageEdit"), broken);
        QVERIFY(click(child<QPushButton>(pane, "setImageButton")));
        QTRY_COMPARE(confirmations.askedIds(), QStringList{QStringLiteral("confirmSetImage")});
        QVERIFY2(confirmations.asked.first().text.contains(current) &&
                     confirmations.asked.first().text.contains(broken),
                 qPrintable(confirmations.asked.first().text));

        DeploymentListModel* model = page->model();
        const QModelIndex row = model->indexOfDeployment(before.name);
        // Pods crash-loop; after the progress deadline Kubernetes gives up and the console says so.
        QTRY_VERIFY_WITH_TIMEOUT(model->deploymentFromIndex(row)->rolloutState == RolloutState::Failed, 60000);
        QCOMPARE(model->deploymentFromIndex(row)->failureReason(), QStringLiteral("ProgressDeadlineExceeded"));
        QCOMPARE(
            row.siblingAtColumn(DeploymentListModel::StateColumn).data(DeploymentListModel::StateCodeRole).toString(),
            QStringLiteral("failed"));
        auto* message = child<QLabel>(pane, "deploymentMessageLabel");
        QTRY_VERIFY_WITH_TIMEOUT(
            message->isVisible() && message->text().contains(QStringLiteral("ProgressDeadlineExceeded")), 15000);
        QVERIFY2(message->styleSheet().contains(QStringLiteral("color")), "the failure is coloured");
        const auto crashLooping = [pane] {
            for (const auto& pod : pane->detail()->pods)
                if (!pod.ready && pod.restarts > 0) return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(crashLooping(), 15000); // listed with its restarts
    }

    void operationsAreAbsentForOtherRoles()
    {
        md::models::ApiClient client;
        const auto support =
            signIn(client, m_stack.server(), m_stack.fixtures().member(Role::Support).email, Fixtures::password());
        QVERIFY(support);
        md::app::MainWindow window(md::ui::PageContext{&client, *support, nullptr, m_settings.get()});
        QVERIFY(!window.pageNames().contains(QStringLiteral("deploymentsPage")));
        QVERIFY(!window.pageNames().contains(QStringLiteral("alertsPage")));

        md::app::MainWindow operatorWindow(md::ui::PageContext{&m_client, m_user, nullptr, m_settings.get()});
        QVERIFY(operatorWindow.pageNames().contains(QStringLiteral("deploymentsPage")));
        QVERIFY(operatorWindow.pageNames().contains(QStringLiteral("alertsPage")));
    }

    void alertsPageSaysPrometheusIsNotConfigured()
    {
        md::models::AlertService service(&m_client);
        md::ui::AlertsPage page(md::ui::PageContext{&m_client, m_user, nullptr, m_settings.get()}, &service);
        page.resize(1000, 500);
        page.show();
        service.start();
        auto* banner = page.findChild<md::widgets::ErrorBanner*>();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        QVERIFY(service.lastError());
        QCOMPARE(service.lastError()->code, QStringLiteral("not_configured"));
        QVERIFY2(banner->message().contains(QStringLiteral("MARKETDESK_PROMETHEUS_URL")),
                 qPrintable(banner->message()));
        QCOMPARE(page.model()->rowCount(), 0);
        service.stop();
    }

    // Last: it stops the cluster.
    void actionErrorsShowTheServersMessage()
    {
        ScriptedConfirmation confirmations;
        auto page = makePage();
        md::ui::DeploymentDetailPane* pane = openDeployment(page.get(), QStringLiteral("cart-api"));
        QVERIFY(pane);
        auto* image = child<QLineEdit>(pane, "imageEdit");
        replaceText(image, QStringLiteral("registry.example.com/marketplace/cart-api 2.0"));
        QVERIFY(!child<QPushButton>(pane, "setImageButton")->isEnabled()); // a space: refused before asking

        m_sim.kill(); // the API server goes away; the console must say so, not hang
        QVERIFY(click(child<QPushButton>(pane, "restartButton")));
        QTRY_COMPARE(confirmations.askedIds(), QStringList{QStringLiteral("confirmRestart")});
        auto* banner = pane->findChild<md::widgets::ErrorBanner*>();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        QVERIFY2(banner->message().contains(QStringLiteral("Kubernetes")), qPrintable(banner->message()));
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(pane, "restartButton")->isEnabled(), 5000);
    }

    void cleanupTestCase()
    {
        if (m_events) m_events->stop();
        QCOMPARE(m_stack.stop(), 0);
        if (m_sim.isRunning()) m_sim.stop();
    }

private:
    std::unique_ptr<md::ui::DeploymentsPage> makePage()
    {
        md::ui::PageContext context{&m_client, m_user, m_events.get(), m_settings.get()};
        auto page = std::make_unique<md::ui::DeploymentsPage>(context);
        page->resize(1300, 800);
        page->show();
        return page;
    }

    // Selects the Deployment's row as a person would and waits for the pane to show it.
    md::ui::DeploymentDetailPane* openDeployment(md::ui::DeploymentsPage* page, const QString& name)
    {
        DeploymentListModel* model = page->model();
        if (!QTest::qWaitFor([&] { return model->indexOfDeployment(name).isValid(); }, 15000)) {
            qWarning("%s not in the list", qPrintable(name));
            return nullptr;
        }
        page->table()->selectRow(model->indexOfDeployment(name).row());
        md::ui::DeploymentDetailPane* pane = page->detailPane();
        if (!QTest::qWaitFor([&] { return pane->detail() && pane->detail()->deployment.name == name; }, 15000)) {
            qWarning("the detail of %s did not load", qPrintable(name));
            return nullptr;
        }
        return pane;
    }

    QTemporaryDir m_dir{TestPaths::workDirectory() + QStringLiteral("/deployments-gui-XXXXXX")};
    KubeSimProcess m_sim;
    ServerStack m_stack;
    md::models::ApiClient m_client;
    md::models::User m_user;
    std::unique_ptr<md::models::SseClient> m_events;
    std::unique_ptr<md::ui::ConsoleSettings> m_settings;
};

QTEST_MAIN(TestConsoleDeploymentsGui)
#include "TestConsoleDeploymentsGui.moc"

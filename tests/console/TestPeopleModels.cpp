// The People page's models against a scripted loopback server, under QAbstractItemModelTester where
// the list is small enough to load eagerly: the user table pages a hundred thousand accounts one
// page at a time as the view asks (never all at once), shows role, seller and status, sends the
// search, role, status and order to the server, keeps a changed user in place (no reset), and
// refuses a page that breaks the contract as a whole; the seller list searches on the server.

#include "ScriptedHttpServer.h"

#include "models/api/ApiClient.h"
#include "models/people/SellerListModel.h"
#include "models/people/UserListModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace md::models;

namespace {

QJsonObject userJson(qint64 id, bool brokenRole = false)
{
    const bool seller = id % 10 == 0;
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("email"), QStringLiteral("user%1@load.marketdesk.kr").arg(id)},
                       {QStringLiteral("role"), brokenRole
                                                    ? QStringLiteral("owner")
                                                    : (seller ? QStringLiteral("seller") : QStringLiteral("customer"))},
                       {QStringLiteral("seller_id"), seller ? QJsonValue(id / 10) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("seller_name"),
                        seller ? QJsonValue(QStringLiteral("상점 %1").arg(id / 10)) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("display_name"), QStringLiteral("고객 %1").arg(id)},
                       {QStringLiteral("disabled"), id % 7 == 0},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("created_at"), QStringLiteral("2025-01-01T00:00:00Z")},
                       {QStringLiteral("updated_at"), QStringLiteral("2025-01-01T00:00:00Z")}};
}

// `total` users with ids 1…total, keyset-paged on the id as the server does (the cursor is the last
// id; opaque to the console). A user id in `brokenIds` comes back with an unknown role.
ScriptedHttpServer::Handler usersHandler(int total, QList<qint64> brokenIds = {})
{
    return [total, brokenIds](const RecordedRequest& request) {
        const QUrlQuery query(QUrl(QString::fromUtf8(request.target)).query());
        const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
        const qint64 after = query.queryItemValue(QStringLiteral("cursor")).toLongLong();
        QJsonArray items;
        for (qint64 id = after + 1; id <= total && items.size() < limit; ++id)
            items.append(userJson(id, brokenIds.contains(id)));
        const qint64 last = after + items.size();
        const QJsonObject body{{QStringLiteral("items"), items},
                               {QStringLiteral("next_cursor"),
                                last < total ? QJsonValue(QString::number(last)) : QJsonValue(QJsonValue::Null)}};
        return ScriptedResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
}

// A scripted server and a client pointed at it, new for each test.
struct Backend {
    Backend()
    {
        if (!server.listen()) qFatal("cannot listen on loopback");
        client.setBaseUrl(QUrl(server.baseUrl()));
    }
    ScriptedHttpServer server;
    ApiClient client;
};

} // namespace

class TestPeopleModels : public QObject {
    Q_OBJECT
private slots:
    // No tester here: it asks for more after every change like an eager view, and the point is
    // that nothing does unless asked.
    void pagesAHundredThousandUsersOnDemand()
    {
        Backend backend;
        ScriptedHttpServer& server = backend.server;
        server.setHandler(usersHandler(100000));
        UserListModel model(&backend.client);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setFilter({});
        QTRY_VERIFY_WITH_TIMEOUT(model.hasLoadedFirstPage() && !model.isLoading(), 10000);
        QCOMPARE(model.rowCount(), model.fetcher()->pageSize());
        QVERIFY(model.hasMore());
        QVERIFY(model.canFetchMore(QModelIndex()));
        QCOMPARE(server.countRequests("/api/v1/users"), 1);

        for (int page = 2; page <= 4; ++page) {
            model.fetchMore(QModelIndex()); // what a view does when scrolled to the bottom
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
            QCOMPARE(model.rowCount(), page * model.fetcher()->pageSize());
        }
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(server.countRequests("/api/v1/users"), 4);
        QCOMPARE(model.userFromIndex(model.index(399, 0))->id, 400);
        const QUrlQuery lastQuery(QUrl(QString::fromUtf8(server.requests().last().target)).query());
        QCOMPARE(lastQuery.queryItemValue(QStringLiteral("cursor")), QStringLiteral("300"));
        QCOMPARE(lastQuery.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
    }

    void rowsShowRoleSellerAndStatus()
    {
        Backend backend;
        ScriptedHttpServer& server = backend.server;
        server.setHandler(usersHandler(250));
        UserListModel model(&backend.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setFilter({});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 250, 10000); // the tester fetched every page
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(!model.hasMore());

        const QModelIndex seller = model.indexOfUser(70); // a seller user, disabled (70 % 7 == 0)
        QVERIFY(seller.isValid());
        const auto cell = [&model, &seller](int column, int role = Qt::DisplayRole) {
            return model.index(seller.row(), column).data(role);
        };
        QCOMPARE(cell(UserListModel::NameColumn).toString(), QStringLiteral("고객 70"));
        QCOMPARE(cell(UserListModel::EmailColumn).toString(), QStringLiteral("user70@load.marketdesk.kr"));
        QCOMPARE(cell(UserListModel::RoleColumn).toString(), roleLabel(Role::Seller));
        QCOMPARE(cell(UserListModel::SellerColumn).toString(), QStringLiteral("상점 7"));
        QCOMPARE(cell(UserListModel::StatusColumn).toString(), userStatusLabel(true));
        QCOMPARE(cell(UserListModel::StatusColumn, UserListModel::StatusCodeRole).toString(),
                 QStringLiteral("disabled"));
        QCOMPARE(cell(UserListModel::NameColumn, UserListModel::RoleCodeRole).toString(), QStringLiteral("seller"));
        QCOMPARE(cell(UserListModel::NameColumn, UserListModel::UserIdRole).toLongLong(), 70);
        QCOMPARE(cell(UserListModel::CreatedColumn).toDateTime(),
                 QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toLocalTime());
        const QModelIndex customer = model.indexOfUser(71);
        QVERIFY(model.index(customer.row(), UserListModel::SellerColumn).data().toString().isEmpty());
        QCOMPARE(
            model.index(customer.row(), UserListModel::StatusColumn).data(UserListModel::StatusCodeRole).toString(),
            QStringLiteral("active"));
        QCOMPARE(model.headerData(UserListModel::SellerColumn, Qt::Horizontal).toString(), QStringLiteral("Seller"));

        // A changed user is replaced in place: one dataChanged over the row, no reset, nothing moves.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        UserAccount enabled = *model.userFromIndex(seller);
        enabled.disabled = false;
        enabled.role = Role::Support;
        enabled.sellerId.reset();
        enabled.sellerName.clear();
        enabled.version = 2;
        model.updateUser(enabled);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), seller.row());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(cell(UserListModel::RoleColumn).toString(), roleLabel(Role::Support));
        QCOMPARE(cell(UserListModel::StatusColumn, UserListModel::StatusCodeRole).toString(), QStringLiteral("active"));
        QCOMPARE(cell(UserListModel::NameColumn, UserListModel::VersionRole).toInt(), 2);
        UserAccount stranger = enabled;
        stranger.id = 999999;
        model.updateUser(stranger); // not shown: nothing happens
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 250);
    }

    void filtersAndOrderGoToTheServer()
    {
        Backend backend;
        ScriptedHttpServer& server = backend.server;
        server.setHandler(usersHandler(30));
        UserListModel model(&backend.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        UserFilter filter;
        filter.search = QStringLiteral(" 김 민수 ");
        filter.role = Role::Seller;
        filter.disabled = true;
        model.setFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(model.hasLoadedFirstPage() && !model.isLoading(), 10000);
        QUrlQuery sent(QUrl(QString::fromUtf8(server.requests().last().target)).query());
        QCOMPARE(sent.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), QStringLiteral("김 민수"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("role")), QStringLiteral("seller"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("disabled")), QStringLiteral("true"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("sort")), QStringLiteral("email"));

        // Only e-mail and creation date have a server-side order; other columns change nothing.
        const int before = server.requests().size();
        model.sort(UserListModel::RoleColumn, Qt::DescendingOrder);
        QTest::qWait(0);
        QCOMPARE(server.requests().size(), before);
        QVERIFY(UserListModel::sortFieldFor(UserListModel::RoleColumn).isEmpty());
        model.sort(UserListModel::CreatedColumn, Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() > before && !model.isLoading(), 10000);
        sent = QUrlQuery(QUrl(QString::fromUtf8(server.requests().last().target)).query());
        QCOMPARE(sent.queryItemValue(QStringLiteral("sort")), QStringLiteral("-created_at"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("role")), QStringLiteral("seller")); // the filters stay
    }

    void aBrokenPageFailsAsAWhole()
    {
        Backend backend;
        ScriptedHttpServer& server = backend.server;
        server.setHandler(usersHandler(30, {17}));
        UserListModel model(&backend.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy failed(&model, &UserListModel::loadFailed);
        model.setFilter({});
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(failed.first().first().value<ApiError>().code, QString::fromLatin1(ApiError::InvalidResponseCode));
        QVERIFY(failed.first().first().value<ApiError>().message.contains(QStringLiteral("items[16]: user.role")));
    }

    void sellerSearchGoesToTheServer()
    {
        Backend backend;
        ScriptedHttpServer& server = backend.server;
        server.setHandler([](const RecordedRequest& request) {
            const QUrlQuery query(QUrl(QString::fromUtf8(request.target)).query());
            const QString q = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
            QJsonArray items;
            const QStringList names{QStringLiteral("서울상회"), QStringLiteral("부산 바다상회"),
                                    QStringLiteral("Jeju Farm")};
            for (int i = 0; i < names.size(); ++i)
                if (q.isEmpty() || names.at(i).contains(q))
                    items.append(QJsonObject{{QStringLiteral("id"), i + 1},
                                             {QStringLiteral("name"), names.at(i)},
                                             {QStringLiteral("created_at"), QStringLiteral("2025-01-01T00:00:00Z")}});
            return ScriptedResponse::json(
                200, QJsonDocument(QJsonObject{{QStringLiteral("items"), items},
                                               {QStringLiteral("next_cursor"), QJsonValue(QJsonValue::Null)}})
                         .toJson(QJsonDocument::Compact));
        });
        SellerListModel model(&backend.client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSearch(QString());
        QTRY_VERIFY_WITH_TIMEOUT(model.hasLoadedFirstPage() && !model.isLoading(), 10000);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, SellerListModel::NameColumn).data().toString(), QStringLiteral("부산 바다상회"));
        QCOMPARE(model.index(1, SellerListModel::IdColumn).data().toLongLong(), 2);
        QCOMPARE(model.indexOfSeller(3).row(), 2);

        model.setSearch(QStringLiteral(" 상회 "));
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() == 2, 10000);
        QCOMPARE(model.search(), QStringLiteral("상회"));
        QVERIFY(!model.indexOfSeller(3).isValid());
    }
};

QTEST_GUILESS_MAIN(TestPeopleModels)
#include "TestPeopleModels.moc"

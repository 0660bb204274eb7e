// Offline tests of what the People page reads and sends: the User and Seller parsers (Korean text,
// the seller's name, a broken field named), the create and profile-change bodies (only what changed;
// leaving the seller role says seller_id: null), which changes end the person's sessions, the
// console's copy of the server's user rules (backend/auth/UserValidator: the same cases accepted and
// refused), the generated passwords, and the user list's query.

#include "TestJson.h"

#include "models/dto/Seller.h"
#include "models/dto/UserAccount.h"
#include "models/people/PasswordGenerator.h"
#include "models/people/UserFilter.h"
#include "models/people/UserRules.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace md::models;

namespace {

const char* SellerUserJson =
    R"json({"id": 12, "email": "seller1@marketdesk.kr", "role": "seller", "seller_id": 3,)json"
    R"json( "seller_name": "서울상회", "display_name": "김민수 (서울상회)", "disabled": false, "version": 4,)json"
    R"json( "created_at": "2025-01-02T03:04:05.678Z", "updated_at": "2025-02-03T04:05:06Z"})json";

QString repeated(const QString& text, int times)
{
    QString result;
    for (int i = 0; i < times; ++i)
        result += text;
    return result;
}

} // namespace

class TestPeopleDto : public QObject {
    Q_OBJECT
private slots:
    void parsesASellerUser()
    {
        QString error;
        const auto user = parseUserAccount(json(SellerUserJson), &error);
        QVERIFY2(user, qPrintable(error));
        QCOMPARE(user->id, 12);
        QCOMPARE(user->role, Role::Seller);
        QCOMPARE(user->sellerId, std::optional<qint64>(3));
        QCOMPARE(user->sellerName, QStringLiteral("서울상회"));
        QCOMPARE(user->displayName, QStringLiteral("김민수 (서울상회)"));
        QCOMPARE(user->preferredName(), QStringLiteral("김민수 (서울상회)"));
        QVERIFY(!user->disabled);
        QCOMPARE(user->version, 4);
        QCOMPARE(user->createdAt, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 678), Qt::UTC));
        QCOMPARE(user->updatedAt, QDateTime(QDate(2025, 2, 3), QTime(4, 5, 6), Qt::UTC));
    }

    void parsesAStaffUserWithoutName()
    {
        const auto user =
            parseUserAccount(json(R"({"id": 2, "email": "ops@marketdesk.kr", "role": "operator", "seller_id": null,
                     "seller_name": null, "display_name": "", "disabled": true, "version": 1,
                     "created_at": "2025-01-02T03:04:05Z", "updated_at": "2025-01-02T03:04:05Z"})"));
        QVERIFY(user);
        QVERIFY(!user->sellerId);
        QVERIFY(user->sellerName.isEmpty());
        QVERIFY(user->disabled);
        QCOMPARE(user->preferredName(), QStringLiteral("ops@marketdesk.kr"));
        QCOMPARE(userStatusCode(user->disabled), QStringLiteral("disabled"));
    }

    void rejectsBrokenUser_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("missing id") << "id" << QJsonValue(QJsonValue::Undefined) << "user.id: missing";
        QTest::newRow("unknown role") << "role" << QJsonValue(QStringLiteral("owner"))
                                      << "user.role: unknown role 'owner'";
        QTest::newRow("seller id as text")
            << "seller_id" << QJsonValue(QStringLiteral("3")) << "user.seller_id: expected an integer or null";
        QTest::newRow("missing version") << "version" << QJsonValue(QJsonValue::Undefined) << "user.version: missing";
        QTest::newRow("bad timestamp") << "created_at" << QJsonValue(QStringLiteral("yesterday"))
                                       << "user.created_at: not an RFC 3339 timestamp: yesterday";
        QTest::newRow("disabled as text")
            << "disabled" << QJsonValue(QStringLiteral("no")) << "user.disabled: expected a boolean";
    }
    void rejectsBrokenUser()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedError);
        QJsonObject object = json(SellerUserJson);
        if (value.isUndefined())
            object.remove(field);
        else
            object.insert(field, value);
        QString error;
        QVERIFY(!parseUserAccount(object, &error));
        QCOMPARE(error, expectedError);
    }

    void parsesSeller()
    {
        QString error;
        const auto seller =
            parseSeller(json(R"({"id": 7, "name": "부산 바다상회", "created_at": "2025-03-01T00:00:00Z"})"), &error);
        QVERIFY2(seller, qPrintable(error));
        QCOMPARE(seller->id, 7);
        QCOMPARE(seller->name, QStringLiteral("부산 바다상회"));
        QVERIFY(!parseSeller(json(R"({"id": 7, "created_at": "2025-03-01T00:00:00Z"})"), &error));
        QCOMPARE(error, QStringLiteral("seller.name: missing"));
        QCOMPARE(sellerCreateBody(QStringLiteral("  서울상회 ")),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("서울상회")}}));
    }

    void createBodyIsOneWholeUser()
    {
        NewUserAccount user;
        user.email = QStringLiteral("  new@marketdesk.kr ");
        user.password = QStringLiteral("  spaces count  ");
        user.role = Role::Seller;
        user.sellerId = 3;
        user.displayName = QStringLiteral(" 김민수 ");
        const QJsonObject body = userCreateBody(user);
        QCOMPARE(body.value(QStringLiteral("email")).toString(), QStringLiteral("new@marketdesk.kr"));
        QCOMPARE(body.value(QStringLiteral("password")).toString(), QStringLiteral("  spaces count  ")); // as typed
        QCOMPARE(body.value(QStringLiteral("role")).toString(), QStringLiteral("seller"));
        QCOMPARE(body.value(QStringLiteral("seller_id")).toInteger(), 3);
        QCOMPARE(body.value(QStringLiteral("display_name")).toString(), QStringLiteral("김민수"));

        user.role = Role::Support;
        user.sellerId.reset();
        user.displayName.clear();
        const QJsonObject staff = userCreateBody(user);
        QVERIFY(!staff.contains(QStringLiteral("seller_id")));
        QVERIFY(!staff.contains(QStringLiteral("display_name")));
    }

    void patchBodyHoldsOnlyChanges_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("role");
        QTest::addColumn<qint64>("sellerId"); // 0: none
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<bool>("endsSessions");
        // The original: a seller user of seller 3 named 김민수.
        QTest::newRow("nothing") << "김민수" << int(Role::Seller) << qint64(3) << QByteArray("{}") << false;
        QTest::newRow("spaces only") << " 김민수 " << int(Role::Seller) << qint64(3) << QByteArray("{}") << false;
        QTest::newRow("name") << "김민수 팀장" << int(Role::Seller) << qint64(3)
                              << QByteArray(R"({"display_name":"김민수 팀장"})") << false;
        QTest::newRow("other seller") << "김민수" << int(Role::Seller) << qint64(5) << QByteArray(R"({"seller_id":5})")
                                      << true;
        QTest::newRow("leaves the seller role") << "김민수" << int(Role::Support) << qint64(3)
                                                << QByteArray(R"({"role":"support","seller_id":null})") << true;
        QTest::newRow("to admin, seller left behind")
            << "김민수" << int(Role::Admin) << qint64(0) << QByteArray(R"({"role":"admin","seller_id":null})") << true;
    }
    void patchBodyHoldsOnlyChanges()
    {
        QFETCH(QString, name);
        QFETCH(int, role);
        QFETCH(qint64, sellerId);
        QFETCH(QByteArray, expected);
        QFETCH(bool, endsSessions);
        const UserProfile original{QStringLiteral("김민수"), Role::Seller, 3};
        const UserProfile edited{name, Role(role), sellerId ? std::optional<qint64>(sellerId) : std::nullopt};
        QCOMPARE(QJsonDocument(userProfilePatchBody(original, edited)).toJson(QJsonDocument::Compact), expected);
        QCOMPARE(profileChangeEndsSessions(original, edited), endsSessions);
    }

    void becomingASellerSendsTheSeller()
    {
        const UserProfile original{QString(), Role::Customer, std::nullopt};
        const UserProfile edited{QString(), Role::Seller, 9};
        QCOMPARE(QJsonDocument(userProfilePatchBody(original, edited)).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"role":"seller","seller_id":9})"));
        QVERIFY(profileChangeEndsSessions(original, edited));
    }

    // The cases of the server's own tests (tests/auth/UsersTest.cpp createValidates) and its rules.
    void emailRules_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("plain") << "name@example.com" << true;
        QTest::newRow("surrounding spaces are trimmed") << "  name@example.com " << true;
        QTest::newRow("Korean domain") << "민수@예시.한국" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("without @") << "nobody" << false;
        QTest::newRow("without domain dot") << "a@b" << false;
        QTest::newRow("with space") << "a b@c.kr" << false;
        QTest::newRow("two @") << "a@b@c.kr" << false;
        QTest::newRow("empty local part") << "@c.kr" << false;
        QTest::newRow("domain starts with dot") << "a@.c.kr" << false;
        QTest::newRow("domain ends with dot") << "a@c.kr." << false;
        QTest::newRow("double dot") << "a@c..kr" << false;
        QTest::newRow("local part of 64 bytes") << (QString(64, QLatin1Char('a')) + QStringLiteral("@c.kr")) << true;
        QTest::newRow("local part of 65 bytes") << (QString(65, QLatin1Char('a')) + QStringLiteral("@c.kr")) << false;
        QTest::newRow("22 Hangul are 66 bytes")
            << (repeated(QStringLiteral("가"), 22) + QStringLiteral("@c.kr")) << false;
        QTest::newRow("254 characters") << (QString(59, QLatin1Char('a')) + QLatin1Char('@') +
                                            repeated(QStringLiteral("b."), 96) + QStringLiteral("kr"))
                                        << true;
        QTest::newRow("255 characters") << (QString(60, QLatin1Char('a')) + QLatin1Char('@') +
                                            repeated(QStringLiteral("b."), 96) + QStringLiteral("kr"))
                                        << false;
        QTest::newRow("tab inside") << "a\tb@c.kr" << false;
    }
    void emailRules()
    {
        QFETCH(QString, email);
        QFETCH(bool, accepted);
        const QString problem = UserRules::emailProblem(email);
        QVERIFY2(problem.isEmpty() == accepted, qPrintable(problem));
    }

    void passwordRules_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("9 characters") << "123456789" << false;
        QTest::newRow("10 characters") << "1234567890" << true;
        QTest::newRow("10 Hangul (30 bytes)") << repeated(QStringLiteral("가"), 10) << true;
        QTest::newRow("9 Hangul (27 bytes)") << repeated(QStringLiteral("가"), 9) << false;
        QTest::newRow("5 emoji (10 UTF-16 units)") << repeated(QStringLiteral("😀"), 5) << false;
        QTest::newRow("1024 bytes") << QString(1024, QLatin1Char('x')) << true;
        QTest::newRow("1025 bytes") << QString(1025, QLatin1Char('x')) << false;
        QTest::newRow("342 Hangul (1026 bytes)") << repeated(QStringLiteral("가"), 342) << false;
    }
    void passwordRules()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        QCOMPARE(UserRules::passwordProblem(password).isEmpty(), accepted);
    }

    void otherRules()
    {
        QVERIFY(UserRules::displayNameProblem(repeated(QStringLiteral("김"), 200)).isEmpty());
        QVERIFY(!UserRules::displayNameProblem(repeated(QStringLiteral("김"), 201)).isEmpty());
        QVERIFY(!UserRules::displayNameProblem(QStringLiteral("a\x01b")).isEmpty());
        QVERIFY(UserRules::displayNameProblem(QStringLiteral("  ")).isEmpty());
        QVERIFY(!UserRules::sellerNameProblem(QStringLiteral("   ")).isEmpty());
        QVERIFY(UserRules::sellerNameProblem(QStringLiteral("서울상회")).isEmpty());
        QVERIFY(!UserRules::sellerNameProblem(repeated(QStringLiteral("상"), 201)).isEmpty());
        QVERIFY(!UserRules::roleProblem(std::nullopt).isEmpty());
        QVERIFY(!UserRules::sellerProblem(Role::Seller, std::nullopt).isEmpty());
        QVERIFY(UserRules::sellerProblem(Role::Seller, 3).isEmpty());
        QVERIFY(!UserRules::sellerProblem(Role::Admin, 3).isEmpty());
    }

    void everyProblemOfANewUserAtOnce()
    {
        NewUserAccount user;
        user.email = QStringLiteral("not-an-email");
        user.password = QStringLiteral("short");
        user.role = Role::Seller;
        const QMap<QString, QString> problems = UserRules::problemsOf(user);
        QCOMPARE(problems.keys(),
                 (QStringList{QStringLiteral("email"), QStringLiteral("password"), QStringLiteral("seller_id")}));
        user.email = QStringLiteral("new@marketdesk.kr");
        user.password = QStringLiteral("long enough now");
        user.sellerId = 3;
        QVERIFY(UserRules::problemsOf(user).isEmpty());
        user.role.reset(); // without a role, whether a seller belongs cannot be told yet
        QCOMPARE(UserRules::problemsOf(user).keys(), QStringList{QStringLiteral("role")});
        user.role = Role::Customer;
        QCOMPARE(UserRules::problemsOf(user).keys(), QStringList{QStringLiteral("seller_id")});
    }

    void generatedPasswordsAreStrongAndDifferent()
    {
        const QString alphabet = PasswordGenerator::alphabet();
        QCOMPARE(alphabet.size(), 57);
        for (const QChar lookalike : QStringLiteral("0O1lI"))
            QVERIFY(!alphabet.contains(lookalike));
        QSet<QString> seen;
        for (int i = 0; i < 300; ++i) {
            const QString password = PasswordGenerator::generate();
            QCOMPARE(password.size(), PasswordGenerator::kDefaultLength);
            QVERIFY(UserRules::passwordProblem(password).isEmpty());
            bool upper = false, lower = false, digit = false;
            for (const QChar c : password) {
                QVERIFY2(alphabet.contains(c), qPrintable(password));
                upper |= c.isUpper();
                lower |= c.isLower();
                digit |= c.isDigit();
            }
            QVERIFY2(upper && lower && digit, qPrintable(password));
            seen.insert(password);
        }
        QCOMPARE(seen.size(), 300);
        QCOMPARE(PasswordGenerator::generate(32).size(), 32);
        QCOMPARE(PasswordGenerator::generate(4).size(), 12); // never shorter than 12
    }

    void userFilterQuery()
    {
        UserFilter filter;
        QCOMPARE(filter.toQuery().toString(), QStringLiteral("sort=email"));
        filter.search = QStringLiteral("  김  민수 ");
        filter.role = Role::Seller;
        filter.disabled = false;
        filter.sortField = QStringLiteral("created_at");
        filter.descending = true;
        const QUrlQuery query = filter.toQuery();
        QCOMPARE(query.queryItemValue(QStringLiteral("q")), QStringLiteral("김 민수"));
        QCOMPARE(query.queryItemValue(QStringLiteral("role")), QStringLiteral("seller"));
        QCOMPARE(query.queryItemValue(QStringLiteral("disabled")), QStringLiteral("false"));
        QCOMPARE(query.queryItemValue(QStringLiteral("sort")), QStringLiteral("-created_at"));
    }
};

QTEST_GUILESS_MAIN(TestPeopleDto)
#include "TestPeopleDto.moc"

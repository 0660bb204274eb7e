#include "support/Fixtures.h"

#include "support/ServerCommand.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"
#include "support/TestSetupError.h"

#include <QRegularExpression>

#include <atomic>

namespace md::test {

namespace {

QString text(const std::string& value) { return QString::fromStdString(value); }

} // namespace

const std::string& Fixtures::password()
{
    static const std::string value = "Test-password-2024!";
    return value;
}

std::vector<Role> Fixtures::allRoles()
{
    return {Role::Admin, Role::SellerA, Role::SellerB, Role::Support, Role::Operator, Role::CustomerA, Role::CustomerB};
}

std::string Fixtures::roleTag(Role role)
{
    switch (role) {
    case Role::Admin: return "admin";
    case Role::SellerA: return "seller_a";
    case Role::SellerB: return "seller_b";
    case Role::Support: return "support";
    case Role::Operator: return "operator";
    case Role::CustomerA: return "customer_a";
    case Role::CustomerB: return "customer_b";
    }
    return "unknown";
}

Fixtures::Fixtures(TestDatabase& database, const ServerProcess& server) : m_database(database), m_server(server) {}

void Fixtures::seedStandardCast()
{
    pqxx::result sellers = m_database.execute(
        "INSERT INTO sellers (name) VALUES ('Seller A 서울상회'), ('Seller B Busan Goods') RETURNING id");
    m_sellerA = sellers[0][0].as<long long>();
    m_sellerB = sellers[1][0].as<long long>();

    const std::vector<CastMember> cast{
        {Role::Admin, "admin@test.marketdesk.kr", "admin", std::nullopt},
        {Role::SellerA, "seller.a@test.marketdesk.kr", "seller", m_sellerA},
        {Role::SellerB, "seller.b@test.marketdesk.kr", "seller", m_sellerB},
        {Role::Support, "support@test.marketdesk.kr", "support", std::nullopt},
        {Role::Operator, "operator@test.marketdesk.kr", "operator", std::nullopt},
        {Role::CustomerA, "customer.a@test.marketdesk.kr", "customer", std::nullopt},
        {Role::CustomerB, "customer.b@test.marketdesk.kr", "customer", std::nullopt},
    };
    for (CastMember member : cast) {
        QStringList arguments{QStringLiteral("create-user"), QStringLiteral("--email"), text(member.email),
                              QStringLiteral("--role"), text(member.roleName), QStringLiteral("--display-name"),
                              text("Test " + roleTag(member.role))};
        if (member.sellerId) arguments << QStringLiteral("--seller-id") << QString::number(*member.sellerId);
        ProcessResult result =
            ServerCommand::run(arguments, {{QStringLiteral("MARKETDESK_DATABASE_URL"), text(m_database.url())}},
                               QByteArray::fromStdString(password() + "\n"));
        auto created = QRegularExpression(QStringLiteral("created user (\\d+)")).match(result.standardOutput);
        if (!result.succeeded() || !created.hasMatch())
            throw TestSetupError(QStringLiteral("create-user %1 failed: %2").arg(text(member.email), result.describe()));
        member.userId = created.captured(1).toLongLong();
        m_cast[member.role] = member;
    }
}

const CastMember& Fixtures::member(Role role) const
{
    auto it = m_cast.find(role);
    if (it == m_cast.end()) throw TestSetupError(QStringLiteral("the standard cast is not seeded"));
    return it->second;
}

std::string Fixtures::loginAs(Role role)
{
    HttpClient client = m_server.client();
    HttpResponse response = client.post("/api/v1/auth/login", {{"email", member(role).email}, {"password", password()}});
    auto body = response.json();
    if (response.status != 200 || !body.is_object() || !body.contains("access_token"))
        throw TestSetupError(QStringLiteral("login as %1 failed: %2").arg(text(roleTag(role)), text(response.describe())));
    return body["access_token"].get<std::string>();
}

std::string Fixtures::token(Role role)
{
    auto it = m_tokens.find(role);
    if (it != m_tokens.end()) return it->second;
    return m_tokens[role] = loginAs(role);
}

HttpClient Fixtures::client(Role role) { return m_server.client(token(role)); }

HttpClient Fixtures::anonymousClient() const { return m_server.client(); }

nlohmann::json Fixtures::createProduct(Role owner, const nlohmann::json& fields)
{
    static std::atomic<int> counter{0};
    const int number = counter.fetch_add(1);
    nlohmann::json body = {{"sku", "FX-" + roleTag(owner) + "-" + std::to_string(number)},
                           {"title", "Fixture product " + std::to_string(number)},
                           {"description", "Created by the test fixtures"},
                           {"category", "fixtures"},
                           {"price_cents", 12000},
                           {"currency", "KRW"},
                           {"status", "active"}};
    if (owner == Role::Admin) body["seller_id"] = m_sellerA;
    for (auto it = fields.begin(); it != fields.end(); ++it) body[it.key()] = it.value();

    HttpClient http = client(owner);
    HttpResponse response = http.post("/api/v1/products", body);
    if (response.status != 201 || !response.json().is_object())
        throw TestSetupError(QStringLiteral("createProduct as %1 failed: %2")
                                 .arg(text(roleTag(owner)), text(response.describe())));
    return response.json();
}

void Fixtures::setStock(Role actor, long long productId, long long onHand)
{
    std::string current =
        m_database.scalar("SELECT on_hand FROM inventory WHERE product_id = " + std::to_string(productId));
    long long delta = onHand - (current.empty() ? 0 : std::stoll(current));
    if (delta == 0) return;
    HttpClient http = client(actor);
    HttpResponse response = http.post("/api/v1/inventory/" + std::to_string(productId) + "/adjustments",
                                      {{"delta", delta}, {"reason", "test fixture stock level"}});
    if (response.status / 100 != 2)
        throw TestSetupError(QStringLiteral("setStock(%1, %2) failed: %3")
                                 .arg(productId)
                                 .arg(onHand)
                                 .arg(text(response.describe())));
}

} // namespace md::test

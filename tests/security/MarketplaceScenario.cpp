#include "MarketplaceScenario.h"

#include "support/TestSetupError.h"

#include <QString>

namespace md::test {

namespace {

long long idOf(const HttpResponse& response, const char* what)
{
    auto body = response.json();
    if (response.status / 100 != 2 || !body.is_object() || !body.contains("id") || !body["id"].is_number_integer())
        throw TestSetupError(QStringLiteral("%1 failed: %2").arg(QLatin1String(what), QString::fromStdString(response.describe())));
    return body["id"].get<long long>();
}

} // namespace

MarketplaceScenario::MarketplaceScenario(Fixtures& fixtures) : m_fixtures(fixtures) {}

nlohmann::json MarketplaceScenario::shippingAddress()
{
    return {{"name", "김민수"}, {"phone", "+82 10-1234-5678"}, {"line1", "세종대로 110"}, {"city", "서울"},
            {"postal_code", "04524"}, {"country", "KR"}};
}

void MarketplaceScenario::build()
{
    nlohmann::json product = m_fixtures.createProduct(Role::SellerA, {{"title", "Security scenario product"}});
    m_product = product["id"].get<long long>();
    m_productSku = product["sku"].get<std::string>();
    m_fixtures.setStock(Role::SellerA, m_product, 100000);
    m_order = freshOrder();
}

long long MarketplaceScenario::freshProduct(Role owner)
{
    return m_fixtures.createProduct(owner, {{"title", "Fresh product " + std::to_string(nextNumber())}})["id"].get<long long>();
}

long long MarketplaceScenario::freshOrder()
{
    HttpClient customer = m_fixtures.client(Role::CustomerA);
    return idOf(customer.post("/api/v1/orders", {{"items", {{{"product_id", m_product}, {"quantity", 1}}}},
                                                 {"shipping_address", shippingAddress()}}),
                "placing an order");
}

long long MarketplaceScenario::freshPaidOrder()
{
    long long order = freshOrder();
    HttpClient admin = m_fixtures.client(Role::Admin);
    HttpResponse paid = admin.post("/api/v1/orders/" + std::to_string(order) + "/transitions", {{"to", "paid"}});
    if (paid.status / 100 != 2)
        throw TestSetupError(QStringLiteral("marking an order paid failed: %1").arg(QString::fromStdString(paid.describe())));
    return order;
}

long long MarketplaceScenario::freshUser()
{
    HttpClient admin = m_fixtures.client(Role::Admin);
    return idOf(admin.post("/api/v1/users", {{"email", "fresh" + std::to_string(nextNumber()) + "@test.marketdesk.kr"},
                                             {"password", Fixtures::password()},
                                             {"role", "customer"}}),
                "creating a user");
}

std::string MarketplaceScenario::freshRefreshToken(Role role)
{
    HttpClient client = m_fixtures.anonymousClient();
    HttpResponse login = client.post("/api/v1/auth/login",
                                     {{"email", m_fixtures.member(role).email}, {"password", Fixtures::password()}});
    auto body = login.json();
    if (login.status != 200 || !body.is_object() || !body.contains("refresh_token"))
        throw TestSetupError(QStringLiteral("login for a refresh token failed: %1").arg(QString::fromStdString(login.describe())));
    return body["refresh_token"].get<std::string>();
}

} // namespace md::test

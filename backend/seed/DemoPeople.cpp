#include "seed/DemoPeople.h"

#include <stdexcept>

namespace md::seed {

DemoPeople::DemoPeople(DemoRandom random, const std::map<std::string, long long>& existingUsers)
    : m_random(random), m_existingUsers(existingUsers)
{
    for (const auto& [email, id] : existingUsers) m_takenEmails.insert(email);
}

long long DemoPeople::addStaff(DemoDataSet& data, const std::string& email, const std::string& role,
                               const std::string& displayName, long long& nextUserId)
{
    DemoUser user;
    user.email = email;
    user.role = role;
    user.displayName = displayName;
    user.createdAt = data.now - 400 * kMicrosPerDay + m_random.between(0, kMicrosPerDay);
    if (auto existing = m_existingUsers.find(email); existing != m_existingUsers.end()) {
        user.id = existing->second;
        user.alreadyExisted = true;
    } else {
        user.id = nextUserId++;
    }
    data.users.push_back(user);
    return user.id;
}

void DemoPeople::generate(DemoDataSet& data, int customerCount, long long firstSellerId, long long firstUserId)
{
    long long nextUserId = firstUserId;
    data.adminUserId = addStaff(data, "admin@marketdesk.kr", "admin", "마켓데스크 관리자", nextUserId);
    data.supportUserId = addStaff(data, "support@marketdesk.kr", "support", "고객지원팀 이수진", nextUserId);
    data.operatorUserId = addStaff(data, "ops@marketdesk.kr", "operator", "운영팀 박성민", nextUserId);

    const auto& profiles = demoSellers();
    for (std::size_t i = 0; i < profiles.size(); ++i) {
        const auto& profile = profiles[i];
        DemoSeller seller;
        seller.id = firstSellerId + static_cast<long long>(i);
        seller.name = profile.name;
        seller.code = profile.code;
        seller.categories = profile.categories;
        seller.weight = profile.weight;
        seller.createdAt = data.now - m_random.between(200, 380) * kMicrosPerDay - m_random.between(0, kMicrosPerDay);

        DemoUser manager;
        manager.email = "seller" + std::to_string(i + 1) + "@marketdesk.kr";
        if (m_existingUsers.count(manager.email))
            throw std::runtime_error(manager.email + " already exists; seed-demo needs a database without demo accounts");
        manager.id = nextUserId++;
        manager.role = "seller";
        manager.sellerId = seller.id;
        manager.displayName = profile.managerName + " (" + profile.name + ")";
        manager.createdAt = seller.createdAt + m_random.between(kMicrosPerHour, 3 * kMicrosPerDay);
        seller.managerUserId = manager.id;
        data.sellers.push_back(seller);
        data.users.push_back(manager);
        m_takenEmails.insert(manager.email);
    }

    const auto& surnames = koreanSurnames();
    const auto& givenNames = koreanGivenNames();
    data.customerIndexes.reserve(static_cast<std::size_t>(customerCount));
    for (int i = 0; i < customerCount; ++i) {
        const auto& surname = surnames[m_random.skewed(surnames.size(), 1.8)];
        const auto& givenName = m_random.pick(givenNames);
        DemoUser customer;
        customer.id = nextUserId++;
        customer.role = "customer";
        customer.displayName = surname.hangul + givenName.hangul;
        customer.email = uniqueCustomerEmail(givenName, surname);
        customer.disabled = m_random.chance(0.01);
        customer.createdAt = data.now - m_random.between(31, 720) * kMicrosPerDay - m_random.between(0, kMicrosPerDay);
        data.customerIndexes.push_back(static_cast<std::uint32_t>(data.users.size()));
        data.users.push_back(std::move(customer));
    }
}

std::string DemoPeople::uniqueCustomerEmail(const NamePart& givenName, const NamePart& surname)
{
    const auto& domain = m_random.pick(emailDomains());
    std::string local;
    switch (m_random.between(0, 3)) {
    case 0: local = givenName.latin + "." + surname.latin; break;
    case 1: local = surname.latin + givenName.latin; break;
    case 2: local = givenName.latin + std::to_string(m_random.between(80, 99)); break; // birth year
    default: local = surname.latin + "." + givenName.latin + std::to_string(m_random.between(1, 999)); break;
    }
    std::string email = local + "@" + domain;
    for (int suffix = 2; m_takenEmails.count(email); ++suffix) email = local + std::to_string(suffix) + "@" + domain;
    m_takenEmails.insert(email);
    return email;
}

} // namespace md::seed

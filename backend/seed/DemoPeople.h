#pragma once
// The people of the demo marketplace: the staff accounts (admin, support, operator), one seller
// account per shop, and customers with Korean names and plausible e-mail addresses.

#include "seed/DemoDataSet.h"
#include "seed/DemoRandom.h"
#include "seed/DemoVocabulary.h"

#include <map>
#include <set>
#include <string>

namespace md::seed {

class DemoPeople {
public:
    // existingUsers: lower-cased e-mail -> id of the accounts already in the database. Staff
    // accounts found there are reused; customers avoid those addresses; a seller account's address
    // being taken is an error (the caller asked for a fresh demo).
    DemoPeople(DemoRandom random, const std::map<std::string, long long>& existingUsers);

    void generate(DemoDataSet& data, int customerCount, long long firstSellerId, long long firstUserId);

private:
    long long addStaff(DemoDataSet& data, const std::string& email, const std::string& role,
                       const std::string& displayName, long long& nextUserId);
    std::string uniqueCustomerEmail(const NamePart& givenName, const NamePart& surname);

    DemoRandom m_random;
    const std::map<std::string, long long>& m_existingUsers;
    std::set<std::string> m_takenEmails;
};

} // namespace md::seed

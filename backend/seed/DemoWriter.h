#pragma once
// Writes a generated DemoDataSet into the database with COPY (pqxx::stream_to), one table after
// the other in foreign-key order, all inside the caller's transaction. Derived text (order numbers,
// shipping addresses, order timelines) is produced here, row by row, so it never sits in memory
// for a million orders at once.

#include "seed/DemoDataSet.h"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include <string>

namespace md::seed {

struct DemoRowCounts {
    std::size_t users = 0; // written (accounts that already existed are not counted)
    std::size_t orderEvents = 0;
};

class DemoWriter {
public:
    DemoWriter(pqxx::work& transaction, const DemoDataSet& data, std::string passwordHash);

    DemoRowCounts writeAll();

private:
    void writeSellers();
    void writeUsers();
    void writeProducts();
    void writeInventory();
    void writeOrders();
    void writeOrderItems();
    void writeOrderEvents();
    void writeNotes();
    void writeRefunds();
    void writeMovements();

    std::string shippingAddress(const DemoOrder& order) const;
    nlohmann::json restockJson(const DemoRefund& refund) const;

    pqxx::work& m_transaction;
    const DemoDataSet& m_data;
    std::string m_passwordHash;
    DemoRowCounts m_counts;
};

} // namespace md::seed

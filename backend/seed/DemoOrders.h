#pragma once
// Thirty days of orders across every state (placed, paid, shipped, delivered, cancelled, refunded,
// partially refunded), with the timelines, refunds, notes and inventory movements they imply.
// Each order is simulated step by step up to "now", so its timestamps, its status and the stock
// movements always agree: reserved stock is what placed and paid orders hold, and on_hand falls
// with every shipment.

#include "seed/DemoDataSet.h"
#include "seed/DemoRandom.h"

namespace md::seed {

class DemoOrders {
public:
    explicit DemoOrders(DemoRandom random) : m_random(random) {}

    void generate(DemoDataSet& data, int orderCount, long long firstOrderId, long long firstItemId,
                  long long firstRefundId, long long firstNoteId);
    // Gives each product its starting stock and, for low and sold-out ones, a closing stock count,
    // so that on_hand never drops below reserved at any point of the history.
    void settleInventory(DemoDataSet& data);

private:
    std::vector<Micros> orderTimes(int count, Micros now);
    void simulate(DemoDataSet& data, std::uint32_t orderIndex, long long& nextRefundId, DemoRandom& random);
    void addNotes(DemoDataSet& data, std::uint32_t orderIndex, long long& nextNoteId, DemoRandom& random);
    void move(DemoDataSet& data, std::uint32_t productIndex, Micros at, int delta, int reservedDelta,
              MovementReason reason, long long orderId, long long actorUserId);

    DemoRandom m_random;
};

} // namespace md::seed

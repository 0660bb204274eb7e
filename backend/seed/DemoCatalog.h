#pragma once
// The demo products: Korean titles made of brand, descriptor, item and option ("[무료배송] 나이키
// 경량 러닝화 270mm"), descriptions, prices that fit the category, SKUs, attributes, and the stock
// level each product should end at (some low, some sold out).

#include "seed/DemoDataSet.h"
#include "seed/DemoRandom.h"

namespace md::seed {

class DemoCatalog {
public:
    explicit DemoCatalog(DemoRandom random) : m_random(random) {}

    void generate(DemoDataSet& data, int productCount, long long firstProductId);

private:
    long long price(long long low, long long high);
    std::string description(const std::string& brand, const std::string& descriptor, const std::string& item,
                            std::size_t categoryIndex);
    void chooseStockTarget(DemoProduct& product, std::size_t categoryIndex);

    DemoRandom m_random;
};

} // namespace md::seed

#include "seed/DemoCatalog.h"

#include "seed/DemoVocabulary.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace md::seed {

namespace {

std::string skuFor(const std::string& sellerCode, const std::string& categoryCode, long long sequence)
{
    char text[48];
    std::snprintf(text, sizeof text, "%s-%s-%06lld", sellerCode.c_str(), categoryCode.c_str(), sequence);
    return text;
}

// A plausible (not registered) ISBN-13 with a correct check digit, in the 979-11 Korean range.
std::string isbnFor(DemoRandom& random)
{
    std::string digits = "97911" + std::to_string(random.between(1000000, 9999999));
    int sum = 0;
    for (std::size_t i = 0; i < 12; ++i) sum += (digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
    digits += static_cast<char>('0' + (10 - sum % 10) % 10);
    return digits.substr(0, 3) + "-" + digits.substr(3, 2) + "-" + digits.substr(5, 4) + "-" + digits.substr(9, 3) +
           "-" + digits.substr(12);
}

} // namespace

long long DemoCatalog::price(long long low, long long high)
{
    long long value = m_random.between(low, high);
    // Korean shops price at x,900 or round thousands; cheap items at hundreds.
    if (value >= 10000) {
        value = (value + 500) / 1000 * 1000;
        if (m_random.chance(0.7)) value -= 100;
    } else {
        value = (value + 50) / 100 * 100;
    }
    return std::max(value, 100LL);
}

std::string DemoCatalog::description(const std::string& brand, const std::string& descriptor, const std::string& item,
                                     std::size_t categoryIndex)
{
    const auto& category = demoCategories()[categoryIndex];
    std::string text = brand + "의 " + descriptor + " " + item + "입니다.";
    std::size_t first = static_cast<std::size_t>(m_random.between(0, static_cast<long long>(category.sentences.size()) - 1));
    std::size_t count = static_cast<std::size_t>(m_random.between(2, 3));
    for (std::size_t i = 0; i < count && i < category.sentences.size(); ++i)
        text += " " + category.sentences[(first + i) % category.sentences.size()];
    text += "\n\n" + m_random.pick(shippingSentences());
    return text;
}

void DemoCatalog::chooseStockTarget(DemoProduct& product, std::size_t categoryIndex)
{
    const auto& category = demoCategories()[categoryIndex];
    const double roll = m_random.unit();
    product.lowStockThreshold = roll < 0.7 ? 5 : roll < 0.9 ? 10 : 3;
    if (product.status == catalog::Product::kArchived) {
        product.targetAvailable = 0;
        product.settleToTarget = true;
        return;
    }
    const double stockRoll = m_random.unit();
    if (stockRoll < 0.06) { // sold out
        product.targetAvailable = 0;
        product.settleToTarget = true;
    } else if (stockRoll < 0.16) { // running low
        product.targetAvailable = static_cast<int>(m_random.between(1, product.lowStockThreshold));
        product.settleToTarget = true;
    } else {
        product.targetAvailable = static_cast<int>(m_random.between(category.typicalStockLow, category.typicalStockHigh));
    }
}

void DemoCatalog::generate(DemoDataSet& data, int productCount, long long firstProductId)
{
    const auto& categories = demoCategories();
    std::vector<double> sellerWeights;
    for (const auto& seller : data.sellers) sellerWeights.push_back(seller.weight);
    std::vector<long long> skuSequence(data.sellers.size(), 0);

    data.products.reserve(static_cast<std::size_t>(productCount));
    for (int i = 0; i < productCount; ++i) {
        DemoProduct product;
        product.id = firstProductId + i;
        product.sellerIndex = static_cast<std::uint32_t>(m_random.weighted(sellerWeights));
        const auto& seller = data.sellers[product.sellerIndex];
        const std::size_t categoryIndex = m_random.pick(seller.categories);
        product.categoryIndex = static_cast<std::uint32_t>(categoryIndex);
        const auto& category = categories[categoryIndex];

        const auto& item = m_random.pick(category.items);
        const auto& brand = m_random.pick(item.brands.empty() ? category.brands : item.brands);
        const auto& descriptor = m_random.pick(item.descriptors.empty() ? category.descriptors : item.descriptors);
        std::string option = item.options.empty() ? std::string() : m_random.pick(item.options);

        std::string title;
        if (m_random.chance(0.3)) title = m_random.pick(titlePrefixes()) + " ";
        title += brand + " " + descriptor + " " + item.name;
        if (!option.empty()) title += " " + option;
        product.title = std::move(title);
        product.sku = skuFor(seller.code, category.code, ++skuSequence[product.sellerIndex]);
        product.description = description(brand, descriptor, item.name, categoryIndex);
        product.priceCents = price(item.minPrice, item.maxPrice);
        if (m_random.chance(0.3)) {
            long long compareAt = product.priceCents * m_random.between(112, 160) / 100;
            product.compareAtCents = (compareAt + 999) / 1000 * 1000;
        }
        const double statusRoll = m_random.unit();
        product.status = statusRoll < 0.86 ? catalog::Product::kActive
                         : statusRoll < 0.95 ? catalog::Product::kDraft
                                             : catalog::Product::kArchived;

        nlohmann::json attributes = {{"brand", brand}};
        if (!option.empty()) attributes["option"] = option;
        for (const auto& [name, value] : item.attributes) attributes[name] = value;
        for (std::size_t a = 0; a < category.attributes.size(); ++a)
            if (!attributes.contains(category.attributes[a]))
                attributes[category.attributes[a]] = m_random.pick(category.attributeValues[a]);
        if (category.code == "BK") attributes["isbn"] = isbnFor(m_random);
        if (category.code == "EL") attributes["model"] = seller.code + "-" + std::to_string(m_random.between(1000, 9999));
        product.attributesJson = attributes.dump();

        // Products exist well before the 30 days of orders; some were edited since.
        product.createdAt = std::max(seller.createdAt + kMicrosPerDay,
                                     data.now - m_random.between(31, 180) * kMicrosPerDay) +
                            m_random.between(0, kMicrosPerDay - 1);
        product.version = 1;
        product.updatedAt = product.createdAt;
        const int edits = static_cast<int>(m_random.weighted({0.55, 0.25, 0.12, 0.08}));
        for (int edit = 0; edit < edits; ++edit) {
            product.updatedAt += m_random.between(kMicrosPerHour, 20 * kMicrosPerDay);
            ++product.version;
        }
        if (product.updatedAt > data.now - kMicrosPerHour) product.updatedAt = data.now - kMicrosPerHour;
        chooseStockTarget(product, categoryIndex);
        data.products.push_back(std::move(product));
    }
}

} // namespace md::seed

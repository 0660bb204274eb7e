#pragma once
// The words the demo marketplace is made of: categories with their brands, items, options and
// sensible KRW price ranges; the sellers; Korean names with romanisations for e-mail addresses;
// addresses, carriers, and the reasons and notes people write. Data only.

#include <string>
#include <vector>

namespace md::seed {

struct ItemTemplate {
    std::string name;
    long long minPrice; // KRW
    long long maxPrice;
    std::vector<std::string> options; // the variant in the title ("270mm", "블랙", "2kg"); may be empty
    std::vector<std::string> brands;  // who makes this kind of item; empty: the category's brands
    // Facts of the item itself ({"origin", "제주산"}); when present they replace the category's
    // generic attributes, which would contradict them.
    std::vector<std::pair<std::string, std::string>> attributes = {};
    std::vector<std::string> descriptors = {}; // empty: the category's descriptors
};

struct CategoryVocabulary {
    std::string name; // as stored in products.category
    std::string code; // in SKUs
    std::vector<std::string> brands;
    std::vector<std::string> descriptors;
    std::vector<ItemTemplate> items;
    std::vector<std::string> sentences;  // description material
    std::vector<std::string> attributes; // extra attribute names filled from attributeValues
    std::vector<std::vector<std::string>> attributeValues;
    int typicalStockLow;
    int typicalStockHigh;
};

struct SellerProfile {
    std::string name;
    std::string code;
    std::vector<std::size_t> categories; // indexes into demoCategories()
    double weight;                       // share of products and orders
    std::string managerName;
};

struct NamePart {
    std::string hangul;
    std::string latin;
};

struct Carrier {
    std::string name;
    char firstDigit;
    int digits;
};

struct AddressArea {
    std::string city;
    std::string district;
    std::string road;
    int postalCodeLow;
    int postalCodeHigh;
};

const std::vector<CategoryVocabulary>& demoCategories();
const std::vector<SellerProfile>& demoSellers();
const std::vector<NamePart>& koreanSurnames();
const std::vector<NamePart>& koreanGivenNames();
const std::vector<std::string>& emailDomains();
const std::vector<Carrier>& carriers();
const std::vector<AddressArea>& addressAreas();
const std::vector<std::string>& titlePrefixes();
const std::vector<std::string>& deliveryMemos();
const std::vector<std::string>& customerCancelReasons();
const std::vector<std::string>& sellerCancelReasons();
// 0-3: the goods come back and go on the shelf again; 4-6: damaged or missing, nothing comes back;
// 7-8: refunds before anything was shipped.
const std::vector<std::string>& refundReasons();
const std::vector<std::string>& orderNotes();
const std::vector<std::string>& shippingSentences();

} // namespace md::seed

#include "seed/DemoVocabulary.h"

#include <nlohmann/json.hpp>

namespace md::seed {

namespace {

using nlohmann::ordered_json;

// A list of words: written out, or the name of one of the document's shared "lists".
std::vector<std::string> words(const ordered_json& value, const ordered_json& lists)
{
    return (value.is_string() ? lists.at(value.get<std::string>()) : value).get<std::vector<std::string>>();
}

std::vector<std::string> wordsOr(const ordered_json& object, const char* key, const ordered_json& lists)
{
    return object.contains(key) ? words(object.at(key), lists) : std::vector<std::string>{};
}

ItemTemplate itemFrom(const ordered_json& item, const ordered_json& lists)
{
    ItemTemplate result{item.at("name").get<std::string>(), item.at("price").at(0).get<long long>(),
                        item.at("price").at(1).get<long long>(), wordsOr(item, "options", lists),
                        wordsOr(item, "brands", lists)};
    if (item.contains("attributes")) {
        for (const auto& [name, value] : item.at("attributes").items())
            result.attributes.emplace_back(name, value.get<std::string>());
    }
    result.descriptors = wordsOr(item, "descriptors", lists);
    return result;
}

// The categories are data (seed/DemoVocabulary.json, compiled in): read once, when the seeder first
// asks. The document's key order is kept (ordered_json), since the generators pick by index.
std::vector<CategoryVocabulary> buildCategories()
{
    const ordered_json document = ordered_json::parse(demoVocabularyDocument());
    const ordered_json& lists = document.at("lists");
    std::vector<CategoryVocabulary> categories;
    for (const auto& category : document.at("categories")) {
        CategoryVocabulary vocabulary{};
        vocabulary.name = category.at("name").get<std::string>();
        vocabulary.code = category.at("code").get<std::string>();
        vocabulary.brands = words(category.at("brands"), lists);
        vocabulary.descriptors = words(category.at("descriptors"), lists);
        for (const auto& item : category.at("items")) vocabulary.items.push_back(itemFrom(item, lists));
        vocabulary.sentences = words(category.at("sentences"), lists);
        if (category.contains("attributes")) {
            for (const auto& [name, values] : category.at("attributes").items()) {
                vocabulary.attributes.push_back(name);
                vocabulary.attributeValues.push_back(words(values, lists));
            }
        }
        vocabulary.typicalStockLow = category.at("typical_stock").at(0).get<int>();
        vocabulary.typicalStockHigh = category.at("typical_stock").at(1).get<int>();
        categories.push_back(std::move(vocabulary));
    }
    return categories;
}

} // namespace

const std::vector<CategoryVocabulary>& demoCategories()
{
    static const std::vector<CategoryVocabulary> categories = buildCategories();
    return categories;
}

const std::vector<SellerProfile>& demoSellers()
{
    // Category indexes follow demoCategories(): 0 패션의류, 1 뷰티, 2 식품, 3 가전디지털, 4 생활용품,
    // 5 스포츠/레저, 6 도서, 7 완구/취미, 8 반려동물, 9 가구/인테리어.
    static const std::vector<SellerProfile> sellers = {
        {"한빛패션", "HB", {0}, 1.6, "박지훈"},
        {"글로우뷰티", "GB", {1}, 1.3, "최수아"},
        {"제주신선마켓", "JS", {2}, 1.4, "고민석"},
        {"테크마루", "TM", {3}, 1.1, "이도현"},
        {"살림공방", "SG", {4, 9}, 1.2, "정하은"},
        {"산들스포츠", "SD", {5}, 0.8, "강태윤"},
        {"책방오늘", "CB", {6, 7}, 0.9, "윤서진"},
        {"멍냥상회", "MN", {8}, 0.7, "한예린"},
    };
    return sellers;
}

const std::vector<NamePart>& koreanSurnames()
{
    // Roughly in order of frequency; the generator favours the front of the list.
    static const std::vector<NamePart> names = {
        {"김", "kim"},   {"이", "lee"},   {"박", "park"},  {"최", "choi"},  {"정", "jung"}, {"강", "kang"},
        {"조", "cho"},   {"윤", "yoon"},  {"장", "jang"},  {"임", "lim"},   {"한", "han"},  {"오", "oh"},
        {"서", "seo"},   {"신", "shin"},  {"권", "kwon"},  {"황", "hwang"}, {"안", "ahn"},  {"송", "song"},
        {"류", "ryu"},   {"전", "jeon"},  {"홍", "hong"},  {"고", "ko"},    {"문", "moon"}, {"양", "yang"},
        {"손", "son"},   {"배", "bae"},   {"백", "baek"},  {"허", "heo"},   {"유", "yoo"},  {"남", "nam"},
        {"심", "shim"},  {"노", "noh"},   {"하", "ha"},    {"곽", "kwak"},  {"성", "sung"}, {"차", "cha"},
        {"주", "joo"},   {"우", "woo"},   {"구", "koo"},   {"민", "min"},
    };
    return names;
}

const std::vector<NamePart>& koreanGivenNames()
{
    static const std::vector<NamePart> names = {
        {"민준", "minjun"},   {"서연", "seoyeon"},   {"도윤", "doyun"},     {"지우", "jiwoo"},
        {"하준", "hajun"},    {"서윤", "seoyun"},    {"시우", "siwoo"},     {"하은", "haeun"},
        {"주원", "juwon"},    {"지민", "jimin"},     {"예준", "yejun"},     {"수아", "sua"},
        {"지호", "jiho"},     {"지유", "jiyu"},      {"준서", "junseo"},    {"채원", "chaewon"},
        {"건우", "geonwoo"},  {"다은", "daeun"},     {"현우", "hyunwoo"},   {"예린", "yerin"},
        {"우진", "woojin"},   {"소율", "soyul"},     {"선우", "sunwoo"},    {"윤서", "yunseo"},
        {"유준", "yujun"},    {"지아", "jia"},       {"연우", "yeonwoo"},   {"민서", "minseo"},
        {"은우", "eunwoo"},   {"하린", "harin"},     {"정우", "jungwoo"},   {"수빈", "subin"},
        {"승현", "seunghyun"}, {"예은", "yeeun"},    {"재원", "jaewon"},    {"지원", "jiwon"},
        {"동현", "donghyun"}, {"수진", "sujin"},     {"성민", "sungmin"},   {"혜진", "hyejin"},
        {"영호", "youngho"},  {"미경", "mikyung"},   {"상철", "sangcheol"}, {"은정", "eunjung"},
        {"경수", "kyungsoo"}, {"현정", "hyunjung"},  {"태호", "taeho"},     {"유진", "yujin"},
    };
    return names;
}

const std::vector<std::string>& emailDomains()
{
    // Reserved example domains (RFC 2606): plausible, and never someone's real mailbox.
    static const std::vector<std::string> domains = {"example.com", "example.net", "example.org", "mail.example.com"};
    return domains;
}

const std::vector<Carrier>& carriers()
{
    static const std::vector<Carrier> list = {
        {"CJ대한통운", '6', 12}, {"한진택배", '5', 12}, {"롯데택배", '2', 12}, {"우체국택배", '6', 13}};
    return list;
}

const std::vector<AddressArea>& addressAreas()
{
    static const std::vector<AddressArea> areas = {
        {"서울특별시", "강남구", "테헤란로", 6100, 6299},         {"서울특별시", "마포구", "월드컵북로", 3900, 4099},
        {"서울특별시", "송파구", "올림픽로", 5500, 5699},         {"서울특별시", "관악구", "관악로", 8700, 8899},
        {"서울특별시", "노원구", "동일로", 1600, 1899},           {"서울특별시", "영등포구", "여의대로", 7200, 7399},
        {"부산광역시", "해운대구", "센텀중앙로", 48000, 48199},   {"부산광역시", "부산진구", "중앙대로", 47100, 47399},
        {"인천광역시", "연수구", "컨벤시아대로", 21900, 22099},   {"대구광역시", "수성구", "달구벌대로", 42000, 42299},
        {"대전광역시", "유성구", "대학로", 34100, 34299},         {"광주광역시", "서구", "상무중앙로", 61900, 62099},
        {"울산광역시", "남구", "삼산로", 44600, 44799},           {"세종특별자치시", "", "한누리대로", 30100, 30199},
        {"경기도", "성남시 분당구", "판교역로", 13400, 13699},    {"경기도", "수원시 영통구", "광교중앙로", 16500, 16699},
        {"경기도", "고양시 일산동구", "중앙로", 10300, 10499},    {"경기도", "용인시 수지구", "포은대로", 16800, 16999},
        {"강원특별자치도", "춘천시", "중앙로", 24200, 24399},     {"충청북도", "청주시 흥덕구", "가경로", 28400, 28599},
        {"전라북도", "전주시 완산구", "효자로", 54900, 55099},    {"경상남도", "창원시 성산구", "중앙대로", 51400, 51599},
        {"제주특별자치도", "제주시", "연북로", 63100, 63299},
    };
    return areas;
}

const std::vector<std::string>& titlePrefixes()
{
    static const std::vector<std::string> prefixes = {"[무료배송]", "[당일발송]", "[특가]", "[1+1]", "[오늘출발]",
                                                      "[단독]", "[신상품]"};
    return prefixes;
}

const std::vector<std::string>& deliveryMemos()
{
    static const std::vector<std::string> memos = {"문 앞에 놓아주세요", "부재 시 경비실에 맡겨주세요",
                                                   "배송 전에 연락 부탁드립니다", "택배함에 넣어주세요",
                                                   "파손 주의 부탁드립니다", "", "", ""};
    return memos;
}

const std::vector<std::string>& customerCancelReasons()
{
    static const std::vector<std::string> reasons = {"단순 변심", "옵션을 잘못 선택했어요", "다른 상품으로 다시 주문할게요",
                                                     "결제 수단 변경", "중복 주문", "배송이 너무 늦어요"};
    return reasons;
}

const std::vector<std::string>& sellerCancelReasons()
{
    static const std::vector<std::string> reasons = {"재고 부족으로 판매자 취소", "입금 기한 만료",
                                                     "배송 불가 지역", "상품 정보 오류로 판매 중지"};
    return reasons;
}

const std::vector<std::string>& refundReasons()
{
    static const std::vector<std::string> reasons = {
        "단순 변심 반품", "사이즈가 맞지 않음", "상품이 설명과 다름", "오배송",      "상품 불량",
        "배송 중 파손",   "구성품 누락",        "출고 전 환불 요청",  "품절로 인한 환불"};
    return reasons;
}

const std::vector<std::string>& orderNotes()
{
    static const std::vector<std::string> notes = {
        "고객 요청으로 배송지를 회사 주소로 변경했습니다.",
        "부재 시 경비실에 맡겨 달라는 요청이 있었습니다.",
        "선물 포장 요청. 메시지 카드 동봉 완료.",
        "고객이 출고 일정 문의 → 내일 오전 출고 예정 안내함.",
        "결제 확인 지연 건, PG사 확인 후 정상 처리.",
        "교환 문의가 있어 반품 절차를 안내했습니다.",
        "택배사 집하 지연으로 고객에게 사과 문자 발송.",
        "주소 상세가 누락되어 고객과 통화 후 보완했습니다.",
        "VIP 고객 — 다음 주문 시 샘플 동봉 예정.",
        "현관 비밀번호 전달받음 (배송 메모 참고).",
        "부분 환불 처리 후 고객에게 결과 안내 완료.",
        "판매자 확인: 재입고 일정 다음 주 화요일.",
    };
    return notes;
}

const std::vector<std::string>& shippingSentences()
{
    static const std::vector<std::string> sentences = {
        "평일 오후 2시 이전 주문은 당일 출고됩니다.", "5만 원 이상 구매 시 무료배송입니다.",
        "제주 및 도서산간 지역은 추가 배송비가 발생할 수 있습니다.", "주문 후 영업일 기준 2~3일 안에 받아 보실 수 있습니다.",
        "상품 수령 후 7일 이내에 교환 및 반품을 신청할 수 있습니다."};
    return sentences;
}

} // namespace md::seed

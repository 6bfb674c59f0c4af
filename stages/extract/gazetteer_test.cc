// The gazetteer: reading its rows, which place a shared name resolves to, and the built-in
// table's provinces (GeoNames first-level divisions) with the names left out as ambiguous.
#include "extract/gazetteer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/coder_dictionaries.h"
#include "extract/test_support.h"
#include "extract/tokenizer.h"

namespace tidings::extract {
namespace {

using ::testing::HasSubstr;

constexpr const char* kHeader = "name\tcountry\tlatitude\tlongitude\tpopulation\tkind\n";

struct Loaded {
  Lexicon lexicon;
  Gazetteer gazetteer;
  std::vector<std::string> warnings;
};

void Load(const std::string& rows, Loaded* out) {
  WarningSink sink(&out->warnings, "test.gaz");
  out->gazetteer.Load(std::string(kHeader) + rows, sink, &out->lexicon);
}

// The place a whole name resolves to; null when the name is not in the table.
const Place* Lookup(const Gazetteer& g, const Lexicon& lexicon, const std::string& name) {
  std::vector<Token> tokens;
  Tokenize(name, lexicon, &tokens);
  PhraseTrie::Match m = g.trie().Longest(0, tokens.size(), [&](size_t j) { return tokens[j].word; });
  return m.end == tokens.size() && m.end > 0 ? &g.place(m.value) : nullptr;
}

TEST(Gazetteer, ReadsProvinceRowsAndNamesTheKindsItKnows) {
  Loaded l;
  Load("Balochistan\tPAK\t28.5\t66.6\t1800000\tprovince\n"
       "Atlantis\tXXX\t0\t0\t0\tcontinent\n",
       &l);
  const Place* p = Lookup(l.gazetteer, l.lexicon, "Balochistan");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->kind, Place::kProvince);
  EXPECT_EQ(p->country, "PAK");
  EXPECT_DOUBLE_EQ(p->latitude, 28.5);
  EXPECT_EQ(p->population, 1800000);
  ASSERT_EQ(l.warnings.size(), 1u);
  EXPECT_THAT(l.warnings[0], HasSubstr("test.gaz:3"));
  EXPECT_THAT(l.warnings[0], HasSubstr("unknown kind 'continent' (country, capital, city or province)"));
  EXPECT_EQ(Lookup(l.gazetteer, l.lexicon, "Atlantis"), nullptr);
  // A province is no country: domestic actors may take its country, but it names none.
  EXPECT_FALSE(l.gazetteer.IsCountry("PAK"));
}

TEST(Gazetteer, ANameSharedByACityAndAProvinceIsTheCityWhicheverRowComesFirst) {
  for (bool province_first : {true, false}) {
    Loaded l;
    std::string city = "Idlib\tSYR\t35.93\t36.63\t128000\tcity\n";
    std::string province = "Idlib\tSYR\t35.86\t36.62\t400000\tprovince\n";
    Load(province_first ? province + city : city + province, &l);
    const Place* p = Lookup(l.gazetteer, l.lexicon, "Idlib");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->kind, Place::kCity) << province_first;
    // The governorate stays reachable for "Idlib province".
    int32_t index = static_cast<int32_t>(p - &l.gazetteer.place(0));
    const Place* governorate = l.gazetteer.ProvinceNamedLike(index);
    ASSERT_NE(governorate, nullptr) << province_first;
    EXPECT_EQ(governorate->kind, Place::kProvince);
    EXPECT_DOUBLE_EQ(governorate->latitude, 35.86);
  }
}

TEST(Gazetteer, ANameSeveralCountriesShareIsSettledOnlyByTheContext) {
  Loaded l;
  Load("Hamilton\tBMU\t32.29\t-64.78\t902\tcapital\n"
       "Hamilton\tCAN\t43.25\t-79.85\t519949\tcity\n"
       "Hamilton\tNZL\t-37.78\t175.28\t152641\tcity\n"
       "Kingston\tJAM\t17.99\t-76.79\t937700\tcapital\n"
       "Kingston\tCAN\t44.23\t-76.48\t132485\tcity\n",
       &l);
  const Gazetteer& g = l.gazetteer;
  auto index_of = [&](const std::string& name) {
    std::vector<Token> tokens;
    Tokenize(name, l.lexicon, &tokens);
    return g.trie().Longest(0, tokens.size(), [&](size_t j) { return tokens[j].word; }).value;
  };
  const int32_t hamilton = index_of("Hamilton");
  EXPECT_TRUE(g.Contested(hamilton)) << "Bermuda's capital is not Canada's Hamilton";
  auto only = [](std::string_view c) { return [c](std::string_view country) { return country == c; }; };
  ASSERT_NE(g.Settle(hamilton, only("CAN")), nullptr);
  EXPECT_EQ(g.Settle(hamilton, only("CAN"))->country, "CAN");
  EXPECT_EQ(g.Settle(hamilton, only("BMU"))->country, "BMU");
  EXPECT_EQ(g.Settle(hamilton, only("FRA")), nullptr);
  EXPECT_EQ(g.Settle(hamilton, [](std::string_view c) { return c == "CAN" || c == "NZL"; }), nullptr)
      << "two of them in context settle nothing";
  // Canada's Kingston is a seventh of Jamaica's capital: the name is Kingston, Jamaica.
  EXPECT_FALSE(g.Contested(index_of("Kingston")));
}

TEST(Gazetteer, SaintNamesAreFoundWrittenStAndNeverDisplaceANameTheTableWrites) {
  for (bool saint_first : {true, false}) {
    const std::string saint = "Saint John\tCAN\t45.27\t-66.06\t67575\tcity\n";
    const std::string written = "St John\tJEY\t49.25\t-2.13\t0\tprovince\n";
    Loaded l;
    Load((saint_first ? saint + written : written + saint) +
             "Saint Petersburg\tRUS\t59.94\t30.31\t5028000\tcity\n"
             "St. Catharines\tCAN\t43.17\t-79.24\t131989\tcity\n",
         &l);
    for (const char* name : {"Saint Petersburg", "St. Petersburg", "St Petersburg"}) {
      const Place* p = Lookup(l.gazetteer, l.lexicon, name);
      ASSERT_NE(p, nullptr) << name;
      EXPECT_EQ(p->country, "RUS") << name;
    }
    const Place* catharines = Lookup(l.gazetteer, l.lexicon, "St. Catharines");
    ASSERT_NE(catharines, nullptr) << "the sentence's tokens are ST . CATHARINES";
    EXPECT_EQ(catharines->country, "CAN");
    const Place* jersey = Lookup(l.gazetteer, l.lexicon, "St John");
    ASSERT_NE(jersey, nullptr);
    EXPECT_EQ(jersey->country, "JEY") << "saint first: " << saint_first;
    EXPECT_EQ(Lookup(l.gazetteer, l.lexicon, "Saint John")->country, "CAN");
  }
}

TEST(Gazetteer, AProvinceOfAnotherCountryIsNoCitysProvince) {
  Loaded l;
  Load("Georgia\tGEO\t42.3\t43.4\t0\tcountry\n"
       "Georgia\tUSA\t32.7\t-83.4\t10000000\tprovince\n"
       "Donetsk\tUKR\t48.0\t37.8\t900000\tcity\n"
       "Donetsk\tRUS\t48.3\t39.9\t50000\tprovince\n",
       &l);
  const Place* georgia = Lookup(l.gazetteer, l.lexicon, "Georgia");
  ASSERT_NE(georgia, nullptr);
  EXPECT_EQ(georgia->country, "GEO");
  EXPECT_EQ(georgia->kind, Place::kCountry);
  const Place* donetsk = Lookup(l.gazetteer, l.lexicon, "Donetsk");
  ASSERT_NE(donetsk, nullptr);
  EXPECT_EQ(donetsk->country, "UKR");
  for (int32_t i = 0; i < static_cast<int32_t>(l.gazetteer.size()); ++i) {
    EXPECT_EQ(l.gazetteer.ProvinceNamedLike(i), nullptr) << l.gazetteer.place(i).name;
  }
}

// The built-in table, as `tidings code` loads it with no dictionary files configured.
class BuiltinGazetteerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dict_ = new Dictionaries;
    std::vector<std::string> warnings;
    Status s = LoadDictionaries(CoderOptions{}, dict_, &warnings);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  static void TearDownTestSuite() {
    delete dict_;
    dict_ = nullptr;
  }
  static const Place* Find(const std::string& name) { return Lookup(dict_->gazetteer, dict_->lexicon, name); }
  static Dictionaries* dict_;
};
Dictionaries* BuiltinGazetteerTest::dict_ = nullptr;

TEST_F(BuiltinGazetteerTest, ProvincesInTheNewsResolveToTheirCountry) {
  const std::pair<const char*, const char*> expected[] = {
      {"Balochistan", "PAK"}, {"Baluchistan", "PAK"}, {"Khyber Pakhtunkhwa", "PAK"}, {"Ituri", "COD"},
      {"North Kivu", "COD"},  {"Rakhine", "MMR"},     {"Tigray", "ETH"},           {"Oromia", "ETH"},
      {"Xinjiang", "CHN"},    {"Borno", "NGA"},       {"Cabo Delgado", "MOZ"},     {"North Darfur", "SDN"},
      {"Northern Darfur", "SDN"}, {"Darfur", "SDN"},  {"Donbas", "UKR"},           {"Jammu and Kashmir", "IND"},
      {"Azad Kashmir", "PAK"}, {"Anbar", "IRQ"},      {"Hadramout", "YEM"},        {"Sindh", "PAK"},
      // Not the South African town of 66,000 or the Californian city: a foreign town a tenth
      // as populous gives its name up.
      {"Virginia", "USA"},    {"Ontario", "CAN"},
      // "Kashmir" alone is Indian or Pakistani; qualified, it is one of them.
      {"Indian-administered Kashmir", "IND"}, {"Indian Kashmir", "IND"}, {"Pakistan-administered Kashmir", "PAK"},
      {"Pakistani Kashmir", "PAK"},
      // Regions that are no GeoNames division (regions.tsv).
      {"Nagorno-Karabakh", "AZE"}, {"South Ossetia", "GEO"}, {"Puntland", "SOM"}, {"Mindanao", "PHL"},
  };
  for (const auto& [name, country] : expected) {
    const Place* p = Find(name);
    ASSERT_NE(p, nullptr) << name;
    EXPECT_EQ(p->country, country) << name;
    EXPECT_EQ(p->kind, Place::kProvince) << name;
  }
  // Names shared with a city of the same country resolve to the city, keeping the province.
  const Place* idlib = Find("Idlib");
  ASSERT_NE(idlib, nullptr);
  EXPECT_EQ(idlib->country, "SYR");
  const Place* donetsk = Find("Donetsk");  // also a small Russian town
  ASSERT_NE(donetsk, nullptr);
  EXPECT_EQ(donetsk->country, "UKR");
}

TEST_F(BuiltinGazetteerTest, AmbiguousProvinceNamesCreateNoFalseCountries) {
  // A country's name stays the country's, not a US or Nigerian state's.
  for (const auto& [name, country] : {std::pair{"Georgia", "GEO"}, {"Niger", "NER"}, {"Mexico", "MEX"}}) {
    const Place* p = Find(name);
    ASSERT_NE(p, nullptr) << name;
    EXPECT_EQ(p->country, country) << name;
    EXPECT_EQ(p->kind, Place::kCountry) << name;
  }
  // Shared by several countries (Punjab: India and Pakistan; Kurdistan: Iraq and Iran), words
  // (Central, Rivers, Jewish from "Jewish Autonomous Oblast", Chin from "Chin State"),
  // people (Guerrero, Hidalgo), demonyms (Somali, a region of Ethiopia) and names better known
  // elsewhere (Long Island and West End are Bahamian and Anguillan divisions too).
  for (const char* name : {"Punjab", "Kurdistan", "Kashmir", "Central", "North", "Eastern", "Western", "Northern",
                           "Rivers", "Plateau", "Jewish", "Chin", "Guerrero", "Hidalgo", "Somali",
                           "Central Region", "Eastern Province", "Lakes", "Unity", "Long Island", "West End",
                           "Gaza Province"}) {
    EXPECT_EQ(Find(name), nullptr) << name << " -> " << Find(name)->country;
  }
  // A bare word kept with its designator when that is distinctive.
  const Place* rivers = Find("Rivers State");
  ASSERT_NE(rivers, nullptr);
  EXPECT_EQ(rivers->country, "NGA");
}

TEST_F(BuiltinGazetteerTest, NoProvinceNameResolvesToAnotherCountry) {
  const Gazetteer& g = dict_->gazetteer;
  size_t provinces = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(g.size()); ++i) {
    const Place& p = g.place(i);
    if (p.kind != Place::kProvince) continue;
    ++provinces;
    EXPECT_TRUE(g.IsCountry(p.country)) << p.name << " " << p.country;
    if (p.name.find(".-") != std::string::npos) continue;  // "St.-Petersburg": GeoNames', never the news' spelling
    const Place* resolved = Find(p.name);
    EXPECT_NE(resolved, nullptr) << p.name;
    if (resolved) {
      EXPECT_EQ(resolved->country, p.country) << p.name;
    }
  }
  // Every country's first-level divisions, less the ambiguous names: a few thousand.
  EXPECT_GT(provinces, 3000u);
  EXPECT_LT(provinces, 6000u);
}

}  // namespace
}  // namespace tidings::extract

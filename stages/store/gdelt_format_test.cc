#include "store/gdelt_format.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <vector>

#include "store/cameo_actor.h"
#include "store/country_codes.h"
#include "store/utc_time.h"

namespace tidings::store {
namespace {

std::vector<std::string> Columns(const std::string& row) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(row);
  while (std::getline(in, field, '\t')) out.push_back(field);
  if (!row.empty() && row.back() == '\t') out.push_back("");
  return out;
}

v1::Event BakuEvent() {
  v1::Event e;
  e.set_seq(42);
  e.set_id("az-1:0:0");
  e.set_article_id("az-1");
  e.mutable_source()->set_code("TURGOV");
  e.mutable_source()->set_text("Turkish President Recep Tayyip Erdogan");
  e.mutable_source()->set_country("TUR");
  e.mutable_target()->set_code("AZE");
  e.mutable_target()->set_text("Azerbaijan");
  e.mutable_target()->set_country("AZE");
  e.set_code("057");
  e.set_root("05");
  e.set_quad_class(1);
  e.set_goldstein(8.0);
  e.set_date("2021-11-11");
  e.set_root_mention(true);
  e.mutable_location()->set_name("Baku");
  e.mutable_location()->set_country("AZE");
  e.mutable_location()->set_latitude(40.37767);
  e.mutable_location()->set_longitude(49.89201);
  e.mutable_location()->set_has_coordinates(true);
  e.set_url("https://www.azernews.az/nation/186357.html");
  e.set_num_articles(3);
  e.set_num_sources(2);
  return e;
}

int64_t Utc(const std::string& text) {
  int64_t ms = 0;
  EXPECT_TRUE(ParseUtcTime(text, &ms).ok()) << text;
  return ms;
}

TEST(GdeltFormat, ARowHas61ColumnsInGdeltOrder) {
  EventRowInfo info;
  info.stored_at_ms = Utc("2021-11-11T15:17:03Z");
  const std::string row = GdeltEventRow(BakuEvent(), info);
  EXPECT_EQ(row.find('\n'), std::string::npos);
  const auto c = Columns(row);
  ASSERT_EQ(c.size(), 61u) << row;
  EXPECT_EQ(c[0], "42");                // GlobalEventID
  EXPECT_EQ(c[1], "20211111");          // Day (SQLDATE)
  EXPECT_EQ(c[2], "202111");            // MonthYear
  EXPECT_EQ(c[3], "2021");              // Year
  EXPECT_EQ(c[4], "2021.8520");         // FractionDate: (10 * 30 + 11) / 365
  EXPECT_EQ(c[5], "TURGOV");            // Actor1Code
  EXPECT_EQ(c[6], "TURKISH PRESIDENT RECEP TAYYIP ERDOGAN");
  EXPECT_EQ(c[7], "TUR");               // Actor1CountryCode
  EXPECT_EQ(c[8], "");                  // Actor1KnownGroupCode
  EXPECT_EQ(c[12], "GOV");              // Actor1Type1Code
  EXPECT_EQ(c[15], "AZE");              // Actor2Code
  EXPECT_EQ(c[17], "AZE");              // Actor2CountryCode
  EXPECT_EQ(c[22], "");                 // Actor2Type1Code
  EXPECT_EQ(c[25], "1");                // IsRootEvent
  EXPECT_EQ(c[26], "057");              // EventCode
  EXPECT_EQ(c[27], "057");              // EventBaseCode
  EXPECT_EQ(c[28], "05");               // EventRootCode
  EXPECT_EQ(c[29], "1");                // QuadClass
  EXPECT_EQ(c[30], "8");                // GoldsteinScale
  EXPECT_EQ(c[31], "3");                // NumMentions
  EXPECT_EQ(c[32], "2");                // NumSources
  EXPECT_EQ(c[33], "3");                // NumArticles
  EXPECT_EQ(c[34], "");                 // AvgTone: not measured
  EXPECT_EQ(c[35], "0");                // Actor1Geo_Type: not located
  EXPECT_EQ(c[43], "0");                // Actor2Geo_Type
  EXPECT_EQ(c[51], "4");                // ActionGeo_Type: a world city
  EXPECT_EQ(c[52], "Baku, Azerbaijan");
  EXPECT_EQ(c[53], "AJ");               // FIPS 10-4, not ISO's AZ
  EXPECT_EQ(c[54], "AJ");
  EXPECT_EQ(c[55], "");
  EXPECT_EQ(c[56], "40.3777");
  EXPECT_EQ(c[57], "49.8920");
  EXPECT_EQ(c[58], "");
  EXPECT_EQ(c[59], "20211111151703");   // DATEADDED
  EXPECT_EQ(c[60], "https://www.azernews.az/nation/186357.html");
}

TEST(GdeltFormat, ACountryLevelPlaceIsType1WithItsFipsCode) {
  v1::Event e = BakuEvent();
  const Country* germany = FindCountry("DEU");
  ASSERT_NE(germany, nullptr);
  e.mutable_location()->set_name("Germany");
  e.mutable_location()->set_country("DEU");
  e.mutable_location()->set_latitude(germany->latitude);
  e.mutable_location()->set_longitude(germany->longitude);
  const auto c = Columns(GdeltEventRow(e, {}));
  ASSERT_EQ(c.size(), 61u);
  EXPECT_EQ(c[51], "1");
  EXPECT_EQ(c[52], "Germany");
  EXPECT_EQ(c[53], "GM");
  EXPECT_EQ(c[58], "GM") << "a country's FeatureID is its code, as in GDELT";
  EXPECT_EQ(c[59], "") << "no DATEADDED without a store time";
}

TEST(GdeltFormat, AUsCityIsType3) {
  v1::Event e = BakuEvent();
  e.mutable_location()->set_name("Chicago");
  e.mutable_location()->set_country("USA");
  const auto c = Columns(GdeltEventRow(e, {}));
  EXPECT_EQ(c[51], "3");
  EXPECT_EQ(c[52], "Chicago, United States");
  EXPECT_EQ(c[53], "US");
}

TEST(GdeltFormat, AFirstLevelDivisionIsAStateType5Or2InTheUs) {
  v1::Event e = BakuEvent();
  e.mutable_location()->set_name("Borno");
  e.mutable_location()->set_country("NGA");
  e.mutable_location()->set_kind(v1::Location::PROVINCE);
  auto c = Columns(GdeltEventRow(e, {}));
  EXPECT_EQ(c[51], "5");
  EXPECT_EQ(c[52], "Borno, Nigeria");
  EXPECT_EQ(c[53], "NI");
  e.mutable_location()->set_name("Texas");
  e.mutable_location()->set_country("USA");
  c = Columns(GdeltEventRow(e, {}));
  EXPECT_EQ(c[51], "2");
  e.mutable_location()->set_kind(v1::Location::CITY);
  c = Columns(GdeltEventRow(e, {}));
  EXPECT_EQ(c[51], "3") << "a US city";
}

TEST(GdeltFormat, APlaceCodedAsACityIsNeverTakenForItsCountry) {
  // Kuwait City's point lies within 0.01 degrees of Kuwait's: only an event stored without a kind
  // falls back to comparing them.
  v1::Event e = BakuEvent();
  const Country* kuwait = FindCountry("KWT");
  ASSERT_NE(kuwait, nullptr);
  e.mutable_location()->set_name("Kuwait City");
  e.mutable_location()->set_country("KWT");
  e.mutable_location()->set_latitude(kuwait->latitude);
  e.mutable_location()->set_longitude(kuwait->longitude);
  e.mutable_location()->set_kind(v1::Location::CITY);
  EXPECT_EQ(Columns(GdeltEventRow(e, {}))[51], "4");
  e.mutable_location()->set_kind(v1::Location::KIND_UNSPECIFIED);
  EXPECT_EQ(Columns(GdeltEventRow(e, {}))[51], "1");
}

TEST(GdeltFormat, AnEventWithoutActorsOrPlaceLeavesThoseColumnsEmpty) {
  v1::Event e = BakuEvent();
  e.clear_target();
  e.clear_location();
  e.set_root_mention(false);
  const auto c = Columns(GdeltEventRow(e, {}));
  ASSERT_EQ(c.size(), 61u);
  for (int i = 15; i < 25; ++i) EXPECT_EQ(c[i], "") << "Actor2 column " << i;
  EXPECT_EQ(c[25], "0");
  EXPECT_EQ(c[51], "0");
  for (int i = 52; i < 59; ++i) EXPECT_EQ(c[i], "") << "ActionGeo column " << i;
}

TEST(GdeltFormat, CodesAreStringsWithLeadingZerosAndABareRootGetsZero) {
  EXPECT_EQ(GdeltEventCode("05"), "050");
  EXPECT_EQ(GdeltEventCode("057"), "057");
  EXPECT_EQ(GdeltEventCode("0211"), "0211");
  v1::Event e = BakuEvent();
  e.set_code("0211");
  e.set_root("02");
  auto c = Columns(GdeltEventRow(e, {}));
  EXPECT_EQ(c[26], "0211");
  EXPECT_EQ(c[27], "021");
  EXPECT_EQ(c[28], "02");
  e.set_code("19");
  e.set_goldstein(-10);
  c = Columns(GdeltEventRow(e, {}));
  EXPECT_EQ(c[26], "190");
  EXPECT_EQ(c[28], "19");
  EXPECT_EQ(c[30], "-10");
}

TEST(GdeltFormat, TabsAndLineBreaksInTextNeverSplitARow) {
  v1::Event e = BakuEvent();
  e.mutable_source()->set_text("Recep\tTayyip\nErdogan");
  e.set_url("https://x.example/a\tb");
  const std::string row = GdeltEventRow(e, {});
  EXPECT_EQ(row.find('\n'), std::string::npos);
  const auto c = Columns(row);
  ASSERT_EQ(c.size(), 61u);
  EXPECT_EQ(c[6], "RECEP TAYYIP ERDOGAN");
}

TEST(CountryCodes, FipsCodesAreGdeltsNotIsos) {
  const std::pair<const char*, const char*> expected[] = {
      {"AZE", "AJ"}, {"DEU", "GM"}, {"CHN", "CH"}, {"RUS", "RS"}, {"GBR", "UK"}, {"USA", "US"},
      {"TUR", "TU"}, {"ISR", "IS"}, {"UKR", "UP"}, {"IRQ", "IZ"}, {"ESP", "SP"}, {"KSV", "KV"}};
  for (const auto& [iso3, fips] : expected) {
    const Country* c = FindCountry(iso3);
    ASSERT_NE(c, nullptr) << iso3;
    EXPECT_EQ(c->fips, fips) << iso3;
  }
  EXPECT_EQ(FindCountry("XYZ"), nullptr);
  EXPECT_EQ(FindCountry("GOV"), nullptr);
}

TEST(CountryCodes, EveryCountryHasADistinctTwoLetterFipsCode) {
  std::set<std::string> seen;
  int n = 0;
  for (char a = 'A'; a <= 'Z'; ++a) {
    for (char b = 'A'; b <= 'Z'; ++b) {
      for (char c = 'A'; c <= 'Z'; ++c) {
        const Country* country = FindCountry(std::string{a, b, c});
        if (country == nullptr) continue;
        ++n;
        EXPECT_EQ(country->fips.size(), 2u) << country->iso3;
        EXPECT_TRUE(seen.insert(country->fips).second) << "FIPS " << country->fips << " twice";
        EXPECT_FALSE(country->name.empty());
      }
    }
  }
  EXPECT_GT(n, 240);
}

TEST(CameoActor, GdeltSplitsCountryTypesReligionsAndKnownGroups) {
  GdeltActorParts p = SplitForGdelt("TURGOV");
  EXPECT_EQ(p.country, "TUR");
  EXPECT_EQ(p.type1, "GOV");
  EXPECT_EQ(p.known_group, "");
  p = SplitForGdelt("IGOEUREEC");
  EXPECT_EQ(p.type1, "IGO");
  EXPECT_EQ(p.country, "EUR");
  EXPECT_EQ(p.known_group, "EEC");
  p = SplitForGdelt("NGOHRIAMN");
  EXPECT_EQ(p.type1, "NGO");
  EXPECT_EQ(p.type2, "HRI");
  EXPECT_EQ(p.known_group, "AMN");
  p = SplitForGdelt("IGOUNOREF");
  EXPECT_EQ(p.known_group, "UNO");
  EXPECT_EQ(p.type2, "REF");
  p = SplitForGdelt("---GOV");
  EXPECT_EQ(p.country, "");
  EXPECT_EQ(p.type1, "GOV");
  p = SplitForGdelt("ISRMOSSHI");
  EXPECT_EQ(p.religion1, "MOS");
  EXPECT_EQ(p.religion2, "SHI");
  p = SplitForGdelt("USAMILREBELI");
  EXPECT_EQ(p.type1, "MIL");
  EXPECT_EQ(p.type2, "REB");
  EXPECT_EQ(p.type3, "ELI");
}

TEST(CameoActor, PhoenixSplitsEntityRoleAndAttributes) {
  PhoenixActorParts p = SplitForPhoenix("TURGOV");
  EXPECT_EQ(p.entity, "TUR");
  EXPECT_EQ(p.role, "GOV");
  EXPECT_EQ(p.attribute, "");
  p = SplitForPhoenix("USAELI");
  EXPECT_EQ(p.entity, "USA");
  EXPECT_EQ(p.role, "");
  EXPECT_EQ(p.attribute, "ELI");
  p = SplitForPhoenix("NGOHRIAMN");
  EXPECT_EQ(p.entity, "NGO");
  EXPECT_EQ(p.attribute, "HRI;AMN");
  p = SplitForPhoenix("");
  EXPECT_EQ(p.entity, "");
}

}  // namespace
}  // namespace tidings::store

// The built-in dictionaries and gazetteer on sentences that name a province (a first-level
// division: state, region, oblast, governorate ...): domestic actors take its country, it is
// the event's location, and it is never an actor. Sentences written for these tests.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::StartsWith;
using testing::Triples;

class ProvinceCodingTest : public ::testing::Test {
 protected:
  static v1::CodedArticle Code(const std::string& text) {
    return testing::CodeText(testing::BuiltinCoder(), text, "2024-03-05");
  }
};

TEST_F(ProvinceCodingTest, DomesticActorsInAProvinceTakeItsCountry) {
  v1::CodedArticle a = Code("Police in Pakistan's Balochistan province arrested 12 suspected militants on Sunday.");
  EXPECT_THAT(Triples(a), ElementsAre("PAKCOP 173 PAKINS"));
  ASSERT_EQ(a.events_size(), 1);
  EXPECT_EQ(a.events(0).location().name(), "Balochistan");
  EXPECT_EQ(a.events(0).location().country(), "PAK");
  EXPECT_EQ(a.events(0).location().kind(), v1::Location::PROVINCE) << "typed as a state in GDELT and Phoenix exports";
  const v1::CodedArticle city = Code("Police in Quetta arrested 12 suspected militants on Sunday.");
  ASSERT_EQ(city.events_size(), 1);
  EXPECT_EQ(city.events(0).location().name(), "Quetta");
  EXPECT_EQ(city.events(0).location().kind(), v1::Location::CITY);
  EXPECT_THAT(Triples(Code("Police in Balochistan arrested 12 suspected militants on Sunday.")),
              ElementsAre("PAKCOP 173 PAKINS"));
  EXPECT_THAT(Triples(Code("Balochistan police arrested 12 suspected militants on Sunday.")),
              ElementsAre("PAKCOP 173 PAKINS"));
  EXPECT_THAT(Triples(Code("Militants in Borno state attacked a military base on Friday, killing five soldiers.")),
              ElementsAre("NGAINS 190 NGAMIL"));
  EXPECT_THAT(Triples(Code("Gunmen attacked a police station in northeastern Borno State on Friday.")),
              ElementsAre("NGAUAF 190 NGACOP"));
  EXPECT_THAT(Triples(Code("Security forces killed three militants in Khyber Pakhtunkhwa on Monday.")),
              ElementsAre("PAKCOP 190 PAKINS"));
  EXPECT_THAT(Triples(Code("Police arrested dozens of protesters in Xinjiang.")), ElementsAre("CHNCOP 173 CHNOPP"));
  EXPECT_THAT(Triples(Code("Militants attacked troops in Rakhine State on Sunday.")), ElementsAre("MMRINS 190 MMRMIL"));
  // A title-case headline keeps the place's capitals.
  EXPECT_THAT(Triples(Code("Police Arrest 12 Militants In Balochistan")), ElementsAre("PAKCOP 173 PAKINS"));
}

TEST_F(ProvinceCodingTest, CongosIturiProvinceIsInCongoWhateverTheArticleIsAbout) {
  // Before the gazetteer knew Ituri, the rebels took the country the article is about.
  const std::string uganda = "Uganda's president met Kenya's president in Kampala on Sunday. ";
  const std::string sentences[] = {
      uganda + "Rebels attacked a camp for displaced people in Congo's Ituri province on Monday.",
      uganda + "Rebels attacked a camp for displaced people in the Ituri province of Congo on Monday.",
  };
  for (const std::string& s : sentences) {
    v1::CodedArticle a = Code(s);
    EXPECT_THAT(Triples(a), Contains(StartsWith("CODREB 19"))) << s;
    EXPECT_THAT(Triples(a), Not(Contains(StartsWith("UGAREB")))) << s;
    for (const auto& e : a.events()) {
      if (e.source().code() == "CODREB") {
        EXPECT_EQ(e.location().name(), "Ituri") << s;
      }
    }
  }
}

TEST_F(ProvinceCodingTest, AProvinceIsALocationNeverAnActor) {
  // "Idlib province" is the governorate (its own point), not the city of the same name.
  v1::CodedArticle a = Code("Government troops shelled rebel positions in Idlib province on Tuesday.");
  ASSERT_THAT(Triples(a), ElementsAre("SYRMIL 194 SYRREB"));
  EXPECT_EQ(a.events(0).location().name(), "Idlib");
  EXPECT_NE(a.events(0).location().latitude(), Code("Troops shelled rebels in Idlib.").events(0).location().latitude());
  // Tigray is where the attack happened: no actor, so no event with an actor of its own.
  for (const char* s : {"Ethiopian troops attacked Tigray on Monday.", "Tigray accused Ethiopian troops of looting."}) {
    const v1::CodedArticle coded = Code(s);  // kept alive: the loop reads into it
    for (const auto& e : coded.events()) {
      EXPECT_THAT(e.source().text() + " " + e.target().text(), Not(HasSubstr("Tigray"))) << s;
    }
  }
  EXPECT_THAT(Triples(Code("Ethiopian troops attacked rebels in Tigray on Monday.")), ElementsAre("ETHMIL 190 ETHREB"));
}

TEST_F(ProvinceCodingTest, APlaceNameCountriesShareNeedsTheContextToNameItsCountry) {
  // Hamilton is Bermuda's capital and a city of Canada and of New Zealand.
  const v1::CodedArticle alone = Code("Police arrested 30 protesters in Hamilton on Friday.");
  for (const auto& e : alone.events()) EXPECT_NE(e.location().country(), "BMU");
  EXPECT_THAT(Triples(alone), Not(Contains(StartsWith("BMU"))));
  const v1::CodedArticle canadian = Code("Canadian police arrested 30 protesters in Hamilton on Friday.");
  ASSERT_EQ(canadian.events_size(), 1);
  EXPECT_EQ(canadian.events(0).location().name(), "Hamilton");
  EXPECT_EQ(canadian.events(0).location().country(), "CAN");
  // "Niger" begins the name of Nigeria's delta: no actor of Niger there.
  const v1::CodedArticle delta = Code("Police arrested 12 protesters in the Niger Delta on Friday.");
  EXPECT_THAT(Triples(delta), ElementsAre("NGACOP 173 NGAOPP"));
  ASSERT_EQ(delta.events_size(), 1);
  EXPECT_EQ(delta.events(0).location().name(), "Niger Delta");
  // "St." as the tokenizer splits it.
  const v1::CodedArticle petersburg = Code("Police detained 30 protesters in St. Petersburg on Saturday.");
  ASSERT_EQ(petersburg.events_size(), 1);
  EXPECT_EQ(petersburg.events(0).location().country(), "RUS");
  EXPECT_EQ(petersburg.events(0).target().code(), "RUSOPP");
}

TEST_F(ProvinceCodingTest, KashmirTakesTheCountryThatAdministersIt) {
  EXPECT_THAT(Triples(Code("Police in Indian-administered Kashmir arrested three separatists on Friday.")),
              ElementsAre("INDCOP 173 INDSEP"));
  EXPECT_THAT(Triples(Code("Police in Pakistan-administered Kashmir arrested three separatists on Friday.")),
              ElementsAre("PAKCOP 173 PAKSEP"));
  EXPECT_THAT(Triples(Code("Police in Kashmir arrested three separatists on Friday.")), IsEmpty());
}

TEST_F(ProvinceCodingTest, AmbiguousNamesGiveNoCountry) {
  // Punjab is Indian and Pakistani; "Central Province" is in several countries; Guerrero,
  // alone, may be a person. With no place, dateline or earlier sentence, no country and no event.
  for (const char* s : {"Police in Punjab arrested three protesters.",
                        "Police arrested protesters in Central Province on Monday.",
                        "Guerrero said police arrested three protesters."}) {
    EXPECT_THAT(Triples(Code(s)), IsEmpty()) << s;
  }
  // Georgia the country, not the US state.
  EXPECT_THAT(Triples(Code("Police in Georgia arrested three protesters.")), ElementsAre("GEOCOP 173 GEOOPP"));
}

TEST_F(ProvinceCodingTest, TroopsSentToAProvinceKeepTheirCountry) {
  std::vector<std::string> got =
      Triples(Code("Rwanda deployed 1,000 soldiers to Mozambique's Cabo Delgado province to fight insurgents."));
  EXPECT_THAT(got, Contains("RWA 074 MOZ"));
  EXPECT_THAT(got, Not(Contains(StartsWith("MOZMIL"))));
}

}  // namespace
}  // namespace tidings::extract

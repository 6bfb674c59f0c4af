// Pronouns and passives on news the coder had not read: a pronoun that opens the sentence is not
// the person the same sentence names ("Ruto hosted Abiy ... He thanked Ruto": he is Abiy, and
// with no one else named before, nobody); the object of a participle is not the sentence's
// subject ("Boric hit back, accusing him of"); "the prime minister" is the last one called so,
// not the last minister; "met X before the talks and thanked Y" is one subject's; a lowercase
// Arabic article opens a name ("a bomb planted by al Shabaab", "fighters from al Qaeda"), so a
// passive's agent and a weapon's owner are found, and an agent that is no actor ends at a place
// ("by a man near his school"); a place people were "headed for" is not theirs; "He urged the
// two countries" are the two others; "they" after two leaders met are those two; and a verb of
// saying that reports what "a withdrawal would" bring is no act announced (the OEDA "ANNOUNCE *
// WITHDRAW" pattern). Every sentence here was written for this test.
#include <memory>

#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectExactly;
using testing::ExpectNotCoded;

// Principle C: "He thanked Ruto" after "Ruto hosted Abiy" is Abiy's thanks, whatever the verb.
TEST(WireCoverage47, OpeningPronounIsNotThePersonNamedAfterIt) {
  ExpectExactly("Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. "
                "He thanked Ruto for the warm welcome.",
                {"KENGOV 043 ETHGOV", "ETHGOV 051 KENGOV"});
  ExpectExactly("Indonesian President Joko Widodo received Australian Prime Minister Anthony Albanese in Jakarta on "
                "Tuesday. He praised Widodo for his leadership on climate.",
                {"IDNGOV 043 AUSGOV", "AUSGOV 051 IDNGOV"});
  ExpectCoded({{"Turkish President Tayyip Erdogan welcomed Greek Prime Minister Kyriakos Mitsotakis to Ankara on "
                "Thursday. He invited Erdogan to visit Athens next year.",
                "GRCGOV 036 TURGOV"}});
  // (A pronoun inside a clause before the name may be that person: "When he arrived, Ruto ...".)
  ExpectExactly("When he arrived in Addis Ababa, Ruto thanked Abiy Ahmed for the invitation.", {"KENGOV 051 ETHGOV"});
}

// The person named again may be named by the dictionary's short name ("Lula"), not a surname.
TEST(WireCoverage47, OpeningPronounIsNotThePersonNamedByAShortName) {
  ExpectExactly("Colombian President Gustavo Petro met Brazilian President Luiz Inacio Lula da Silva in Bogota on "
                "Friday. He thanked Lula for his support on climate.",
                {"COLGOV 040 BRAGOV", "COLGOV 051 BRAGOV"});
}

// "X hit back, accusing him of": the participle's subject is X, so "him" is the one named before.
TEST(WireCoverage47, ObjectOfAParticipleIsNotTheSentenceSubject) {
  ExpectExactly("Argentine President Javier Milei cut gas exports to Chile on Monday. Chilean President Gabriel Boric "
                "hit back within hours, accusing him of breaking a bilateral treaty.",
                {"ARGGOV 163 CHL", "CHLGOV 112 ARGGOV"});
  ExpectCoded({{"Kenyan President William Ruto imposed new tariffs on Ugandan sugar on Monday. Ugandan Foreign Minister "
                "Jeje Odongo hit back on Tuesday, accusing him of breaking regional trade rules.",
                "UGAGOV 112 KENGOV"}});
  // (With no one else before, nobody: no praise of oneself.)
  ExpectNotCoded({{"Polish President Andrzej Duda spoke at a rally in Warsaw on Sunday, praising him for his courage.", ""}});
}

// "The prime minister" is the last one called prime minister, not the last minister of any kind.
TEST(WireCoverage47, DefiniteTitleIsTheLastCalledByTheWholeTitle) {
  ExpectExactly("Indian Prime Minister Narendra Modi met Sri Lankan Foreign Minister Vijitha Herath in New Delhi. "
                "The prime minister promised Sri Lanka more aid.",
                {"INDGOV 040 LKAGOV", "INDGOV 033 LKA"});
  ExpectExactly("German Chancellor Olaf Scholz met Polish Foreign Minister Radoslaw Sikorski in Berlin on Monday. "
                "The foreign minister praised Germany for its support.",
                {"DEUGOV 040 POLGOV", "POLGOV 051 DEU"});
}

// "met X before the talks and thanked Y": "the" and a noun before "and" open no clause, so the
// verb after "and" keeps the subject of the one before; a clause with a verb of its own still
// keeps its act ("after floods hit X and killed 20 people" is no one's killing).
TEST(WireCoverage47, VerbAfterAndPastATimePhraseSharesTheSubject) {
  ExpectCoded({{"Kenyan President William Ruto met Ugandan President Yoweri Museveni after the summit and accused "
                "Uganda of blocking fuel imports.",
                "KENGOV 112 UGA"},
               {"Egypt sent aid to Libya after the storm and thanked Tunisia for its help.", "EGY 051 TUN"},
               {"Pakistan's prime minister called his Afghan counterpart during the crisis and urged Afghanistan to "
                "close militant camps.",
                "PAKGOV 02"}});
  ExpectNotCoded({{"Russia asked China for help after floods hit Siberia and killed 20 people.", "19"}});
}

// With no one else named before, the pronoun is left unresolved: no event rather than a guess.
TEST(WireCoverage47, OpeningPronounWithNoOtherPersonCodesNothing) {
  ExpectNotCoded({{"Brazilian President Luiz Inacio Lula da Silva opened a car factory in Sao Paulo on Friday. "
                   "He praised Lula for the investment.",
                   ""}});
  ExpectNotCoded({{"Kenyan President William Ruto toured a new dam on Monday. He thanked Ruto's engineers.", ""}});
}

// "al Shabaab", "al Qaeda" written with a lowercase article are the groups, as agent of a
// passive, owner of a bomb, or target of a strike.
TEST(WireCoverage47, LowercaseArabicArticleOpensAName) {
  ExpectExactly("A Somali army truck was blown up by a roadside bomb planted by al Shabaab near Baidoa on Monday.",
                {"SOMREB 1833 SOMMIL"});
  ExpectCoded({{"Kenyan air force jets bombed al Shabaab camps in southern Somalia on Saturday.", "KENMIL 195 SOMREB"},
               {"Fighters from al Qaeda attacked an army post in central Mali on Friday.", "IMGMUSALQ"},
               {"A Kenyan police vehicle was blown apart by a roadside bomb planted by al Shabaab militants on Sunday.",
                "SOMREB 183"}});
  // (A lowercase "al" before no name is no name: "dined al fresco".)
  ExpectNotCoded({{"The two ministers dined al fresco in Rome after the talks.", ""}});
}

// "stabbed by a man near his school": an agent that is no actor ends at a place; the actor
// after it ("his school") is no agent. Actors as agents are kept ("by soldiers at a checkpoint").
TEST(WireCoverage47, PassiveAgentEndsAtAPlace) {
  ExpectNotCoded({{"A British tourist was stabbed to death by a man near his hotel in Paris.", ""},
                  {"A 12-year-old Korean student was stabbed by a man near his school in Tokyo.", ""}});
  ExpectExactly("A Kenyan journalist was arrested by police in Nairobi.", {"KENCOP 173 KENMED"});
  ExpectExactly("Five villagers were killed by soldiers at a checkpoint in northern Mali.", {"MLIMIL 190 MLICVL"});
}

// "migrants headed for Spain's Canary Islands": where people were going is not the country of a
// domestic actor; where they are still is ("in Spain's Canary Islands").
TEST(WireCoverage47, PlaceHeadedForIsNoDomesticActorsCountry) {
  ExpectExactly("DAKAR, March 5 (Reuters) - About 150 migrants headed for Spain's Canary Islands were detained by "
                "the Senegalese navy on Tuesday.",
                {"SENMIL 173 SENREF"});
  ExpectExactly("Police detained 40 migrants in Spain's Canary Islands on Tuesday.", {"ESPCOP 173 ESPREF"});
}

// "He urged the two countries to": the object of a verb whose subject is one of the countries
// named is the two others; as a reported clause's subject ("said the two countries would") it
// keeps the speaker's country.
TEST(WireCoverage47, TheTwoCountriesUrgedAreTheOthers) {
  ExpectExactly("Kenyan President William Ruto offered to mediate between Ethiopia and Eritrea on Monday. He urged "
                "the two countries to pull back their troops.",
                {"KENGOV 039 ETH", "KENGOV 039 ERI", "KENGOV 0256 ETH", "KENGOV 0256 ERI"});
  ExpectExactly("Egyptian President Abdel Fattah al-Sisi offered to mediate between Sudan and South Sudan on Monday. "
                "Sisi called on the two countries to reopen their border.",
                {"EGYGOV 039 SDN", "EGYGOV 039 SSD", "EGYGOV 0251 SDN", "EGYGOV 0251 SSD"});
  ExpectCoded({{"Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Kazan. Modi said the two "
                "countries would deepen ties.",
                "IND 030 CHN"}});
}

// "They" after two leaders met are the two leaders' countries, not the last two countries named
// (a place among them: "Russia's war in Ukraine"); two countries named together stay "they".
TEST(WireCoverage47, TheyAreTheTwoPeopleNamed) {
  ExpectCoded({{"Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul on Sunday. He "
                "accused North Korea of helping Russia's war in Ukraine. They agreed to share intelligence on missile "
                "launches.",
                "KOR 0314 JPN"},
               {"German Chancellor Olaf Scholz held talks with Polish Prime Minister Donald Tusk in Warsaw on Tuesday. "
                "He praised Poland for sheltering refugees from Ukraine. They agreed to cooperate on air defence.",
                "DEU 030 POL"},
               {"Kenya and Uganda signed a trade deal on Monday. They agreed to cut tariffs.", "UGA 0354 KEN"}});
  // (Not North Korea, Russia or Ukraine: exactly the two who met.)
  ExpectExactly("Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul on Sunday. He "
                "accused North Korea of helping Russia's war in Ukraine. They agreed to share intelligence on missile "
                "launches.",
                {"JPNGOV 040 KORGOV", "JPNGOV 112 PRK", "KOR 0314 JPN", "JPN 0314 KOR"});
}

// The OEDA verbs: "saying a hasty withdrawal would let rebels win back territory" announces no
// withdrawal (0874) and retreats from no one.
TEST(WireCoverage47, SayingAWithdrawalWouldIsNoWithdrawalOeda) {
  if (!testing::HaveShared()) GTEST_SKIP() << "needs ../shared/dictionaries/oeda";
  std::unique_ptr<EventCoder> coder;
  Status s = EventCoder::Create(testing::OedaOptions(), &coder);
  ASSERT_TRUE(s.ok()) << s.ToString();
  for (const char* text : {"Somalia's government said a hasty withdrawal would let Somali rebels win back territory.",
                           "Mali's junta said a sudden withdrawal would let Tuareg rebels retake the north."}) {
    for (const std::string& e : testing::Triples(testing::CodeText(*coder, text, "2024-06-10"))) {
      EXPECT_EQ(e.find(" 08"), std::string::npos) << text << "\n  coded " << e;
    }
  }
}

}  // namespace
}  // namespace tidings::extract

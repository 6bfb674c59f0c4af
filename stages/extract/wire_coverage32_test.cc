// The built-in dictionaries against ordinary wire copy, thirty-second pass: the weakest roots
// (08 yield, 09 investigate, 14 protest) as verb-family inventories. Demonstrators assembling
// outside a building protest (141); a demand or chant after a gathering says what it is for; a
// jailed opposition politician on hunger strike protests against the own government (142); a
// state yielding after protests yields to its own protesters (083); "said his office was
// investigating" is the speaker's inquiry (09), as are cases, hearings and "under investigation";
// vetoes of Security Council resolutions and of bills (129); a man attacking an actor (18, UAF).
// With the other senses of the same words. wire_coverage_test.cc to wire_coverage31_test.cc are
// the earlier passes. Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectExactly;
using testing::ExpectNotCoded;

// 14: demonstrators assembling outside a building protest (141); reporters outside a court do not.
TEST(WireCoverage32, DemonstratorsAssemble) {
  ExpectExactly("Hundreds of demonstrators assembled outside the parliament in Tbilisi.", {"GEOOPP 141 GEOLEG"});
  ExpectNotCoded({{"Reporters assembled outside the courthouse in Nairobi.", ""}});
}

// 14: a gathering's demand or chant after a comma is the protest's purpose (1411, 141).
TEST(WireCoverage32, GatheringWithADemandOrAChant) {
  ExpectExactly("Thousands of protesters gathered outside parliament in Yerevan on Monday, demanding the "
                "resignation of the prime minister.",
                {"ARMOPP 1411 ARMGOV"});
  ExpectCoded({{"Hundreds of students gathered outside the education ministry in Dhaka, chanting slogans against the "
                "government.",
                "BGDEDU 141 BGDGOV"}});
  ExpectNotCoded({{"Hundreds of fans gathered outside the stadium in Madrid, chanting the name of the coach.", ""}});
}

// 14: a jailed opposition politician (OPP) or journalist on hunger strike protests against
// the own government (142); "has been on hunger strike" as much as "began a hunger strike".
TEST(WireCoverage32, HungerStrikeOfAJailedPolitician) {
  ExpectExactly("A jailed Egyptian opposition politician began a hunger strike on Sunday.", {"EGYOPP 142 EGYGOV"});
  ExpectExactly("A jailed Turkish journalist has been on hunger strike for 30 days.", {"TURMED 142 TURGOV"});
  ExpectExactly("The detained Belarusian opposition leader has been on a hunger strike since Monday.",
                {"BLROPP 142 BLRGOV"});
  ExpectNotCoded({{"The Kenyan opposition politician flew to London on Monday.", "14"}});
}

// 08: a government or parliament yielding with no one named, protests named after it ("bowing
// to weeks of street protests", "after weeks of protests"), yields to its own protesters; a
// resignation with no protests, one for health reasons, a law passed "defying" protests and
// the police giving up a search do not.
TEST(WireCoverage32, StateYieldsToItsProtesters) {
  ExpectCoded({
      {"Romania's prime minister resigned on Wednesday, bowing to weeks of street protests over corruption.",
       "ROUGOV 0831 ROUOPP"},
      {"Mongolia's prime minister stepped down after weeks of protests over his family's spending.",
       "MNGGOV 0831 MNGOPP"},
      {"The Lebanese prime minister bowed to weeks of demonstrations and resigned.", "LBNGOV 083 LBNOPP"},
  });
  ExpectExactly("Serbia's parliament dropped the media law, bowing to protesters.", {"SRBLEG 083 SRBOPP"});
  ExpectNotCoded({
      {"The Japanese prime minister stepped down citing health reasons.", ""},
      {"Bolivia's economy minister resigned on Friday.", ""},
      {"Georgia's parliament passed the media law on Tuesday, defying weeks of mass protests.", ""},
      {"The Chilean police gave up the search for the missing hiker after protests by relatives.", ""},
  });
}

// 09: "said (on Tuesday) his office was investigating": the speaker's office is the speaker, the
// subject of the inquiry reported; "..., his office said" and an office closed code no inquiry.
TEST(WireCoverage32, TheSpeakersOfficeInvestigates) {
  ExpectExactly("The ICC prosecutor said on Tuesday his office was investigating alleged war crimes by Russian forces "
                "in Ukraine.",
                {"IGOJUDICC 094 RUSMIL"});
  ExpectExactly("Brazil's attorney general said his office was investigating the former president for corruption.",
                {"BRAJUD 091 BRAELI"});
  ExpectCoded({{"The U.N. human rights chief said her office was looking into reports that Ethiopian soldiers killed "
                "civilians.",
                "IGOUNO 09"}});
  ExpectNotCoded({
      {"The Kenyan president met Tanzania's president in Nairobi on Monday, his office said.", "09"},
      {"The Spanish prosecutor said his office was closed on Monday.", ""},
  });
}

// 09: placing or putting someone under (criminal, formal) investigation is a criminal inquiry
// into them (091); a case or hearings opened or held "(on Tuesday) into" X investigate X; an
// inquiry into an air force or army strike by a state is into its own forces. A company under
// review, a coach under pressure and a case made for a trial are none.
TEST(WireCoverage32, InquiryInventory) {
  ExpectExactly("Brazilian prosecutors placed the former governor under criminal investigation on Friday.",
                {"BRAJUD 091 BRAGOV"});
  ExpectExactly("French judges put the former president under formal investigation.", {"FRAJUD 091 FRAELI"});
  ExpectExactly("Kenya's parliament opened hearings on Monday into the police's handling of the protests.",
                {"KENLEG 090 KENCOP"});
  ExpectExactly("Turkish prosecutors opened a criminal case on Friday into the mayor of Istanbul.", {"TURJUD 091 TURGOV"});
  ExpectCoded({
      {"Nigeria's Senate ordered an investigation on Tuesday into an air force strike that killed 16 villagers.",
       "NGALEG 093 NGAMIL"},
      {"Paraguay's defence ministry set up a board of inquiry into an air force strike on a suspected drug airstrip.",
       "PRYGOV 093 PRYMIL"},
      {"Pakistan's parliament ordered a probe into the army shelling of a village.", "PAKLEG 093 PAKMIL"},
  });
  ExpectNotCoded({
      {"Analysts placed the company under review.", ""},
      {"The club put the coach under pressure on Sunday.", ""},
      {"The lawyer made the case for a new trial into the night.", ""},
      {"Nigeria's Senate ordered an investigation into the collapse of the bridge.", ""},
  });
}

// 08: ceasing attacks or hostilities (087, 0871), forces disengaging (087, both ways for a
// compound), seized property returned to its state (0842); a firm ceasing trading, an engine
// disengaging and goods returned to a warehouse are no event.
TEST(WireCoverage32, CeaseDisengageReturnSeized) {
  ExpectExactly("The Taliban ceased attacks on Pakistani forces.", {"AFGGOV 087 PAKMIL"});
  ExpectExactly("Hezbollah ceased its rocket attacks on Israel on Sunday.", {"LBNREB 087 ISR"});
  ExpectExactly("Russia and Ukraine ceased hostilities along the front line.", {"RUS 0871 UKR", "UKR 0871 RUS"});
  ExpectExactly("Indian and Chinese troops disengaged from the disputed border area.",
                {"INDMIL 087 CHNMIL", "CHNMIL 087 INDMIL"});
  ExpectExactly("China returned the seized drone to the United States.", {"CHN 0842 USA"});
  ExpectExactly("Iran returned the seized tanker to Greece on Monday.", {"IRN 0842 GRC"});
  ExpectNotCoded({
      {"The company ceased trading on Friday.", ""},
      {"The newspaper ceased publication in 2020.", ""},
      {"The engine disengaged during the flight.", ""},
      {"The shop returned the seized goods to the warehouse.", ""},
  });
}

// 12: "a Security Council resolution" is the UN's, also after the country that vetoes it (not a
// Security Council meeting a president chairs); a head of state vetoing a bill or law with no
// one named vetoes the own legislature's act (129).
TEST(WireCoverage32, VetoesOfResolutionsAndBills) {
  ExpectExactly("Russia vetoed a Security Council resolution on Thursday that would have renewed a panel of experts.",
                {"RUS 129 IGOUNO"});
  ExpectExactly("China blocked a Security Council resolution on Myanmar.", {"CHN 129 IGOUNO"});
  ExpectExactly("South Korea's acting president vetoed a bill on Tuesday that would have named a special counsel.",
                {"KORGOV 129 KORLEG"});
  ExpectExactly("Georgia's president vetoed the \"foreign agents\" law on Saturday.", {"GEOGOV 129 GEOLEG"});
  ExpectNotCoded({
      {"Putin chaired a Security Council meeting in Moscow on Friday.", ""},
      {"Russia's Security Council discussed the situation in Ukraine.", ""},
      {"The president vetoed the idea of a holiday.", ""},
  });
}

// 18: an unnamed man attacking an actor of a country is an unidentified attacker of that
// country (UAF); a man killing his wife, men killed, and men reported by a court as attacking a
// referee (no actor) code nothing.
TEST(WireCoverage32, UnnamedManAttacks) {
  ExpectExactly("A man stabbed South Korean opposition leader Lee Jae-myung in the neck in Busan.",
                {"KORUAF 182 KOROPP"});
  ExpectExactly("A man attacked the president of Comoros with a knife at a funeral.", {"COMUAF 182 COMGOV"});
  ExpectCoded({{"A man threw a pipe bomb at Japanese Prime Minister Fumio Kishida in Wakayama.", "JPNUAF 18"}});
  // Gunmen of no country shooting an opposition leader are that country's.
  ExpectExactly("A gunman opened fire on former Pakistani prime minister Imran Khan, wounding him in the leg.",
                {"PAKUAF 185 PAKOPP"});
  ExpectNotCoded({
      {"Police said a man killed his wife in Nairobi.", ""},
      {"The court said two men attacked the referee after the match in Lagos.", ""},
      {"Three men were killed by a bomb in Kabul.", ""},
  });
}

// 12: voting down an agreement with X (127), shutting or closing the door to / on talks with X
// (125); a shopkeeper shutting the door, a club closing the door to signings, a budget
// amendment voted down: no event.
TEST(WireCoverage32, VotedDownAndDoorShut) {
  ExpectExactly("Iraq's parliament voted down the agreement with Kuwait.", {"IRQLEG 127 KWT"});
  ExpectExactly("Serbia's president shut the door to any talks with Kosovo's prime minister.", {"SRBGOV 125 KSVGOV"});
  ExpectExactly("Armenia closed the door to talks with Azerbaijan on Friday.", {"ARM 125 AZE"});
  ExpectNotCoded({
      {"Parliament voted down the budget amendment.", ""},
      {"The shopkeeper shut the door on the customers.", ""},
      {"The club closed the door to new signings.", ""},
  });
}

// 14: protesters blocking bridges or an intersection obstruct (144); a fallen tree on a bridge
// and a goalkeeper's block are no event.
TEST(WireCoverage32, BridgesAndIntersectionsBlocked) {
  ExpectExactly("Thousands of students blocked all three bridges over the Danube in Novi Sad.", {"SRBEDU 144 SRBGOV"});
  ExpectCoded({
      {"Students blocked the main bridge in Belgrade on Saturday.", "SRBEDU 144"},
      {"Farmers blocked a major intersection in Warsaw with tractors.", "POLAGR 144"},
  });
  ExpectNotCoded({
      {"A fallen tree blocked the bridge in Oslo.", ""},
      {"The Spanish goalkeeper blocked the shot.", ""},
  });
}

// 01: rejecting "X's claim that ..." or a charge "as propaganda" denies it (016); a
// claim to a territory rejected stays a rejection (12), a lawsuit dismissed is no event.
TEST(WireCoverage32, ClaimsDismissedAsBaseless) {
  ExpectExactly("India rejected as baseless Pakistan's claim that it had shelled civilians.", {"IND 016 PAK"});
  ExpectExactly("Russia dismissed Ukraine's charge as propaganda.", {"RUS 016 UKR"});
  ExpectExactly("China rejected the U.S. claim that it had sent weapons to Russia.", {"CHN 016 USA"});
  ExpectExactly("Guyana rejected Venezuela's claim to the Essequibo region.", {"GUY 120 VEN"});
  ExpectNotCoded({{"The judge dismissed the lawsuit as baseless.", ""}});
}

// 12: a veto of an "X-drafted" or "X-sponsored" resolution is of the state that drafted it, also
// when the drafter is written "U.S." before the hyphen; a resolution named by no drafter is the
// UN's.
TEST(WireCoverage32, VetoOfADraftersResolution) {
  ExpectExactly("China and Russia on Thursday vetoed a U.S.-drafted Security Council resolution that would have "
                "imposed more sanctions on North Korea.",
                {"CHN 129 USA", "RUS 129 USA"});
  ExpectExactly("Russia vetoed a French-sponsored resolution on Syria.", {"RUS 129 FRA"});
  ExpectExactly("Russia vetoed a Security Council resolution on Thursday.", {"RUS 129 IGOUNO"});
}

}  // namespace
}  // namespace tidings::extract

// Precision: clauses whose verbs tell the background or the content of another act, not an act
// of their own (an agreement's terms, an incident an inquiry or a protest is about). Every
// sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectExactly;
using testing::ExpectNotCoded;

// What an agreement's "under/in/by which" or "whereby" clause says is the agreement's terms:
// the signing (057) is the event, no intent (03) or act of its own.
TEST(WireCoverage40, AgreementTermsAreNoActOfTheirOwn) {
  ExpectExactly("Kenya and Ethiopia signed a pact on Tuesday under which Ethiopia will supply electricity to Kenya.",
                {"KEN 057 ETH", "ETH 057 KEN"});
  ExpectExactly("Greece and Egypt signed a maritime deal whereby Egypt would grant Greek ships access to its ports.",
                {"GRC 057 EGY", "EGY 057 GRC"});
  ExpectExactly("Rwanda and Britain signed a treaty in which Rwanda would take in asylum seekers.",
                {"RWA 057 GBR", "GBR 057 RWA"});
  ExpectNotCoded({
      {"Kenya and Ethiopia signed a pact on Tuesday under which Ethiopia will supply electricity to Kenya.", "03"},
      {"Greece and Egypt signed a maritime deal whereby Egypt would grant Greek ships access to its ports.", "03"},
  });
  // Said on its own, the same promise is the speaker's intent.
  ExpectCoded({
      {"Ethiopia will supply electricity to Kenya, the ministry said.", "ETH 03"},
  });
}

// What an incident's "in/during which" clause says happened is the incident an inquiry, a
// protest or a step is about ("into", "after", "over"), no second event; an incident an actor
// carries out keeps its own act.
TEST(WireCoverage40, IncidentInATopicAdjunctIsBackground) {
  ExpectNotCoded({
      {"The U.N. opened an inquiry into an incident in which Malian soldiers shot dead four civilians.", "19"},
      {"Georgia's parliament dropped the bill after a week of protests in which demonstrators clashed with police "
       "in Tbilisi.",
       "14"},
      {"Georgia's parliament dropped the bill after a week of protests in which demonstrators clashed with police "
       "in Tbilisi.",
       "19"},
  });
  ExpectCoded({
      {"Malian soldiers shot dead four civilians near Gao on Sunday.", "MLIMIL 193 MLICVL"},
      {"Demonstrators clashed with police in Tbilisi on Friday.", "GEOOPP"},
      {"Russian forces launched an offensive in eastern Ukraine in which troops seized three villages.",
       "RUSMIL 190 UKR"},
      {"Kenyan police fired tear gas at a rally in which protesters clashed with officers in Nairobi.", "KENCOP 175"},
  });
}

// "seeking to <do something>" and "seeking access to" are an aim: no appeal (020) to whoever the
// aim names. What is sought from someone (aid, help, support, a loan) stays an appeal.
TEST(WireCoverage40, SeekingToIsAnAimNoAppeal) {
  ExpectNotCoded({
      {"The Philippine president visited Tokyo on Friday, seeking to show a united front against China.", "02"},
      {"Argentina's president met Brazil's leader, seeking access to Brazil's lithium.", "02"},
      {"Turkey sought to join the European Union decades ago.", ""},
  });
  ExpectCoded({
      {"The Philippine president visited Tokyo on Friday, seeking to show a united front against China.",
       "PHLGOV 042 JPN"},
      {"Pakistan sought an emergency loan from the International Monetary Fund on Monday.", "PAK 0231 IGOBUSIMF"},
      {"Sri Lanka sought help from India to repay its debts.", "LKA 023 IND"},
      {"Kenya sought China's help to finish the railway.", "KEN 023 CHN"},
      {"Kosovo sought the support of Germany in its dispute with Serbia.", "KSV 022 DEU"},
      {"Ukraine sought more air defence systems from Germany.", "UKR 0232 DEU"},
  });
}

// Asking a court or its judges to stop, suspend, bar, order or condemn X is legal action
// against X (115), not an appeal (02) to the court; asking it to free someone stays an appeal.
TEST(WireCoverage40, AskingACourtToActAgainstXIsLegalAction) {
  ExpectCoded({
      {"South Africa asked the International Court of Justice to order Israel to halt its offensive in Rafah.",
       "ZAF 115 ISR"},
      {"Ukraine urged the court to condemn Russia for the downing of the airliner.", "UKR 115 RUS"},
      {"Armenia asked the judges to bar Azerbaijan from blocking the Lachin corridor.", "ARM 115 AZE"},
      {"Gambia asked the World Court to stop Myanmar's campaign against the Rohingya.", "GMB 115 MMR"},
  });
  ExpectNotCoded({
      {"Armenia asked the judges to bar Azerbaijan from blocking the Lachin corridor.", "02"},
      {"The coach asked the court to stop the transfer of the player.", ""},
      {"Amnesty urged the court to free the jailed journalists in Cairo.", "11"},
  });
}

// A demand after a comma is the protest's own, past a long place and time ("for a second week
// on Monday"): one protest for the demand (1411, 1442 ...), no demand (10x) of its own.
TEST(WireCoverage40, DemandAfterALongProtestIsTheProtests) {
  ExpectExactly(
      "Thousands of protesters marched through the centre of Nairobi on Tuesday for the second week in a row, "
      "demanding the resignation of President William Ruto.",
      {"KENOPP 1411 KENGOV"});
  ExpectNotCoded({
      {"Farmers in Poland blocked dozens of roads near the border with Ukraine on Friday for a third day running, "
       "demanding that the government ban grain imports.",
       "10"},
      {"Teachers in Lagos went on strike across the city on Monday for a second straight week, demanding higher pay "
       "from the Nigerian government.",
       "10"},
  });
  ExpectCoded({
      {"Farmers in Poland blocked dozens of roads near the border with Ukraine on Friday for a third day running, "
       "demanding that the government ban grain imports.",
       "POLAGR 144 POLGOV"},
      // A demand of another subject, joined by "and", stays a demand.
      {"Serbian students occupied a university building in Belgrade on Tuesday, and the government demanded that "
       "they leave.",
       "SRBGOV 10"},
  });
}

// "calling for" or "urging" after a protest's place and time, with or without a comma, is the
// protest's appeal: one protest (0241 as 1411), no appeal (02) of its own.
TEST(WireCoverage40, AppealOfAProtestIsTheProtests) {
  ExpectExactly("Tens of thousands of people rallied in central Tbilisi on Sunday calling for the resignation of the "
                "Georgian government.",
                {"GEOCVL 1411 GEOGOV"});
  ExpectExactly("Thousands of Kenyan protesters marched in Nairobi, calling on the government to scrap the finance bill.",
                {"KENOPP 141 KENGOV"});
  ExpectNotCoded({
      {"Protesters gathered outside parliament in Dhaka urging the president to step down.", "02"},
      {"Students in Belgrade marched on Friday, calling for early elections in Serbia.", "02"},
      // A protest a threat names is no protest that happened.
      {"Police in Harare warned that anyone who joined protests calling for the president to quit would be "
       "arrested.",
       "14"},
  });
}

// Money an actor "will" give, lend or put into another is its pledge of aid (0331), not aid given
// (071); given, it stays aid.
TEST(WireCoverage40, MoneyThatWillBeGivenIsAPledge) {
  ExpectExactly("Britain will give Kenya 50 million pounds over five years to improve its water supply, the foreign "
                "secretary said.",
                {"GBR 0331 KEN"});
  ExpectExactly("Germany will lend Egypt 1 billion euros to build a high-speed railway.", {"DEU 0331 EGY"});
  ExpectExactly("The United States will put 300 million dollars into Guatemala's health system, officials said.",
                {"USA 0331 GTM"});
  ExpectCoded({
      {"Britain gave Kenya 50 million pounds last year to improve its water supply.", "GBR 071 KEN"},
  });
  ExpectNotCoded({
      {"Manchester United will give the player 10 million pounds a year.", ""},
  });
}

// A company agreeing to buy a stake or shares, to buy out or merge is a takeover, no political
// intent (03); a state agreeing to buy weapons or to cooperate stays its intent.
TEST(WireCoverage40, TakeoverAgreedIsNoIntent) {
  ExpectNotCoded({
      {"Japan's SoftBank agreed to buy a 40% stake in an Indian telecoms firm for $2 billion.", ""},
      {"German carmaker Volkswagen agreed to merge its truck unit with a Swedish rival.", ""},
      {"Qatar agreed to buy shares in a British bank.", ""},
  });
  ExpectCoded({
      {"Poland agreed to buy 96 Apache helicopters from the United States.", "POL 030 USA"},
      {"India and France agreed to deepen defence cooperation.", "IND 03"},
  });
}

// An infinitive after a superlative's plain noun has that noun as its subject ("the strongest
// storm ever to strike the island"): no actor nearby is its source.
TEST(WireCoverage40, SuperlativeNounIsTheInfinitivesSubject) {
  ExpectNotCoded({
      {"KINGSTON, Oct 28 (Reuters) - A cyclone flattened homes and churches in the east on Tuesday as the strongest "
       "storm ever to strike the island moved north.",
       ""},
      {"The largest earthquake to strike Turkey in a century destroyed thousands of buildings.", ""},
      {"The first ship to dock in Odesa carried grain to Turkey.", ""},
  });
  ExpectCoded({
      {"Russia's biggest drone attack to date hit Kyiv on Sunday.", "RUSMIL 1952 UKR"},  // the weapon names the act
  });
}

}  // namespace
}  // namespace tidings::extract

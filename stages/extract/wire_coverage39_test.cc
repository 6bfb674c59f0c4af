// The built-in dictionaries against ordinary wire copy, thirty-ninth pass: recall of protest (14).
// Crowds that packed, filled, thronged or poured into the streets code nothing by themselves (fans,
// shoppers, pilgrims); the demand they voice there, an -ing clause after a comma ("..., demanding
// that the president resign", "..., calling for the government to resign"), is their protest for
// it (1411 for a leadership change), against whom it is made, not a demand or appeal to them.
// A demand in another clause or sentence, by someone else, stays that speaker's demand.
// Workers who "stayed off the job / off work" or "parked their vehicles", and traders who closed
// their shops, "in a nationwide / general / indefinite strike" (against X) strike (143); staying
// off work in a storm, shares staying off their highs, or shops closed after an air strike do not.
// Letting another side's forces use one's (air) bases, bases on one's soil, fly or operate from
// them is military cooperation (062); "will not allow" or "refused to allow" it refuses it (1212).
// After "any" or "another" and a nationality adjective, a verb's present form is the noun they
// modify ("would respond decisively to any new Israeli attack", "against any new British
// sanctions"): the response is threatened (130) against that country, no attack or sanction.
// Rejecting, brushing or shrugging off appeals, calls or demands from X (or X's appeals) to free
// or release someone refuses the release to X (1243); a court rejecting defendants' appeals is
// no event.
// wire_coverage_test.cc to wire_coverage36_test.cc are the earlier passes. Every sentence here was
// written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectExactly;
using testing::ExpectNotCoded;

TEST(WireCoverage39, CrowdInTheStreetsVoicingADemandProtests) {
  ExpectExactly("Thousands of Peruvians packed the streets of Lima on Sunday, demanding the resignation of the president.",
                {"PER 1411 PERGOV"});
  ExpectExactly(
      "Tens of thousands of Armenians poured into the streets of Yerevan on Friday, demanding that the prime minister "
      "resign.",
      {"ARM 1411 ARMGOV"});
  ExpectExactly("Students thronged the streets of Belgrade, calling for the Serbian government to resign.",
                {"SRBEDU 1411 SRBGOV"});
  ExpectExactly(
      "Crowds of Venezuelans filled the streets of Caracas, demanding that the government release political "
      "prisoners.",
      {"VENCVL 141 VENGOV"});
  ExpectExactly(
      "Polish farmers poured onto the streets of Warsaw on Tuesday, demanding that the government ban grain imports "
      "from Ukraine.",
      {"POLAGR 141 POLGOV"});
}

TEST(WireCoverage39, CrowdsWithoutTheirOwnDemandCodeNoProtest) {
  ExpectNotCoded({{"Spanish football fans packed the streets of Madrid on Sunday, demanding that the coach resign.", ""},
                  {"Thousands of pilgrims thronged the streets of Mecca, praying for the victims of the war.", ""},
                  {"Crowds filled the streets of Kyiv, welcoming the French president.", "14"},
                  {"Thousands of Peruvians packed the streets of Lima on Sunday as the Peruvian government demanded "
                   "that Chile return the fugitive.",
                   "14"},
                  {"Kenyans poured into the streets of Nairobi on Tuesday. The Kenyan government demanded that Uganda "
                   "release the opposition leader.",
                   "14"}});
}

TEST(WireCoverage39, StayedOffTheJobInAStrike) {
  ExpectExactly("Teachers across Nigeria stayed off the job on Tuesday in a nationwide strike against the government.",
                {"NGAEDU 143 NGAGOV"});
  ExpectExactly("Ghanaian nurses stayed off work on Monday in a strike over unpaid salaries.", {"GHAHLH 143 GHAGOV"});
  ExpectExactly("Bus drivers in Nairobi parked their vehicles on Monday in a general strike against the government.",
                {"KENLAB 143 KENGOV"});
  ExpectExactly(
      "Traders in Lagos closed their shops on Monday in a nationwide strike against the government's new taxes.",
      {"NGABUS 1432 NGAGOV"});
  ExpectExactly("Kenyan doctors stayed off work on Monday in an indefinite strike against the Kenyan government.",
                {"KENHLH 143 KENGOV"});
}

TEST(WireCoverage39, StayingOffWithoutAStrikeCodesNothing) {
  ExpectNotCoded({{"Residents stayed off work on Monday as Cyclone Freddy hit Malawi.", ""},
                  {"The company's shares stayed off their highs on Monday.", ""},
                  {"Taxi drivers in Nairobi parked their vehicles outside the mall on Monday.", ""},
                  {"Traders in Kabul closed their shops on Friday after an air strike on the city.", ""}});
}

TEST(WireCoverage39, BasesLentOrRefusedToAnotherSidesForces) {
  ExpectExactly("Qatar allowed the U.S. military to use its air bases for strikes in Syria.",
                {"QAT 062 USAMIL"});
  ExpectExactly("Kyrgyzstan allowed Russia to use its air bases.", {"KGZ 062 RUS"});
  ExpectExactly("Greece refused to allow U.S. warplanes to use its bases.", {"GRC 1212 USAMIL"});
  ExpectExactly("Jordan will not allow Israeli jets to operate from its territory, the Jordanian foreign minister said.",
                {"JOR 1212 ISRMIL"});
  ExpectExactly("Pakistan would not allow the United States to use bases on its soil for operations in Afghanistan.",
                {"PAK 1212 USA"});
}

TEST(WireCoverage39, BasesOfCompaniesOrTeamsAreNoCooperation) {
  ExpectNotCoded({{"The Kenyan company allowed the British airline to use its bases in Nairobi.", ""},
                  {"The Texas Rangers allowed the New York Yankees to use their bases.", ""},
                  {"Iraq will not allow Turkey to launch attacks from its territory.", "12"}});
}

TEST(WireCoverage39, ResponseToAnyNewActOfANationIsAThreat) {
  ExpectExactly("Iran said it would respond decisively to any new Israeli attack.", {"IRN 130 ISR"});
  ExpectExactly("Iran said it would respond firmly to any further Israeli strike.", {"IRN 130 ISR"});
  ExpectExactly("China said it would respond firmly to any new U.S. sanctions.", {"CHN 130 USA"});
  ExpectExactly("Russia warned it would retaliate against any new British sanctions.", {"RUS 130 GBR"});
  ExpectExactly("The Kremlin condemned another Ukrainian attack on the Crimean bridge.", {"RUSGOV 111 UKR"});
  ExpectNotCoded({{"Iran said it would respond decisively to any new Israeli attack.", "19"},
                  {"China said it would respond firmly to any new U.S. sanctions.", "16"}});
}

TEST(WireCoverage39, AppealsToFreeSomeoneRebuffed) {
  ExpectExactly(
      "Nicaragua's government brushed off appeals from the Vatican and the United States to free the jailed bishop.",
      {"NICGOV 1243 VAT", "NICGOV 1243 USA"});
  ExpectExactly("Iran rejected calls from France to release the detained tourists.", {"IRN 1243 FRA"});
  ExpectExactly("Belarus dismissed the European Union's appeals to release political prisoners.",
                {"BLR 1243 IGOEUREEC"});
  ExpectExactly("Egypt rejected demands from Human Rights Watch to release the jailed activists.", {"EGY 1243 NGOHRI"});
  ExpectNotCoded({{"The Supreme Court rejected appeals from the defendants to free them on bail.", ""}});
}

}  // namespace
}  // namespace tidings::extract

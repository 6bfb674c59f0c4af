// The built-in dictionaries against ordinary wire copy, twenty-third pass: aid, loans and trade
// measures. A loan an actor will extend is the intent (0331), extended it is the aid (071);
// relief goods listed at length and flown to a city go to that city's country (073); tariff
// concessions suspended or scrapped are a trade sanction (163), and threatened when they could
// be (1312); a partner put back on a white list is an easing (085); warning data exchanged
// (064); and a player "shot down" in straight games is sport. With the other senses of the same
// words. wire_coverage_test.cc to wire_coverage21_test.cc are the earlier passes. Every
// sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectExactly;
using testing::ExpectNotCoded;

// 03, 07: a loan or credit line an actor will or would extend is an intent to give economic aid
// (0331); extended, it is the aid (071). A lead extended is none.
TEST(WireCoverage23, LoanToBeExtended) {
  ExpectExactly("South Korea will extend a $500 million loan to Sri Lanka to help it cope with its debt.",
                {"KOR 0331 LKA"});
  ExpectExactly("Germany said it would extend a credit line to Ghana.", {"DEU 0331 GHA"});
  ExpectExactly("South Korea extended a $500 million loan to Sri Lanka.", {"KOR 071 LKA"});
  ExpectNotCoded({{"The Dutch cyclist extended his lead over Belgium's champion.", ""}});
}

// 07: tents, blankets, medicine and food packets, however long the list, flown to a city of
// another country are humanitarian aid to it (073); troops airlifted are not, and relief flown
// to a city of one's own country has no foreign recipient.
TEST(WireCoverage23, ReliefFlownToACity) {
  ExpectExactly("Malaysia airlifted 12 tonnes of tents, blankets, medicine and food packets to Kathmandu.",
                {"MYS 073 NPL"});
  ExpectExactly("India sent relief supplies to Mandalay.", {"IND 073 MMR"});
  ExpectNotCoded({
      {"Malaysia airlifted troops to Kathmandu.", "073"},
      {"Malaysia airlifted food packets to Penang.", ""},
  });
}

// 16, 13, 08: tariff concessions, cuts or exemptions suspended or scrapped are a trade sanction
// (163), before the sanctions a verb of ending would ease; "could" makes it a threat (1312). A
// partner put back on a white list has its export curbs eased (085). A mining firm's
// concessions suspended are no sanction, and sanctions suspended stay eased.
TEST(WireCoverage23, TariffConcessionsSuspended) {
  ExpectExactly("Russia suspended tariff concessions on 60 products imported from Moldova.", {"RUS 163 MDA"});
  ExpectExactly("Britain scrapped tariff cuts for Cambodia.", {"GBR 163 KHM"});
  ExpectExactly("Russia could scrap more tariff exemptions on Moldovan wine if Chisinau keeps pursuing membership of "
                "the European Union.",
                {"RUS 1312 MDA"});
  ExpectExactly("India put Bangladesh back on its white list of trusted trading partners, lifting export curbs.",
                {"IND 085 BGD"});
  ExpectExactly("Russia suspended sanctions on Belarus.", {"RUS 085 BLR"});
  ExpectNotCoded({
      {"The government suspended the concessions of a mining firm.", ""},
      {"The coach put the striker back on the list.", ""},
  });
}

// 16, 11: sanctions with a participle accusing the sanctioned accuse them too.
TEST(WireCoverage23, SanctionedAndAccused) {
  ExpectExactly("Britain imposed sanctions on four Iranian judges, accusing them of using the courts to persecute "
                "protesters.",
                {"GBR 163 IRNJUD", "GBR 112 IRNJUD"});
}

// 06: two countries that began exchanging warning data or intelligence share it both ways, or
// with the partner named (064); players exchanged are none.
TEST(WireCoverage23, BeganExchangingData) {
  ExpectExactly("India and Japan began exchanging real-time data on Chinese naval movements.",
                {"IND 064 JPN", "JPN 064 IND"});
  ExpectExactly("Vietnam began exchanging intelligence with the Philippines.", {"VNM 064 PHL"});
  ExpectNotCoded({{"The two clubs began exchanging players.", ""}});
}

// 19: a player "shot down" in straight games or sets is beaten at sport; a drone shot down is
// force.
TEST(WireCoverage23, ShotDownInStraightGames) {
  ExpectNotCoded({
      {"Japan's Akane Yamaguchi shot down India's P.V. Sindhu in straight games to retain her title.", ""},
      {"Spain's Carlos Alcaraz shot down Italy's Jannik Sinner in straight sets.", ""},
  });
  ExpectExactly("Ukraine shot down a Russian drone.", {"UKR 190 RUSMIL"});
}

}  // namespace
}  // namespace tidings::extract

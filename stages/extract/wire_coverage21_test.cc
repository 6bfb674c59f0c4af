// The built-in dictionaries against ordinary wire copy, twenty-first pass: modality. Acts an
// actor says it will never do ("would never implement the EU's pact" defies it, 128), acts it
// stands ready to do past a verb of saying ("announced it was ready to ease sanctions on X" is
// 0354, not the sanctions), a U.N. team one would let visit (0355), ultimatums of weeks and
// months, vows to ban parties (1322) and warnings that ships would be "legitimate targets"
// (1384); with the plain acts and the other senses of the same words. wire_coverage_test.cc to
// wire_coverage20_test.cc are the earlier passes. Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectExactly;
using testing::ExpectNotCoded;

// 12: a law, pact or rules an actor says it will never implement are defied (128); implemented
// they are nothing, and refusing to comment is no refusal to withdraw.
TEST(WireCoverage21, NeverImplement) {
  ExpectExactly("Poland vowed that Warsaw would never implement the European Union's new asylum rules.",
                {"POL 128 IGOEUREEC"});
  ExpectExactly("Slovakia said it will not implement the European Union's migration pact.", {"SVK 128 IGOEUREEC"});
  ExpectExactly("Iran will not release the French journalist before a court rules on his case.",
                {"IRN 1243 FRAMED"});
  ExpectCoded({{"Turkish President Tayyip Erdogan flatly refused on Monday to withdraw his troops from northern Syria.",
                "TURGOV 1246 SYR"}});
  ExpectNotCoded({
      {"Hungary implemented the European Union's rules.", ""},
      {"Slovakia has not yet implemented the directive.", ""},
      {"Turkish President Tayyip Erdogan refused to comment on the troops in Syria.", "124"},
  });
}

// 03: an act readied after a verb of saying is the intent (0354), not sanctions announced; a
// readied threat is a threat. Tariffs scaled back are eased (085); cooperation scaled back is
// not.
TEST(WireCoverage21, ReadyToEaseSanctions) {
  ExpectExactly("Japan announced it was ready to ease sanctions on Russia.", {"JPN 0354 RUS"});
  ExpectExactly("Washington said it was willing to scale back tariffs on Brazilian coffee.", {"USA 0354 BRA"});
  ExpectExactly("China said it was ready to impose sanctions on Lithuania.", {"CHN 1312 LTU"});
  ExpectExactly("Canada scaled back its tariffs on Chinese cars.", {"CAN 085 CHN"});
  ExpectExactly("Japan announced sanctions on Russia.", {"JPN 163 RUS"});
  ExpectExactly("Mexico is weighing whether to scale back security cooperation with the United States.",
                {"MEX 014 USA"});
  ExpectNotCoded({{"Japan said it was open to hosting the Olympics.", ""}});
}

// 08, 03, 12: a U.N. or EU team or mission let in to visit is international involvement (086);
// said it would, an intent (0355); will not, a refusal (1245). A team let into a museum is none.
TEST(WireCoverage21, TeamAllowedToVisit) {
  ExpectExactly("Ethiopia allowed a United Nations team to visit Tigray.", {"ETH 086 IGOUNO"});
  ExpectExactly("Ethiopia said it would allow a United Nations team to visit Tigray.", {"ETH 0355 IGOUNO"});
  ExpectExactly("Serbia said it would let a European Union mission visit the north of Kosovo.", {"SRB 0355 IGOEUREEC"});
  ExpectExactly("Myanmar will not allow a United Nations team to visit Rakhine.", {"MMR 1245 IGOUNO"});
  ExpectNotCoded({{"The coach let the team visit the museum.", ""}});
}

// 13: weeks and months given to act are an ultimatum (139), a day named in between or not; a
// week off or to rest is not.
TEST(WireCoverage21, WeeksToAct) {
  ExpectExactly("ECOWAS gave Mali's junta two weeks to hand power back.", {"IGOWAFWAS 139 MLIGOV"});
  ExpectExactly("The African Union gave Sudan's army three months to restore civilian rule.",
                {"IGOAFRAFU 139 SDNMIL"});
  ExpectCoded({{"West African leaders gave Mali's ruling junta one week on Saturday to hand power back to civilians.",
                "AFR 139 MLIGOV"}});
  ExpectNotCoded({
      {"The coach gave the team one week off.", ""},
      {"The coach gave his players one week on Monday to rest.", ""},
  });
}

// 13, 17: a vow to ban parties or impose a curfew is a threat to (1322, 1323); the ban done
// stays 1722.
TEST(WireCoverage21, VowToBanParties) {
  ExpectExactly("Cambodia's prime minister vowed on Monday to ban the country's main opposition parties if his party "
                "wins the election.",
                {"KHMGOV 1322 KHM"});
  ExpectExactly("Kenya's president vowed to impose a curfew in Nairobi if the protests continue.", {"KENGOV 1323 KEN"});
  ExpectExactly("Cambodia banned the main opposition party on Monday.", {"KHM 1722 KHMOPP"});
}

// 13: ships or plants that "would be legitimate targets" are threatened with attack (1384); a
// legitimate target of criticism is not.
TEST(WireCoverage21, LegitimateTargets) {
  ExpectExactly("Iran warned that ships of any country joining the U.S.-led naval coalition would be legitimate targets.",
                {"IRN 1384 USA"});
  ExpectExactly("Hezbollah warned Israel that its power stations would be legitimate military targets.",
                {"LBNREB 1384 ISR"});
  ExpectNotCoded({{"The Greek minister warned Turkey that its claims were a legitimate target of criticism.", "138"}});
}

}  // namespace
}  // namespace tidings::extract

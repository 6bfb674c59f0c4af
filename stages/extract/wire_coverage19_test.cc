// The built-in dictionaries against ordinary wire copy, nineteenth pass: the business, culture and
// sport uses of verbs of force ("captured the hearts of fans / the song contest / the title",
// "invaded X's crowded car market", "fans invaded the pitch", "targeted X tourists with an
// advertising campaign", "sought to stave off / head off X's tariffs"), and idioms the coder
// coded wrong or not at all ("slapped entry bans on" and "imposed curbs on exports of ... to X"
// are sanctions, "will hit back with tariffs on X" a threat of them, "told X to ... or see its
// diplomats expelled" an ultimatum, "rushed to the defence of", "took X to the EU's top court",
// "parachuted aid into"); with the military uses of the same verbs, which must keep their codes.
// wire_coverage_test.cc to wire_coverage18_test.cc are the earlier passes. Every sentence here
// was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectExactly;
using testing::ExpectNotCoded;

// 19: hearts, contests, titles and markets are no territory; pitches are no country.
TEST(WireCoverage19, FiguresOfConquest) {
  ExpectNotCoded({
      {"The Portuguese duo captured the hearts of music fans with a folk ballad.", ""},
      {"The young Kenyan runner captured the imagination of the crowd in Paris.", ""},
      {"A Serbian band captured the song contest in Malmo.", ""},
      {"Italy captured the title after beating Spain 2-1.", ""},
      {"A Chinese electric carmaker invaded Europe's crowded car market this year.", ""},
      {"Thousands of fans invaded the pitch after the final whistle.", ""},
  });
  ExpectCoded({
      {"Kurdish fighters captured the Islamic State commander near Raqqa.", "SYRREB 173 IMGMUSISI"},
      {"Syrian rebels captured the town of Saraqeb from government forces.", "SYRREB 192 SYRMIL"},
      {"Russian troops invaded Georgia in 2008.", "RUSMIL 192 GEO"},
      {"Kenya said it would invade Somalia if the attacks continued.", "KEN 1382 SOM"},
  });
}

// 19: tourists targeted with advertising are customers; targeted by gunmen or drones, victims.
TEST(WireCoverage19, TargetedByMarketing) {
  ExpectNotCoded({
      {"Thailand targeted Chinese and Indian tourists with an advertising campaign.", ""},
      {"Egypt launched a drive to win back visitors, targeting Italian holidaymakers with ads.", "19"},
  });
  ExpectCoded({
      {"Gunmen targeted Israeli tourists in Egypt.", "EGYUAF 190 ISRCVL"},
      {"Russian drones targeted Ukrainian energy facilities overnight.", "RUSMIL 1952 UKR"},  // the weapon names the act
  });
}

// 02: an act sought to be headed off is no appeal to the one it would come from.
TEST(WireCoverage19, SoughtToHeadOff) {
  ExpectNotCoded({
      {"Mexico sought to stave off U.S. tariffs on its steel.", ""},
      {"Japan was seeking to head off American duties on its cars.", ""},
      {"Kenya sought to avert a strike by teachers.", ""},
  });
  ExpectCoded({{"Ukraine sought more military aid from Germany.", "UKR 0232 DEU"}});
}

// 16, 13: entry bans and export curbs are sanctions; hitting back with tariffs is one, promised a threat.
TEST(WireCoverage19, SanctionsAndThreatsOfThem) {
  ExpectExactly("Beijing slapped entry bans on ten American lawmakers.", {"CHN 163 USALEG"});
  ExpectCoded({
      {"The European Union imposed a visa ban on Russian officials.", "IGOEUREEC 163 RUSGOV"},
      {"Japan imposed curbs on exports of chip-making equipment to China.", "JPN 163 CHN"},
      {"The United States tightened curbs on exports of semiconductors to China.", "USA 163 CHN"},
      {"The European Union said it will hit back with tariffs on U.S. whiskey if talks fail.", "IGOEUREEC 1312 USA"},
      {"Canada hit back with tariffs on American steel.", "CAN 163 USA"},
      {"The Israeli army hit back at Hezbollah with air strikes.", "ISRMIL 190 LBNREB"},
  });
}

// 13: "or see" / "or lose" after a demand is an ultimatum, as "or face".
TEST(WireCoverage19, Ultimatums) {
  ExpectExactly("Moscow told Vilnius to cut its embassy staff or see its diplomats expelled.", {"RUS 139 LTU"});
  ExpectCoded({{"Russia told Moldova to withdraw its ambassador or face expulsion.", "RUS 139 MDA"}});
}

// 05, 11, 07: defended, taken to a top court, aid dropped from the air (paratroopers are no aid).
TEST(WireCoverage19, DefenceCourtsAndAirdrops) {
  ExpectCoded({
      {"Poland rushed to the defence of Lithuania in the row with Belarus.", "POL 052 LTU"},
      {"The European Commission took Italy to the EU's top court over its migration law.", "IGOEUREEC 115 ITA"},
      {"Qatari planes parachuted aid into Gaza on Tuesday.", "QAT 073 PSE"},
  });
  ExpectNotCoded({{"French paratroopers parachuted into northern Mali.", "07"}});
}

}  // namespace
}  // namespace tidings::extract

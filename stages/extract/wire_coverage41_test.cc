// Exact codes: a consultation held by telephone or video link is a phone call (041), however
// long the object before the medium. Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectExactly;
using testing::ExpectNotCoded;

// Two leaders who discussed a long list of topics "in a phone call" or "by telephone" consulted
// by phone, each with the other.
TEST(WireCoverage41, ADiscussionByTelephoneIsAPhoneCall) {
  ExpectExactly(
      "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan discussed border trade and the "
      "fight against cattle rustling in a phone call on Monday.",
      {"KENGOV 041 TZAGOV", "TZAGOV 041 KENGOV"});
  ExpectExactly(
      "The prime ministers of Greece and Bulgaria discussed energy links and the fate of a gas pipeline by "
      "telephone on Thursday.",
      {"GRCGOV 041 BGRGOV", "BGRGOV 041 GRCGOV"});
  ExpectCoded({
      {"Egypt's president discussed the Nile dam dispute and the price of gas imports with Qatar's emir in a "
       "telephone call.",
       "EGYGOV 041 QATGOV"},
  });
}

// The medium must belong to the consultation's own clause: a call named after a comma, in a
// clause of time or as what is discussed leaves a meeting a meeting.
TEST(WireCoverage41, APhoneCallOutsideTheClauseLeavesAMeeting) {
  ExpectCoded({
      {"German Chancellor Olaf Scholz met Polish Prime Minister Donald Tusk in Warsaw on Friday, a week after they "
       "spoke by telephone.",
       "DEUGOV 040 POLGOV"},
      {"Brazil's Lula and Argentina's Milei discussed trade on Monday, Lula said in a telephone interview.",
       "BRAGOV 040 ARGGOV"},
      {"Japanese and South Korean officials met in Seoul to discuss the phone call between their leaders.",
       "JPNGOV 040 KORGOV"},
      {"Nigeria and Ghana held talks in Abuja on Tuesday on the cocoa trade.", "NGA 040 GHA"},
  });
  ExpectNotCoded({
      {"Police said the suspect made a phone call to his brother before the attack.", ""},
      {"The minister said by telephone that the talks would resume next week.", "04"},
  });
}

// 112 by what the accusation names: a crime or corruption (1121), a people's or critics'
// mistreatment (1122), force against a state (1123).
TEST(WireCoverage41, AnAccusationTakesItsKindFromWhatItNames) {
  ExpectCoded({
      {"Kenya's opposition accused the electoral commission on Friday of rigging the presidential vote.",
       "KENOPP 1121 KENGOV"},
      {"Uganda accused Kenyan officials of laundering money for smugglers.", "UGA 1121 KENGOV"},
      {"Amnesty International accused Egypt's government of persecuting journalists and stifling dissent.",
       "NGOHRIAMN 1122 EGYGOV"},
      {"Serbia accused Kosovo of mistreating ethnic Serbs in the north.", "SRB 1122 KSV"},
      {"Vietnam accused a Chinese vessel of ramming one of its fishing boats near the Paracel Islands.",
       "VNM 1123 CHN"},
      {"Sudan accused Chad of sending troops to fight alongside the RSF.", "SDN 1123 TCD"},
      {"Lithuania accused Belarus of violating its airspace with balloons.", "LTU 1123 BLR"},
  });
  // Named with no accusation, the same words code no accusation.
  ExpectNotCoded({
      {"Election observers said there was no sign of rigging in the presidential vote.", "112"},
      {"The ship was ramming through heavy ice near the coast.", ""},
  });
}

// A warning whose clause's verb already names a kind of threat keeps that kind: cutting ties
// (1313), shooting down aircraft (1384).
TEST(WireCoverage41, AWarnedThreatKeepsTheKindItsVerbNames) {
  ExpectCoded({
      {"Niger warned on Monday that it would sever diplomatic ties with Benin unless Cotonou reopened the border.",
       "NER 1313 BEN"},
      {"Burkina Faso warned on Friday that it would break off diplomatic relations with Ivory Coast unless Abidjan "
       "handed over the plotters.",
       "BFA 1313 CIV"},
      {"Eritrea warned that its army would shoot down Ethiopian military planes that entered its skies.",
       "ERIMIL 1384 ETHMIL"},
      {"Iran warned that it would shoot down any Israeli drone entering its airspace.", "IRN 138 ISRMIL"},
  });
  ExpectExactly("Chad warned that it would declare war on Sudan if Khartoum kept arming the rebels.", {"TCD 138 SDN"});
  // A bare threat to retaliate names no kind: the warning's own 130.
  ExpectExactly("Chile warned it would retaliate against any new Argentine tariffs.", {"CHL 130 ARG"});
  ExpectNotCoded({
      {"The union warned that workers would strike next week.", ""},
      {"Police warned protesters that they would be arrested.", ""},
  });
}

}  // namespace
}  // namespace tidings::extract

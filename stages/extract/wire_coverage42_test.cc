// Recall: a plural actor noun of force or protest after a count or a plain adjective that opens
// its clause ("Angry protesters", "Hundreds of protesters", "200 protesters") is the subject
// of the verb after it, also of a verb whose base and past forms look alike ("set", "hit",
// "cut") or that the dictionary lists as a base ("stormed"). Every sentence here was written for
// this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectExactly;
using testing::ExpectNotCoded;

TEST(WireCoverage42, CountedOrQualifiedActorsOpeningTheClauseAreTheSubject) {
  ExpectExactly("Angry protesters set fire to a police station in Lagos on Tuesday.", {"NGAOPP 145 NGACOP"});
  ExpectExactly("Thousands of protesters stormed the parliament in Nairobi on Tuesday.", {"KENOPP 145 KENLEG"});
  // After "when" the clause opens as at the sentence's start.
  ExpectExactly("When angry protesters stormed the regional parliament in Lagos, police fired tear gas.",
                {"NGAOPP 145 NGALEG", "NGACOP 175 NGAOPP"});
  ExpectCoded({
      {"Masked soldiers set fire to a rebel camp in eastern Congo.", "CODMIL 17"},
      {"200 protesters stormed the city hall in Lima.", "PEROPP 145"},
  });
}

// A count may be approximate or of tens of thousands.
TEST(WireCoverage42, ApproximateAndLargeCountsOpenTheSubject) {
  ExpectExactly("Tens of thousands of protesters stormed the parliament in Nairobi on Tuesday.", {"KENOPP 145 KENLEG"});
  ExpectExactly("More than 1,000 protesters stormed the parliament in Nairobi.", {"KENOPP 145 KENLEG"});
  ExpectCoded({
      {"Some 200 protesters stormed the city hall in Lima.", "PEROPP 145"},
      {"About 300 soldiers set fire to a rebel camp in eastern Congo.", "CODMIL 17"},
  });
  // Counted people after a verb or a preposition are its object, no subject.
  ExpectNotCoded({
      {"Talks with about 300 protesters in Lima failed.", ""},
  });
}

// A reported clause opens after "said" as a sentence does.
TEST(WireCoverage42, ReportedClauseOpensTheSubject) {
  ExpectCoded({
      {"Police said hundreds of protesters stormed the city hall in Lima.", "PEROPP 145"},
      {"Witnesses said dozens of soldiers stormed the parliament in Bamako.", "MLIMIL 19"},
  });
  ExpectNotCoded({
      {"The ministry said hundreds of fans stormed the pitch in Lima.", ""},
  });
}

TEST(WireCoverage42, CrowdsThatAreNoActorsAndNounsInsideAPhraseAreNoSubject) {
  ExpectNotCoded({
      // Sports crowds and shoppers are no political actors.
      {"Hundreds of fans stormed the pitch after the final whistle.", ""},
      {"Thousands of fans stormed the field in Buenos Aires after the match.", ""},
      {"Angry shoppers stormed the store on Black Friday.", ""},
      // A crowd of residents needs a named side: the town it is in is no target.
      {"Angry residents set fire to a government office in the Malian town of Kayes.", "19"},
      // "set" after a noun of another phrase describes it ("protesters set on ...", "drills set for").
      {"Police clashed with angry protesters set on blocking the road in Nairobi.", "14"},
      {"Military drills set for next week in Lagos were cancelled.", ""},
  });
}

// Rioters are protesters turned violent (OPP, as the devset's conventions code them); a mob
// stays civilian.
TEST(WireCoverage42, RiotersAreOpposition) {
  ExpectExactly("Dozens of rioters set fire to a police station in Dhaka.", {"BGDOPP 145 BGDCOP"});
  ExpectCoded({
      {"Rioters clashed with police in Paris.", "FRAOPP 145 FRACOP"},
      {"A mob attacked police in Lahore.", "PAKCVL"},
  });
}

}  // namespace
}  // namespace tidings::extract

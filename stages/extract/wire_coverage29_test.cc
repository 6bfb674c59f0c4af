// Users' own PETRARCH-format dictionaries, twenty-ninth pass: reading them the way PETRARCH
// does. An actor file ends at a "---STOP---" line (what follows is notes or retired entries).
// A date restriction is read as PETRARCH reads it: the digits after '<' or '>' whatever stands
// between (">= 20100501"), the first eight digits of a longer date, the first six of seven; a
// range that ends before it starts is skipped.
// A pattern's prepositional phrase of a preposition alone ("* (ON)", "* (FOR)") stands for a
// phrase about someone or something, not a phrase of time ("on Saturday", "for several hours").
// A phrase right after the verb's object is the object's: "broke off diplomatic relations with
// Ecuador" is "* RELATIONS", not "* (WITH)" of the same specificity.
// wire_coverage_test.cc to wire_coverage27_test.cc are the earlier passes. Every sentence and
// dictionary line here was written for this test (an invented world: Freedonia, Sylvania).
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using testing::CodeText;
using testing::SmallOptions;
using testing::Triples;

const char kVerbs[] =
    "--- ACCUSE [112] ---\n"
    "ACCUSE\n"
    "\n"
    "--- PRAISE [051] ---\n"
    "PRAISE\n"
    "\n";

const char kAgents[] = "MINISTER [~GOV]\nPRESIDENT [~GOV]\nTROOP [~MIL]\n";

// PETRARCH2-style patterns: "(ON)" and "(FOR)" are prepositional phrases.
const char kGroupedVerbs[] =
    "--- CALL [---] ---\n"
    "CALL\n"
    "- * (ON)  [020]\n"
    "- * (FOR TALKS)  [036]\n"
    "\n"
    "--- FIGHT [190] ---\n"
    "FIGHT {FOUGHT}\n"
    "- * (FOR)  [111]\n"
    "\n"
    "--- MEET [040] ---\n"
    "MEET {MET}\n"
    "- * (AT)  [043]\n"
    "\n";

std::unique_ptr<EventCoder> Coder(const std::string& name, const std::string& actors) {
  std::unique_ptr<EventCoder> coder;
  Status s = EventCoder::Create(SmallOptions(name, kVerbs, actors, kAgents), &coder);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return coder;
}

std::vector<std::string> Code(const EventCoder& coder, const std::string& text, const std::string& date = "2021-06-01") {
  return Triples(CodeText(coder, text, date));
}

// "---STOP---" ends the actor file: the entries after it are not actors, those before it are.
TEST(WireCoverage29, AnActorFileEndsAtStop) {
  auto coder = Coder("stop",
                     "FREEDONIA_ [FRE]\n"
                     "SYLVANIA_ [SYL]\n"
                     "---STOP---\n"
                     "MARVINIA_ [MRV]\n"
                     "RUFUS_FIREFLY_ [FREGOV]\n");
  ASSERT_NE(coder, nullptr);
  EXPECT_EQ(Code(*coder, "Freedonia accused Sylvania of aggression on Monday."),
            std::vector<std::string>{"FRE 112 SYL"});
  EXPECT_TRUE(Code(*coder, "Freedonia accused Marvinia of aggression on Monday.").empty());
  EXPECT_TRUE(Code(*coder, "Rufus Firefly praised Marvinia on Tuesday.").empty());
  // Without the marker both are actors.
  auto all = Coder("nostop",
                   "FREEDONIA_ [FRE]\n"
                   "MARVINIA_ [MRV]\n"
                   "RUFUS_FIREFLY_ [FREGOV]\n");
  ASSERT_NE(all, nullptr);
  EXPECT_EQ(Code(*all, "Rufus Firefly praised Marvinia on Tuesday."), std::vector<std::string>{"FREGOV 051 MRV"});
}

// Date restrictions with PETRARCH's tolerance: "[FREGOV >201005011]" is after 2010-05-01,
// "9008223-911221" runs from 1990-08-22; a range backwards is no restriction at all.
TEST(WireCoverage29, DateRestrictionsAreReadAsPetrarchReadsThem) {
  auto coder = Coder("dates",
                     "FREEDONIA_ [FRE]\n"
                     "SYLVANIA_ [SYL]\n"
                     "RUFUS_FIREFLY_\n"
                     "\t[FREGOV >201005011]\n"
                     "CHICOLINI_\n"
                     "\t[FREELI <9008223]\n"
                     "\t[FREGOV 9008223-911221]\n"
                     "PINKY_\n"
                     "\t[SYLGOV >= 20100101]\n"
                     "TRENTINO_\n"
                     "\t[SYLGOV 20200101-20100101]\n");
  ASSERT_NE(coder, nullptr);
  EXPECT_EQ(Code(*coder, "Rufus Firefly praised Sylvania on Monday.", "2021-06-01"),
            std::vector<std::string>{"FREGOV 051 SYL"});
  EXPECT_TRUE(Code(*coder, "Rufus Firefly praised Sylvania on Monday.", "2009-06-01").empty());
  EXPECT_EQ(Code(*coder, "Chicolini praised Sylvania on Monday.", "1991-01-07"),
            std::vector<std::string>{"FREGOV 051 SYL"});
  EXPECT_EQ(Code(*coder, "Chicolini praised Sylvania on Monday.", "1985-01-07"),
            std::vector<std::string>{"FREELI 051 SYL"});
  EXPECT_EQ(Code(*coder, "Pinky praised Freedonia on Monday.", "2015-01-05"), std::vector<std::string>{"SYLGOV 051 FRE"});
  EXPECT_TRUE(Code(*coder, "Trentino praised Freedonia on Monday.", "2015-01-05").empty());
}

std::unique_ptr<EventCoder> GroupedCoder() {
  std::unique_ptr<EventCoder> coder;
  Status s = EventCoder::Create(
      SmallOptions("grouped", kGroupedVerbs, "FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\nRUFUS_FIREFLY_ [FREGOV]\n", kAgents),
      &coder);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return coder;
}

// "(ON)" is a phrase on someone: "called on Sylvania", also after a day named before it.
TEST(WireCoverage29, ABarePrepositionalPhraseStillMatchesItsObject) {
  auto coder = GroupedCoder();
  ASSERT_NE(coder, nullptr);
  EXPECT_EQ(Code(*coder, "Freedonia called on Sylvania on Monday to release the prisoners."),
            std::vector<std::string>{"FRE 020 SYL"});
  EXPECT_EQ(Code(*coder, "Freedonia called on Tuesday on Sylvania to withdraw its troops."),
            std::vector<std::string>{"FRE 020 SYL"});
  EXPECT_EQ(Code(*coder, "Rufus Firefly called on Saturday for talks with Sylvania."),
            std::vector<std::string>{"FREGOV 036 SYL"});
}

// "telephoned X on Saturday", "fought troops for several hours": a phrase of time matches no
// "(ON)" or "(FOR)"; the verb's own code, if any, applies.
TEST(WireCoverage29, APhraseOfTimeIsNoBarePrepositionalPhrase) {
  auto coder = GroupedCoder();
  ASSERT_NE(coder, nullptr);
  EXPECT_TRUE(Code(*coder, "Rufus Firefly called Sylvania's president on Saturday.").empty());
  EXPECT_TRUE(Code(*coder, "Freedonia called Sylvania's president on the morning of the vote.").empty());
  EXPECT_EQ(Code(*coder, "Freedonia fought Sylvania's troops for several hours on Friday."),
            std::vector<std::string>{"FRE 190 SYLMIL"});
  EXPECT_EQ(Code(*coder, "Freedonia's troops fought Sylvania for a third night."), std::vector<std::string>{"FREMIL 190 SYL"});
  EXPECT_EQ(Code(*coder, "Freedonia fought Sylvania for the first time in a decade."),
            std::vector<std::string>{"FRE 190 SYL"});
  EXPECT_EQ(Code(*coder, "Freedonia fought Sylvania for control of the river."), std::vector<std::string>{"FRE 111 SYL"});
  // A month's abbreviation inside a hyphenated name is no time.
  EXPECT_EQ(Code(*coder, "Rufus Firefly met Sylvania's president at Mar-a-Lago on Friday."),
            std::vector<std::string>{"FREGOV 043 SYLGOV"});
}

// A phrase pattern and an object pattern of the same specificity, the phrase first in the
// file: when the phrase comes right after the verb's object, the object's pattern is meant.
TEST(WireCoverage29, APhraseRightAfterTheObjectIsTheObjects) {
  std::unique_ptr<EventCoder> coder;
  Status s = EventCoder::Create(SmallOptions("object-phrase",
                                             "--- BREAK [---] ---\n"
                                             "BREAK {BROKE}\n"
                                             "- * (WITH)  [130]\n"
                                             "- * RELATIONS  [161]\n"
                                             "\n",
                                             "FREEDONIA_ [FRE]\nSYLVANIA_ [SYL]\n", kAgents),
                                &coder);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(Code(*coder, "Freedonia broke diplomatic relations with Sylvania on Monday."),
            std::vector<std::string>{"FRE 161 SYL"});
  // No object pattern fits: the phrase's own code.
  EXPECT_EQ(Code(*coder, "Freedonia broke with Sylvania over the border treaty on Monday."),
            std::vector<std::string>{"FRE 130 SYL"});
  EXPECT_EQ(Code(*coder, "Freedonia broke the deadlock with Sylvania on Monday."), std::vector<std::string>{"FRE 130 SYL"});
}

}  // namespace
}  // namespace tidings::extract

// Users' own PETRARCH-format dictionaries, twenty-ninth pass: reading them the way PETRARCH
// does. An actor file ends at a "---STOP---" line (what follows is notes or retired entries).
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

const char kAgents[] = "MINISTER [~GOV]\n";

std::unique_ptr<EventCoder> Coder(const std::string& name, const std::string& actors) {
  std::unique_ptr<EventCoder> coder;
  Status s = EventCoder::Create(SmallOptions(name, kVerbs, actors, kAgents), &coder);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return coder;
}

std::vector<std::string> Code(const EventCoder& coder, const std::string& text) {
  return Triples(CodeText(coder, text, "2021-06-01"));
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

}  // namespace
}  // namespace tidings::extract

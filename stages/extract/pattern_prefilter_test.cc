// The pattern prefilters (exact words through the sentence's word set, stems through its
// Bloom filter of five-byte prefixes) must never reject a pattern that matches. Small
// dictionaries and sentences written for the test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::ElementsAre;

TEST(PatternPrefilter, StemsExactWordsAndTheVerbsOwnCode) {
  CoderOptions o = testing::SmallOptions("prefilter",
                                         "--- RESUME [030] ---\n"
                                         "RESUME {RESUMES RESUMED RESUMING}\n"
                                         "- * NEGOTIAT WITH + [046]\n"
                                         "- * TRADE_ WITH + [061]\n"
                                         "- * MILITARY_ EXERCIS WITH + [062]\n",
                                         "TURKEY_ [TUR]\nARMENIA_ [ARM]\n", "PRESIDENT [~GOV]\n");
  std::unique_ptr<EventCoder> coder;
  Status s = EventCoder::Create(o, &coder);
  ASSERT_TRUE(s.ok()) << s.ToString();
  auto code = [&](const std::string& text) { return testing::Triples(testing::CodeText(*coder, text)); };
  // A stem matches longer words: NEGOTIAT -> "negotiations", "negotiating".
  EXPECT_THAT(code("Turkey resumed negotiations with Armenia."), ElementsAre("TUR 046 ARM"));
  EXPECT_THAT(code("Turkey resumed negotiating with Armenia."), ElementsAre("TUR 046 ARM"));
  // ... and the word itself, capitalised or not.
  EXPECT_THAT(code("Turkey resumed NEGOTIAT with Armenia."), ElementsAre("TUR 046 ARM"));
  // An exact word (closing '_') and a stem after it in one element sequence.
  EXPECT_THAT(code("Turkey resumed trade with Armenia."), ElementsAre("TUR 061 ARM"));
  EXPECT_THAT(code("Turkey resumed military exercises with Armenia."), ElementsAre("TUR 062 ARM"));
  // A word sharing the stem's first letters but not the stem does not match it.
  EXPECT_THAT(code("Turkey resumed negotiables with Armenia."), ElementsAre("TUR 030 ARM"));
  // No pattern: the verb's own code.
  EXPECT_THAT(code("Turkey resumed contacts with Armenia."), ElementsAre("TUR 030 ARM"));
}

}  // namespace
}  // namespace tidings::extract

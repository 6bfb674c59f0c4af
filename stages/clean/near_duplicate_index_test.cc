#include "clean/near_duplicate_index.h"

#include "clean/text_util.h"

#include <gtest/gtest.h>

#include <bit>

namespace tidings::clean {
namespace {

const char* kBody[] = {
    "The agreement, signed in the capital after two days of talks, commits both governments to "
    "reopen the border crossings that have been closed since the conflict began three years ago.",
    "Under the deal, customs posts will be staffed jointly, and trucks carrying humanitarian aid "
    "will be allowed through without inspection delays, the foreign ministry said in a statement.",
    "Officials from the European Union, which mediated the negotiations, welcomed the accord as a "
    "first concrete step towards normal relations between the two neighbours.",
    "Critics in parliament said the text left open the question of who controls the disputed "
    "highway, and opposition leaders vowed to challenge the ratification vote next month.",
    "Trade between the countries collapsed from nearly two billion dollars a year before the war "
    "to almost nothing, and business groups on both sides have lobbied for the crossings to reopen.",
    "The ministers are expected to meet again in January to sign a second protocol on railway "
    "links and electricity exchanges, according to a draft timetable seen by reporters.",
};

std::string Story(const std::string& lead) {
  std::string s = lead;
  for (const char* p : kBody) s += "\n\n" + std::string(p);
  return s;
}

// Signatures made by different builds meet in one index (replicas upgraded one at a time), so
// the word hashes must stay those of the definition: FNV-1a of each lowercased word of
// Words(), then the splitmix64 finaliser.
TEST(NearDuplicateIndex, WordHashesAreThoseOfTheWordsOfTheText) {
  auto reference = [](std::string_view text) {
    std::vector<uint64_t> out;
    for (const std::string& w : Words(text)) {
      uint64_t h = 0xcbf29ce484222325ULL;
      for (unsigned char c : w) h = (h ^ c) * 0x100000001b3ULL;
      h ^= h >> 30;
      h *= 0xbf58476d1ce4e5b9ULL;
      h ^= h >> 27;
      h *= 0x94d049bb133111ebULL;
      h ^= h >> 31;
      out.push_back(h);
    }
    return out;
  };
  const std::string texts[] = {
      "",
      "   ",
      "ANKARA, March 4 (Reuters) - Turkey's FM_2 said 3,000 troops... would stay.",
      "\xc3\x89" "MILE Zola \xc3\xa9" "crivit: \xce\x91\xce\x98\xce\x97\xce\x9d\xce\x91 \xe5\x8c\x97\xe4\xba\xac 2024",
      "\xc4\xb0stanbul'da \xc3\xa7" "ar\xc5\x9f\xc4\xb1",  // a dotted capital I
      "broken \xc3 utf8 \xff\xfe bytes\xe2\x82 end",  // invalid sequences
      std::string("nul\0inside", 11),
      "trailing_word_",
  };
  for (const auto& text : texts) EXPECT_EQ(WordHashes(text), reference(text)) << text;
}

TEST(NearDuplicateIndex, RewrittenLeadIsStillADuplicate) {
  NearDuplicateIndex index;
  std::string original = Story(
      "Armenia and Azerbaijan signed an agreement on Thursday to reopen their shared border to trade, "
      "the first such accord since the end of the fighting.");
  std::string syndicated = Story(
      "BAKU (Reuters) - The governments of Azerbaijan and Armenia on Thursday agreed to open border "
      "crossings for commerce, in a first deal of its kind after the war ended.");
  EXPECT_EQ(index.CheckAndAdd("wire-1", original).id, "");
  NearDuplicateIndex::Match m = index.CheckAndAdd("paper-7", syndicated);
  EXPECT_EQ(m.id, "wire-1");
  EXPECT_GT(m.resemblance, 0.45);
  // A third copy points to the first copy too.
  EXPECT_EQ(index.CheckAndAdd("paper-9", syndicated + "\n\nCopyright 2021 Reuters.").id, "wire-1");
}

TEST(NearDuplicateIndex, SignaturesMadeElsewhereMatchLikeTheTexts) {
  // One clean replica signs the original, another the copy; one index checks both.
  NearDuplicateIndex signer_a, signer_b, index;
  std::string original = Story("Armenia and Azerbaijan signed an agreement on Thursday to reopen their border.");
  std::string copy = Story("BAKU (Reuters) - Azerbaijan and Armenia agreed on Thursday to open the border.");
  EXPECT_EQ(index.CheckAndAdd("wire-1", signer_a.Sign(original)).id, "");
  EXPECT_EQ(index.CheckAndAdd("paper-7", signer_b.Sign(copy)).id, "wire-1");
  EXPECT_EQ(signer_a.size(), 0u) << "signing remembers nothing";
}

TEST(NearDuplicateIndex, ASignatureOfTheWrongSizeNeverMatches) {
  NearDuplicateIndex index;
  std::string text = Story("Armenia and Azerbaijan signed an agreement on Thursday.");
  EXPECT_EQ(index.CheckAndAdd("a", text).id, "");
  NearDuplicateIndex::Signature truncated = index.Sign(text);
  truncated.minhash.resize(10);
  EXPECT_EQ(index.CheckAndAdd("b", truncated).id, "");
}

TEST(NearDuplicateIndex, DifferentStoriesOnTheSameEventAreNot) {
  NearDuplicateIndex index;
  index.CheckAndAdd("a", Story("Armenia and Azerbaijan signed an agreement on Thursday to reopen their border."));
  std::string other =
      "Azerbaijan and Armenia reached a deal on Thursday on their border. Residents of the frontier "
      "villages said they feared the accord would bring little change, after years of broken ceasefires "
      "and shelling that destroyed their orchards and homes.\n\n"
      "In Tavush province, farmers who lost their land to the front line told our correspondent that "
      "they would believe in peace when they could harvest their fields again without fear.\n\n"
      "Local officials said demining the roads near the crossings would take at least a year, and "
      "that no money had yet been allocated for the work by either government.\n\n"
      "The Russian peacekeeping contingent, whose mandate expires in 2025, declined to comment on how "
      "the agreement would change its patrols along the line of contact.";
  NearDuplicateIndex::Match m = index.CheckAndAdd("b", other);
  EXPECT_EQ(m.id, "") << m.resemblance;
}

TEST(NearDuplicateIndex, ReplayOfTheSameIdIsNotItsOwnDuplicate) {
  NearDuplicateIndex index;
  std::string s = Story("Lead paragraph of the story about the border agreement signed on Thursday.");
  EXPECT_EQ(index.CheckAndAdd("x", s).id, "");
  EXPECT_EQ(index.CheckAndAdd("x", s).id, "");
}

TEST(NearDuplicateIndex, WindowIsBounded) {
  NearDuplicateOptions options;
  options.window = 3;
  NearDuplicateIndex index(options);
  std::string s = Story("Lead paragraph about the border agreement that two governments signed.");
  index.CheckAndAdd("first", s);
  for (int i = 0; i < 3; ++i)
    index.CheckAndAdd("filler" + std::to_string(i), "unrelated filler text number " + std::to_string(i) +
                                                          " about football results and the weather in the north " +
                                                          std::string(kBody[i]).substr(0, 40));
  EXPECT_EQ(index.size(), 3u);
  EXPECT_EQ(index.CheckAndAdd("late", s).id, "");  // "first" fell out of the window
}

// A story the window holds hundreds of times (a wire story, or one template about other
// people): only the newest copies sharing a band are verified, and they name the first copy.
TEST(NearDuplicateIndex, AStoryHeldHundredsOfTimesStillFindsItsFirstCopy) {
  NearDuplicateOptions options;
  options.window = 500;
  NearDuplicateIndex index(options);
  std::string s = Story("Lead paragraph about the border agreement that two governments signed.");
  EXPECT_EQ(index.CheckAndAdd("first", s).id, "");
  for (int i = 0; i < 600; ++i) EXPECT_EQ(index.CheckAndAdd("copy" + std::to_string(i), s).id, "first") << i;
  EXPECT_EQ(index.size(), 500u);
  // "first" and the early copies fell out of the window; later copies carry its id.
  EXPECT_EQ(index.CheckAndAdd("late", s).id, "first");
}

TEST(NearDuplicateIndex, HundredsOfStoriesFromOneTemplateStayApart) {
  NearDuplicateOptions options;
  options.window = 400;
  NearDuplicateIndex index(options);
  auto about = [](int who) {
    std::string names;
    for (int k = 0; k < 12; ++k) names += " Minister" + std::to_string(who) + "x" + std::to_string(k);
    return Story("Lead paragraph naming" + names + ".");
  };
  for (int i = 0; i < 600; ++i) ASSERT_EQ(index.CheckAndAdd("story" + std::to_string(i), about(i)).id, "") << i;
  EXPECT_EQ(index.CheckAndAdd("copy", about(590)).id, "story590") << "a copy among them is still found";
}

TEST(NearDuplicateIndex, ShortTextsAreNeverDuplicates) {
  NearDuplicateIndex index;
  index.CheckAndAdd("a", "Police said nothing.");
  EXPECT_EQ(index.CheckAndAdd("b", "Police said nothing.").id, "");
}

TEST(NearDuplicateIndex, CheckSetsSimhashAndDuplicateOf) {
  NearDuplicateIndex index;
  v1::CleanArticle a, b;
  a.set_id("a");
  a.set_text(Story("Armenia and Azerbaijan signed an agreement on Thursday to reopen their border."));
  b.set_id("b");
  b.set_text(Story("On Thursday Azerbaijan and Armenia signed a deal to reopen the border between them."));
  index.Check(&a);
  index.Check(&b);
  EXPECT_EQ(a.duplicate_of(), "");
  EXPECT_EQ(b.duplicate_of(), "a");
  EXPECT_NE(a.simhash(), 0u);
  EXPECT_LE(std::popcount(a.simhash() ^ b.simhash()), 16);
}

}  // namespace
}  // namespace tidings::clean

namespace tidings::clean {
namespace {

// Bulletins written from one template about different countries are different news.
TEST(NearDuplicateIndex, TemplatedStoriesAboutDifferentActorsAreNot) {
  NearDuplicateIndex index;
  const std::string a =
      "Officials said on Monday that the government of Kenya signed a trade agreement with "
      "Nigeria covering tariffs, ports and agriculture, after talks that lasted three days in "
      "the capital. The deal will take effect next year, officials said.";
  const std::string b =
      "Officials said on Monday that the government of Chile signed a trade agreement with "
      "Peru covering tariffs, ports and agriculture, after talks that lasted four days in "
      "the capital. The deal will take effect next year, officials said.";
  EXPECT_TRUE(index.CheckAndAdd("kenya-nigeria", a).id.empty());
  EXPECT_TRUE(index.CheckAndAdd("chile-peru", b).id.empty());
  // A copy of the first, with its own closing line, still is one.
  EXPECT_EQ(index.CheckAndAdd("kenya-copy", a + " Reporting by Wire staff.").id, "kenya-nigeria");
}

}  // namespace
TEST(NearDuplicateIndex, SignCarriesTheSimHashCheckSets) {
  // The clean stage sets the article's simhash from its signature: it must be the one Check()
  // and SimHash() give, and near for a lightly edited copy.
  NearDuplicateIndex index;
  const std::string text = Story("Kenya and Ethiopia agreed on Monday to open a new border crossing at Moyale.");
  const NearDuplicateIndex::Signature sig = index.Sign(text);
  EXPECT_EQ(sig.simhash, NearDuplicateIndex::SimHash(text));
  v1::CleanArticle a;
  a.set_id("a");
  a.set_text(text);
  index.Check(&a);
  EXPECT_EQ(a.simhash(), sig.simhash);
  const uint64_t edited = index.Sign(text + " Reporting by a staff writer.").simhash;
  EXPECT_LE(std::popcount(edited ^ sig.simhash), 8);
  EXPECT_GE(std::popcount(NearDuplicateIndex::SimHash("Completely different words about a football match.") ^
                          sig.simhash), 10);
}

}  // namespace tidings::clean

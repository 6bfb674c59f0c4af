// The coder's word classes: month and weekday names from the one calendar table, with their
// named exceptions; loading errors name the file.
#include "extract/coder_dictionaries.h"

#include <gtest/gtest.h>

#include "extract/phrase_trie.h"
#include "tidings/calendar.h"

namespace tidings::extract {
namespace {

TEST(CoderDictionaries, CalendarWordsComeFromTheCalendarTable) {
  Dictionaries d;
  d.InitGrammar();
  auto calendar = [&](const char* w) { return (d.Flags(d.lexicon.Find(w)) & kCalendar) != 0; };
  for (std::string_view m : kMonthNames) {
    if (m != "MAY") {
      EXPECT_TRUE(calendar(std::string(m).c_str())) << m;
    }
  }
  for (const char* w : {"JUN", "JUL", "SEP", "SEPT", "MAR", "TUESDAY", "TODAY", "YESTERDAY"}) EXPECT_TRUE(calendar(w)) << w;
  // "May" is a modal verb far more often than a month inside a sentence.
  EXPECT_FALSE(calendar("MAY"));
  EXPECT_TRUE(d.Flags(d.lexicon.Find("MAY")) & kModal);
  EXPECT_EQ(MonthFromName("SEPT"), 9);
  EXPECT_EQ(MonthFromName("MAY"), 5);
  EXPECT_EQ(WeekdayFromName("SUNDAY"), 6);
}

TEST(CoderDictionaries, AMissingFileIsAnIoErrorNamingIt) {
  CoderOptions o;
  o.agents_file = "/nonexistent/agents.txt";
  Dictionaries d;
  std::vector<std::string> warnings;
  Status s = LoadDictionaries(o, &d, &warnings);
  EXPECT_EQ(s.code(), Status::Code::kIoError);
  EXPECT_NE(s.message().find("/nonexistent/agents.txt"), std::string::npos);
}

TEST(PhraseTrie, OneWalkGivesEveryPhraseFromAStartShortestFirst) {
  Lexicon lex;
  PhraseTrie trie;
  auto ids = [&](std::vector<const char*> ws) {
    std::vector<uint32_t> out;
    for (const char* w : ws) out.push_back(lex.Intern(w));
    return out;
  };
  trie.SetValue(trie.Insert(ids({"NEW"})), 1);
  trie.SetValue(trie.Insert(ids({"NEW", "YORK"})), 2);
  trie.SetValue(trie.Insert(ids({"NEW", "YORK", "CITY"})), 3);
  std::vector<uint32_t> text = ids({"NEW", "YORK", "CITY", "HALL"});
  auto word_at = [&](size_t j) { return text[j]; };
  std::vector<std::pair<int32_t, size_t>> seen;
  trie.ForEachMatch(0, text.size(), word_at, [&](int32_t v, size_t end) {
    seen.emplace_back(v, end);
    return true;
  });
  ASSERT_EQ(seen.size(), 3u);
  EXPECT_EQ(seen[0], (std::pair<int32_t, size_t>{1, 1}));
  EXPECT_EQ(seen[2], (std::pair<int32_t, size_t>{3, 3}));
  EXPECT_EQ(trie.Longest(0, text.size(), word_at).value, 3);
  EXPECT_EQ(trie.Longest(0, 2, word_at).end, 2u);  // the limit bounds the walk
  EXPECT_EQ(trie.Longest(1, text.size(), word_at).end, 0u);
  size_t calls = 0;
  trie.ForEachMatch(0, text.size(), word_at, [&](int32_t, size_t) { return ++calls < 2; });
  EXPECT_EQ(calls, 2u);  // stops when told
}

}  // namespace
}  // namespace tidings::extract

// ArticleContext: the actors remembered from sentence to sentence, and the nearest date of a
// verb (date_resolver's NearestDate, used per event).
#include "extract/article_context.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/date_resolver.h"

namespace tidings::extract {
namespace {

using ::testing::ElementsAre;

TEST(ArticleContext, TheMainCountryIsTheMostNamedOfEarlierSentences) {
  ArticleContext ctx;
  auto is_country = [](std::string_view c) { return c != "---" && c != "IGO"; };
  ctx.StartSentence();
  ctx.Remember(KnownActor{"IGOUNO", "IGO", "UN", false});
  ctx.Remember(KnownActor{"IGOUNO", "IGO", "UN", false});
  ctx.Remember(KnownActor{"PAK", "PAK", "Pakistan", false});
  EXPECT_EQ(ctx.MainCountry(is_country), "");  // only this sentence's actors so far
  ctx.StartSentence();
  EXPECT_EQ(ctx.MainCountry(is_country), "PAK");
  ctx.Remember(KnownActor{"AFG", "AFG", "Afghanistan", false});
  ctx.StartSentence();
  EXPECT_EQ(ctx.MainCountry(is_country), "PAK");  // a tie: the first named
  ctx.Remember(KnownActor{"AFGGOV", "AFG", "Kabul", false});
  ctx.StartSentence();
  EXPECT_EQ(ctx.MainCountry(is_country), "AFG");
}

TEST(ArticleContext, TheLastOrganisationIsNoStateAndNoPerson) {
  ArticleContext ctx;
  EXPECT_EQ(ctx.LastOrganisation(), nullptr);
  ctx.Remember(KnownActor{"COLREB", "COL", "the ELN", false});
  ctx.Remember(KnownActor{"COLMIL", "COL", "the army", false});
  ctx.Remember(KnownActor{"COLOPP", "COL", "Petro", true});
  ASSERT_NE(ctx.LastOrganisation(), nullptr);
  EXPECT_EQ(ctx.LastOrganisation()->code, "COLREB");
  ctx.Remember(KnownActor{"NGOHRI", "NGO", "Human Rights Watch", false});
  EXPECT_EQ(ctx.LastOrganisation()->code, "NGOHRI");
  ctx.Remember(KnownActor{"SOMREBINS", "SOM", "al-Shabaab militants", false});
  EXPECT_EQ(ctx.LastOrganisation()->code, "SOMREBINS");
}

TEST(ArticleContext, TitledActorsOfEarlierSentencesAndActorsCalledByAWord) {
  ArticleContext ctx;
  ctx.StartSentence();
  ctx.Remember(KnownActor{"KENGOV", "KEN", "Kenya's foreign minister", false});
  ctx.Remember(KnownActor{"SOMGOV", "SOM", "Somalia's president", false});
  ctx.Remember(KnownActor{"SOMMIL", "SOM", "Somali troops", false});  // a plural: no "he"
  EXPECT_EQ(ctx.LastTitled(), nullptr);  // only this sentence's so far
  ctx.StartSentence();
  ASSERT_NE(ctx.LastTitled(), nullptr);
  EXPECT_EQ(ctx.LastTitled()->code, "SOMGOV");
  ASSERT_NE(ctx.LastCalled("MINISTER"), nullptr);
  EXPECT_EQ(ctx.LastCalled("MINISTER")->code, "KENGOV");
  EXPECT_EQ(ctx.LastCalled("PRESIDENT")->code, "SOMGOV");
  EXPECT_EQ(ctx.LastCalled("PRESIDE"), nullptr);  // whole words only
}

TEST(ArticleContext, RemembersTheLastActorsOfEachKind) {
  ArticleContext ctx;
  ctx.Remember(KnownActor{"TURGOV", "TUR", "Erdogan", true});
  ctx.Remember(KnownActor{"AZE", "AZE", "Azerbaijan", false});
  ctx.Remember(KnownActor{"---MIL", "---", "soldiers", false});
  ctx.Remember(KnownActor{"RUS", "RUS", "Russia", false});
  ctx.Remember(KnownActor{"AZE", "AZE", "Baku", false});
  EXPECT_EQ(ctx.LastPerson()->code, "TURGOV");
  EXPECT_EQ(ctx.LastCountry()->code, "AZE");
  EXPECT_EQ(ctx.LastWithAgent("GOV")->text, "Erdogan");
  EXPECT_EQ(ctx.LastWithAgent("LEG"), nullptr);
  std::array<std::string_view, ArticleContext::kMaxCountries> countries;
  ASSERT_EQ(ctx.LastCountries(2, &countries), 2u);
  EXPECT_THAT(std::vector<std::string_view>(countries.begin(), countries.begin() + 2), ElementsAre("RUS", "AZE"));
  ASSERT_EQ(ctx.LastCountries(5, &countries), 3u);
  EXPECT_THAT(std::vector<std::string_view>(countries.begin(), countries.begin() + 3), ElementsAre("TUR", "RUS", "AZE"));
}

TEST(ArticleContext, KeepsOnlyTheMostRecentActors) {
  ArticleContext ctx;
  ctx.Remember(KnownActor{"TURGOV", "TUR", "Erdogan", true});
  for (size_t i = 0; i < ArticleContext::kRemembered; ++i) ctx.Remember(KnownActor{"RUS", "RUS", "Russia", false});
  EXPECT_EQ(ctx.recent.size(), ArticleContext::kRemembered);
  EXPECT_EQ(ctx.LastPerson(), nullptr);
}

TEST(NearestDate, TheClosestDateInTheVerbsOwnClause) {
  // tokens: 0 On 1 Monday 2 X 3 met 4 Y 5 and 6 said 7 on 8 Friday ...
  std::vector<DateMention> dates = {{1, 2, CalendarDate{2021, 11, 8}}, {8, 9, CalendarDate{2021, 11, 5}}};
  std::vector<int> verb_at(12, -1);
  verb_at[3] = 0;
  verb_at[6] = 1;
  EXPECT_EQ(NearestDate(dates, 3, verb_at)->date.day, 8);
  EXPECT_EQ(NearestDate(dates, 6, verb_at)->date.day, 5);
  // Both dates across another verb: none.
  verb_at[9] = 2;
  std::vector<DateMention> far = {{1, 2, CalendarDate{2021, 11, 8}}};
  EXPECT_EQ(NearestDate(far, 10, verb_at), nullptr);
}

TEST(NearestDate, ADateAfterSinceIsTheLastChoice) {
  // "... held in Bamako since July , and they landed in Abidjan late on Saturday"
  std::vector<Token> tk;
  // (Upper-case words with a flag for those written with a capital.)
  const std::pair<std::string_view, bool> words[] = {
      {"HELD", false},  {"IN", false},     {"BAMAKO", true}, {"SINCE", false},  {"JULY", true},
      {",", false},     {"AND", false},    {"THEY", false},  {"LANDED", false}, {"IN", false},
      {"ABIDJAN", true}, {"LATE", false},  {"ON", false},    {"SATURDAY", true}};
  for (const auto& [w, capital] : words) {
    Token t;
    t.upper = w;
    t.is_word = w != ",";
    t.capitalized = capital;
    tk.push_back(t);
  }
  std::vector<DateMention> dates = FindDates(tk, CalendarDate{2023, 1, 7});
  ASSERT_EQ(dates.size(), 2u);
  EXPECT_TRUE(dates[0].since);
  std::vector<int> verb_at(tk.size() + 1, -1);
  verb_at[8] = 0;
  EXPECT_EQ(NearestDate(dates, 8, verb_at)->date.month, 1);  // Saturday, not July
  // With no other date, the one after "since" still dates it.
  std::vector<DateMention> only = {dates[0]};
  EXPECT_EQ(NearestDate(only, 8, verb_at)->date.month, 7);
}

}  // namespace
}  // namespace tidings::extract

// The tokenizer on the shapes news text takes: typographic apostrophes, quotes and dashes,
// contractions, possessives, initialisms, numbers, unknown hyphenated compounds, non-breaking
// and zero-width spaces, non-Latin letters.
#include "extract/tokenizer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace tidings::extract {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Words(const Lexicon& lexicon, std::string_view text, std::vector<Token>* tokens = nullptr) {
  std::vector<Token> local;
  std::vector<Token>& tk = tokens ? *tokens : local;
  Tokenize(text, lexicon, &tk);
  std::vector<std::string> out;
  for (const Token& t : tk) out.emplace_back(t.upper);
  return out;
}

TEST(Tokenizer, TypographicSignsBecomeTheirAsciiForms) {
  Lexicon lex;
  EXPECT_THAT(Words(lex, "Turkey\xE2\x80\x99s president didn\xE2\x80\x99t go \xE2\x80\x94 \xE2\x80\x9Cnever\xE2\x80\x9D."),
              ElementsAre("TURKEY", "'S", "PRESIDENT", "DID", "N'T", "GO", "-", "\"", "NEVER", "\"", "."));
  // A non-breaking and a zero-width space separate words; O’Brien stays whole.
  EXPECT_THAT(Words(lex, "Mr\xC2\xA0O\xE2\x80\x99" "Brien\xE2\x80\x8Bsaid"), ElementsAre("MR", "O'BRIEN", "SAID"));
}

TEST(Tokenizer, ABareApostropheAfterANameEndingInSIsItsPossessive) {
  Lexicon lex;
  EXPECT_THAT(Words(lex, "the United States' ambassador"), ElementsAre("THE", "UNITED", "STATES", "'S", "AMBASSADOR"));
  EXPECT_THAT(Words(lex, "Barbados\xE2\x80\x99 prime minister"), ElementsAre("BARBADOS", "'S", "PRIME", "MINISTER"));
  // A quote closing after a name, or after a plain plural, stays a quote.
  EXPECT_THAT(Words(lex, "a 'gift to the Philippines' on Monday"),
              ElementsAre("A", "'", "GIFT", "TO", "THE", "PHILIPPINES", "'", "ON", "MONDAY"));
  EXPECT_THAT(Words(lex, "called them rogue states' and left"), ElementsAre("CALLED", "THEM", "ROGUE", "STATES", "'", "AND", "LEFT"));
}

TEST(Tokenizer, InitialismsNumbersAndCompounds) {
  Lexicon lex;
  lex.Intern("PRO-WESTERN");
  std::vector<Token> tk;
  EXPECT_THAT(Words(lex, "The U.S. gave 3.5 billion to pro-Western Turkish-Russian talks.", &tk),
              ElementsAre("THE", "U.S.", "GAVE", "3.5", "BILLION", "TO", "PRO-WESTERN", "TURKISH", "RUSSIAN", "TALKS", "."));
  EXPECT_TRUE(tk[0].capitalized);
  EXPECT_FALSE(tk[2].capitalized);
  EXPECT_TRUE(tk[7].capitalized);
  EXPECT_TRUE(tk[8].joined);  // second part of a split compound
  EXPECT_FALSE(tk[3].is_number);
  EXPECT_EQ(tk[6].word, lex.Find("PRO-WESTERN"));
  EXPECT_EQ(std::string_view("The U.S. gave").substr(tk[1].begin, tk[1].end - tk[1].begin), "U.S.");
}

TEST(Tokenizer, AThousandsSeparatorKeepsANumberWhole) {
  Lexicon lex;
  std::vector<Token> tk;
  EXPECT_THAT(Words(lex, "killed 1,200 people, 3,4 and 12,5000 or 2,000,000", &tk),
              ElementsAre("KILLED", "1200", "PEOPLE", ",", "3", ",", "4", "AND", "12", ",", "5000", "OR", "2000000"));
  EXPECT_TRUE(tk[1].is_number);
}

TEST(Tokenizer, CapitalsAnywhereInTheWordAndOtherScripts) {
  Lexicon lex;
  std::vector<Token> tk;
  EXPECT_THAT(Words(lex, "iSrael McCain ελλάδα 2021", &tk), ElementsAre("ISRAEL", "MCCAIN", "ελλάδα", "2021"));
  EXPECT_TRUE(tk[0].capitalized);
  EXPECT_TRUE(tk[1].capitalized);
  EXPECT_TRUE(tk[2].capitalized);  // a non-ASCII first letter may be a capital
  EXPECT_TRUE(tk[3].is_number);
  EXPECT_FALSE(tk[3].capitalized);
}

// Edges of the byte-class table: UTF-8 lead bytes 0xC2 and 0xE2 start both typographic signs
// and letters; digits, apostrophes and hyphens inside words.
TEST(Tokenizer, LeadBytesOfSignsThatAreLetters) {
  Lexicon lex;
  std::vector<Token> tk;
  // "©" (0xC2 0xA9) and "€" (0xE2 0x82 0xAC) are word bytes; "«" (0xC2 0xAB) is a quote.
  EXPECT_THAT(Words(lex, "a\xC2\xA9z \xE2\x82\xAC" "5 \xC2\xAB" "caf\xC3\xA9\xC2\xBB", &tk),
              ElementsAre("A\xC2\xA9Z", "\xE2\x82\xAC" "5", "\"", "CAF\xC3\xA9", "\""));
  EXPECT_FALSE(tk[0].capitalized);
  EXPECT_TRUE(tk[1].capitalized);  // a non-ASCII first byte
  EXPECT_FALSE(tk[1].is_number);
  // A lone lead byte at the end is a letter too.
  EXPECT_THAT(Words(lex, "x\xE2"), ElementsAre("X\xE2"));
}

TEST(Tokenizer, DigitsApostrophesAndHyphensInsideWords) {
  Lexicon lex;
  std::vector<Token> tk;
  EXPECT_THAT(Words(lex, "F16s 3rd 1990s 5-4 b2b", &tk), ElementsAre("F16S", "3RD", "1990S", "5", "4", "B2B"));
  EXPECT_FALSE(tk[0].is_number);
  EXPECT_TRUE(tk[3].is_number);
  EXPECT_TRUE(tk[4].joined);
  // 's and n't split off, other apostrophes stay; "--" is one dash; a trailing hyphen is a sign.
  EXPECT_THAT(Words(lex, "Ya'alon's rock'n'roll isn't dead -- Sept.-Oct. re-"),
              ElementsAre("YA'ALON", "'S", "ROCK'N'ROLL", "IS", "N'T", "DEAD", "-", "SEPT", ".", "-", "OCT", ".", "RE", "-"));
  // (An initialism's trailing period ends it: the dash after it is a sign.)
  EXPECT_THAT(Words(lex, "Kurds' \xE2\x80\x98hope\xE2\x80\x99 U.S.-led"),
              ElementsAre("KURDS", "'", "'", "HOPE", "'", "U.S.", "-", "LED"));
}

}  // namespace
}  // namespace tidings::extract

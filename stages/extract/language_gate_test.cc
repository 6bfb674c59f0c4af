#include "extract/language_gate.h"

#include <gtest/gtest.h>

namespace tidings::extract {
namespace {

TEST(LanguageGate, EnglishIsCodedOtherLanguagesAreNot) {
  LanguageGate gate({"en"});
  EXPECT_EQ(gate.NotCodedReason("en"), "");
  EXPECT_EQ(gate.NotCodedReason("EN-gb"), "") << "only the primary subtag counts, in any case";
  EXPECT_EQ(gate.NotCodedReason("fr"), "language fr");
  EXPECT_EQ(gate.NotCodedReason("de-AT"), "language de");
  EXPECT_EQ(gate.NotCodedReason("zh-Hant"), "language zh");
}

TEST(LanguageGate, AnUnknownLanguageIsCodedAsBefore) {
  LanguageGate gate({"en"});
  EXPECT_EQ(gate.NotCodedReason(""), "");
  EXPECT_EQ(gate.NotCodedReason("und"), "");
  EXPECT_EQ(gate.NotCodedReason("un"), "");
}

TEST(LanguageGate, ListsAndAnEmptyListThatCoversEverything) {
  EXPECT_EQ(LanguageGate::ParseList("en, ES ,,pt-BR"), (std::vector<std::string>{"en", "es", "pt"}));
  LanguageGate several(LanguageGate::ParseList("en,es"));
  EXPECT_EQ(several.NotCodedReason("es"), "");
  EXPECT_EQ(several.NotCodedReason("fr"), "language fr");
  LanguageGate all({});
  EXPECT_EQ(all.NotCodedReason("fr"), "");
}

}  // namespace
}  // namespace tidings::extract

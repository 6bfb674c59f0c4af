// Language identification with CLD2.
#pragma once

#include <string>
#include <string_view>

namespace tidings::clean {

struct LanguageGuess {
  std::string code;         // BCP 47 / ISO 639-1 ("en", "zh-Hant"), "" when unknown
  float confidence = 0;     // 0..1: CLD2's percent of text in that language times reliability
  bool reliable = false;
};

// Detects the main language of UTF-8 `text`. `hint` (an HTML lang attribute or a client's
// language hint, may be empty) is passed to CLD2 as a prior. Thread-safe (CLD2 is stateless).
LanguageGuess DetectLanguage(std::string_view text, std::string_view hint = {});

}  // namespace tidings::clean

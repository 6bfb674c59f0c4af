#include "clean/language_detector.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include <cld2/internal/lang_script.h>

#include <algorithm>

namespace tidings::clean {

LanguageGuess DetectLanguage(std::string_view text, std::string_view hint) {
  LanguageGuess guess;
  // CLD2 needs no more than the first few KB to be sure; bounding it keeps time flat.
  std::string_view sample = text.substr(0, std::min<size_t>(text.size(), 16 * 1024));
  // Do not cut a UTF-8 sequence in half.
  while (!sample.empty() && sample.size() < text.size() &&
         (static_cast<unsigned char>(text[sample.size()]) & 0xC0) == 0x80)
    sample.remove_suffix(1);
  if (sample.empty()) return guess;
  std::string hint_lang(hint.substr(0, hint.find_first_of("-_")));
  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  if (!hint_lang.empty()) {
    hints.content_language_hint = hint_lang.c_str();
    hints.language_hint = CLD2::GetLanguageFromName(hint_lang.c_str());
  }
  CLD2::Language language3[3];
  int percent3[3];
  double normalized_score3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::Language lang = CLD2::ExtDetectLanguageSummary(
      sample.data(), static_cast<int>(sample.size()), /*is_plain_text=*/true, &hints, /*flags=*/0, language3,
      percent3, normalized_score3, /*resultchunkvector=*/nullptr, &text_bytes, &reliable);
  if (lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) return guess;
  guess.code = CLD2::LanguageCode(lang);
  guess.reliable = reliable;
  float share = percent3[0] / 100.0f;
  if (language3[0] != lang) share = 0.5f;
  guess.confidence = std::clamp(share * (reliable ? 1.0f : 0.5f), 0.0f, 1.0f);
  return guess;
}

}  // namespace tidings::clean

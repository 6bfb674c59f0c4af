// What a word is by its form alone, for the mention finder's phrase rules: an adjective's
// shape, a plain lower-case word that no closed class claims.
#include <string_view>

#include "extract/mentions.h"

namespace tidings::extract {

// An adjective by its form: a part of a hyphenated word ("long-range", "state-backed") or a
// word with an adjective's ending ("federal", "strategic", "elite"). An unknown verb ("kept")
// is none.
bool MentionFinder::LooksAdjectival(size_t i) const {
  const auto& tk = w_.tokens;
  if (tk[i].joined || (i + 1 < tk.size() && tk[i + 1].joined)) return true;
  std::string_view upper = tk[i].upper;
  if (upper.size() < 4) return false;
  for (std::string_view ending : {"AL", "IC", "IVE", "ARY", "OUS", "ENT", "ITE", "AR"}) {
    if (upper.ends_with(ending)) return true;
  }
  return false;
}

bool MentionFinder::PlainLowercaseWord(size_t i) const {
  const Token& t = w_.tokens[i];
  constexpr uint64_t kNotPlain = kBe | kPrep | kDet | kPossPron | kNeg | kModal | kAux | kCoord | kSubord | kPersonPron |
                                 kThingPron | kGroupPron | kAdverb | kTo | kBy | kRelative | kBetween | kGerundIntro |
                                 kPlaceIntro | kClauseEnd | kComma | kCalendar | kQuantity | kVerbForm;
  return t.is_word && !t.capitalized && !t.is_number && !(TokenFlags(i) & kNotPlain);
}

}  // namespace tidings::extract

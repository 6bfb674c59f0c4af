// "The North" and "the South" in news about the Koreas: Seoul's and Pyongyang's own way of
// naming each other, and the wires' after a first full name ("South Korea's military raised
// its alert ... in response to the North's demolition of roads"). Part of MentionFinder.
#include "extract/mentions.h"

namespace tidings::extract {

size_t MentionFinder::KoreanHalfAt(size_t i) {
  const auto& tk = w_.tokens;
  if (Word(i) != d_.w_the || i + 1 >= tk.size() || !tk[i + 1].capitalized) return 0;
  const std::string_view half = tk[i + 1].upper;
  if (half != "NORTH" && half != "SOUTH") return 0;
  // Not a longer name: "the North Atlantic", "the South China Sea", "the South Caucasus".
  if (i + 2 < tk.size() && tk[i + 2].is_word && tk[i + 2].capitalized) return 0;
  auto korean = [](const std::string& country) { return country == "KOR" || country == "PRK"; };
  bool named = false;
  for (const Mention& m : w_.mentions) named = named || korean(m.country);
  for (const KnownActor& k : ctx_.recent) named = named || korean(k.country);
  if (!named) return 0;
  const std::string country = half == "NORTH" ? "PRK" : "KOR";
  AddSingle(i, i + 2, country, country, false, explaining() ? "the other half of Korea, by its compass point" : "");
  return i + 2;
}

}  // namespace tidings::extract

// Countries named by an epithet once named in full. "The North" and "the South" in news
// about the Koreas: Seoul's and Pyongyang's own way of naming each other, and the wires' after
// a first full name ("South Korea's military raised its alert ... in response to the North's
// demolition of roads"). "The kingdom", "the emirate", "the sultanate": the last country of
// that kind named ("Saudi Crown Prince ... told Iranian President ... that the kingdom
// condemned"). Part of MentionFinder.
#include <algorithm>

#include "extract/mentions.h"

namespace tidings::extract {
namespace {

// Monarchies the news calls "the kingdom", "the emirate" or "the sultanate" (ISO codes).
constexpr std::string_view kKingdoms[] = {"SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "DNK",
                                          "NOR", "SWE", "THA", "KHM", "BTN", "LSO", "SWZ", "TON"};
constexpr std::string_view kEmirates[] = {"ARE", "QAT", "KWT"};
constexpr std::string_view kSultanates[] = {"OMN", "BRN"};

}  // namespace

size_t MentionFinder::MonarchyAt(size_t i) {
  const auto& tk = w_.tokens;
  if (Word(i) != d_.w_the || i + 1 >= tk.size() || tk[i + 1].capitalized) return 0;
  const std::string_view noun = tk[i + 1].upper;
  const std::string_view* begin = nullptr;
  const std::string_view* end = nullptr;
  if (noun == "KINGDOM") begin = std::begin(kKingdoms), end = std::end(kKingdoms);
  else if (noun == "EMIRATE") begin = std::begin(kEmirates), end = std::end(kEmirates);
  else if (noun == "SULTANATE") begin = std::begin(kSultanates), end = std::end(kSultanates);
  else return 0;
  // ("the kingdom of Bhutan": its name follows.)
  if (i + 2 < tk.size() && tk[i + 2].upper == "OF") return 0;
  auto of_kind = [&](const std::string& country) { return std::find(begin, end, country) != end; };
  std::string country;
  for (auto m = w_.mentions.rbegin(); country.empty() && m != w_.mentions.rend(); ++m) {
    if (of_kind(m->country)) country = m->country;
  }
  for (auto k = ctx_.recent.rbegin(); country.empty() && k != ctx_.recent.rend(); ++k) {
    if (of_kind(k->country)) country = k->country;
  }
  if (country.empty()) return 0;
  AddSingle(i, i + 2, country, country, false, explaining() ? "the monarchy named before" : "");
  return i + 2;
}

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

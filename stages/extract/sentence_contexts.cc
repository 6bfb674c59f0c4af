// Sentences that report no political event whatever their verbs: sport and entertainment
// ("crushed Benin 4-0", "the World Cup final"), corporate contests ("a hostile takeover bid"), a
// direct question; and a title-case headline made ordinary prose before coding. Declared in
// sentence_extras.h.
#include <algorithm>
#include <string_view>

#include "extract/sentence_extras.h"

namespace tidings::extract {

static bool CupContest(std::string_view next) {
  static constexpr std::string_view kContest[] = {"FINAL", "FINALS", "SEMI-FINAL", "SEMI-FINALS", "QUARTER-FINAL",
                                                  "QUALIFIER", "QUALIFIERS", "QUALIFYING", "OPENER", "MATCH", "TITLE",
                                                  "OF", "WIN", "GROUP", "SQUAD", "POOL", "TIE", "CAMPAIGN"};
  return std::find(std::begin(kContest), std::end(kContest), next) != std::end(kContest);
}

bool SportOrEntertainment(const Dictionaries& d, const SentenceWork& w) {
  const auto& tk = w.tokens;
  for (size_t i = 0; i < tk.size(); ++i) {
    uint64_t f = d.Flags(tk[i].word);
    if (f & kSport) return true;
    if ((f & kSportName) && i + 1 < tk.size() && (d.Flags(tk[i + 1].word) & kPlaying)) return true;
    // "2-1", "106-88" right after an actor; not a year range ("2019-2020").
    auto score_at = [&](size_t k) {
      return k + 1 < tk.size() && tk[k].is_number && tk[k].upper.size() <= 3 && tk[k + 1].is_number &&
             tk[k + 1].upper.size() <= 3 && (tk[k + 1].joined || (k + 2 < tk.size() && tk[k + 1].upper == "-"));
    };
    if (score_at(i) && i > 0 && w.group_ending_at[i] >= 0) return true;
    // ... or right after a club's name no dictionary holds ("demolished Inter Milan 5-0"), not a
    // month's days ("on March 5-6").
    if (score_at(i) && i > 0 && tk[i - 1].is_word && tk[i - 1].capitalized && !(d.Flags(tk[i - 1].word) & kCalendar) &&
        i > 1 && tk[i - 2].is_word && tk[i - 2].capitalized)
      return true;
    // Set scores in a row ("beat Zheng 6-3 6-2"), after a name no dictionary holds.
    if (score_at(i) && tk[i].upper.size() == 1 && score_at(i + 2) && tk[i + 2].upper.size() == 1) return true;
    // A cricket margin as a modifier ("a 38-run upset"); "the cricket World Cup".
    if (tk[i].upper == "RUN" && tk[i].joined && i > 0 && tk[i - 1].is_number) return true;
    if ((f & kSportName) && i + 2 < tk.size() && tk[i + 1].upper == "WORLD" && tk[i + 2].upper == "CUP") return true;
    // A cricket margin ("thrashed Pakistan by 228 runs"); a cup's final, qualifier or opener
    // ("beat Morocco to reach the World Cup final", "the Africa Cup of Nations"), not a bid to host it.
    if (tk[i].upper == "RUNS" && i >= 2 && tk[i - 1].is_number && tk[i - 2].upper == "BY") return true;
    if (tk[i].upper == "CUP" && tk[i].capitalized && i + 1 < tk.size() && CupContest(tk[i + 1].upper)) return true;
  }
  return false;
}

bool CorporateContest(const SentenceWork& w) {
  static constexpr std::string_view kAfterTakeover[] = {"OFFER", "OFFERS", "BID", "BIDS", "APPROACH", "BATTLE",
                                                        "PROPOSAL", "FIGHT", "TARGET", "PREMIUM"};
  const auto& tk = w.tokens;
  for (size_t i = 0; i + 1 < tk.size(); ++i) {
    std::string_view u = tk[i].upper, next = tk[i + 1].upper;
    if (u == "TAKEOVER" &&
        std::find(std::begin(kAfterTakeover), std::end(kAfterTakeover), next) != std::end(kAfterTakeover))
      return true;
    if ((u == "HOSTILE" && (next == "BID" || next == "TAKEOVER")) || u == "BUYOUT") return true;
  }
  return false;
}

bool DirectQuestion(const SentenceWork& w) {
  const auto& tk = w.tokens;
  size_t last = tk.size();
  while (last > 0 && (tk[last - 1].upper == "\"" || tk[last - 1].upper == "'")) --last;
  if (last < 3 || tk[last - 1].upper != "?") return false;
  // Opened by an auxiliary or a question word: not a quoted question inside a report.
  static constexpr std::string_view kOpeners[] = {"DID", "DOES", "DO", "WILL", "WOULD", "CAN", "COULD", "IS",
                                                  "ARE", "WAS", "WERE", "HAS", "HAVE", "SHOULD", "WHY", "HOW",
                                                  "WHAT", "WHO", "WHEN", "WHERE"};
  return std::find(std::begin(kOpeners), std::end(kOpeners), tk[0].upper) != std::end(kOpeners);
}

bool UncapitaliseHeadline(const Dictionaries& d, std::vector<Token>* tokens) {
  std::vector<Token>& tk = *tokens;
  constexpr uint64_t kFunction = kPrep | kDet | kCoord | kTo | kBy | kPlaceIntro | kBetween | kGerundIntro | kSubord;
  size_t capitals = 0;
  for (size_t i = 1; i < tk.size(); ++i) {
    const Token& t = tk[i];
    if (!t.is_word || t.is_number || t.joined) continue;
    if (t.capitalized) {
      ++capitals;
    } else if (!(d.Flags(t.word) & kFunction) || t.upper.size() > 4) {
      return false;  // a lowercase content word: ordinary prose
    }
  }
  if (capitals < 3) return false;
  // Capitals stay on actors' names and on place names after in/at/near ("... In Balochistan"),
  // so that the place still gives domestic actors their country.
  auto word_at = [&](size_t j) { return tk[j].word; };
  for (size_t i = 1; i < tk.size(); ++i) {
    if (!tk[i].capitalized || (d.Flags(tk[i].word) & kActorStart)) continue;
    bool after_intro = d.Flags(tk[i - 1].word) & kPlaceIntro;
    size_t end = after_intro ? d.gazetteer.trie().Longest(i, tk.size(), word_at).end : 0;
    if (end > i) {
      i = end - 1;
      continue;
    }
    tk[i].capitalized = false;
  }
  return true;
}

}  // namespace tidings::extract

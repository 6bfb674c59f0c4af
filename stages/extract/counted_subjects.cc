// The subject of a verb that a count or an adjective opens: "Hundreds of protesters stormed",
// "Angry protesters set fire" (VerbFinder::SubjectBefore).
#include <algorithm>
#include <initializer_list>

#include "extract/clauses.h"

namespace tidings::extract {

bool VerbFinder::CountedActorsOpenClause(size_t b, std::string_view code) const {
  // "Hundreds of protesters stormed", "Angry protesters set fire", "when 200 rioters cut": a
  // plural agent noun of force or protest after a count or a plain adjective that opens the
  // clause is its subject (not "military exercises", "with angry protesters", "the army's
  // elite soldiers"; nor crowds of residents or fans, whose act needs a named side).
  const auto& tk = w_.tokens;
  std::string_view word = tk[b].upper, role = code.substr(std::min<size_t>(3, code.size()));
  if (!(word == "POLICE" || (word.size() > 4 && word.back() == 'S' && word[word.size() - 2] != 'S')) ||
      !(role == "OPP" || role == "COP" || role == "MIL" || role == "REB" || role == "UAF" || role == "INS"))
    return false;
  size_t q = b;
  auto is = [&](size_t j, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), std::string_view(tk[j].upper)) != words.end();
  };
  if (q >= 2 && tk[q - 1].upper == "OF" && is(q - 2, {"HUNDREDS", "THOUSANDS", "DOZENS", "SCORES"})) {
    q -= 2;
    if (q >= 2 && tk[q - 1].upper == "OF" && is(q - 2, {"TENS", "HUNDREDS"})) q -= 2;  // "tens of thousands of"
  } else if (q >= 1 && tk[q - 1].is_number) {
    --q;
    // (An approximate count: "some 200", "about 500", "more than 1,000".)
    if (q >= 1 && is(q - 1, {"SOME", "ABOUT", "AROUND", "NEARLY", "ALMOST", "OVER"})) --q;
    else if (q >= 2 && is(q - 1, {"THAN"}) && is(q - 2, {"MORE"})) q -= 2;
  } else if (q >= 1 && tk[q - 1].is_word && !tk[q - 1].joined && !tk[b].joined && w_.verb_at[q - 1] < 0 &&
             !InsideGroup(q - 1) && (!tk[q - 1].capitalized || q == 1) &&
             (TokenFlags(q - 1) & ~(kModifier | kAdverb)) == 0) {
    --q;  // one plain adjective ("angry", "masked"), no compound ("pro-independence")
  } else {
    return false;
  }
  // (A reported clause opens after "said": "Police said hundreds of protesters stormed".)
  return q == 0 || is(q - 1, {"WHEN", "AS", "AFTER", "BEFORE", "WHILE", "SAID", "SAYS", "SAY"});
}

}  // namespace tidings::extract

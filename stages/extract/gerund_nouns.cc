// -ING forms that name no act to code: a noun, the subject of a clause ("as fighting reached the
// outskirts of Goma", "after shelling damaged the plant": the act is its own clause's); what the
// victim of a passive was doing when it happened ("were abducted while reporting on ..."); and
// STRIKING before the people on strike, their adjective. Part of VerbFinder.
#include <algorithm>

#include "extract/clauses.h"

namespace tidings::extract {

bool VerbFinder::GerundAsSubject(size_t b, size_t end) const {
  size_t n = w_.tokens.size();
  if (end + 1 >= n || b == 0) return false;
  // Opening its clause: after a conjunction of time or reason or a comma ("as fighting ...").
  std::string_view before = w_.tokens[b - 1].upper;
  bool opens = before == "AS" || before == "AFTER" || before == "WHILE" || before == "WHEN" || before == "SINCE" ||
               before == "UNTIL" || before == "BEFORE" || before == "AMID" || before == "BECAUSE" ||
               (TokenFlags(b - 1) & kComma);
  if (!opens) return false;
  // A past tense right after it, then what a clause goes on with: "reached the", "erupted
  // near", "continued." (not "fighting armed rebels": a participle before its noun).
  const Token& next = w_.tokens[end];
  static constexpr std::string_view kIrregularPasts[] = {"SPREAD", "BROKE", "GREW", "BEGAN", "CAME", "HIT", "WENT"};
  bool past = PastFormAt(end) || (next.is_word && !next.capitalized && next.upper.size() > 4 && next.upper.ends_with("ED")) ||
              std::find(std::begin(kIrregularPasts), std::end(kIrregularPasts), next.upper) != std::end(kIrregularPasts);
  if (!past) return false;
  uint64_t after = TokenFlags(end + 1);
  return (after & (kDet | kPrep | kAdverb | kClauseEnd | kComma | kPossPron | kTo)) != 0 || w_.tokens[end + 1].is_number;
}

bool VerbFinder::VictimsCircumstance(size_t vi) const {
  // "were bundled into a car by armed men while attending an opposition rally near Kampala", "was
  // seized by naval forces while carrying crude oil to Turkey": the -ING clause after "while" or
  // "when" says what the passive's subject was doing when it was acted on, background to the act.
  const VerbHit& v = w_.verbs[vi];
  if (vi == 0 || v.begin == 0 || v.finite || !w_.tokens[v.head].upper.ends_with("ING")) return false;
  std::string_view before = w_.tokens[v.begin - 1].upper;
  const VerbHit& main = w_.verbs[vi - 1];
  if ((before != "WHILE" && before != "WHEN") || !main.passive || main.reduced || !main.finite) return false;
  for (size_t k = main.end; k + 1 < v.begin; ++k) {
    if (TokenFlags(k) & kClauseEnd) return false;
  }
  return v.begin < main.end + 24;
}

bool VerbFinder::StrikersAdjective(size_t b, size_t end) const {
  // "threatened to sack striking doctors", "if striking rail workers did not": STRIKING before
  // the people on strike says what they do, it strikes no one (no 190); those people can then
  // be an act's target.
  if (w_.tokens[b].upper != "STRIKING" || end != b + 1) return false;
  static constexpr std::string_view kStrikers[] = {
      "WORKERS", "MINERS",   "DOCTORS", "NURSES",    "TEACHERS", "DRIVERS",   "EMPLOYEES",   "STAFF",
      "DOCKERS", "TRUCKERS", "PILOTS",  "LECTURERS", "MEDICS",   "PHYSICIANS", "DOCKWORKERS", "SERVANTS"};
  // The noun may follow a word or two of its own ("striking rail workers", "striking public
  // sector workers"), plain lower-case words only.
  for (size_t k = end; k < w_.tokens.size() && k < end + 3; ++k) {
    const Token& t = w_.tokens[k];
    if (std::find(std::begin(kStrikers), std::end(kStrikers), std::string_view(t.upper)) != std::end(kStrikers))
      return true;
    if (!t.is_word || t.capitalized || (TokenFlags(k) & ~(kModifier | kDictionaryFlags)) != 0) return false;
  }
  return false;
}

}  // namespace tidings::extract

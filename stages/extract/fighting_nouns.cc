// Fighting named by a noun: "Clashes between Ethiopian federal troops and Fano militiamen ...
// killed dozens", "after fighting between the army and the RSF erupted ...", "Clashes erupted on
// Monday between government forces and the SDF". The two sides a
// noun of fighting sets "between" fight each other (190; a gunfight or shootout, 193) when the
// noun opens its clause and a verb of that clause follows, as hand coders code it. A noun of
// fighting that something ends or is an end to ("an end to clashes between ...") is none: it
// opens no clause. Only states and armed sides fight so: police clashing with protesters is no war. Part of SentenceCoder (sentence_coder.h).
#include <algorithm>
#include <string_view>

#include "extract/sentence_coder.h"
#include "extract/violence_codes.h"

namespace tidings::extract {

namespace {

// The code of fighting named by `upper`, or "" when it names none.
std::string_view FightingNounCode(std::string_view upper) {
  static constexpr std::string_view kFights[] = {"CLASHES", "CLASH",    "FIGHTING",   "BATTLES",
                                                 "BATTLE",  "SKIRMISHES", "HOSTILITIES"};
  static constexpr std::string_view kShooting[] = {"GUNFIGHT", "GUNFIGHTS", "FIREFIGHT", "FIREFIGHTS", "SHOOTOUT",
                                                   "GUNBATTLE"};
  if (std::find(std::begin(kShooting), std::end(kShooting), upper) != std::end(kShooting)) return "193";
  if (std::find(std::begin(kFights), std::end(kFights), upper) != std::end(kFights)) return "190";
  return {};
}

}  // namespace

bool SentenceCoder::OpensClauseAt(size_t k) const {
  if (k == 0) return true;
  // (After a dateline's dash too: "HARGEISA, Feb 3 (Reuters) - Clashes between ...".)
  const Token& before = w_.tokens[k - 1];
  return (TokenFlags(k - 1) & (kComma | kClauseEnd | kSubord)) || !before.is_word || before.upper == "AMID";
}

void SentenceCoder::EmitFightingBetween(std::vector<RawEvent>* events) {
  const size_t n = w_.tokens.size();
  for (size_t k = 0; k + 3 < n; ++k) {
    const std::string_view code = FightingNounCode(w_.tokens[k].upper);
    if (code.empty() || w_.verb_at[k] >= 0 || !OpensClauseAt(k)) continue;
    // "Clashes between A and B ..."; "Clashes erupted on Monday between A and B" (its verb first).
    size_t between = k + 1;
    bool verb_first = w_.verb_at[k + 1] >= 0;
    if (verb_first) {
      while (between < n && between < k + 8 && !(TokenFlags(between) & (kBetween | kComma | kClauseEnd))) ++between;
    }
    if (between + 1 >= n || !(TokenFlags(between) & kBetween)) continue;
    size_t b = between + 1;
    if (Word(b) == d_.w_the && b + 1 < n) ++b;
    const int g = w_.group_starting_at[b];
    if (g < 0) continue;
    GroupMembers sides = w_.groups[g].members;
    size_t end = w_.groups[g].end;
    if (sides.size() == 1 && end + 1 < n && (TokenFlags(end) & kCoord)) {
      // "between Somali troops and clan militiamen": a second side past a plain word or two.
      size_t c = end + 1;
      // ("and the Kurdish-led Syrian Democratic Forces": an article and modifiers first.)
      while (c < n && c < end + 5 && w_.group_starting_at[c] < 0 && w_.tokens[c].is_word && w_.verb_at[c] < 0 &&
             !(TokenFlags(c) & (kPrep | kCoord | kComma | kClauseEnd | kSubord | kBe | kAux | kModal | kTo | kBy |
                                kRelative | kPlaceIntro)))
        ++c;
      if (int other = c < n ? w_.group_starting_at[c] : -1; other >= 0) {
        sides.append(w_.groups[other].members);
        end = w_.groups[other].end;
      }
    }
    if (sides.size() < 2) continue;
    // Sides that fight: states and armed forces or groups, not police and protesters ("clashes
    // between police and protesters" are no war).
    bool armed = true;
    for (int m : sides) {
      const std::string& c = w_.mentions[m].code;
      armed = armed && (c.size() == 3 || ArmedSide(c));
    }
    if (!armed) continue;
    // The clause goes on with a verb of its own before any comma: "... killed dozens".
    bool verb_follows = false;
    for (size_t j = end; j < n && j < end + 12 && !verb_follows; ++j) {
      if (TokenFlags(j) & (kComma | kClauseEnd)) break;
      verb_follows = w_.verb_at[j] >= 0;
    }
    if (!verb_follows && !verb_first) continue;
    const size_t already = events->size();  // (the events of the sentence's verbs, not these)
    for (size_t a = 0; a < sides.size(); ++a) {
      for (size_t c = 0; c < sides.size(); ++c) {
        if (a == c) continue;
        const int from = sides[a], to = sides[c];
        bool coded = std::any_of(events->begin(), events->begin() + already, [&](const RawEvent& e) {
          return (e.source == from && e.target == to) || (e.source == to && e.target == from);
        });
        if (coded) continue;
        Note("  fighting between two sides, named by '" + std::string(w_.tokens[k].upper) + "': " +
             w_.mentions[from].code + " " + std::string(code) + " " + w_.mentions[to].code + "\n");
        RawEvent e;
        e.source = from;
        e.target = to;
        e.code = std::string(code);
        e.pattern = "noun " + std::string(w_.tokens[k].upper) + " BETWEEN [" + std::string(code) + "]";
        e.verb = std::string(TextOf(k, k + 1));
        e.verb_token = k;
        events->push_back(std::move(e));
      }
    }
  }
}

}  // namespace tidings::extract

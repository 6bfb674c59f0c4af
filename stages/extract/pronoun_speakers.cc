// Pronouns that stand for a speaker of their own sentence: "it" right after "said" ("The U.N.
// force said it had opened an inquiry") and "he" or "she" opening what the sentence's subject
// says ("The Panamanian leader told reporters that he was ready"). Part of MentionFinder's
// references (references.cc).
#include "extract/mentions.h"

namespace tidings::extract {

bool MentionFinder::OpensTheSentence(const Mention& m) const {
  size_t opens = 0;  // (past its article: "The Panamanian leader")
  while (opens < m.begin && (TokenFlags(opens) & kDet)) ++opens;
  return m.begin == opens;
}

bool MentionFinder::SpeakerOfThisSentence(size_t pronoun) {
  size_t i = pronoun;
  // "The U.N. peacekeeping force in southern Lebanon said it had opened an inquiry": "it" right
  // after a verb of saying is its subject, the last actor before it that is not a place.
  // (Past a time adjunct: "said on Thursday it had".)
  size_t say = i;
  while (say > 0 && say + 4 > i && ((TokenFlags(say - 1) & kCalendar) || w_.tokens[say - 1].upper == "ON" ||
                                    w_.tokens[say - 1].upper == "LATE" || w_.tokens[say - 1].upper == "EARLY"))
    --say;
  if (say == 0) return false;
  std::string_view v = w_.tokens[say - 1].upper;
  bool warned = v == "WARNED" || v == "VOWED" || v == "THREATENED" || v == "PLEDGED" || v == "PROMISED";
  if (!(v == "SAID" || v == "SAYS" || v == "ANNOUNCED" || v == "ADDED" || v == "STATED" || v == "CLAIMED" || warned))
    return false;
  // "Beijing accused The Hague of ... and warned it would take 'necessary measures'": after "and",
  // the subject that opens the sentence.
  if (say >= 2 && Word(say - 2) == d_.w_and && !w_.mentions.empty()) {
    const Mention& m = w_.mentions.front();
    if (!OpensTheSentence(m) || m.person || m.resolved || m.code.empty() || m.code == "---" || NamedAsPlace(m.begin))
      return false;
    std::string code = m.code, country = m.country;
    AddSingle(pronoun, pronoun + 1, code, country, false,
              explaining() ? "pronoun 'IT' -> the sentence's subject " + code : std::string());
    return true;
  }
  if (warned) return false;
  i = say;  // the subject comes before the verb
  for (auto it = w_.mentions.rbegin(); it != w_.mentions.rend(); ++it) {
    const Mention& m = *it;
    if (m.end > i) continue;
    // (Only the subject's own phrase: past a comma or a verb, the search ends.)
    bool crossed = false;
    for (size_t k = m.end; k + 1 < i && !crossed; ++k) crossed = (TokenFlags(k) & (kComma | kClauseEnd | kVerbForm)) != 0;
    if (crossed) return false;
    if (m.person || m.resolved || m.code.empty() || m.code == "---") return false;
    if (NamedAsPlace(m.begin)) continue;
    std::string code = m.code, country = m.country;  // AddSingle may grow w_.mentions
    AddSingle(pronoun, pronoun + 1, code, country, false,
              explaining() ? "pronoun 'IT' -> the speaker " + code : std::string());
    return true;
  }
  return false;
}

bool MentionFinder::SpeakerOfTheClause(size_t pronoun) {
  // "The Panamanian leader told reporters after the meeting that he was ready to open talks":
  // "he" opening what the sentence's subject says is that subject, when one office holder or
  // person opens the sentence (not the last person named before it).
  size_t k = pronoun;
  if (k > 0 && Word(k - 1) == d_.w_that) --k;
  size_t say = std::string::npos;
  // (Past an earlier clause of the same statement: "... that he did not feel a threat, and that he".)
  for (size_t q = k, words = 0, reach = 12; q > 0 && words < reach; --q, ++words) {
    if (TokenFlags(q - 1) & kComma) {
      if (q + 1 >= w_.tokens.size() || Word(q) != d_.w_and || Word(q + 1) != d_.w_that) return false;
      reach = words + 24;
      continue;
    }
    if (TokenFlags(q - 1) & kClauseEnd) return false;
    std::string_view u = w_.tokens[q - 1].upper;
    if (u == "SAID" || u == "TOLD" || u == "SAYS" || u == "TELLS" || u == "ADDED" || u == "INSISTED" ||
        u == "STRESSED" || u == "ANNOUNCED") {
      say = q - 1;
      break;
    }
  }
  if (say == std::string::npos || w_.mentions.empty()) return false;
  const Mention& m = w_.mentions.front();
  const Token& last = w_.tokens[m.end - 1];
  if (!OpensTheSentence(m) || m.end > say || m.resolved || m.code.size() < 6 || m.country.size() != 3 ||
      (!m.person && (!last.is_word || last.capitalized || last.upper.ends_with("S"))))
    return false;
  for (size_t q = m.end; q < say; ++q) {
    if (TokenFlags(q) & (kComma | kClauseEnd)) return false;
  }
  std::string code = m.code, country = m.country;  // AddSingle may grow w_.mentions
  AddSingle(pronoun, pronoun + 1, code, country, true,
            explaining() ? "pronoun -> the one whose words it opens, " + code : std::string());
  return true;
}

}  // namespace tidings::extract

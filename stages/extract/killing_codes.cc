// CAMEO's codes for killings and for the means of force: how many were killed (counts in figures
// or words, "hundreds of people"; the toll after ", killing"), whether a killing is of a public
// figure or of people no party to the fighting, and force used by a suicide bomber (1831) or with a
// chemical agent (2041). Part of SentenceCoder (sentence_coder.h).
#include <algorithm>
#include <cstdlib>
#include <string>

#include "extract/sentence_coder.h"
#include "extract/violence_codes.h"

namespace tidings::extract {

bool SentenceCoder::FightBefore(size_t k) const {
  if (k == 0) return false;
  std::string_view upper = w_.tokens[k - 1].upper;
  static constexpr std::string_view kFights[] = {"CLASH",    "CLASHES",   "GUNFIGHT",   "GUNFIGHTS", "FIREFIGHT",
                                                 "SHOOTOUT", "SKIRMISH",  "SKIRMISHES", "FIGHTING",  "BATTLE",
                                                 "BATTLES",  "ENCOUNTER"};
  return std::find(std::begin(kFights), std::end(kFights), upper) != std::end(kFights);
}

long SentenceCoder::CountAt(size_t k) const {
  // "60", "20,000" (one token); "hundreds of people": a count in words, at its least.
  const Token& t = w_.tokens[k];
  if (t.upper == "HUNDREDS") return 200;
  if (t.upper == "THOUSANDS" || t.upper == "TENS") return 2000;
  if (t.upper == "DOZENS" || t.upper == "SCORES") return 24;
  // "1.2 million Afghans", "a million people", "50 thousand": the number times its scale.
  long scale = t.upper == "THOUSAND" ? 1000 : (t.upper == "MILLION" || t.upper == "MILLIONS") ? 1000000 : 0;
  if (scale > 0) {
    const Token* before = k > 0 ? &w_.tokens[k - 1] : nullptr;
    if (before == nullptr || !before->is_number || before->upper.size() > 9) return scale;
    return static_cast<long>(std::strtod(std::string(before->upper).c_str(), nullptr) * scale);
  }
  if (!t.is_number) return -1;
  return t.upper.size() < 10 ? std::stol(std::string(t.upper)) : 0;
}

long SentenceCoder::CountBefore(size_t from, const Group& people) const {
  // "killed at least 60 civilians", "deported more than 20,000 migrants": the number before them.
  for (size_t k = people.begin; k > from && k + 5 > people.begin; --k) {
    long count = CountAt(k - 1);
    if (count >= 0) return count;
  }
  return 0;
}

std::string SentenceCoder::KillingCode(size_t vi, const std::string& code, int src, int tgt) const {
  // Only killing: an attack on a camp or a town is force whoever is there. (An attack on
  // people with its toll after a comma is their killing: "ambushed a convoy of passenger
  // vehicles, killing at least 42 Shi'ite Muslims".)
  const VerbHit& v = w_.verbs[vi];
  long toll = -1;
  // ("shot him dead", "gunned the mayor down dead": a shooting that kills.)
  bool kill = d_.verbs.block(d_.verbs.form(v.form).block).name == "KILL" ||
              (tgt >= 0 && w_.groups[tgt].end < w_.tokens.size() && w_.tokens[w_.groups[tgt].end].upper == "DEAD");
  // A verb of shooting ("opened fire on people dancing, killing 12") counts its toll as plain
  // force does; a pattern's own 193 stands as written.
  bool shooting = code == "193" && !outcomes_[vi].by_pattern;
  if (!kill && (code == "190" || shooting)) toll = TollAfter(v.end);
  if ((code != "190" && code != "193") || src < 0 || tgt < 0) return code;
  const Group& victims = w_.groups[tgt];
  Victims named;
  if (!kill && toll < 0) {
    // "A gunman opened fire on former Prime Minister Imran Khan, wounding him": no one killed.
    named.one = victims.members.size() == 1;
    named.person = w_.mentions[victims.members[0]].person || TitledPerson(victims);
    std::string attempt = CodeOfAttemptOnALife(code, w_.mentions[w_.groups[src].members[0]].code,
                                               w_.mentions[victims.members[0]].code, named);
    if (attempt != code) Note("    an armed attacker firing on a named public figure, no one killed: " + attempt + "\n");
    return attempt;
  }
  named.count = kill ? CountBefore(v.end, victims) : toll;
  for (const Token& t : w_.tokens) named.massacre |= t.upper.substr(0, 8) == "MASSACRE";
  const Mention& victim = w_.mentions[victims.members[0]];
  // The head noun: the last word before a prepositional phrase ("journalist in Honduras").
  size_t head = victim.begin;
  while (head + 1 < victim.end && !(TokenFlags(head + 1) & kPrep)) ++head;
  named.one = victims.members.size() == 1 && w_.tokens[head].is_word && w_.tokens[head].upper.back() != 'S';
  // "shot dead Abdulghani al-Kikli, the commander of one of Tripoli's armed groups": one person.
  if (tgt == named_object_ && Commands(victims.begin)) named.one = named.leader = true;
  named.person = victim.person || TitledPerson(victims);
  named.leader |= named.one && victim.person && LeaderTitled(victim);
  std::string refined = CodeOfKilling(code, w_.mentions[w_.groups[src].members[0]].code, victim.code, named);
  if (refined != code) Note("    an armed group killing a public figure or people no party to fighting: " + refined + "\n");
  return refined;
}

bool SentenceCoder::Commands(size_t group_begin) const {
  // The appositive's title before "of" the side: "the commander of", "the leader of one of".
  for (size_t k = group_begin; k > 0 && k + 9 > group_begin; --k) {
    std::string_view u = w_.tokens[k - 1].upper;
    if (u == "COMMANDER" || u == "LEADER" || u == "CHIEF" || u == "HEAD" || u == "FOUNDER") return true;
    if (TokenFlags(k - 1) & (kComma | kClauseEnd)) return false;
  }
  return false;
}

bool SentenceCoder::LeaderTitled(const Mention& victim) const {
  // "Hezbollah leader Sayyed Hassan Nasrallah", "Lieutenant General Igor Kirillov": a named
  // person whose own title puts them at the head of a side.
  for (size_t k = victim.begin; k < victim.end; ++k) {
    std::string_view u = w_.tokens[k].upper;
    if (u == "LEADER" || u == "COMMANDER" || u == "CHIEF" || u == "GENERAL") return true;
  }
  return false;
}

bool SentenceCoder::TitledPerson(const Group& victims) const {
  // "shot Colombian senator and presidential hopeful Miguel Uribe": a title only a person bears,
  // its name split off; not what is theirs ("the convoy of a deputy prime minister").
  static constexpr std::string_view kTitles[] = {"SENATOR", "LAWMAKER", "MP", "GOVERNOR", "MAYOR", "MINISTER",
                                                 "PRESIDENT", "CANDIDATE", "HOPEFUL", "POLITICIAN", "JUDGE",
                                                 "PROSECUTOR"};
  const Mention& victim = w_.mentions[victims.members[0]];
  std::string_view last = w_.tokens[victim.end - 1].upper;
  size_t before = victims.begin;
  while (before > 0 && (TokenFlags(before - 1) & kDet)) --before;
  bool theirs = before > 0 && w_.tokens[before - 1].upper == "OF";
  return !theirs && std::find(std::begin(kTitles), std::end(kTitles), last) != std::end(kTitles);
}

long SentenceCoder::TollAfter(size_t from) const {
  // ", killing at least 42 ...": the count after a comma and KILLING, before the clause ends.
  size_t n = w_.tokens.size();
  for (size_t k = from; k + 1 < n && k < from + 20; ++k) {
    if (TokenFlags(k) & kClauseEnd) return -1;
    if (!(TokenFlags(k) & kComma) || w_.tokens[k + 1].upper != "KILLING") continue;
    for (size_t c = k + 2; c < n && c < k + 6; ++c) {
      long count = CountAt(c);
      if (count >= 0) return count;
    }
    return -1;
  }
  return -1;
}

bool SentenceCoder::ChemicalMeans(size_t vi) const {
  // "dropped chlorine bombs on", "fired sarin-filled rockets at", "attacked rebels with chlorine
  // gas": the agent as the weapon the verb uses, not a chemical plant or weapons site struck.
  static constexpr std::string_view kMunitions[] = {"GAS", "BOMB", "BOMBS", "BARREL", "BARRELS", "CANISTERS",
                                                    "ROCKETS", "SHELLS", "MUNITIONS"};
  const size_t n = w_.tokens.size(), end = w_.verbs[vi].end;
  for (size_t k = end; k < n && k < end + 8 && !(TokenFlags(k) & (kComma | kClauseEnd)); ++k) {
    bool weapon = k == end || (k == end + 1 && (TokenFlags(end) & kDet)) ||
                  w_.tokens[k - 1].upper == "WITH" || (k >= end + 2 && w_.tokens[k - 2].upper == "WITH");
    std::string_view t = w_.tokens[k].upper;
    if (!weapon) continue;
    if (t.starts_with("SARIN")) return true;
    bool agent = t == "CHLORINE" || t == "NERVE" || t == "MUSTARD" || t == "CHEMICAL";
    if (agent && k + 1 < n &&
        std::find(std::begin(kMunitions), std::end(kMunitions), w_.tokens[k + 1].upper) != std::end(kMunitions))
      return true;
  }
  return false;
}

std::string SentenceCoder::CodeOfTheMeans(size_t vi, int src, const std::string& code) const {
  static constexpr std::string_view kForce[] = {"180", "182", "183", "190", "193", "194", "195"};
  if (std::find(std::begin(kForce), std::end(kForce), code) == std::end(kForce)) return code;
  // "a suicide bomber struck / hit / rammed / wounded ...": whatever the verb (and though
  // "bomber" is also a warplane), a suicide bomber's attack is a suicide bombing.
  if (SuicideBomber(src)) {
    Note("    force used by a suicide bomber: a suicide bombing 1831\n");
    return "1831";
  }
  if (ChemicalMeans(vi)) {
    Note("    force used with a chemical agent: 2041\n");
    return "2041";
  }
  return code;
}

bool SentenceCoder::SuicideBomber(int src) const {
  const Mention& m = w_.mentions[w_.groups[src].members[0]];
  for (size_t k = m.begin; k + 1 < m.end; ++k) {
    if (w_.tokens[k].upper == "SUICIDE" && w_.tokens[k + 1].upper.starts_with("BOMBER")) return true;
  }
  return false;
}

bool SentenceCoder::FireFromUnarmed(size_t vi, int src) const {
  const VerbHit& v = w_.verbs[vi];
  if (d_.verbs.block(d_.verbs.form(v.form).block).name != "DRAW_REPROACH") return false;
  bool fire = false;
  for (size_t k = v.end; k < w_.tokens.size() && k < v.end + 3; ++k) fire |= w_.tokens[k].upper == "FIRE";
  return fire && !ArmedSide(w_.mentions[w_.groups[src].members[0]].code);
}

}  // namespace tidings::extract

#include "extract/investigation_codes.h"

#include <algorithm>
#include <array>

#include "extract/sentence_coder.h"
#include "extract/violence_codes.h"

namespace tidings::extract {
namespace {

template <size_t N>
bool In(std::string_view word, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

bool HasAgent(std::string_view code, std::string_view agent) {
  for (size_t i = 3; i + 3 <= code.size(); i += 3) {
    if (code.substr(i, 3) == agent) return true;
  }
  return false;
}

// "the killing of protesters", "reports that soldiers had executed villagers", "arbitrary
// detentions", "the use of spyware against journalists".
constexpr std::array<std::string_view, 31> kAbuse = {
    "KILLING",   "KILLINGS",     "KILLED",        "BEATING",     "BEATINGS",   "BEATEN",     "BEAT",
    "CRACKDOWN", "TORTURE",      "TORTURED",      "TORTURING",   "ABUSE",      "ABUSES",     "ABUSED",
    "DETENTIONS", "DISAPPEARANCES", "EXECUTED",   "EXECUTIONS",  "RAPE",       "RAPES",      "SHOOTING",
    "SHOT",      "MISTREATMENT", "ILL-TREATMENT", "REPRESSION",  "PERSECUTION", "SPYWARE",   "SURVEILLANCE",
    "DEATHS",    "MISTREATED",   "BRUTALITY"};
// "alleged bribes paid by", "the forging of vaccination records", "an arson attack on a store".
constexpr std::array<std::string_view, 25> kCrime = {
    "BRIBE",      "BRIBES",      "BRIBERY",    "CORRUPTION", "CORRUPT",     "GRAFT",     "EMBEZZLED",
    "EMBEZZLING", "EMBEZZLEMENT", "FRAUD",     "FRAUDULENT", "LAUNDERING",  "KICKBACKS", "FORGING",
    "FORGERY",    "FORGED",      "ARSON",      "ESPIONAGE",  "SPYING",      "SMUGGLING", "TRAFFICKING",
    "EXTORTION",  "ILLEGAL",     "ILLEGALLY",  "MISAPPROPRIATION"};
// "an army drone strike", "the ramming of a supply boat", "whether troops had crossed the line".
constexpr std::array<std::string_view, 24> kMilitary = {
    "STRIKE",   "STRIKES",   "AIRSTRIKE", "AIRSTRIKES", "DRONE",     "DRONES",    "COLLISION", "RAMMING",
    "RAMMED",   "INCIDENT",  "CLASH",     "CLASHES",    "SHELLING",  "BOMBING",   "LANDMINES", "MINES",
    "CROSSED",  "ENTERED",   "INCURSION", "FIRED",      "MISSILE",   "MISSILES",  "WAR",       "INTRUSION"};

// A state's side (forces, police, spies, government, the state) or an armed group, who can
// commit human rights abuses, or protesters, students or migrants, who suffer them ("the
// killings of protesters"). Gunmen and gangs commit crimes; a businessman is murdered.
bool SideOfAnAbuse(std::string_view code) {
  if (code.size() == 3) return true;
  for (std::string_view a : {"MIL", "COP", "SPY", "GOV", "REB", "INS", "OPP", "EDU", "REF"}) {
    if (HasAgent(code, a)) return true;
  }
  return false;
}

}  // namespace

std::string CodeOfInvestigation(const std::vector<std::string_view>& words, std::string_view source,
                                std::string_view target) {
  if (source.starts_with("IGOJUDICC")) return "094";
  bool forces = target.size() == 3 || HasAgent(target, "MIL");
  bool named = false;  // a kind named, of a side it does not fit: no default
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view next = i + 1 < words.size() ? words[i + 1] : std::string_view();
    if ((words[i] == "WAR" && (next == "CRIME" || next == "CRIMES")) || words[i] == "GENOCIDE" ||
        (words[i] == "CRIMES" && next == "AGAINST"))
      return "094";
    if (In(words[i], kCrime) || (words[i] == "AWARD" && next == "OF")) return "091";
    if (In(words[i], kAbuse) && SideOfAnAbuse(target)) return "092";
    if (In(words[i], kMilitary) && forces) return "093";
    named = named || In(words[i], kAbuse) || In(words[i], kMilitary);
  }
  bool investigators = HasAgent(source, "JUD") || HasAgent(source, "COP");
  if (!named && investigators && (PublicFigure(target) || HasAgent(target, "BUS"))) return "091";
  return "090";
}

std::string SentenceCoder::InvestigationCode(size_t vi, const std::string& code, int src, int tgt) const {
  if (code != "090" || d_.verbs.grouped()) return code;
  // The object: the words after the verb up to the end of the sentence or a semicolon.
  std::vector<std::string_view> words;
  for (size_t k = w_.verbs[vi].end; k < w_.tokens.size() && words.size() < 40; ++k) {
    if (w_.tokens[k].upper == ";") break;
    if (w_.tokens[k].is_word) words.push_back(w_.tokens[k].upper);
  }
  std::string kind = CodeOfInvestigation(words, w_.mentions[w_.groups[src].members[0]].code,
                                         w_.mentions[w_.groups[tgt].members[0]].code);
  if (kind != code) Note("    an investigation into what its object names: " + kind + "\n");
  return kind;
}

}  // namespace tidings::extract

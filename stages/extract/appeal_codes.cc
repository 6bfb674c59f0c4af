#include "extract/appeal_codes.h"

#include <algorithm>
#include <array>


namespace tidings::extract {
namespace {

template <size_t N>
bool In(std::string_view word, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

// "urged X to hold direct talks", "to sit down", "to get back to the table".
constexpr std::array<std::string_view, 5> kTalks = {"TALKS", "NEGOTIATIONS", "NEGOTIATING", "DIALOGUE", "TABLE"};
// "to exercise maximum restraint", "to step back from the brink", "to work toward a ceasefire".
constexpr std::array<std::string_view, 8> kDeescalation = {"RESTRAINT", "ESCALATION", "DE-ESCALATE", "DE-ESCALATION",
                                                            "CEASEFIRE", "TRUCE",      "BRINK",       "HOSTILITIES"};
constexpr std::array<std::string_view, 5> kOwnForces = {"TROOPS", "FORCES", "SOLDIERS", "THEM", "FIGHTERS"};

// The kind of an appeal read at words[i]: 026 talks, 0256 de-escalation, 0233 humanitarian aid,
// else empty.
std::string_view AppealKindAt(const std::vector<std::string_view>& words, size_t i) {
  std::string_view w = words[i], next = i + 1 < words.size() ? words[i + 1] : std::string_view();
  std::string_view prev = i > 0 ? words[i - 1] : std::string_view();
  if (In(w, kTalks) || (w == "SIT" && next == "DOWN")) return "026";
  if (In(w, kDeescalation)) return "0256";
  // "to hold their fire", "to lay down their arms", "to silence their guns", "to pull its troops out".
  if ((w == "FIRE" && (prev == "THEIR" || prev == "ITS" || prev == "HOLD")) ||
      ((w == "ARMS" || w == "WEAPONS") && i >= 2 && words[i - 2] == "DOWN") || (w == "GUNS" && i >= 2 && words[i - 2] == "SILENCE"))
    return "0256";
  if (w == "PULL" || w == "WITHDRAW") {
    for (size_t k = i + 1; k < words.size() && k <= i + 3; ++k) {
      if (In(words[k], kOwnForces)) return "0256";
    }
  }
  // "for emergency food aid", "for more humanitarian aid", "to step up emergency food shipments".
  // (A humanitarian ceasefire, pause or corridor is no aid: read on.)
  if (w == "HUMANITARIAN" && next != "ACCESS" && next != "CEASEFIRE" && next != "PAUSE" && next != "TRUCE" &&
      next != "CORRIDOR")
    return "0233";
  if (prev == "EMERGENCY" && (w == "FOOD" || w == "SHELTER" || w == "RELIEF")) return "0233";
  if (w == "FOOD" && (next == "AID" || next == "ASSISTANCE" || next == "SHIPMENTS" || next == "SUPPLIES")) return "0233";
  return "";
}

}  // namespace

std::string CodeOfAppeal(const std::vector<std::string_view>& words) {
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view kind = AppealKindAt(words, i);
    if (!kind.empty()) return std::string(kind);
  }
  return "020";
}

std::string CodeOfAppeal(const std::string& code, const SentenceWork& w, size_t from) {
  if (code != "020") return code;
  // The complement: the words after the verb up to the clause's end, before a reason given after
  // a comma (", saying the talks had stalled").
  std::vector<std::string_view> words;
  for (size_t k = from; k < w.tokens.size() && words.size() < 30; ++k) {
    std::string_view t = w.tokens[k].upper;
    if (t == ";" || (t == "," && k + 1 < w.tokens.size() && w.tokens[k + 1].upper.ends_with("ING"))) break;
    if (w.tokens[k].is_word) words.push_back(t);
  }
  return CodeOfAppeal(words);
}

}  // namespace tidings::extract

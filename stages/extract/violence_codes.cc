#include "extract/violence_codes.h"

#include <array>

namespace tidings::extract {
namespace {

// True when one of the three-letter agent codes after the first three letters is in `set`.
template <size_t N>
bool HasAgent(std::string_view code, const std::array<std::string_view, N>& set) {
  for (size_t i = 3; i + 3 <= code.size(); i += 3) {
    for (std::string_view a : set) {
      if (code.substr(i, 3) == a) return true;
    }
  }
  return false;
}

constexpr std::array<std::string_view, 5> kArmed = {"REB", "INS", "UAF", "CRM", "SEP"};
constexpr std::array<std::string_view, 9> kNoParty = {"CVL", "REL", "EDU", "MED", "AGR", "HLH", "LAB", "BUS", "REF"};
constexpr std::array<std::string_view, 11> kFighting = {"MIL", "COP", "GOV", "SPY", "REB", "INS",
                                                        "UAF", "CRM", "SEP", "JUD", "LEG"};
constexpr long kMassKilling = 40;  // the sets code a massacre from about forty dead

}  // namespace

bool NonStateArmedActor(std::string_view code) {
  if (code.substr(0, 3) == "IMG") return true;
  return HasAgent(code, kArmed) && !HasAgent(code, std::array<std::string_view, 3>{"MIL", "COP", "GOV"});
}

bool ArmedSide(std::string_view code) {
  return NonStateArmedActor(code) || HasAgent(code, std::array<std::string_view, 3>{"MIL", "COP", "SPY"});
}

bool NoPartyToFighting(std::string_view code) {
  return code.size() >= 6 && code.substr(0, 3) != "IGO" && HasAgent(code, kNoParty) && !HasAgent(code, kFighting);
}

bool WorkersOrStudents(std::string_view code) {
  return HasAgent(code, std::array<std::string_view, 3>{"LAB", "HLH", "EDU"}) && !HasAgent(code, kFighting);
}

bool PublicFigure(std::string_view code) {
  // Activists are figures, of whatever cause: an environmental activist (ENV) as any other (OPP).
  static constexpr std::array<std::string_view, 9> kFigures = {"GOV", "LEG", "OPP", "PTY", "JUD",
                                                               "ELI", "MED", "HRI", "ENV"};
  static constexpr std::array<std::string_view, 6> kArmedSides = {"MIL", "COP", "SPY", "REB", "INS", "UAF"};
  return code.size() >= 6 && code.substr(0, 3) != "IGO" && HasAgent(code, kFigures) && !HasAgent(code, kArmedSides);
}

std::string CodeOfKilling(const std::string& code, std::string_view source, std::string_view target,
                          const Victims& victims) {
  if (code != "190" && code != "193") return code;
  // A state's soldiers killing forty civilians or more ("slaughtered at least 223 villagers")
  // commit a mass killing too.
  if (!NonStateArmedActor(source)) {
    bool forces = HasAgent(source, std::array<std::string_view, 2>{"MIL", "COP"});
    if (forces && NoPartyToFighting(target) && victims.count >= kMassKilling) return "202";
    // A state killing one named leader or public figure ("Israel killed Hezbollah leader
    // Nasrallah in an air strike", "the SBU killed Lieutenant General Kirillov") assassinates
    // too; a shooting (193) keeps its code, as fighting.
    bool figure = victims.leader || (victims.person && PublicFigure(target));
    return code == "190" && victims.one && victims.count == 0 && figure ? "186" : code;
  }
  if (victims.one && victims.count == 0 && (PublicFigure(target) || victims.leader)) return "186";
  if (!NoPartyToFighting(target)) return code;
  return victims.massacre || victims.count >= kMassKilling ? "202" : "180";
}

std::string CodeOfAttemptOnALife(const std::string& code, std::string_view source, std::string_view target,
                                 const Victims& victims) {
  if ((code != "190" && code != "193") || !NonStateArmedActor(source)) return code;
  return victims.one && victims.person && PublicFigure(target) ? "185" : code;
}

std::string CodeOfForceOnProtesters(const std::string& code, std::string_view source, std::string_view target) {
  if (code.size() < 3 || code.compare(0, 2, "19") != 0 || source.size() < 6 || target.size() < 6) return code;
  // Air strikes and shelling are warfare, not crowd control: "army jets struck a school".
  if (code.compare(0, 3, "194") == 0 || code.compare(0, 3, "195") == 0) return code;
  std::string_view from = source.substr(0, 3), to = target.substr(0, 3);
  bool same = from == to || from == "---" || to == "---";
  bool state = HasAgent(source, std::array<std::string_view, 2>{"MIL", "COP"}) && !NonStateArmedActor(source);
  bool protesters = HasAgent(target, std::array<std::string_view, 2>{"OPP", "EDU"}) &&
                    !HasAgent(target, kFighting) && from != "IGO" && to != "IGO";
  return same && state && protesters ? "175" : code;
}

}  // namespace tidings::extract

#include "store/cameo_actor.h"

#include <array>
#include <vector>

#include "store/country_codes.h"

namespace tidings::store {

namespace {

template <size_t N>
bool In(std::string_view s, const std::array<std::string_view, N>& set) {
  for (std::string_view x : set) {
    if (s == x) return true;
  }
  return false;
}

// CAMEO's regional codes (used where a country code would be).
constexpr std::array<std::string_view, 26> kRegions = {
    "AFR", "ASA", "BLK", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR", "FRN", "LAM",
    "MEA", "MDT", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SEA", "SCN", "WAF", "WEU", "WST"};

// CAMEO role and sector codes (GDELT's Type1Code..Type3Code).
constexpr std::array<std::string_view, 35> kTypes = {
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS",
    "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF",
    "MOD", "RAD", "IGO", "NGO", "NGM", "IMG", "MNC", "PTY", "REL", "SET", "UIS"};

// CAMEO religion codes and denominations (GDELT's Religion1Code / Religion2Code).
constexpr std::array<std::string_view, 27> kReligions = {
    "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "HIN", "HSD", "ITR", "JAN",
    "JEW", "JHW", "MOS", "MRM", "NRM", "PAG", "PRO", "SFI", "SHI", "SHN", "SIK", "SUN", "TAO"};

constexpr std::array<std::string_view, 4> kPhoenixRoots = {"IGO", "NGO", "IMG", "MNC"};
constexpr std::array<std::string_view, 13> kPhoenixAgents = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD",
                                                             "SPY", "MED", "EDU", "BUS", "CRM", "CVL"};

std::vector<std::string_view> Segments(std::string_view code) {
  std::vector<std::string_view> out;
  for (size_t i = 0; i < code.size(); i += 3) out.push_back(code.substr(i, 3));
  return out;
}

bool IsCountryOrRegion(std::string_view s) { return FindCountry(s) != nullptr || In(s, kRegions); }

}  // namespace

GdeltActorParts SplitForGdelt(std::string_view code) {
  GdeltActorParts p;
  std::string* types[] = {&p.type1, &p.type2, &p.type3};
  size_t n_types = 0, n_religions = 0;
  for (std::string_view s : Segments(code)) {
    if (s == "---" || s.size() != 3) continue;
    if (p.country.empty() && IsCountryOrRegion(s)) {
      p.country = s;
    } else if (In(s, kTypes)) {
      if (n_types < 3) *types[n_types++] = s;
    } else if (In(s, kReligions)) {
      if (n_religions == 0) p.religion1 = s;
      if (n_religions == 1) p.religion2 = s;
      ++n_religions;
    } else if (p.known_group.empty()) {
      p.known_group = s;
    }
  }
  return p;
}

PhoenixActorParts SplitForPhoenix(std::string_view code) {
  PhoenixActorParts p;
  std::vector<std::string_view> segments = Segments(code);
  if (segments.empty()) return p;
  if (IsCountryOrRegion(segments[0]) || In(segments[0], kPhoenixRoots)) p.entity = segments[0];
  size_t rest = 1;
  if (segments.size() > 1 && In(segments[1], kPhoenixAgents)) {
    p.role = segments[1];
    rest = 2;
  }
  for (size_t i = rest; i < segments.size(); ++i) {
    if (!p.attribute.empty()) p.attribute += ';';
    p.attribute += segments[i];
  }
  return p;
}

}  // namespace tidings::store

#include "extract/language_gate.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace tidings::extract {

namespace {

// "EN-gb" -> "en".
std::string PrimarySubtag(const std::string& tag) {
  std::string primary = tag.substr(0, tag.find_first_of("-_"));
  for (char& c : primary) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  primary.erase(std::remove_if(primary.begin(), primary.end(), [](unsigned char c) { return std::isspace(c); }),
                primary.end());
  return primary;
}

}  // namespace

LanguageGate::LanguageGate(std::vector<std::string> covered) {
  for (const auto& tag : covered) {
    std::string primary = PrimarySubtag(tag);
    if (!primary.empty()) covered_.push_back(primary);
  }
}

std::string LanguageGate::NotCodedReason(const std::string& language) const {
  const std::string primary = PrimarySubtag(language);
  if (covered_.empty() || primary.empty() || primary == "und" || primary == "un") return "";
  if (std::find(covered_.begin(), covered_.end(), primary) != covered_.end()) return "";
  return "language " + primary;
}

std::vector<std::string> LanguageGate::ParseList(const std::string& comma_separated) {
  std::vector<std::string> out;
  std::istringstream in(comma_separated);
  for (std::string item; std::getline(in, item, ',');) {
    std::string primary = PrimarySubtag(item);
    if (!primary.empty()) out.push_back(primary);
  }
  return out;
}

}  // namespace tidings::extract

// The CAMEO event code table (cameo_codes.tsv: code, name, goldstein, quad_class): Goldstein
// scores and quad classes for every code, used with every verb dictionary.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/dictionary_lines.h"

namespace tidings::extract {

struct CameoCode {
  std::string code;
  std::string name;
  double goldstein = 0;
  int quad_class = 0;
};

class CameoTable {
 public:
  void Load(std::string_view contents, const WarningSink& warnings);
  // The entry for `code`, else for its longest listed prefix ("1124" -> "112"); null if none.
  const CameoCode* Find(std::string_view code) const;
  size_t size() const { return codes_.size(); }

 private:
  std::unordered_map<std::string, CameoCode> codes_;
};

}  // namespace tidings::extract

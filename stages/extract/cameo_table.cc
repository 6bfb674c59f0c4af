#include "extract/cameo_table.h"

#include <charconv>
#include <cstdlib>

namespace tidings::extract {

void CameoTable::Load(std::string_view contents, const WarningSink& warnings) {
  ForEachTsvRow(contents, "code\t", [&](int number, const std::vector<std::string_view>& f) {
    if (f.size() < 4) {
      warnings.Add(number, "expected 4 tab-separated fields (code, name, goldstein, quad_class)");
      return;
    }
    CameoCode c;
    c.code = std::string(Trim(f[0]));
    c.name = std::string(Trim(f[1]));
    std::string g(Trim(f[2]));
    char* end = nullptr;
    c.goldstein = std::strtod(g.c_str(), &end);
    std::string_view q = Trim(f[3]);
    auto [ptr, ec] = std::from_chars(q.data(), q.data() + q.size(), c.quad_class);
    if (c.code.empty() || end == g.c_str() || ec != std::errc() || c.quad_class < 0 || c.quad_class > 4) {
      warnings.Add(number, "unreadable code, goldstein or quad_class");
      return;
    }
    codes_[c.code] = c;
  });
}

const CameoCode* CameoTable::Find(std::string_view code) const {
  std::string key(code);
  while (!key.empty()) {
    auto it = codes_.find(key);
    if (it != codes_.end()) return &it->second;
    key.pop_back();
  }
  return nullptr;
}

}  // namespace tidings::extract

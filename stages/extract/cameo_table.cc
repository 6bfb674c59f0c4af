#include "extract/cameo_table.h"

#include <charconv>
#include <cstdlib>

namespace tidings::extract {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t p = 0;
  while (true) {
    size_t q = line.find('\t', p);
    out.push_back(line.substr(p, q == std::string_view::npos ? std::string_view::npos : q - p));
    if (q == std::string_view::npos) break;
    p = q + 1;
  }
  return out;
}

}  // namespace

void CameoTable::Load(std::string_view contents, const WarningSink& warnings) {
  int number = 0;
  size_t pos = 0;
  bool header = true;
  while (pos < contents.size()) {
    size_t nl = contents.find('\n', pos);
    if (nl == std::string_view::npos) nl = contents.size();
    std::string_view line = contents.substr(pos, nl - pos);
    pos = nl + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty() || line.front() == '#') continue;
    if (header) {
      header = false;
      if (line.starts_with("code\t")) continue;
    }
    std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() < 4) {
      warnings.Add(number, "expected 4 tab-separated fields (code, name, goldstein, quad_class)");
      continue;
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
      continue;
    }
    codes_[c.code] = c;
  }
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

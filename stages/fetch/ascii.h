// ASCII helpers shared by the fetch library's parsers (URLs, robots.txt, HTTP headers), whose
// grammars are ASCII and case-insensitive in places. Thread-safe, locale-independent.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

namespace tidings::fetch {

inline char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) { return AsciiLower(c); });
  return out;
}

// `s` without leading and trailing spaces, tabs, CR and LF.
inline std::string_view TrimWhitespace(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace tidings::fetch

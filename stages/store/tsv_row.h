// Building one line of a tab-separated export (GDELT, Phoenix), private to the store library.
#pragma once

#include <string>
#include <vector>

namespace tidings::store {

// The text with tabs and line breaks replaced by spaces: a field cannot split its row.
inline std::string TsvField(const std::string& s) {
  std::string out = s;
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

// Fields joined by tabs, no trailing newline.
inline std::string JoinTsv(const std::vector<std::string>& fields) {
  std::string line;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += '\t';
    line += fields[i];
  }
  return line;
}

}  // namespace tidings::store

#include "clean/text_util.h"

#include <libxml/HTMLparser.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cctype>
#include <cstdlib>
#include <cstring>

namespace tidings::clean {

std::string AsciiLower(std::string_view s) {
  std::string r(s);
  AsciiLowerInPlace(&r);
  return r;
}

void AsciiLowerInPlace(std::string* s) {
  for (char& c : *s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
}

namespace {
// Length of a Unicode space at s[i] (ASCII whitespace, NBSP, U+2000..U+200B, U+3000, U+FEFF), else 0.
size_t SpaceAt(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    unsigned char d = s[i + 2];
    if (d <= 0x8B || d == 0xAF) return 3;
  }
  if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x80)
    return 3;
  if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBB &&
      static_cast<unsigned char>(s[i + 2]) == 0xBF)
    return 3;
  return 0;
}
}  // namespace

std::string_view Trim(std::string_view s) {
  while (!s.empty()) {
    size_t n = SpaceAt(s, 0);
    if (n == 0) break;
    s.remove_prefix(n);
  }
  while (!s.empty()) {
    // find start of the last code point
    size_t i = s.size() - 1;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    size_t n = SpaceAt(s, i);
    if (n == 0 || i + n != s.size()) break;
    s.remove_suffix(n);
  }
  return s;
}

std::string CollapseWhitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = true;
  for (size_t i = 0; i < s.size();) {
    size_t n = SpaceAt(s, i);
    if (n > 0) {
      if (!space) out.push_back(' ');
      space = true;
      i += n;
      continue;
    }
    out.push_back(s[i]);
    space = false;
    ++i;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string NormalizeForCompare(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = true;
  for (size_t i = 0; i < s.size();) {
    UChar32 c;
    size_t start = i;
    U8_NEXT(s.data(), i, s.size(), c);
    if (c < 0) continue;
    if (u_isalnum(c)) {
      if (c < 0x80) {
        out.push_back(static_cast<char>(std::tolower(c)));
      } else {
        out.append(s.data() + start, i - start);
      }
      space = false;
    } else if (!space) {
      out.push_back(' ');
      space = true;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool HasLetterOrDigit(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    UChar32 c;
    U8_NEXT(s.data(), i, s.size(), c);
    if (c >= 0 && u_isalnum(c)) return true;
  }
  return false;
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::vector<std::string> SplitParagraphs(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string p = CollapseWhitespace(text.substr(start, end - start));
    if (!p.empty()) out.push_back(std::move(p));
    start = end + 1;
  }
  return out;
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (size_t i = 0; i < s.size();) {
    UChar32 c;
    size_t start = i;
    U8_NEXT(s.data(), i, s.size(), c);
    if (c >= 0 && (u_isalnum(c) || c == '_')) {
      if (c < 0x80) {
        cur.push_back(static_cast<char>(std::tolower(c)));
      } else {
        UChar32 l = u_tolower(c);
        char buf[4];
        int32_t len = 0;
        UBool err = false;
        U8_APPEND(buf, len, 4, l, err);
        if (!err) cur.append(buf, len);
        else cur.append(s.data() + start, i - start);
      }
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::string DecodeHtmlEntities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (s[i] != '&') {
      out.push_back(s[i++]);
      continue;
    }
    size_t semi = s.find(';', i + 1);
    if (semi == std::string_view::npos || semi - i > 12 || semi == i + 1) {
      out.push_back(s[i++]);
      continue;
    }
    std::string_view ref = s.substr(i + 1, semi - i - 1);
    int32_t cp = -1;
    if (ref[0] == '#') {
      bool hex = ref.size() > 1 && (ref[1] == 'x' || ref[1] == 'X');
      std::string digits(ref.substr(hex ? 2 : 1));
      char* end = nullptr;
      long v = digits.empty() ? -1 : std::strtol(digits.c_str(), &end, hex ? 16 : 10);
      if (end && *end == '\0' && v > 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF)) cp = static_cast<int32_t>(v);
    } else {
      std::string name(ref);
      const htmlEntityDesc* e = htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str()));
      if (e) cp = static_cast<int32_t>(e->value);
    }
    if (cp < 0) {
      out.push_back(s[i++]);
      continue;
    }
    char buf[4];
    int32_t len = 0;
    UBool err = false;
    U8_APPEND(buf, len, 4, cp, err);
    if (!err) out.append(buf, static_cast<size_t>(len));
    i = semi + 1;
  }
  return out;
}

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool IStartsWith(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}

bool IEqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

}  // namespace tidings::clean

#include "fetch/feed_text.h"

#include <libxml/HTMLparser.h>

#include <array>
#include <cstring>

namespace tidings::fetch {
namespace {

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Elements whose tags in a title or summary mean the text is HTML; also the ones that start
// a new block (so their words must not run together).
struct HtmlTag {
  std::string_view name;
  bool block;
};
constexpr std::array<HtmlTag, 52> kHtmlTags = {{
    {"a", false},       {"abbr", false},  {"acronym", false}, {"address", true}, {"b", false},
    {"big", false},     {"blockquote", true}, {"br", true},   {"caption", true}, {"center", true},
    {"cite", false},    {"code", false},  {"dd", true},       {"del", false},    {"div", true},
    {"dl", true},       {"dt", true},     {"em", false},      {"font", false},   {"h1", true},
    {"h2", true},       {"h3", true},     {"h4", true},       {"h5", true},      {"h6", true},
    {"hr", true},       {"i", false},     {"iframe", true},   {"img", false},    {"ins", false},
    {"kbd", false},     {"li", true},     {"mark", false},    {"ol", true},      {"p", true},
    {"pre", true},      {"q", false},     {"s", false},       {"script", true},  {"small", false},
    {"span", false},    {"strike", false}, {"strong", false}, {"style", true},   {"sub", false},
    {"sup", false},     {"table", true},  {"td", true},       {"th", true},      {"tr", true},
    {"tt", false},      {"u", false},
}};

const HtmlTag* FindHtmlTag(std::string_view lower_name) {
  for (const HtmlTag& t : kHtmlTags) {
    if (t.name == lower_name) return &t;
  }
  if (lower_name == "ul" || lower_name == "section" || lower_name == "article" || lower_name == "figure" ||
      lower_name == "figcaption" || lower_name == "header" || lower_name == "footer") {
    static constexpr HtmlTag kBlock{"", true};
    return &kBlock;
  }
  return nullptr;
}

// The tag at html[i] ('<' there): its lowercase name, whether it closes, and where it ends.
struct TagInfo {
  std::string name;
  bool closing = false;
  size_t end = 0;  // index after '>'
};

bool ReadTag(std::string_view html, size_t i, TagInfo* tag) {
  size_t j = i + 1;
  if (j < html.size() && html[j] == '/') {
    tag->closing = true;
    ++j;
  }
  size_t start = j;
  while (j < html.size() && (IsAsciiAlnum(html[j]) || html[j] == ':' || html[j] == '-')) {
    tag->name.push_back(LowerAscii(html[j]));
    ++j;
  }
  if (j == start || !(html[start] >= 'a' && html[start] <= 'z') && !(html[start] >= 'A' && html[start] <= 'Z')) {
    return false;
  }
  if (j < html.size() && html[j] != '>' && html[j] != '/' && html[j] != ' ' && html[j] != '\t' &&
      html[j] != '\n' && html[j] != '\r') {
    return false;
  }
  char quote = 0;
  for (; j < html.size(); ++j) {
    const char c = html[j];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      tag->end = j + 1;
      return true;
    }
  }
  return false;  // never closed: text, not a tag
}

// The reference at text[i] ('&' there): appends its character and returns the length read,
// or 0 when there is none.
size_t DecodeReferenceAt(std::string_view text, size_t i, std::string* out) {
  size_t j = i + 1;
  const size_t limit = std::min(text.size(), i + 34);
  if (j < limit && text[j] == '#') ++j;
  while (j < limit && IsAsciiAlnum(text[j])) ++j;
  if (j == i + 1) return 0;
  std::string_view name = text.substr(i + 1, j - i - 1);
  const bool semicolon = j < text.size() && text[j] == ';';
  if (!semicolon) {
    // Legacy references HTML still accepts without ';' (and that feeds write).
    static constexpr std::array<std::string_view, 7> kLegacy = {"amp", "lt", "gt", "quot", "nbsp", "copy", "reg"};
    bool legacy = name[0] == '#';
    for (auto l : kLegacy) legacy = legacy || l == name;
    if (!legacy) return 0;
  }
  char32_t c = ResolveCharacterReference(name);
  if (c == 0) return 0;
  AppendUtf8(c, out);
  return j - i + (semicolon ? 1 : 0);
}

// Length of the UTF-8 sequence at s[i] when it is a Unicode space (NBSP, U+2000..U+200A,
// U+2028/9, U+202F, U+205F, U+3000), else 0.
size_t UnicodeSpaceAt(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  if (b(0) == 0xC2 && b(1) == 0xA0) return 2;
  if (b(0) == 0xE2 && b(1) == 0x80 && ((b(2) >= 0x80 && b(2) <= 0x8A) || b(2) == 0xA8 || b(2) == 0xA9 || b(2) == 0xAF)) {
    return 3;
  }
  if (b(0) == 0xE2 && b(1) == 0x81 && b(2) == 0x9F) return 3;
  if (b(0) == 0xE3 && b(1) == 0x80 && b(2) == 0x80) return 3;
  return 0;
}

}  // namespace

void AppendUtf8(char32_t c, std::string* out) {
  if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = 0xFFFD;
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

char32_t Windows1252Extra(unsigned char byte) {
  static constexpr std::array<char16_t, 32> kTable = {
      0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  if (byte < 0x80 || byte > 0x9F) return 0;
  return kTable[byte - 0x80];
}

char32_t ResolveCharacterReference(std::string_view name) {
  if (name.empty()) return 0;
  if (name[0] == '#') {
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8) return 0;
    char32_t v = 0;
    for (char c : digits) {
      int d = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                                            : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) return 0;
      v = v * (hex ? 16 : 10) + static_cast<char32_t>(d);
    }
    if (v >= 0x80 && v <= 0x9F && Windows1252Extra(static_cast<unsigned char>(v)) != 0) {
      return Windows1252Extra(static_cast<unsigned char>(v));
    }
    return v == 0 ? 0xFFFD : v;
  }
  if (name == "apos") return '\'';
  std::string z(name);
  const htmlEntityDesc* e = htmlEntityLookup(reinterpret_cast<const xmlChar*>(z.c_str()));
  return e != nullptr ? static_cast<char32_t>(e->value) : 0;
}

std::string DecodeCharacterReferences(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '&') {
      if (size_t n = DecodeReferenceAt(text, i, &out); n > 0) {
        i += n;
        continue;
      }
    }
    out.push_back(text[i++]);
  }
  return out;
}

bool LooksLikeHtml(std::string_view text) {
  for (size_t i = text.find_first_of("<&"); i != std::string_view::npos; i = text.find_first_of("<&", i + 1)) {
    if (text[i] == '&') {
      std::string scratch;
      if (DecodeReferenceAt(text, i, &scratch) > 0 && i + 1 < text.size()) {
        size_t semi = text.find(';', i);
        if (semi != std::string_view::npos && semi - i < 34) return true;
      }
      continue;
    }
    TagInfo tag;
    if (ReadTag(text, i, &tag) && FindHtmlTag(tag.name) != nullptr) return true;
    if (text.substr(i, 4) == "<!--") return true;
  }
  return false;
}

std::string HtmlToText(std::string_view html) {
  std::string raw;
  raw.reserve(html.size());
  for (size_t i = 0; i < html.size();) {
    const char c = html[i];
    if (c == '<') {
      if (html.substr(i, 4) == "<!--") {
        size_t end = html.find("-->", i + 4);
        i = end == std::string_view::npos ? html.size() : end + 3;
        continue;
      }
      if (html.substr(i, 9) == "<![CDATA[") {
        size_t end = html.find("]]>", i + 9);
        std::string_view body = html.substr(i + 9, end == std::string_view::npos ? std::string_view::npos : end - i - 9);
        raw.append(body);
        i = end == std::string_view::npos ? html.size() : end + 3;
        continue;
      }
      if (i + 1 < html.size() && (html[i + 1] == '!' || html[i + 1] == '?')) {
        size_t end = html.find('>', i);
        i = end == std::string_view::npos ? html.size() : end + 1;
        continue;
      }
      TagInfo tag;
      if (ReadTag(html, i, &tag)) {
        const HtmlTag* known = FindHtmlTag(tag.name);
        if (!tag.closing && (tag.name == "script" || tag.name == "style")) {
          std::string close = "</" + tag.name;
          size_t end = tag.end;
          while (end < html.size()) {
            end = html.find("</", end);
            if (end == std::string_view::npos) break;
            bool match = true;
            for (size_t k = 0; k < close.size() && match; ++k) {
              match = end + k < html.size() && LowerAscii(html[end + k]) == close[k];
            }
            if (match) break;
            end += 2;
          }
          size_t gt = end == std::string_view::npos ? std::string_view::npos : html.find('>', end);
          i = gt == std::string_view::npos ? html.size() : gt + 1;
          raw.push_back(' ');
          continue;
        }
        if (known == nullptr || known->block) raw.push_back(' ');
        i = tag.end;
        continue;
      }
    } else if (c == '&') {
      if (size_t n = DecodeReferenceAt(html, i, &raw); n > 0) {
        i += n;
        continue;
      }
    }
    raw.push_back(c);
    ++i;
  }
  return CollapseWhitespace(raw);
}

std::string CollapseWhitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t space = (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') ? 1 : UnicodeSpaceAt(s, i);
    if (space > 0) {
      pending_space = true;
      i += space;
      continue;
    }
    if (c < 0x20 || c == 0x7F) {  // other C0 controls: dropped
      ++i;
      continue;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
      // A C1 control: the byte of a windows-1252 text read as ISO-8859-1.
      char32_t w = Windows1252Extra(static_cast<unsigned char>(s[i + 1]));
      if (w != 0) AppendUtf8(w, &out);
      i += 2;
      continue;
    }
    out.push_back(static_cast<char>(c));
    ++i;
  }
  return out;
}

bool DecodeBase64(std::string_view text, std::string* out) {
  auto value = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+' || c == '-') return 62;
    if (c == '/' || c == '_') return 63;
    return -1;
  };
  std::string result;
  result.reserve(text.size() * 3 / 4);
  uint32_t acc = 0;
  int bits = 0;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    if (c == '=') break;
    int v = value(c);
    if (v < 0) return false;
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      result.push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  *out = std::move(result);
  return true;
}

}  // namespace tidings::fetch

#include "clean/html_document.h"

#include "clean/text_util.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace tidings::clean {

namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool IMatch(std::string_view s, size_t i, std::string_view word) {
  if (i + word.size() > s.size()) return false;
  for (size_t k = 0; k < word.size(); ++k)
    if (Lower(s[i + k]) != word[k]) return false;
  return true;
}

// Position of the next case-insensitive `needle` (starting with '<') at or after `from`.
size_t IFind(std::string_view s, size_t from, std::string_view needle) {
  while (from < s.size()) {
    const void* p = memchr(s.data() + from, '<', s.size() - from);
    if (p == nullptr) return std::string_view::npos;
    size_t i = static_cast<const char*>(p) - s.data();
    if (IMatch(s, i, needle)) return i;
    from = i + 1;
  }
  return std::string_view::npos;
}

// End of a start tag beginning at `i` ('<'), honouring quoted attribute values; npos if none.
size_t TagEnd(std::string_view s, size_t i) {
  char quote = 0;
  for (size_t k = i + 1; k < s.size(); ++k) {
    char c = s[k];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return k;
    }
  }
  return std::string_view::npos;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whether attribute `name` of a start tag whose element is named `tag` is kept: an entry of
// `keep` is a name ("class") or a name kept on one element only ("href@link").
bool Kept(std::string_view name, std::string_view tag, std::span<const std::string_view> keep) {
  for (std::string_view k : keep) {
    if (k.size() < name.size() || !IMatch(name, 0, k.substr(0, name.size()))) continue;
    if (k.size() == name.size()) {
      if (k.find('@') == std::string_view::npos) return true;  // not an attribute named "href@link"
      continue;
    }
    if (k[name.size()] == '@' && IEqualsLower(tag, k.substr(name.size() + 1))) return true;
  }
  return false;
}

// The name libxml2's HTML parser gives the element of the start tag whose name begins at
// `from` (htmlParseHTMLName: the letters, digits and ":-_." there, lowercased by the caller).
std::string_view ParserTagName(std::string_view s, size_t from) {
  size_t k = from;
  while (k < s.size() && (IsAsciiLetter(s[k]) || (s[k] >= '0' && s[k] <= '9') || s[k] == ':' || s[k] == '-' ||
                          s[k] == '_' || s[k] == '.'))
    ++k;
  return s.substr(from, k - from);
}

// The start tag at `i` ('<' and a letter) copied to `out` without the attributes `keep` does
// not name (those with a quoted value): `*copied` is moved past what was copied or cut.
// Returns where scanning goes on (past the tag, or past its end when its syntax is not plain).
size_t FilterStartTag(std::string_view s, size_t i, std::span<const std::string_view> keep, std::string* out,
                      size_t* copied) {
  const size_t n = s.size();
  const std::string_view tag = ParserTagName(s, i + 1);
  size_t k = i + 1;
  while (k < n && !IsSpace(s[k]) && s[k] != '/' && s[k] != '>') ++k;  // the tag name
  auto as_it_is = [&] {  // not plain from here: leave the rest of the tag alone
    // (Never back before what was already cut: a quote in the tag's name can make TagEnd find
    // a '>' inside a value cut above, `<a"b c="d>e" f'>`.)
    size_t end = TagEnd(s, i);
    return std::max(end == std::string_view::npos ? n : end + 1, *copied);
  };
  while (true) {
    const size_t before = k;  // the whitespace before an attribute goes with it
    while (k < n && IsSpace(s[k])) ++k;
    if (k >= n) return n;
    if (s[k] == '>') return k + 1;
    if (s[k] == '/') return k + 1 < n && s[k + 1] == '>' ? k + 2 : as_it_is();
    const size_t name_start = k;
    while (k < n && !IsSpace(s[k]) && s[k] != '=' && s[k] != '>' && s[k] != '/' && s[k] != '"' && s[k] != '\'') ++k;
    if (k == name_start) return as_it_is();
    const std::string_view name = s.substr(name_start, k - name_start);
    size_t j = k;
    while (j < n && IsSpace(s[j])) ++j;
    if (j >= n || s[j] != '=') continue;  // no value
    ++j;
    while (j < n && IsSpace(s[j])) ++j;
    if (j >= n || (s[j] != '"' && s[j] != '\'')) return as_it_is();
    const size_t close = s.find(s[j], j + 1);
    if (close == std::string_view::npos) return as_it_is();
    k = close + 1;
    if (!Kept(name, tag, keep)) {
      out->append(s.data() + *copied, before - *copied);
      *copied = k;
    }
  }
}

}  // namespace

std::span<const std::string_view> AttributesTheCleanerReads() {
  // The names of HtmlAttr, in its order; href is read on <link> only (rel=canonical), and
  // links' URLs are a sixth of many pages' bytes once scripts are cut.
  static constexpr std::string_view kNames[] = {
      "class", "id", "style", "hidden", "aria-hidden", "itemprop", "role",  // content_tree.cc, content_scoring.cc
      "lang", "xml:lang", "property", "name", "content", "datetime", "rel", "href@link", "type",  // metadata_extractor.cc
      "charset", "http-equiv"};
  static_assert(std::size(kNames) == kAttrCount);
  return kNames;
}

void StripRawTextElements(std::string_view s, std::string* out, std::span<const std::string_view> keep_attributes) {
  out->clear();
  out->reserve(s.size());
  size_t copied = 0;  // s[copied..] not yet copied
  size_t json_ld_until = 0;  // the end of the JSON-LD script being copied (npos: to the end)
  size_t i = 0;
  while (i < s.size()) {
    const void* p = memchr(s.data() + i, '<', s.size() - i);
    if (p == nullptr) break;
    i = static_cast<const char*>(p) - s.data();
    size_t cut_end = std::string_view::npos;  // one past what is removed
    if (IMatch(s, i, "<!--")) {
      size_t e = s.find("-->", i + 4);
      cut_end = e == std::string_view::npos ? s.size() : e + 3;
    } else {
      std::string_view name;
      if (IMatch(s, i, "<script") ) name = "</script";
      else if (IMatch(s, i, "<style")) name = "</style";
      else if (IMatch(s, i, "<svg")) name = "</svg";
      if (!name.empty()) {
        size_t after_name = i + name.size() - 1;
        char next = after_name < s.size() ? s[after_name] : '>';
        bool is_tag = next == '>' || next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '/';
        size_t open_end = is_tag ? TagEnd(s, i) : std::string_view::npos;
        if (is_tag && open_end == std::string_view::npos) break;  // no tag ends before EOF: stop (linear time)
        if (open_end != std::string_view::npos) {
          bool keep = false;
          if (name == "</script") {
            std::string open(s.substr(i, open_end - i));
            for (char& c : open) c = Lower(c);
            keep = open.find("ld+json") != std::string::npos;
            // JSON-LD is kept as it is: markup in its strings is text, not tags to filter.
            if (keep) json_ld_until = IFind(s, open_end + 1, name);
          }
          if (!keep) {
            size_t close = IFind(s, open_end + 1, name);
            if (close == std::string_view::npos) {
              cut_end = s.size();
            } else {
              size_t gt = s.find('>', close);
              cut_end = gt == std::string_view::npos ? s.size() : gt + 1;
            }
          }
        }
      }
    }
    if (i < copied) {  // inside what a filtered tag already consumed
      i = copied;
      continue;
    }
    if (cut_end == std::string_view::npos) {
      if (!keep_attributes.empty() && i >= json_ld_until && i + 1 < s.size() && IsAsciiLetter(s[i + 1])) {
        i = FilterStartTag(s, i, keep_attributes, out, &copied);
      } else {
        ++i;
      }
      continue;
    }
    out->append(s.data() + copied, i - copied);
    out->push_back(' ');  // keep words on either side apart
    copied = cut_end;
    i = cut_end;
  }
  if (copied < s.size()) out->append(s.data() + copied, s.size() - copied);
}

Status HtmlDocument::Parse(std::string_view utf8, std::string_view url, HtmlDocument* out, bool strip_raw_text,
                           std::span<const std::string_view> keep_attributes) {
  static_cast<void>(url);  // the parse does not depend on it
  std::string stripped;
  if (strip_raw_text) {
    StripRawTextElements(utf8, &stripped, keep_attributes);
    utf8 = stripped;
  }
  // Compact (COMPACT) and without a depth cap (HUGE: libxml2 would stop at 256 levels and
  // drop the rest of the page); every walk over the tree is iterative.
  return HtmlTree::Build(utf8, HtmlTree::Options{}, &out->tree_);
}

}  // namespace tidings::clean

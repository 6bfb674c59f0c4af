#include "clean/plain_text.h"

#include <cctype>

#include "clean/date_parser.h"
#include "clean/metadata_extractor.h"
#include "clean/text_util.h"

namespace tidings::clean {
namespace {

bool EndsWithSentencePunctuation(std::string_view s) {
  s = Trim(s);
  if (s.empty()) return false;
  char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == '"' || c == ':' || c == ')') return true;
  // closing curly quote / fullwidth stop
  return s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" || s.substr(s.size() - 3) == "\xE3\x80\x82");
}

// "Key: value" header field; returns the lowercased key or "".
std::string HeaderKey(std::string_view line, std::string_view* value) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon > 12) return "";
  std::string key = AsciiLower(Trim(line.substr(0, colon)));
  static const char* keys[] = {"date", "title", "headline", "source", "author", "by", "published", "dateline"};
  for (const char* k : keys) {
    if (key == k) {
      *value = Trim(line.substr(colon + 1));
      return key;
    }
  }
  return "";
}

}  // namespace

PlainTextArticle ParsePlainText(std::string_view text) {
  PlainTextArticle out;
  // Lines, with \r\n and \r normalised.
  std::vector<std::string> lines;
  {
    std::string cur;
    for (size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      if (c == '\r') {
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        c = '\n';
      }
      if (c == '\n') {
        lines.push_back(std::move(cur));
        cur.clear();
      } else {
        cur.push_back(c);
      }
    }
    lines.push_back(std::move(cur));
  }
  // Header lines at the top, one field per line: "Title: ...", "Date: ...",
  // "date 2021-11-11 By Azernews", "By Name", a bare date.
  size_t first_line = 0;
  for (size_t i = 0, fields = 0; i < lines.size() && fields < 8; ++i) {
    std::string_view line = Trim(lines[i]);
    if (line.empty()) {
      continue;
    }
    if (line.size() > 160) break;
    std::string_view value;
    std::string key = HeaderKey(line, &value);
    if (!key.empty()) {
      if (key == "date" || key == "published") out.published = NormalizeDate(value);
      else if (key == "title" || key == "headline") out.title = std::string(value);
      else if (key == "source") out.source = std::string(value);
      else if (key == "author" || key == "by") out.authors = SplitAuthors(value);
    } else if (IStartsWith(line, "date ") &&
               !NormalizeDate(Trim(line.substr(5)).substr(0, Trim(line.substr(5)).find(' '))).empty()) {
      std::string_view rest = Trim(line.substr(5));
      out.published = NormalizeDate(rest.substr(0, rest.find(' ')));
      size_t by = AsciiLower(rest).find(" by ");
      if (by != std::string::npos) out.source = std::string(Trim(rest.substr(by + 4)));
    } else if (IStartsWith(line, "by ") && line.size() <= 80 && !EndsWithSentencePunctuation(line)) {
      auto authors = SplitAuthors(line);
      out.authors.insert(out.authors.end(), authors.begin(), authors.end());
    } else if (line.size() <= 40 && !NormalizeDate(line).empty()) {
      if (out.published.empty()) out.published = NormalizeDate(line);
    } else {
      break;
    }
    ++fields;
    first_line = i + 1;
  }
  lines.erase(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(first_line));

  bool has_blank = false;
  for (size_t i = 1; i + 1 < lines.size(); ++i)
    if (Trim(lines[i]).empty() && !Trim(lines[i - 1]).empty()) has_blank = true;
  std::vector<std::string> paragraphs;
  {
    std::string cur;
    for (const std::string& line : lines) {
      std::string_view t = Trim(line);
      if (t.empty() || !has_blank) {
        if (!has_blank && !t.empty()) cur = std::string(t);
        std::string p = CollapseWhitespace(cur);
        if (!p.empty()) paragraphs.push_back(std::move(p));
        cur.clear();
        continue;
      }
      if (!cur.empty()) cur.push_back(' ');
      cur.append(t);
    }
    std::string p = CollapseWhitespace(cur);
    if (!p.empty()) paragraphs.push_back(std::move(p));
  }

  // Headline: a short unpunctuated first paragraph with at least two paragraphs after it.
  size_t first_body = 0;
  if (out.title.empty() && paragraphs.size() >= 3 && paragraphs[0].size() <= 150 &&
      !EndsWithSentencePunctuation(paragraphs[0]) && paragraphs[1].size() > paragraphs[0].size()) {
    out.title = paragraphs[0];
    first_body = 1;
  }
  out.paragraphs.assign(paragraphs.begin() + static_cast<std::ptrdiff_t>(first_body), paragraphs.end());
  return out;
}

bool ParseDateline(std::string_view paragraph, Dateline* out) {
  *out = Dateline{};
  std::string_view p = Trim(paragraph);
  std::string_view head = p.substr(0, 120);
  size_t sep = std::string_view::npos, sep_len = 0;
  for (std::string_view s : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", " -- ", "\xE2\x80\x94", ": "}) {
    size_t pos = head.find(s);
    if (pos != std::string_view::npos && pos < sep) {
      sep = pos;
      sep_len = s.size();
    }
  }
  std::string_view prefix;
  size_t paren = head.find('(');
  size_t close = paren == std::string_view::npos ? std::string_view::npos : head.find(')', paren);
  if (sep != std::string_view::npos) {
    prefix = head.substr(0, sep);
  } else if (close != std::string_view::npos && close < 80 && close + 2 < p.size() && p[close + 1] == ' ' &&
             std::isupper(static_cast<unsigned char>(p[close + 2]))) {
    prefix = head.substr(0, close + 1);  // "Hong Kong (CNN Business) A muddled ..."
  } else {
    return false;
  }
  bool colon_separator = sep != std::string_view::npos && sep_len == 2 && head[sep] == ':';
  std::string agency;
  std::string_view rest = prefix;
  size_t ap = rest.find('(');
  if (ap != std::string_view::npos) {
    size_t ac = rest.find(')', ap);
    if (ac == std::string_view::npos) return false;
    agency = std::string(Trim(rest.substr(ap + 1, ac - ap - 1)));
    if (Trim(rest.substr(ac + 1)).size() > 0) return false;  // text after the agency: not a dateline
    rest = Trim(rest.substr(0, ap));
  }
  // "BAKU, Azerbaijan, Nov. 11" -> location "BAKU"; the date part when present.
  std::string_view location = rest.substr(0, rest.find(','));
  location = Trim(location);
  if (location.size() < 2 || location.size() > 40) return false;
  int words = 0;
  bool all_upper = true;
  bool title_case = true;
  bool at_word_start = true;
  for (unsigned char c : location) {
    if (c == ' ' || c == '-' || c == '.') {
      at_word_start = true;
      continue;
    }
    if (at_word_start) {
      ++words;
      if (c < 0x80 && !std::isupper(c)) title_case = false;
    }
    if (c < 0x80 && std::islower(c)) all_upper = false;
    at_word_start = false;
  }
  if (words == 0 || words > 4 || !title_case) return false;
  if (!all_upper && agency.empty() && (sep == std::string_view::npos || colon_separator)) return false;
  if (!all_upper && agency.empty()) {
    // Title-case place without an agency: only with a dash separator and a short prefix.
    if (rest.size() > 40) return false;
  }
  out->location = std::string(location);
  out->agency = agency;
  size_t comma = rest.find(',');
  if (comma != std::string_view::npos) out->date = FindDateInText(rest.substr(comma + 1), 60);
  return true;
}

}  // namespace tidings::clean

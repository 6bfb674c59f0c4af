// Page metadata: title, dates, authors, site name, canonical URL, declared language and the
// JSON-LD article body, from <meta>, JSON-LD, <time>, <link rel=canonical>, bylines and the URL.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "clean/html_document.h"

namespace tidings::clean {

struct PageMetadata {
  std::string title;
  std::string published;         // ISO 8601
  std::string published_source;  // "json-ld", "meta", "time", "url" ("" when none)
  std::string modified;
  std::vector<std::string> authors;
  std::string site_name;
  std::string canonical_url;
  std::string description;
  std::string html_lang;     // <html lang>, e.g. "en-US"
  std::string json_ld_body;  // JSON-LD articleBody (plain text), "" when none
};

// Reads the metadata of `doc`. `page_url` (may be empty) supplies a date from its path when
// the page states none. Thread-compatible; `doc` is only read.
PageMetadata ExtractPageMetadata(const HtmlDocument& doc, std::string_view page_url);

// Cleans an author string: drops "By ", trailing roles and URLs; splits "A and B", "A, B".
std::vector<std::string> SplitAuthors(std::string_view raw);

}  // namespace tidings::clean

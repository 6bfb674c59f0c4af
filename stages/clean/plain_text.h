// Plain-text articles (no markup) and wire copy: paragraphs and header lines.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tidings::clean {

struct PlainTextArticle {
  std::vector<std::string> paragraphs;  // body only: header lines are taken out
  std::string title;
  std::string published;  // ISO date from a header line ("date 2021-11-11", "Date: ...")
  std::string source;     // publisher from a header line ("... By Azernews", "Source: ...")
  std::vector<std::string> authors;  // from "By Name" / "Author: Name" lines
};

// Splits UTF-8 text into paragraphs (blank-line separated; when the text has no blank lines,
// one paragraph per line; hard-wrapped lines are joined) and takes header lines out of the
// top: "date <date> [By <source>]", "Date:/Title:/Source:/Author:/By:" fields, "By <name>"
// bylines, and a short unpunctuated first line followed by body text (the headline).
// Thread-safe.
PlainTextArticle ParsePlainText(std::string_view text);

// A wire-copy dateline at the start of a paragraph: "BAKU, Nov. 11 (Reuters) - ...",
// "WASHINGTON (AP) — ...", "MADRID — ...", "Hong Kong (CNN Business) ...".
struct Dateline {
  std::string location;  // "BAKU", "Hong Kong"
  std::string agency;    // "Reuters", "AP", "" when none
  std::string date;      // ISO date when the dateline carries one
};
bool ParseDateline(std::string_view paragraph, Dateline* out);

}  // namespace tidings::clean

// Turns what a user hands `tidings push` into Articles: HTML files, plain-text files, JSON
// lines (url/title/html/text/published/source/id/labels/language fields), or stdin.
#pragma once

#include <functional>
#include <istream>
#include <string>

#include "tidings/status.h"
#include "tidings/v1/tidings.pb.h"

namespace tidings::cli {

// Parses one JSON object (a line of a .jsonl file) into an Article. Unknown fields are kept
// as labels only when they are strings; a line that is not a JSON object is an error.
Status ArticleFromJson(const std::string& line, v1::Article* article);

// Reads one file: ".jsonl"/".json"/".ndjson" are JSON lines (one article each), ".htm(l)" is
// HTML, anything else is HTML when it starts with markup, else plain text. `each` gets every
// article and where it came from ("file" or "file:line"); a bad JSON line is reported through
// `on_error` and the rest of the file continues.
void ReadArticles(const std::string& path, std::istream& in,
                  const std::function<void(v1::Article&, const std::string& origin)>& each,
                  const std::function<void(const std::string& origin, const Status&)>& on_error);

}  // namespace tidings::cli

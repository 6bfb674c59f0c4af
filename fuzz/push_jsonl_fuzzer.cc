// Fuzzes what `tidings push` reads from users' files: JSON lines (ArticleFromJson for each
// line) and the html/text sniffing of other files (ReadArticles). The first byte picks the
// file name the reader sees. Every article read must be one the daemon can parse.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "article_reader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const char* const kPaths[] = {"articles.jsonl", "-", "page.html", "notes.txt"};
  tidings::fuzz::QuietProtobuf();
  if (size == 0) return 0;
  const std::string contents(reinterpret_cast<const char*>(data + 1), size - 1);
  std::istringstream in(contents);
  size_t articles = 0, errors = 0;
  tidings::cli::ReadArticles(
      kPaths[data[0] & 3], in,
      [&](tidings::v1::Article& a, const std::string& origin) {
        ++articles;
        tidings::fuzz::RequireRoundTrip(a);  // else the daemon refuses it as "not an Article"
      },
      [&](const std::string& origin, const tidings::Status& s) {
        ++errors;
        if (s.ok() || s.message().empty()) __builtin_trap();  // an error always says why
      });
  tidings::v1::Article one;
  (void)tidings::cli::ArticleFromJson(contents, &one);
  return 0;
}

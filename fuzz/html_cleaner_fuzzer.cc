// Fuzzes the clean stage on whatever a page may contain: the first byte picks the transport
// content type (which charset decoder runs) and whether the bytes come as html or as text;
// the rest is the body. A successful result must be valid for the next stage.
#include <cstddef>
#include <cstdint>
#include <string>

#include "clean/article_cleaner.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const char* const kContentTypes[] = {
      "", "text/html", "text/html; charset=utf-8", "text/html; charset=windows-1252",
      "text/html; charset=iso-8859-1", "text/html; charset=shift_jis", "text/html; charset=utf-16",
      "text/plain; charset=koi8-r"};
  // One cleaner for the whole run, as in the stage: its reused buffers are part of what is tested.
  static tidings::clean::ArticleCleaner* cleaner = new tidings::clean::ArticleCleaner();
  tidings::fuzz::QuietProtobuf();
  if (size == 0) return 0;
  const uint8_t mode = data[0];
  std::string body(reinterpret_cast<const char*>(data + 1), size - 1);
  tidings::v1::Article article;
  article.set_id("fuzz");
  article.set_url("https://example.com/news/1");
  article.set_content_type(kContentTypes[mode & 7]);
  if (mode & 8) {
    article.set_text(std::move(body));
  } else {
    article.set_html(std::move(body));
  }
  if (mode & 16) article.set_published("2021-11-11");
  if (mode & 32) article.set_language_hint("en");
  tidings::v1::CleanArticle out;
  // A clean result travels to the extract stage: it must parse there.
  if (cleaner->Clean(article, &out).ok()) tidings::fuzz::RequireRoundTrip(out);
  return 0;
}

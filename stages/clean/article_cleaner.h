// The clean stage's logic: an inbound Article (HTML in any charset, or plain text) in, a
// CleanArticle (UTF-8 body, metadata, language, sentences) out. No sockets.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <string>

#include "clean/content_extractor.h"
#include "clean/sentence_splitter.h"
#include "tidings/status.h"
#include "tidings/v1/tidings.pb.h"

namespace tidings::clean {

// Limits. Nesting depth needs none: the parser runs without its depth cap and every walk
// over the tree is iterative and linear (100,000 levels clean in well under a second). Time
// and memory are bounded by max_input_bytes and the linear passes (a 12 MB page: about a
// second and 200 MB).
struct CleanerOptions {
  // Larger bodies are refused (a clear error, no parse): news pages are well under 5 MB.
  size_t max_input_bytes = 16u << 20;
  // The extracted body is cut (at a paragraph boundary) beyond this many bytes.
  size_t max_text_bytes = 2u << 20;
  // Sentence splitting and language detection can be turned off (benchmarks, tools).
  bool split_sentences = true;
  bool detect_language = true;
  ContentExtractorOptions extractor;
};

// Thread-compatible: use one instance per thread (it keeps reusable buffers and ICU
// iterators). Each Clean call is independent.
class ArticleCleaner {
 public:
  explicit ArticleCleaner(CleanerOptions options = {});
  ~ArticleCleaner();

  // HTML (article.html; charset from article.content_type / BOM / <meta> / detection) or
  // plain text (article.text, or html bytes without markup) in; UTF-8 main text, title,
  // dates, authors, site, canonical URL, language + confidence, sentences and dateline out.
  // Copies id, url, source and labels through (simhash and duplicate_of are set from a
  // NearDuplicateIndex: Check(), or Sign()'s simhash where the index is elsewhere). Fails with InvalidInput on unusable input (no content, binary
  // data, too large, nothing extractable): the caller turns it into a dead letter.
  Status Clean(const v1::Article& article, v1::CleanArticle* out);

  // Which path produced the last successful result: "html:scored", "html:json-ld", "text" ...
  const std::string& last_method() const { return last_method_; }

 private:
  Status CleanHtml(const v1::Article& article, v1::CleanArticle* out);
  Status CleanText(std::string_view utf8, const v1::Article& article, v1::CleanArticle* out);
  void Finish(const v1::Article& article, std::vector<std::string> paragraphs, v1::CleanArticle* out);
  SentenceSplitter& SplitterFor(const std::string& language);

  CleanerOptions options_;
  ContentExtractor extractor_;
  std::map<std::string, std::unique_ptr<SentenceSplitter>> splitters_;
  std::string last_method_;
};

// True when `bytes` look like markup (a tag near the start) rather than plain text.
bool LooksLikeMarkup(std::string_view bytes);

}  // namespace tidings::clean

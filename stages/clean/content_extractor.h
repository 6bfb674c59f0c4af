// Main-content extraction: finds the article body of a parsed page and returns its
// paragraphs, dropping navigation, headers, footers, related links, share widgets,
// captions, comments, notices and ads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "clean/html_document.h"
#include "tidings/status.h"

namespace tidings::clean {

// What the page's metadata tells the extractor.
struct ContentHints {
  std::string_view title;         // page title: blocks that only repeat it are dropped
  std::string_view json_ld_body;  // JSON-LD articleBody, when the page has one
};

struct ExtractedContent {
  std::vector<std::string> paragraphs;  // UTF-8, whitespace collapsed, in document order
  // Which step of the fallback chain produced them: "scored" (the main heuristic),
  // "relaxed" (scored again without class/id pruning and conditional cleaning, when the
  // first pass found under min_article_chars), "json-ld" (the page's JSON-LD articleBody,
  // when the DOM gave less than half of it). A page without any scorable paragraph falls
  // back to every low-link-density block of <body>.
  std::string method;
  size_t chars = 0;  // code points in all paragraphs
};

struct ContentExtractorOptions {
  // Below this many characters the main heuristic's result is compared with the fallbacks.
  size_t min_article_chars = 500;
  // Blocks whose text is more than this fraction link text are dropped (menus, "related").
  double max_block_link_density = 0.5;
};

// The extractor combines the signals the best open extractors use: text and link density
// per block and per container, tag and class/id hints, paragraph continuity (sibling
// merging), <article>/itemprop=articleBody, and JSON-LD articleBody, with a fallback chain
// when the main heuristic finds too little.
//
// Thread-compatible: one instance per thread (it reuses internal buffers between calls).
class ContentExtractor {
 public:
  explicit ContentExtractor(ContentExtractorOptions options = {});
  ~ContentExtractor();
  ContentExtractor(const ContentExtractor&) = delete;
  ContentExtractor& operator=(const ContentExtractor&) = delete;

  // Fills `out` with the article body of `doc`. Fails with InvalidInput when the page has
  // no extractable text at all. `doc` must outlive the call only.
  Status Extract(const HtmlDocument& doc, const ContentHints& hints, ExtractedContent* out);

 private:
  struct State;
  ContentExtractorOptions options_;
  State* state_;  // reusable buffers
};

}  // namespace tidings::clean

#include "clean/content_extractor.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "clean/content_model.h"
#include "clean/date_parser.h"
#include "clean/text_util.h"

// The scoring follows Mozilla Readability (candidate scores from paragraph text and commas,
// propagated to ancestors, scaled by link density; sibling merging; conditional cleaning),
// run over a flat list of text blocks built in one walk, with trafilatura-style pruning of
// boilerplate containers by tag and class/id and a fallback chain. No library does this for
// parsed HTML trees in C/C++, hence hand-written.

namespace tidings::clean {

using namespace content;

struct ContentExtractor::State {
  Page page;
  std::vector<Elem> elems;
  std::vector<Block> blocks;
  std::string text;
  std::string attr_buf;
  std::vector<int32_t> stack;
  std::vector<int32_t> candidates;
};

ContentExtractor::ContentExtractor(ContentExtractorOptions options) : options_(options), state_(new State) {}
ContentExtractor::~ContentExtractor() { delete state_; }

namespace {

// A short line at the top of a body that is page furniture, not prose: "Updated 3:27 am PST,
// Wednesday, November 20, 2019", "Jane Doe | Bloomberg | Getty Images", "By Jane Doe".
bool LooksLikeLeadingMetadata(std::string_view p) {
  if (CountCodePoints(p) >= 80 || p.empty()) return false;
  char last = p.back();
  if (last == '.' || last == '!' || last == '?' || last == '"') return false;
  if (p.find(" | ") != std::string_view::npos) return true;
  for (std::string_view w : {"Updated", "Published", "Posted", "Last updated", "By ", "Photo", "Image", "Credit"})
    if (StartsWith(p, w)) return true;
  return !FindDateInText(p, 80).empty();
}

// Share of the word trigrams of `reference` that also occur in `paragraphs`: how much of the
// publisher's own body the DOM heuristics found.
double SharedTrigramShare(std::string_view reference, const std::vector<std::string>& paragraphs) {
  auto trigrams = [](const std::vector<std::string>& words, std::unordered_set<std::string>* out) {
    for (size_t i = 0; i + 2 < words.size(); ++i) out->insert(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
  };
  std::unordered_set<std::string> ref, found;
  trigrams(Words(reference), &ref);
  if (ref.empty()) return 1.0;
  for (const auto& p : paragraphs) trigrams(Words(p), &found);
  size_t shared = 0;
  for (const auto& t : ref) shared += found.count(t);
  return static_cast<double>(shared) / ref.size();
}

}  // namespace

Status ContentExtractor::Extract(const HtmlDocument& doc, const ContentHints& hints, ExtractedContent* out) {
  *out = ExtractedContent{};
  const int32_t root = doc.root();
  if (root == HtmlTree::kNone) return Status::InvalidInput("the page has no markup content");
  State& st = *state_;
  st.page.tree = &doc.tree();
  Pass1Result p1 = BuildElements(&st.page, root, &st.elems, &st.attr_buf, &st.stack);
  if (st.elems.empty()) return Status::InvalidInput("the page has no elements");
  std::string title_norm = NormalizeForCompare(hints.title);

  auto run = [&](bool strict, Emitted* result) {
    Prune(&st.elems, p1.body, strict);
    BuildBlocks(st.page, root, &st.elems, &st.blocks, &st.text, &st.stack);
    Selection sel = SelectContent(st.page, &st.elems, st.blocks, st.text, p1.body, &st.candidates);
    if (strict) CleanConditionally(&st.elems, sel);
    *result = Emit(&st.elems, st.blocks, st.text, sel, title_norm, options_.max_block_link_density);
  };

  Emitted best;
  run(true, &best);
  out->method = "scored";
  if (best.chars < options_.min_article_chars) {
    Emitted relaxed;
    run(false, &relaxed);
    if (relaxed.chars > best.chars) {
      best = std::move(relaxed);
      out->method = "relaxed";
    }
  }
  // Page furniture that sits on top of the first paragraph inside the article container.
  {
    size_t drop = 0;
    while (drop < best.paragraphs.size() && drop < 3 && LooksLikeLeadingMetadata(best.paragraphs[drop])) ++drop;
    if (drop > 0 && drop < best.paragraphs.size()) {
      for (size_t i = 0; i < drop; ++i) best.chars -= std::min(best.chars, CountCodePoints(best.paragraphs[i]));
      best.paragraphs.erase(best.paragraphs.begin(), best.paragraphs.begin() + static_cast<std::ptrdiff_t>(drop));
    }
  }
  // JSON-LD articleBody: the publisher's own statement of the body. Used when the DOM
  // heuristics found much less than it (paywalled or script-rendered pages), or something
  // else entirely (under a fifth of its word trigrams).
  if (!hints.json_ld_body.empty()) {
    std::vector<std::string> ld_paragraphs = SplitParagraphs(hints.json_ld_body);
    size_t ld_chars = 0;
    for (const auto& p : ld_paragraphs) ld_chars += CountCodePoints(p);
    if (ld_chars >= 200 && (best.chars * 2 < ld_chars || (ld_chars >= 500 && SharedTrigramShare(hints.json_ld_body, best.paragraphs) < 0.2))) {
      best.paragraphs = std::move(ld_paragraphs);
      best.chars = ld_chars;
      out->method = "json-ld";
    }
  }
  if (best.chars == 0) return Status::InvalidInput("no article text found in the page");
  out->paragraphs = std::move(best.paragraphs);
  out->chars = best.chars;
  return Status::Ok();
}

}  // namespace tidings::clean

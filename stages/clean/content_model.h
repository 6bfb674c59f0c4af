// The element model shared by the phases of main-content extraction (content_extractor.cc):
// the page's elements and text blocks in one flat pre-order list, built by content_tree.cc
// and scored by content_scoring.cc. Internal to the clean stage.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "clean/html_tree.h"

namespace tidings::clean::content {

enum Tag : uint8_t {
  kOther = 0, kA, kArticle, kBlockquote, kBody, kBr, kCenter, kDd, kDiv, kDl, kDt, kFieldset, kForm,
  kH1, kH2, kH3, kH4, kH5, kH6, kHtml, kLi, kMain, kOl, kP, kPre, kSection, kTable, kTd, kTh, kTr, kUl,
  kNav, kAside, kFooter, kHeader, kFigure, kFigcaption, kAddress, kCaption, kTbody, kBlockOther,
  kImg, kInput, kEmbed, kJunk,
};

inline bool IsHeading(uint8_t t) { return t >= kH1 && t <= kH6; }

// Tags whose own text Readability treats as a paragraph (its parent is the candidate).
inline bool IsParagraphLike(uint8_t t) { return t == kP || t == kPre || t == kTd || t == kBlockquote || t == kDd; }

enum Hint : uint8_t { kNoHint = 0, kWeakHint = 1, kStrongHint = 2 };

struct Elem {
  int32_t node = HtmlTree::kNone;  // its node in the HtmlTree
  int32_t parent = -1;
  int32_t end = 0;  // one past the last descendant (pre-order)
  uint8_t tag = kOther;
  int8_t weight = 0;  // class/id weight: -25, 0 or +25
  uint8_t hint = kNoHint;
  bool hidden = false;
  bool structural_negative = false;  // nav, aside, footer, header, figure, figcaption
  bool removed = false;
  bool block = false;  // block-level tag
  bool has_block_child = false;
  bool scored = false;
  bool cond_removed = false;
  bool kept = false;
  bool article_body = false;  // itemprop=articleBody
  uint32_t raw_text = 0;      // pass 1: all text chars under it
  uint32_t raw_links = 0;     // pass 1: of which inside links
  uint32_t p_chars = 0;       // pass 1: chars inside <p> elements under it
  // pass 2 (after pruning), subtree totals:
  uint32_t text = 0, links = 0, commas = 0, p_count = 0, li_count = 0, img_count = 0, input_count = 0,
           embed_count = 0;
  uint32_t items = 0, linked_items = 0;  // <li> children, and those holding a link
  float score = 0;
};

struct Block {
  int32_t owner;
  uint32_t start, len;  // range in the text buffer
  uint32_t chars, links, commas;
};

// The page's tree with, for each of its nodes, the Elem BuildElements made of it (-1: none,
// not an element we track).
struct Page {
  const HtmlTree* tree = nullptr;
  std::vector<int32_t> elem_of;
  int32_t IndexOf(int32_t node) const { return elem_of[static_cast<size_t>(node)]; }
};

struct Pass1Result {
  int32_t body = -1;
};

struct Selection {
  std::vector<int32_t> roots;
};

struct Emitted {
  std::vector<std::string> paragraphs;
  size_t chars = 0;
};

// content_tree.cc
// Pass 1: one Elem per element under `root` that can hold article text, with tag, class/id
// hints, visibility and raw text statistics. Fills page->elem_of (page->tree is set).
Pass1Result BuildElements(Page* page, int32_t root, std::vector<Elem>* elems, std::string* attr_buf,
                          std::vector<int32_t>* stack);
// Decides which elements are pruned before scoring. `use_hints`: class/id and structural
// hints apply (the relaxed retry turns them off; hidden elements stay pruned).
void Prune(std::vector<Elem>* elems, int32_t body, bool use_hints);
// Pass 2: text blocks of the pruned tree and subtree statistics.
void BuildBlocks(const Page& page, int32_t root, std::vector<Elem>* elems, std::vector<Block>* blocks, std::string* text,
                 std::vector<int32_t>* stack);

// content_scoring.cc
// Scores candidates and picks the article's container(s).
Selection SelectContent(const Page& page, std::vector<Elem>* elems, const std::vector<Block>& blocks, const std::string& text,
                        int32_t body, std::vector<int32_t>* candidates);
// Readability's conditional cleaning of the selected containers.
void CleanConditionally(std::vector<Elem>* elems, const Selection& sel);
// The kept blocks of the selection as paragraphs.
Emitted Emit(std::vector<Elem>* elems, const std::vector<Block>& blocks, const std::string& text,
             const Selection& sel, std::string_view title_norm, double max_link_density);

}  // namespace tidings::clean::content

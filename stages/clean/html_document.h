// A parsed HTML page (libxml2's HTML parser in recovery mode, driven through its SAX
// interface into our compact HtmlTree) with the limits that keep hostile input bounded.
#pragma once

#include <span>
#include <string_view>

#include "clean/html_tree.h"
#include "tidings/status.h"

namespace tidings::clean {

// Owns one parsed page: an HtmlTree holding the elements, the attributes the cleaner reads
// (AttributesTheCleanerReads) and the text. Movable and copyable. Thread-compatible: one
// thread parses; once parsed, concurrent reads are safe.
class HtmlDocument {
 public:
  // Parses UTF-8 markup (already decoded: the document's own charset declarations are
  // ignored) into the tree libxml2's DOM builder would make of it (HtmlTree::Build).
  // Recovery mode: any byte sequence gives a tree; fails only on empty input, input over
  // 2 GiB, or when libxml2 gives no parser (out of memory). Nesting depth is not limited by
  // the parser; every walk over the tree in this library is iterative. `url` is not used.
  // `strip_raw_text`: scripts (except JSON-LD), styles, SVG and comments are cut out of the
  // markup before parsing (see StripRawTextElements): they hold no article text and are
  // often half of a page's bytes, which the parser would otherwise walk character by
  // character. `keep_attributes` (with `strip_raw_text`; empty: all): the attributes the
  // caller will read; the others are cut from start tags too (see StripRawTextElements).
  static Status Parse(std::string_view utf8, std::string_view url, HtmlDocument* out, bool strip_raw_text = true,
                      std::span<const std::string_view> keep_attributes = {});

  const HtmlTree& tree() const { return tree_; }
  // The <html> element, or HtmlTree::kNone for a document without elements.
  int32_t root() const { return tree_.root(); }

 private:
  HtmlTree tree_;
};

// Copies `html` to `out` without <script> (other than application/ld+json), <style>,
// <svg> elements and <!-- comments -->, with the end-tag rules of the HTML standard (a
// script ends at the first "</script"). Unterminated elements are cut to the end.
// With `keep_attributes` (lowercase names; "name@tag": that attribute on <tag> only, <tag> as
// the parser names the element), start tags also lose every other attribute whose value is
// quoted (srcset, data-*, on*, links' href...: a third of many pages' bytes, which the parser
// copies character by character into nodes nobody reads); a tag whose syntax is not plain
// (an unquoted value, a stray '/') is copied from there on as it is. Names compare
// case-insensitively. The tree's shape does not depend on attributes, so it is unchanged.
void StripRawTextElements(std::string_view html, std::string* out, std::span<const std::string_view> keep_attributes = {});

// Every attribute the cleaner reads from the tree (content_tree.cc, content_scoring.cc,
// metadata_extractor.cc), in the order of HtmlAttr, restricted to the elements it is read on
// ("href@link"): what ArticleCleaner keeps when it parses. Reading another one there means
// adding it to HtmlAttr and here.
std::span<const std::string_view> AttributesTheCleanerReads();

}  // namespace tidings::clean

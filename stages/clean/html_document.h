// A parsed HTML page (libxml2's HTML parser in recovery mode) with the limits that keep
// hostile input bounded.
#pragma once

#include <memory>
#include <span>
#include <string_view>

#include "tidings/status.h"

struct _xmlDoc;
struct _xmlNode;

namespace tidings::clean {

// Owns one libxml2 document. Movable, not copyable. Not thread-safe: one thread at a time.
class HtmlDocument {
 public:
  HtmlDocument();
  ~HtmlDocument();
  HtmlDocument(HtmlDocument&&) noexcept;
  HtmlDocument& operator=(HtmlDocument&&) noexcept;

  // Parses UTF-8 markup (already decoded: the document's own charset declarations are
  // ignored). Recovery mode: any byte sequence gives a tree; fails only when libxml2 gives no
  // document at all (e.g. out of memory). Nesting depth is not limited by the parser; every
  // walk over the tree in this library is iterative.
  // `strip_raw_text`: scripts (except JSON-LD), styles, SVG and comments are cut out of the
  // markup before parsing (see StripRawTextElements): they hold no article text and are
  // often half of a page's bytes, which the parser would otherwise walk character by
  // character. `keep_attributes` (with `strip_raw_text`; empty: all): the attributes the
  // caller will read; the others are cut from start tags too (see StripRawTextElements).
  static Status Parse(std::string_view utf8, std::string_view url, HtmlDocument* out, bool strip_raw_text = true,
                      std::span<const std::string_view> keep_attributes = {});

  _xmlDoc* doc() const { return doc_.get(); }
  // The <html> element, or null for an empty document.
  _xmlNode* root() const;

 private:
  struct Free {
    void operator()(_xmlDoc* d) const;
  };
  std::unique_ptr<_xmlDoc, Free> doc_;
};

// Copies `html` to `out` without <script> (other than application/ld+json), <style>,
// <svg> elements and <!-- comments -->, with the end-tag rules of the HTML standard (a
// script ends at the first "</script"). Unterminated elements are cut to the end.
// With `keep_attributes` (lowercase names), start tags also lose every other attribute whose
// value is quoted (srcset, data-*, on*, ...: a third of many pages' bytes, which the parser
// copies character by character into nodes nobody reads); a tag whose syntax is not plain
// (an unquoted value, a stray '/') is copied from there on as it is. Names compare
// case-insensitively. The tree's shape does not depend on attributes, so it is unchanged.
void StripRawTextElements(std::string_view html, std::string* out, std::span<const std::string_view> keep_attributes = {});

// Every attribute the cleaner reads from the tree (content_tree.cc, content_scoring.cc,
// metadata_extractor.cc): what ArticleCleaner keeps when it parses. Reading another one
// there means adding it here.
std::span<const std::string_view> AttributesTheCleanerReads();

}  // namespace tidings::clean

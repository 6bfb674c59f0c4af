// A parsed HTML page (libxml2's HTML parser in recovery mode) with the limits that keep
// hostile input bounded.
#pragma once

#include <memory>
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
  static Status Parse(std::string_view utf8, std::string_view url, HtmlDocument* out);

  _xmlDoc* doc() const { return doc_.get(); }
  // The <html> element, or null for an empty document.
  _xmlNode* root() const;

 private:
  struct Free {
    void operator()(_xmlDoc* d) const;
  };
  std::unique_ptr<_xmlDoc, Free> doc_;
};

}  // namespace tidings::clean

// XML plumbing of the feed parser (internal to stages/fetch): repairing and decoding the bytes,
// parsing them with libxml2 in recover mode, and reading elements by namespace URI.
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "fetch/feed_parser.h"
#include "tidings/status.h"

namespace tidings::fetch::feedxml {

// The vocabularies a feed mixes, told apart by namespace URI (http/https, case and a trailing
// '/' or '#' ignored) or, for an undeclared prefix, by the usual prefix.
enum class Ns {
  kNone,      // no namespace (RSS 0.9x/2.0 and their namespaced variants)
  kRss090,    // http://my.netscape.com/rdf/simple/0.9/
  kRss10,     // http://purl.org/rss/1.0/
  kRdf,       // http://www.w3.org/1999/02/22-rdf-syntax-ns#
  kAtom10,    // http://www.w3.org/2005/Atom
  kAtom03,    // http://purl.org/atom/ns#
  kDc,        // http://purl.org/dc/elements/1.1/
  kDcTerms,   // http://purl.org/dc/terms/
  kContent,   // http://purl.org/rss/1.0/modules/content/
  kSitemap,   // http://www.sitemaps.org/schemas/sitemap/0.9
  kNews,      // http://www.google.com/schemas/sitemap-news/0.9
  kXhtml,     // http://www.w3.org/1999/xhtml
  kOther,
};

// A parsed document and what it takes to read it. Not thread-safe; one per ParseFeed call.
class XmlDocument {
 public:
  XmlDocument() = default;
  ~XmlDocument();
  XmlDocument(const XmlDocument&) = delete;
  XmlDocument& operator=(const XmlDocument&) = delete;

  // Repairs (BOM and leading whitespace, HTML entities undefined in XML, bare '&'), picks the
  // encoding (a BOM, else the HTTP charset, else the XML declaration, else UTF-8; Latin-1
  // labels read as windows-1252; valid UTF-8 labelled Latin-1 read as UTF-8; invalid bytes
  // in UTF-8 read as windows-1252) and parses in recover mode. Fails with InvalidInput,
  // naming the URL, when nothing element-like could be read.
  Status Parse(const FeedDocument& document);

  xmlNode* root() const { return xmlDocGetRootElement(doc_); }
  const std::string& first_error() const { return first_error_; }

  // The vocabulary of an element.
  Ns NsOf(const xmlNode* node);
  // The local name (the part after "prefix:" for an element whose prefix was undeclared).
  static std::string_view LocalName(const xmlNode* node);
  // True when `node` is an element named `local` (ASCII case-insensitive) in vocabulary `ns`.
  bool Is(const xmlNode* node, Ns ns, std::string_view local);
  // RSS's own elements: no namespace, or RSS 1.0 / 0.90's.
  bool IsRss(const xmlNode* node, std::string_view local);
  // The first child element `local` in `ns`, or nullptr.
  xmlNode* Child(const xmlNode* parent, Ns ns, std::string_view local);
  xmlNode* RssChild(const xmlNode* parent, std::string_view local);

 private:
  xmlDocPtr doc_ = nullptr;
  std::string first_error_;
  std::unordered_map<const xmlNs*, Ns> ns_cache_;
};

// Element children, skipping text, comments and processing instructions.
xmlNode* FirstElement(const xmlNode* parent);
xmlNode* NextElement(const xmlNode* node);

// An attribute without namespace (also matched when written with an undeclared prefix), "" if absent.
std::string Attribute(const xmlNode* node, const char* name);
// xml:base, xml:lang of this element only.
std::string XmlAttribute(const xmlNode* node, const char* name);
// The base URI in force inside `node`: its xml:base resolved against `parent_base`.
std::string BaseOf(const xmlNode* node, const std::string& parent_base);

// The text of an element and its descendants (CDATA included), as written.
std::string Text(const xmlNode* node);
// The children of an element serialised as XML (markup kept).
std::string InnerXml(const xmlNode* node);
// True when the element has element children.
bool HasElementChildren(const xmlNode* node);

std::string_view Trim(std::string_view s);

}  // namespace tidings::fetch::feedxml

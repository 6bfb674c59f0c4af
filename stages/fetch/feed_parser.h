// The feed parser: the bytes of an RSS (0.90 .. 2.0, 1.0/RDF), Atom (0.3, 1.0), sitemap,
// news sitemap or sitemap index document -> the feed and its items, read the way feeds are
// found in the wild (recovering ill-formed XML, HTML entities, odd namespace prefixes,
// relative links, sloppy dates). No sockets: the fetch stage and `tidings feeds check` call it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tidings/status.h"

namespace tidings::fetch {

enum class FeedKind {
  kRss,           // RSS 0.91 .. 2.0 (and a bare <channel>)
  kRdf,           // RSS 0.90 and RSS 1.0 (RDF)
  kAtom,          // Atom 0.3 and 1.0
  kSitemap,       // <urlset>, news sitemaps included: the items are its pages
  kSitemapIndex,  // <sitemapindex>: no items; `sitemaps` lists the sitemaps to follow
};

// One entry of a feed. Every string is UTF-8; absent values are "".
struct FeedItem {
  // The item's link, absolute when the document gave a base: RSS <link>, else a permalink
  // <guid>, else atom:link; Atom rel="alternate" (else the first link without rel);
  // RDF <link> else rdf:about; sitemaps <loc>. Resolved against xml:base and the document URL.
  std::string url;
  std::string title;      // plain text: markup reduced, references decoded, spaces collapsed
  // ISO 8601 UTC "YYYY-MM-DDTHH:MM:SSZ": the publication date (pubDate, dc:date, published,
  // issued, dcterms:issued/created, news:publication_date), else the update date.
  std::string published;
  std::string updated;    // updated, modified, dcterms:modified, atom:updated, lastmod
  std::string guid;       // RSS guid, Atom id, RDF rdf:about: exactly as written (trimmed)
  std::string summary;    // plain text of description / summary
  std::string content;    // content:encoded, atom:content, xhtml:body: as written
  bool content_is_html = false;  // content is markup (else plain text)
  std::string author;     // plain text: author name, dc:creator, RSS author
  std::string language;   // the item's language (xml:lang, dc:language) else the feed's
  std::string publisher;  // news sitemaps: news:publication/news:name
};

// A sitemap named by a sitemap index.
struct SitemapRef {
  std::string url;      // <loc>, resolved
  std::string updated;  // <lastmod> in ISO 8601 UTC, "" when absent or unparseable
};

struct Feed {
  FeedKind kind = FeedKind::kRss;
  // "rss0.91", "rss0.92", "rss2.0", "rss" (no version), "rss0.90", "rss1.0", "atom0.3",
  // "atom1.0", "sitemap", "sitemapindex".
  std::string version;
  std::string title;     // plain text
  std::string link;      // the site's URL, resolved
  std::string language;
  std::string updated;   // ISO 8601 UTC
  std::vector<FeedItem> items;        // in document order
  std::vector<SitemapRef> sitemaps;   // kSitemapIndex only
  // The document was not well-formed XML and was read in libxml2's recover mode: the first
  // problem met, as "line 12: Opening and ending tag mismatch: b and i". "" when well-formed.
  std::string recovered_error;
};

// What the parser is given: the body as served, the URL it came from (named in errors; when
// it has a scheme, the base of relative links; a file path or "" leaves them relative) and the
// HTTP Content-Type ("" when unknown, whose charset parameter, when given, names the encoding).
struct FeedDocument {
  std::string_view bytes;
  std::string url;
  std::string content_type;
};

// Parses a feed. Recovers what it can from ill-formed XML; items whose dates cannot be read
// keep an empty `published`. Fails with InvalidInput, leaving *feed unchanged, when the bytes
// are empty, are not XML at all, or are XML of another kind (an HTML page, an unknown root
// element); the message names the URL and the cause:
//   "https://example.org/rss.xml: not a feed: the document is an HTML page (root element <html>)"
// Thread-safe (libxml2 is initialised once, every call has its own parser context).
Status ParseFeed(const FeedDocument& document, Feed* feed);

// "rss", "rdf", "atom", "sitemap", "sitemapindex".
const char* FeedKindName(FeedKind kind);

}  // namespace tidings::fetch

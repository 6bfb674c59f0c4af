// The per-format readers of the feed parser (internal to stages/fetch) and the field helpers
// they share. Each reader fills a Feed from a parsed document whose root it was given.
#pragma once

#include <initializer_list>
#include <string>

#include "fetch/feed_parser.h"
#include "fetch/feed_xml.h"

namespace tidings::fetch::feedread {

using feedxml::Ns;
using feedxml::XmlDocument;

// RSS 0.9x/2.0 (<rss> or a bare <channel>) and RDF (RSS 0.90 and 1.0).
void ReadRss(XmlDocument& doc, xmlNode* root, const std::string& base, Feed* feed);
// Atom 0.3 and 1.0.
void ReadAtom(XmlDocument& doc, xmlNode* root, const std::string& base, Feed* feed);
// <urlset> (news sitemaps included) and <sitemapindex>.
void ReadSitemap(XmlDocument& doc, xmlNode* root, const std::string& base, Feed* feed);
void ReadSitemapIndex(XmlDocument& doc, xmlNode* root, const std::string& base, Feed* feed);

// The text of an element RSS gives no type (titles, names): reduced as HTML when it reads as
// HTML, else whitespace-collapsed.
std::string PlainText(const xmlNode* node);
// The text of an element that holds HTML (RSS description): reduced to text.
std::string HtmlElementText(const xmlNode* node);

// An Atom text construct (type="text|html|xhtml" or a MIME type; Atom 0.3 mode="xml|escaped|
// base64"): its value as markup (is_html) or as plain text.
struct TypedText {
  std::string value;
  bool is_html = false;
};
TypedText ReadTextConstruct(XmlDocument& doc, const xmlNode* node);
std::string ToPlainText(const TypedText& text);

// The first of `nodes` (null ones skipped) whose text is a date, as ISO 8601 UTC; "" if none.
std::string FirstDate(std::initializer_list<const xmlNode*> nodes);

// The xml:lang in force at `node` (inherited from ancestors), "" when none.
std::string LanguageOf(const xmlNode* node);

// Fills what an item lacks from the feed: published from updated, the feed's language.
void CompleteItem(const Feed& feed, FeedItem* item);

}  // namespace tidings::fetch::feedread

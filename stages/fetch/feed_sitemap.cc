// Sitemaps (sitemaps.org protocol 0.9), Google news sitemaps and sitemap indexes. Image and
// video extensions are skipped: they describe media, not pages.
#include <string>

#include "fetch/feed_readers.h"
#include "fetch/feed_url.h"

namespace tidings::fetch::feedread {
namespace {

bool IsSitemapNs(Ns ns) { return ns == Ns::kSitemap || ns == Ns::kNone; }

std::string Trimmed(const xmlNode* node) {
  return node == nullptr ? "" : std::string(feedxml::Trim(feedxml::Text(node)));
}

// The sitemap-vocabulary child `local` of `parent`.
const xmlNode* SitemapChild(XmlDocument& doc, const xmlNode* parent, std::string_view local) {
  for (xmlNode* c = feedxml::FirstElement(parent); c != nullptr; c = feedxml::NextElement(c)) {
    if (IsSitemapNs(doc.NsOf(c)) && doc.Is(c, doc.NsOf(c), local)) return c;
  }
  return nullptr;
}

// <news:news>: title, publication date, publication name and language.
void ReadNews(XmlDocument& doc, const xmlNode* news, FeedItem* item) {
  for (xmlNode* c = feedxml::FirstElement(news); c != nullptr; c = feedxml::NextElement(c)) {
    if (doc.Is(c, Ns::kNews, "title")) {
      item->title = PlainText(c);
    } else if (doc.Is(c, Ns::kNews, "publication_date")) {
      if (std::string d = FirstDate({c}); !d.empty()) item->published = d;
    } else if (doc.Is(c, Ns::kNews, "publication")) {
      if (const xmlNode* name = doc.Child(c, Ns::kNews, "name")) item->publisher = PlainText(name);
      if (const xmlNode* lang = doc.Child(c, Ns::kNews, "language")) item->language = Trimmed(lang);
    }
  }
}

}  // namespace

void ReadSitemap(XmlDocument& doc, xmlNode* root, const std::string& base, Feed* feed) {
  feed->kind = FeedKind::kSitemap;
  feed->version = "sitemap";
  for (xmlNode* url = feedxml::FirstElement(root); url != nullptr; url = feedxml::NextElement(url)) {
    if (!IsSitemapNs(doc.NsOf(url)) || !doc.Is(url, doc.NsOf(url), "url")) continue;
    FeedItem item;
    const std::string loc = Trimmed(SitemapChild(doc, url, "loc"));
    if (loc.empty()) continue;  // the protocol requires <loc>: an entry without one names nothing
    item.url = ResolveUrl(base, loc);
    item.updated = FirstDate({SitemapChild(doc, url, "lastmod")});
    if (const xmlNode* news = doc.Child(url, Ns::kNews, "news")) ReadNews(doc, news, &item);
    CompleteItem(*feed, &item);
    feed->items.push_back(std::move(item));
  }
}

void ReadSitemapIndex(XmlDocument& doc, xmlNode* root, const std::string& base, Feed* feed) {
  feed->kind = FeedKind::kSitemapIndex;
  feed->version = "sitemapindex";
  for (xmlNode* s = feedxml::FirstElement(root); s != nullptr; s = feedxml::NextElement(s)) {
    if (!IsSitemapNs(doc.NsOf(s)) || !doc.Is(s, doc.NsOf(s), "sitemap")) continue;
    const std::string loc = Trimmed(SitemapChild(doc, s, "loc"));
    if (loc.empty()) continue;
    feed->sitemaps.push_back({ResolveUrl(base, loc), FirstDate({SitemapChild(doc, s, "lastmod")})});
  }
}

}  // namespace tidings::fetch::feedread

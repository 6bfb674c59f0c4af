// RSS 0.90, 0.91 .. 0.94, 1.0 (RDF) and 2.0, with the Dublin Core, dcterms, content and Atom
// elements that RSS feeds borrow.
#include <cctype>
#include <string>
#include <vector>

#include "fetch/feed_readers.h"
#include "fetch/feed_url.h"

namespace tidings::fetch::feedread {
namespace {

// The elements of one <item> that matter, found in one pass over its children (the first of
// each kind wins).
struct RssItemNodes {
  const xmlNode* title = nullptr;
  const xmlNode* link = nullptr;
  const xmlNode* guid = nullptr;
  const xmlNode* description = nullptr;
  const xmlNode* pub_date = nullptr;
  const xmlNode* author = nullptr;
  const xmlNode* dc_title = nullptr;
  const xmlNode* dc_date = nullptr;
  const xmlNode* dc_creator = nullptr;
  const xmlNode* dc_description = nullptr;
  const xmlNode* dc_language = nullptr;
  const xmlNode* dc_identifier = nullptr;
  const xmlNode* terms_issued = nullptr;
  const xmlNode* terms_created = nullptr;
  const xmlNode* terms_modified = nullptr;
  const xmlNode* encoded = nullptr;
  const xmlNode* xhtml_body = nullptr;
  const xmlNode* atom_link = nullptr;
  const xmlNode* atom_title = nullptr;
  const xmlNode* atom_id = nullptr;
  const xmlNode* atom_published = nullptr;
  const xmlNode* atom_updated = nullptr;
  const xmlNode* atom_summary = nullptr;
  const xmlNode* atom_content = nullptr;
  const xmlNode* atom_author = nullptr;
};

void Keep(const xmlNode* node, const xmlNode** slot) {
  if (*slot == nullptr) *slot = node;
}

bool IsAlternateAtomLink(const xmlNode* link) {
  std::string rel = feedxml::Attribute(link, "rel");
  return (rel.empty() || rel == "alternate") && !feedxml::Attribute(link, "href").empty();
}

// The first RSS element `local` below `node` (not inside a nested item): where recovery from
// an unclosed tag moved an item's later elements.
const xmlNode* FindBelow(XmlDocument& doc, const xmlNode* node, std::string_view local, int depth = 0) {
  if (depth > 16) return nullptr;
  for (xmlNode* c = feedxml::FirstElement(node); c != nullptr; c = feedxml::NextElement(c)) {
    if (doc.IsRss(c, "item")) continue;
    if (depth > 0 && doc.IsRss(c, local)) return c;
    if (const xmlNode* found = FindBelow(doc, c, local, depth + 1)) return found;
  }
  return nullptr;
}

RssItemNodes FindItemNodes(XmlDocument& doc, const xmlNode* item) {
  RssItemNodes n;
  for (xmlNode* c = feedxml::FirstElement(item); c != nullptr; c = feedxml::NextElement(c)) {
    const Ns ns = doc.NsOf(c);
    const std::string_view local = XmlDocument::LocalName(c);
    auto is = [&](std::string_view name) { return local.size() == name.size() && doc.Is(c, ns, name); };
    if (ns == Ns::kNone || ns == Ns::kRss10 || ns == Ns::kRss090) {
      if (is("title")) Keep(c, &n.title);
      else if (is("link")) Keep(c, &n.link);
      else if (is("guid")) Keep(c, &n.guid);
      else if (is("description")) Keep(c, &n.description);
      else if (is("pubDate")) Keep(c, &n.pub_date);
      else if (is("author")) Keep(c, &n.author);
    } else if (ns == Ns::kDc) {
      if (is("title")) Keep(c, &n.dc_title);
      else if (is("date")) Keep(c, &n.dc_date);
      else if (is("creator") || is("author")) Keep(c, &n.dc_creator);
      else if (is("description")) Keep(c, &n.dc_description);
      else if (is("language")) Keep(c, &n.dc_language);
      else if (is("identifier")) Keep(c, &n.dc_identifier);
    } else if (ns == Ns::kDcTerms) {
      if (is("issued")) Keep(c, &n.terms_issued);
      else if (is("created")) Keep(c, &n.terms_created);
      else if (is("modified")) Keep(c, &n.terms_modified);
    } else if (ns == Ns::kContent) {
      if (is("encoded")) Keep(c, &n.encoded);
    } else if (ns == Ns::kXhtml) {
      if (is("body") || is("div")) Keep(c, &n.xhtml_body);
    } else if (ns == Ns::kAtom10 || ns == Ns::kAtom03) {
      if (is("link") && IsAlternateAtomLink(c)) Keep(c, &n.atom_link);
      else if (is("title")) Keep(c, &n.atom_title);
      else if (is("id")) Keep(c, &n.atom_id);
      else if (is("published") || is("issued")) Keep(c, &n.atom_published);
      else if (is("updated") || is("modified")) Keep(c, &n.atom_updated);
      else if (is("summary")) Keep(c, &n.atom_summary);
      else if (is("content")) Keep(c, &n.atom_content);
      else if (is("author")) Keep(c, &n.atom_author);
    }
  }
  if (n.link == nullptr) n.link = FindBelow(doc, item, "link");
  if (n.guid == nullptr) n.guid = FindBelow(doc, item, "guid");
  if (n.pub_date == nullptr) n.pub_date = FindBelow(doc, item, "pubDate");
  return n;
}

std::string TrimmedText(const xmlNode* node) {
  return node == nullptr ? "" : std::string(feedxml::Trim(feedxml::Text(node)));
}

// A guid is the item's link unless isPermaLink="false" ... and unless it is plainly not a
// link (a bare number or a tag: URI is an id, whatever the attribute's default says).
bool GuidIsLink(const xmlNode* guid, const std::string& value) {
  std::string flag = feedxml::Attribute(guid, "isPermaLink");
  for (char& c : flag) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (flag == "false") return false;
  if (flag == "true") return !value.empty();
  return value.rfind("http://", 0) == 0 || value.rfind("https://", 0) == 0 || value.rfind("//", 0) == 0 ||
         (!value.empty() && value[0] == '/');
}

std::string ItemUrl(const RssItemNodes& n, const xmlNode* item, const std::string& base, const std::string& guid) {
  if (std::string link = TrimmedText(n.link); !link.empty()) return ResolveUrl(feedxml::BaseOf(n.link, base), link);
  if (n.link != nullptr) {  // <link href="..."/>: Atom's form written without its namespace
    if (std::string href = feedxml::Attribute(n.link, "href"); !href.empty()) {
      return ResolveUrl(feedxml::BaseOf(n.link, base), href);
    }
  }
  if (n.guid != nullptr && GuidIsLink(n.guid, guid)) return ResolveUrl(feedxml::BaseOf(n.guid, base), guid);
  if (n.atom_link != nullptr) {
    return ResolveUrl(feedxml::BaseOf(n.atom_link, base), feedxml::Attribute(n.atom_link, "href"));
  }
  std::string about = feedxml::Attribute(item, "about");
  if (HasScheme(about)) return ResolveUrl(base, about);
  return "";
}

std::string ItemAuthor(XmlDocument& doc, const RssItemNodes& n) {
  if (n.author != nullptr) return PlainText(n.author);
  if (n.dc_creator != nullptr) return PlainText(n.dc_creator);
  if (n.atom_author != nullptr) {
    const xmlNode* name = feedxml::FirstElement(n.atom_author);
    while (name != nullptr && XmlDocument::LocalName(name) != "name") name = feedxml::NextElement(name);
    return PlainText(name != nullptr ? name : n.atom_author);
  }
  return "";
}

FeedItem ReadItem(XmlDocument& doc, const xmlNode* item, const std::string& parent_base) {
  const std::string base = feedxml::BaseOf(item, parent_base);
  const RssItemNodes n = FindItemNodes(doc, item);
  FeedItem out;
  if (n.title != nullptr) out.title = PlainText(n.title);
  else if (n.dc_title != nullptr) out.title = PlainText(n.dc_title);
  else if (n.atom_title != nullptr) out.title = ToPlainText(ReadTextConstruct(doc, n.atom_title));
  if (n.guid != nullptr) out.guid = TrimmedText(n.guid);
  else if (std::string about = feedxml::Attribute(item, "about"); !about.empty()) out.guid = about;
  else if (n.atom_id != nullptr) out.guid = TrimmedText(n.atom_id);
  out.url = ItemUrl(n, item, base, out.guid);
  out.published = FirstDate({n.pub_date, n.dc_date, n.terms_issued, n.terms_created, n.atom_published});
  out.updated = FirstDate({n.terms_modified, n.atom_updated});
  if (n.description != nullptr) out.summary = HtmlElementText(n.description);
  else if (n.dc_description != nullptr) out.summary = HtmlElementText(n.dc_description);
  else if (n.atom_summary != nullptr) out.summary = ToPlainText(ReadTextConstruct(doc, n.atom_summary));
  if (n.encoded != nullptr) {
    out.content = feedxml::HasElementChildren(n.encoded) ? feedxml::InnerXml(n.encoded) : feedxml::Text(n.encoded);
    out.content_is_html = true;
  } else if (n.xhtml_body != nullptr) {
    out.content = feedxml::InnerXml(n.xhtml_body);
    out.content_is_html = true;
  } else if (n.atom_content != nullptr) {
    TypedText t = ReadTextConstruct(doc, n.atom_content);
    out.content = std::move(t.value);
    out.content_is_html = t.is_html;
  }
  out.author = ItemAuthor(doc, n);
  out.language = n.dc_language != nullptr ? TrimmedText(n.dc_language) : LanguageOf(item);
  return out;
}

void ReadChannel(XmlDocument& doc, const xmlNode* channel, const std::string& base, Feed* feed) {
  if (const xmlNode* t = doc.RssChild(channel, "title")) feed->title = PlainText(t);
  else if (const xmlNode* dt = doc.Child(channel, Ns::kDc, "title")) feed->title = PlainText(dt);
  if (const xmlNode* l = doc.RssChild(channel, "link"); l != nullptr && !TrimmedText(l).empty()) {
    feed->link = ResolveUrl(feedxml::BaseOf(l, base), TrimmedText(l));
  }
  if (const xmlNode* lang = doc.RssChild(channel, "language")) feed->language = TrimmedText(lang);
  else if (const xmlNode* dl = doc.Child(channel, Ns::kDc, "language")) feed->language = TrimmedText(dl);
  else feed->language = LanguageOf(channel);
  feed->updated = FirstDate({doc.RssChild(channel, "lastBuildDate"), doc.RssChild(channel, "pubDate"),
                             doc.Child(channel, Ns::kDc, "date"), doc.Child(channel, Ns::kDcTerms, "modified")});
}

// Items nested inside `node` by libxml2's recovery from an ill-formed item (an unclosed tag
// keeps the item open, so the items after it become its descendants), in document order.
void CollectNestedItems(XmlDocument& doc, xmlNode* node, int depth, std::vector<xmlNode*>* items) {
  if (depth > 64) return;
  for (xmlNode* c = feedxml::FirstElement(node); c != nullptr; c = feedxml::NextElement(c)) {
    if (doc.IsRss(c, "item")) items->push_back(c);
    CollectNestedItems(doc, c, depth + 1, items);
  }
}

// Moves every item nested inside `item` out to follow it, as the document meant.
void UnnestItems(XmlDocument& doc, xmlNode* item) {
  std::vector<xmlNode*> nested;
  CollectNestedItems(doc, item, 0, &nested);
  xmlNode* after = item;
  for (xmlNode* n : nested) {
    xmlUnlinkNode(n);
    xmlAddNextSibling(after, n);
    after = n;
  }
}

// Items under `parent` (a channel, or the root for RDF and misplaced items).
void ReadItems(XmlDocument& doc, const xmlNode* parent, const std::string& base, Feed* feed) {
  for (xmlNode* c = feedxml::FirstElement(parent); c != nullptr; c = feedxml::NextElement(c)) {
    if (!doc.IsRss(c, "item")) continue;
    if (!feed->recovered_error.empty()) UnnestItems(doc, c);
    FeedItem item = ReadItem(doc, c, base);
    CompleteItem(*feed, &item);
    feed->items.push_back(std::move(item));
  }
}

std::string RssVersion(XmlDocument& doc, const xmlNode* root, const xmlNode* channel) {
  std::string_view name = XmlDocument::LocalName(root);
  if (name == "RDF" || name == "rdf") {
    const Ns ns = channel != nullptr ? doc.NsOf(channel) : Ns::kOther;
    return ns == Ns::kRss090 ? "rss0.90" : "rss1.0";
  }
  std::string version(feedxml::Trim(feedxml::Attribute(root, "version")));
  return version.empty() ? "rss" : "rss" + version;
}

}  // namespace

void ReadRss(XmlDocument& doc, xmlNode* root, const std::string& document_base, Feed* feed) {
  const std::string root_base = feedxml::BaseOf(root, document_base);
  const bool bare_channel = XmlDocument::LocalName(root) == "channel";
  const xmlNode* channel = bare_channel ? root : doc.RssChild(root, "channel");
  const std::string channel_base = channel != nullptr ? feedxml::BaseOf(channel, root_base) : root_base;
  feed->version = RssVersion(doc, root, channel);
  feed->kind = feed->version == "rss1.0" || feed->version == "rss0.90" ? FeedKind::kRdf : FeedKind::kRss;
  if (channel != nullptr) {
    ReadChannel(doc, channel, channel_base, feed);
    ReadItems(doc, channel, channel_base, feed);
  }
  if (!bare_channel) ReadItems(doc, root, root_base, feed);
}

}  // namespace tidings::fetch::feedread

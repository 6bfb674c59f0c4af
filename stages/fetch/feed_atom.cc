// Atom 1.0 (RFC 4287) and Atom 0.3 (the 2003 draft: issued/modified/created, mode="escaped|
// base64"), with the Dublin Core and dcterms dates some generators add.
#include <cctype>
#include <string>
#include <vector>

#include "fetch/feed_readers.h"
#include "fetch/feed_url.h"

namespace tidings::fetch::feedread {
namespace {

// The elements of an <entry> (or of the <feed> itself) that matter, found in one pass.
struct AtomNodes {
  const xmlNode* title = nullptr;
  const xmlNode* id = nullptr;
  const xmlNode* published = nullptr;  // published (1.0), issued (0.3)
  const xmlNode* created = nullptr;    // created (0.3)
  const xmlNode* updated = nullptr;    // updated (1.0), modified (0.3)
  const xmlNode* summary = nullptr;
  const xmlNode* content = nullptr;
  const xmlNode* author = nullptr;
  const xmlNode* dc_date = nullptr;
  const xmlNode* dc_creator = nullptr;
  const xmlNode* dc_language = nullptr;
  const xmlNode* terms_issued = nullptr;
  const xmlNode* terms_created = nullptr;
  const xmlNode* terms_modified = nullptr;
  std::vector<const xmlNode*> links;
};

void Keep(const xmlNode* node, const xmlNode** slot) {
  if (*slot == nullptr) *slot = node;
}

bool IsAtomNs(Ns ns, Ns root_ns) { return ns == Ns::kAtom10 || ns == Ns::kAtom03 || ns == root_ns; }

AtomNodes FindNodes(XmlDocument& doc, const xmlNode* parent, Ns root_ns) {
  AtomNodes n;
  for (xmlNode* c = feedxml::FirstElement(parent); c != nullptr; c = feedxml::NextElement(c)) {
    const Ns ns = doc.NsOf(c);
    auto is = [&](std::string_view name) { return doc.Is(c, ns, name); };
    if (IsAtomNs(ns, root_ns)) {
      if (is("title")) Keep(c, &n.title);
      else if (is("link")) n.links.push_back(c);
      else if (is("id")) Keep(c, &n.id);
      else if (is("published") || is("issued")) Keep(c, &n.published);
      else if (is("created")) Keep(c, &n.created);
      else if (is("updated") || is("modified")) Keep(c, &n.updated);
      else if (is("summary") || is("tagline") || is("subtitle")) Keep(c, &n.summary);
      else if (is("content")) Keep(c, &n.content);
      else if (is("author")) Keep(c, &n.author);
    } else if (ns == Ns::kDc) {
      if (is("date")) Keep(c, &n.dc_date);
      else if (is("creator")) Keep(c, &n.dc_creator);
      else if (is("language")) Keep(c, &n.dc_language);
    } else if (ns == Ns::kDcTerms) {
      if (is("issued")) Keep(c, &n.terms_issued);
      else if (is("created")) Keep(c, &n.terms_created);
      else if (is("modified")) Keep(c, &n.terms_modified);
    }
  }
  return n;
}

std::string Lowered(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// rel="alternate" (an HTML one first), else the first link without rel (RFC 4287 reads an
// absent rel as "alternate").
std::string AlternateLink(const std::vector<const xmlNode*>& links, const std::string& base) {
  const xmlNode* best = nullptr;
  int best_rank = 0;
  for (const xmlNode* link : links) {
    const std::string href(feedxml::Trim(feedxml::Attribute(link, "href")));
    if (href.empty()) continue;
    const std::string rel = Lowered(std::string(feedxml::Trim(feedxml::Attribute(link, "rel"))));
    const std::string type = Lowered(feedxml::Attribute(link, "type"));
    const bool html = type.empty() || type.find("html") != std::string::npos;
    int rank = rel == "alternate" ? (html ? 3 : 2) : rel.empty() ? 1 : 0;
    if (rank > best_rank) {
      best = link;
      best_rank = rank;
    }
  }
  if (best == nullptr) return "";
  return ResolveUrl(feedxml::BaseOf(best, base), feedxml::Attribute(best, "href"));
}

std::string AuthorName(XmlDocument& doc, const AtomNodes& n) {
  if (n.author != nullptr) {
    for (const xmlNode* c = feedxml::FirstElement(n.author); c != nullptr; c = feedxml::NextElement(c)) {
      if (XmlDocument::LocalName(c) == "name") return PlainText(c);
    }
    if (!feedxml::HasElementChildren(n.author)) return PlainText(n.author);
  }
  return n.dc_creator != nullptr ? PlainText(n.dc_creator) : "";
}

FeedItem ReadEntry(XmlDocument& doc, const xmlNode* entry, const std::string& feed_base, Ns root_ns,
                   const std::string& feed_author) {
  const std::string base = feedxml::BaseOf(entry, feed_base);
  const AtomNodes n = FindNodes(doc, entry, root_ns);
  FeedItem out;
  out.title = ToPlainText(ReadTextConstruct(doc, n.title));
  out.url = AlternateLink(n.links, base);
  if (n.id != nullptr) out.guid = std::string(feedxml::Trim(feedxml::Text(n.id)));
  out.published = FirstDate({n.published, n.created, n.terms_issued, n.terms_created, n.dc_date});
  out.updated = FirstDate({n.updated, n.terms_modified});
  if (n.summary != nullptr) out.summary = ToPlainText(ReadTextConstruct(doc, n.summary));
  if (n.content != nullptr) {
    TypedText t = ReadTextConstruct(doc, n.content);
    out.content = std::move(t.value);
    out.content_is_html = t.is_html;
  }
  out.author = AuthorName(doc, n);
  if (out.author.empty()) out.author = feed_author;
  out.language = n.dc_language != nullptr ? std::string(feedxml::Trim(feedxml::Text(n.dc_language)))
                                          : LanguageOf(entry);
  return out;
}

}  // namespace

void ReadAtom(XmlDocument& doc, xmlNode* root, const std::string& document_base, Feed* feed) {
  const Ns root_ns = doc.NsOf(root);
  const std::string version(feedxml::Trim(feedxml::Attribute(root, "version")));
  feed->kind = FeedKind::kAtom;
  feed->version = root_ns == Ns::kAtom03 || version == "0.3" ? "atom0.3" : "atom1.0";
  const std::string base = feedxml::BaseOf(root, document_base);
  const AtomNodes n = FindNodes(doc, root, root_ns);
  feed->title = ToPlainText(ReadTextConstruct(doc, n.title));
  feed->link = AlternateLink(n.links, base);
  feed->language = n.dc_language != nullptr ? std::string(feedxml::Trim(feedxml::Text(n.dc_language)))
                                            : LanguageOf(root);
  feed->updated = FirstDate({n.updated, n.terms_modified, n.dc_date});
  const std::string feed_author = AuthorName(doc, n);
  for (xmlNode* c = feedxml::FirstElement(root); c != nullptr; c = feedxml::NextElement(c)) {
    if (!doc.Is(c, doc.NsOf(c), "entry") || !IsAtomNs(doc.NsOf(c), root_ns)) continue;
    FeedItem item = ReadEntry(doc, c, base, root_ns, feed_author);
    CompleteItem(*feed, &item);
    feed->items.push_back(std::move(item));
  }
}

}  // namespace tidings::fetch::feedread

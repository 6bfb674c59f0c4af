#include "fetch/feed_parser.h"

#include <fmt/format.h>

#include <cctype>

#include "fetch/feed_dates.h"
#include "fetch/feed_readers.h"
#include "fetch/feed_text.h"
#include "fetch/feed_url.h"

namespace tidings::fetch {

namespace feedread {

std::string PlainText(const xmlNode* node) {
  if (node == nullptr) return "";
  std::string text = feedxml::Text(node);
  return LooksLikeHtml(text) ? HtmlToText(text) : CollapseWhitespace(text);
}

std::string HtmlElementText(const xmlNode* node) {
  if (node == nullptr) return "";
  return HtmlToText(feedxml::HasElementChildren(node) ? feedxml::InnerXml(node) : feedxml::Text(node));
}

namespace {
std::string LowerTrimmed(std::string s) {
  std::string_view t = feedxml::Trim(s);
  std::string out(t);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}
}  // namespace

TypedText ReadTextConstruct(XmlDocument& doc, const xmlNode* node) {
  TypedText out;
  if (node == nullptr) return out;
  const std::string type = LowerTrimmed(feedxml::Attribute(node, "type"));
  const std::string mode = LowerTrimmed(feedxml::Attribute(node, "mode"));
  const bool html_type = type == "html" || type == "text/html";
  const bool xhtml_type = type == "xhtml" || type == "application/xhtml+xml";
  if (mode == "base64") {
    std::string decoded;
    if (DecodeBase64(feedxml::Text(node), &decoded)) {
      out.value = std::move(decoded);
      out.is_html = html_type || xhtml_type;
      return out;
    }
  }
  if (xhtml_type) {
    // The content is the children of one xhtml:div (Atom 1.0); Atom 0.3 puts it inline.
    const xmlNode* div = feedxml::FirstElement(node);
    const bool wrapped = div != nullptr && feedxml::NextElement(div) == nullptr &&
                         feedxml::XmlDocument::LocalName(div) == "div";
    out.value = feedxml::InnerXml(wrapped ? div : node);
    out.is_html = true;
  } else if (mode == "escaped" || html_type) {
    out.value = feedxml::HasElementChildren(node) ? feedxml::InnerXml(node) : feedxml::Text(node);
    out.is_html = true;
  } else if (feedxml::HasElementChildren(node)) {
    out.value = feedxml::InnerXml(node);  // inline markup in a construct typed text: read as markup
    out.is_html = true;
  } else {
    out.value = feedxml::Text(node);
  }
  return out;
}

std::string ToPlainText(const TypedText& text) {
  return text.is_html ? HtmlToText(text.value) : CollapseWhitespace(text.value);
}

std::string FirstDate(std::initializer_list<const xmlNode*> nodes) {
  for (const xmlNode* node : nodes) {
    if (node == nullptr) continue;
    std::string date = NormalizeFeedDate(feedxml::Text(node));
    if (!date.empty()) return date;
  }
  return "";
}

std::string LanguageOf(const xmlNode* node) {
  xmlChar* lang = xmlNodeGetLang(node);
  if (lang == nullptr) return "";
  std::string out(feedxml::Trim(reinterpret_cast<const char*>(lang)));
  xmlFree(lang);
  return out;
}

void CompleteItem(const Feed& feed, FeedItem* item) {
  if (item->published.empty()) item->published = item->updated;
  if (item->language.empty()) item->language = feed.language;
}

}  // namespace feedread

namespace {

bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

}  // namespace

const char* FeedKindName(FeedKind kind) {
  switch (kind) {
    case FeedKind::kRss: return "rss";
    case FeedKind::kRdf: return "rdf";
    case FeedKind::kAtom: return "atom";
    case FeedKind::kSitemap: return "sitemap";
    case FeedKind::kSitemapIndex: return "sitemapindex";
  }
  return "unknown";
}

Status ParseFeed(const FeedDocument& document, Feed* feed) {
  const std::string& url = document.url.empty() ? std::string("(input)") : document.url;
  feedxml::XmlDocument doc;
  if (Status s = doc.Parse(document); !s.ok()) return s;
  xmlNode* root = doc.root();
  const std::string_view name = feedxml::XmlDocument::LocalName(root);
  const std::string document_base = HasScheme(document.url) ? document.url : "";
  const std::string base = feedxml::BaseOf(root, document_base);
  Feed out;
  out.recovered_error = doc.first_error();
  if (IEquals(name, "rss") || IEquals(name, "rdf") || IEquals(name, "channel")) {
    feedread::ReadRss(doc, root, document_base, &out);
  } else if (IEquals(name, "feed")) {
    feedread::ReadAtom(doc, root, document_base, &out);
  } else if (IEquals(name, "urlset")) {
    feedread::ReadSitemap(doc, root, base, &out);
  } else if (IEquals(name, "sitemapindex")) {
    feedread::ReadSitemapIndex(doc, root, base, &out);
  } else if (IEquals(name, "html")) {
    return Status::InvalidInput(fmt::format("{}: not a feed: the document is an HTML page (root element <{}>)", url,
                                            std::string(name)));
  } else {
    return Status::InvalidInput(fmt::format(
        "{}: not a feed: root element <{}> is none of rss, rdf:RDF, feed, urlset, sitemapindex", url,
        std::string(name)));
  }
  *feed = std::move(out);
  return Status::Ok();
}

}  // namespace tidings::fetch

#include "clean/metadata_extractor.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>

#include "clean/date_parser.h"
#include "clean/text_util.h"

namespace tidings::clean {
namespace {

using nlohmann::json;

std::string Attr(const HtmlTree& tree, int32_t n, HtmlAttr name) { return std::string(tree.attr(n, name)); }

bool IsText(const HtmlTree::Node& n) { return n.kind == HtmlTree::kText || n.kind == HtmlTree::kCData; }

// Text content of a subtree (iterative; bounded to `limit` bytes).
std::string TextOf(const HtmlTree& tree, int32_t start, size_t limit = 4096) {
  std::string out;
  int32_t n = tree.node(start).first_child;
  while (n != HtmlTree::kNone && n != start) {
    const HtmlTree::Node& node = tree.node(n);
    if (IsText(node)) {
      out.append(tree.text(n));
      if (out.size() > limit) break;
    }
    if (node.kind == HtmlTree::kElement && node.first_child != HtmlTree::kNone) {
      n = node.first_child;
      continue;
    }
    while (n != start && tree.node(n).next_sibling == HtmlTree::kNone) n = tree.node(n).parent;
    if (n == start) break;
    n = tree.node(n).next_sibling;
  }
  return CollapseWhitespace(out);
}

// Strips tags and decodes entities of an HTML fragment (JSON-LD bodies sometimes hold markup).
std::string FragmentText(const std::string& html) {
  if (html.find('<') == std::string::npos && html.find('&') == std::string::npos) return html;
  std::string wrapped = "<html><body>" + html + "</body></html>";
  // As libxml2's htmlReadMemory without COMPACT and HUGE parsed it (257 open elements stop it).
  HtmlTree tree;
  HtmlTree::Options options;
  options.huge = false;
  options.compact = false;
  if (!HtmlTree::Build(wrapped, options, &tree).ok()) return html;
  std::string out;
  // Keep paragraph breaks: newline at block ends and <br>.
  const int32_t root = tree.root();
  int32_t n = root;
  while (n != HtmlTree::kNone) {
    const HtmlTree::Node& node = tree.node(n);
    if (IsText(node)) out.append(tree.text(n));
    if (node.kind == HtmlTree::kElement) {
      const HtmlTag tag = node.tag;
      if (tag == kTagBr || tag == kTagP || tag == kTagDiv || tag == kTagLi || tag == kTagOtherHn ||
          (tag >= kTagH1 && tag <= kTagH6))
        out.push_back('\n');
      if (tag != kTagScript && tag != kTagStyle && node.first_child != HtmlTree::kNone) {
        n = node.first_child;
        continue;
      }
    }
    while (n != root && tree.node(n).next_sibling == HtmlTree::kNone) n = tree.node(n).parent;
    if (n == root) break;
    n = tree.node(n).next_sibling;
  }
  return out;
}

bool IsArticleType(const json& type) {
  auto check = [](const std::string& t) {
    return t.find("Article") != std::string::npos || t == "BlogPosting" || t == "Report" ||
           t == "LiveBlogPosting" || t == "SocialMediaPosting" || t == "Review";
  };
  if (type.is_string()) return check(type.get<std::string>());
  if (type.is_array())
    for (const auto& t : type)
      if (t.is_string() && check(t.get<std::string>())) return true;
  return false;
}

std::string JsonString(const json& j) {
  if (j.is_string()) return DecodeHtmlEntities(j.get<std::string>());
  if (j.is_array() && !j.empty()) return JsonString(j[0]);
  if (j.is_object()) {
    if (j.contains("@value")) return JsonString(j["@value"]);
    if (j.contains("name")) return JsonString(j["name"]);
  }
  return "";
}

struct LdArticle {
  std::string headline, published, modified, body, site, url;
  std::vector<std::string> authors;
  bool found = false;
};

void CollectAuthors(const json& a, std::vector<std::string>* out) {
  if (a.is_array()) {
    for (const auto& x : a) CollectAuthors(x, out);
  } else if (a.is_object()) {
    if (a.contains("name")) CollectAuthors(a["name"], out);
  } else if (a.is_string()) {
    for (auto& s : SplitAuthors(a.get<std::string>())) out->push_back(s);
  }
}

void VisitLd(const json& j, LdArticle* best, int depth) {
  if (depth > 8) return;
  if (j.is_array()) {
    for (const auto& x : j) VisitLd(x, best, depth + 1);
    return;
  }
  if (!j.is_object()) return;
  if (j.contains("@graph")) VisitLd(j["@graph"], best, depth + 1);
  if (!j.contains("@type")) return;
  bool article = IsArticleType(j["@type"]);
  bool webpage = j["@type"].is_string() && j["@type"].get<std::string>() == "WebPage";
  if (!article && !webpage) return;
  if (webpage && best->found) return;  // an article object beats the page object
  LdArticle a = *best;
  if (article && !best->found) a = LdArticle{};
  if (j.contains("headline")) a.headline = JsonString(j["headline"]);
  if (j.contains("datePublished")) a.published = JsonString(j["datePublished"]);
  if (j.contains("dateModified")) a.modified = JsonString(j["dateModified"]);
  if (j.contains("articleBody")) {
    std::string body = JsonString(j["articleBody"]);
    if (body.size() > a.body.size()) a.body = body;
  }
  if (j.contains("author")) {
    a.authors.clear();
    CollectAuthors(j["author"], &a.authors);
  }
  if (j.contains("publisher")) a.site = JsonString(j["publisher"]);
  if (j.contains("url")) a.url = JsonString(j["url"]);
  if (article) a.found = true;
  *best = a;
}

bool IsUrl(std::string_view s) { return s.find("://") != std::string_view::npos || StartsWith(s, "/"); }

// "Talks resume | Daily Planet" -> "Talks resume": a <title> ends with the site's name after
// a separator; dropped when it is the site name or a short tail (at most four words).
std::string StripSiteSuffix(const std::string& title, const std::string& site) {
  for (std::string_view sep : {" | ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", " :: ", " \xC2\xBB "}) {
    size_t pos = title.rfind(sep);
    if (pos == std::string::npos || pos == 0) continue;
    std::string_view head = Trim(std::string_view(title).substr(0, pos));
    std::string_view tail = Trim(std::string_view(title).substr(pos + sep.size()));
    size_t words = 1;
    for (char c : tail) words += c == ' ';
    bool is_site = !site.empty() && NormalizeForCompare(tail) == NormalizeForCompare(site);
    size_t head_words = 1;
    for (char c : head) head_words += c == ' ';
    if ((is_site || words <= 4) && head_words >= 3) return std::string(head);
  }
  return title;
}

}  // namespace

std::vector<std::string> SplitAuthors(std::string_view raw) {
  std::string s = CollapseWhitespace(raw);
  std::vector<std::string> out;
  if (s.empty() || IsUrl(s)) return out;
  if (IStartsWith(s, "by ")) s = s.substr(3);
  // "Name | Site", "Name - Reporter"
  for (std::string_view sep : {" | ", " - ", " — "}) {
    size_t p = s.find(sep);
    if (p != std::string::npos) s = s.substr(0, p);
  }
  // Split on " and ", "&", ",", ";"
  std::string cur;
  auto push = [&](std::string a) {
    a = std::string(Trim(a));
    if (IStartsWith(a, "and ")) a = a.substr(4);
    // Credentials ("MS", "PhD") and job titles ("AP National Political Writer") are not names.
    static const char* kCredentials[] = {"MS", "MA", "MD", "PhD", "Ph.D.", "RD", "Jr.", "Sr.", "MBA", "RN", "Esq."};
    for (const char* c : kCredentials)
      if (a == c) return;
    std::string lower = AsciiLower(a);
    for (const char* role : {"writer", "correspondent", "editor", "reporter", "columnist", "contributor",
                             "staff", "bureau", "desk"})
      if (lower.find(role) != std::string::npos && out.size() > 0) return;
    if (a.size() >= 2 && a.size() <= 80 && HasLetterOrDigit(a) &&
        std::find(out.begin(), out.end(), a) == out.end())
      out.push_back(a);
  };
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == ',' || s[i] == ';' || s[i] == '&') {
      push(cur);
      cur.clear();
      ++i;
      continue;
    }
    if (s.compare(i, 5, " and ") == 0) {
      push(cur);
      cur.clear();
      i += 5;
      continue;
    }
    cur.push_back(s[i++]);
  }
  push(cur);
  return out;
}

PageMetadata ExtractPageMetadata(const HtmlDocument& doc, std::string_view page_url) {
  PageMetadata md;
  const HtmlTree& tree = doc.tree();
  const int32_t root = doc.root();
  if (root == HtmlTree::kNone) return md;
  md.html_lang = Attr(tree, root, kAttrLang);
  if (md.html_lang.empty()) md.html_lang = Attr(tree, root, kAttrXmlLang);

  std::string title_tag, og_title, meta_published, meta_modified, og_url, time_published, byline;
  int meta_published_rank = 100;
  std::vector<std::string> meta_authors;
  LdArticle ld;

  // Lower rank wins among meta date names.
  static const std::pair<const char*, int> kPublishedNames[] = {
      {"article:published_time", 0}, {"og:article:published_time", 0}, {"datepublished", 1},
      {"article.published", 1},      {"parsely-pub-date", 2},         {"sailthru.date", 3},
      {"publishdate", 3},            {"publish-date", 3},              {"pubdate", 3},
      {"dc.date.issued", 4},         {"dcterms.created", 4},           {"dc.date", 5},
      {"date", 6},                   {"og:published_time", 2},         {"published_time", 2},
      {"article:published", 2},      {"cxenseparse:recs:publishtime", 4}, {"release_date", 6},
      {"originalpublicationdate", 3}, {"displaydate", 5},             {"dcterms.date", 5}};
  static const char* kModifiedNames[] = {"article:modified_time", "og:updated_time", "datemodified",
                                         "dcterms.modified", "last-modified", "article.updated",
                                         "lastmod", "og:article:modified_time"};

  int32_t n = root;
  while (n != HtmlTree::kNone) {
    bool descend = true;
    const HtmlTree::Node& node = tree.node(n);
    if (node.kind == HtmlTree::kElement) {
      const HtmlTag tag = node.tag;
      if (tag == kTagMeta) {
        std::string key = AsciiLower(Attr(tree, n, kAttrProperty));
        if (key.empty()) key = AsciiLower(Attr(tree, n, kAttrName));
        if (key.empty()) key = AsciiLower(Attr(tree, n, kAttrItemprop));
        std::string content = Attr(tree, n, kAttrContent);
        if (content.empty() && key == "datepublished") content = Attr(tree, n, kAttrDatetime);
        if (!key.empty() && !content.empty()) {
          for (const auto& [pn, rank] : kPublishedNames) {
            if (key == pn && rank < meta_published_rank) {
              std::string d = NormalizeDate(content);
              if (!d.empty()) {
                meta_published = d;
                meta_published_rank = rank;
              }
            }
          }
          for (const char* mn : kModifiedNames) {
            if (key == mn && meta_modified.empty()) meta_modified = NormalizeDate(content);
          }
          if (key == "og:title" || (key == "twitter:title" && og_title.empty())) og_title = CollapseWhitespace(content);
          else if (key == "og:site_name" || (key == "application-name" && md.site_name.empty()))
            md.site_name = CollapseWhitespace(content);
          else if (key == "og:url") og_url = content;
          else if ((key == "og:description" || key == "description") && md.description.empty())
            md.description = CollapseWhitespace(content);
          else if (key == "author" || key == "article:author" || key == "dc.creator" || key == "byl" ||
                   key == "parsely-author" || key == "sailthru.author" || key == "dcterms.creator") {
            if (meta_authors.empty()) meta_authors = SplitAuthors(content);
          }
        }
        descend = false;
      } else if (tag == kTagTitle) {
        if (title_tag.empty()) title_tag = TextOf(tree, n);
        descend = false;
      } else if (tag == kTagLink) {
        std::string rel = AsciiLower(Attr(tree, n, kAttrRel));
        if (rel == "canonical" && md.canonical_url.empty()) md.canonical_url = Attr(tree, n, kAttrHref);
        descend = false;
      } else if (tag == kTagScript) {
        std::string type = AsciiLower(Attr(tree, n, kAttrType));
        if (type.find("ld+json") != std::string::npos) {
          std::string body = TextOf(tree, n, 4 << 20);
          // TextOf collapses whitespace, which JSON tolerates; newlines inside strings are
          // escaped in valid JSON anyway. Parse without exceptions: broken JSON is skipped.
          json j = json::parse(body, nullptr, /*allow_exceptions=*/false);
          if (!j.is_discarded()) VisitLd(j, &ld, 0);
        }
        descend = false;
      } else if (tag == kTagStyle || tag == kTagSvg || tag == kTagNoscript) {
        descend = false;
      } else if (tag == kTagTime) {
        if (time_published.empty()) {
          std::string dt = Attr(tree, n, kAttrDatetime);
          std::string d = NormalizeDate(dt.empty() ? TextOf(tree, n, 200) : dt);
          if (!d.empty()) time_published = d;
        }
      } else {
        std::string itemprop = Attr(tree, n, kAttrItemprop);
        if (itemprop == "datePublished" && time_published.empty()) {
          std::string v = Attr(tree, n, kAttrDatetime);
          if (v.empty()) v = Attr(tree, n, kAttrContent);
          if (v.empty()) v = TextOf(tree, n, 200);
          time_published = NormalizeDate(v);
        } else if (itemprop == "author" && byline.empty()) {
          byline = TextOf(tree, n, 200);
        } else if (byline.empty() && Attr(tree, n, kAttrRel) == "author") {
          byline = TextOf(tree, n, 200);
        }
      }
    }
    if (descend && node.kind == HtmlTree::kElement && node.first_child != HtmlTree::kNone) {
      n = node.first_child;
      continue;
    }
    while (n != root && tree.node(n).next_sibling == HtmlTree::kNone) n = tree.node(n).parent;
    if (n == root) break;
    n = tree.node(n).next_sibling;
  }

  // Title: JSON-LD headline or og:title (no " | Site" suffix) before <title>.
  md.title = !ld.headline.empty() ? CollapseWhitespace(ld.headline) : (!og_title.empty() ? og_title : title_tag);
  if (md.title.empty()) md.title = title_tag;
  if (ld.headline.empty() && og_title.empty()) md.title = StripSiteSuffix(md.title, md.site_name);

  if (std::string d = NormalizeDate(ld.published); !d.empty()) {
    md.published = d;
    md.published_source = "json-ld";
  } else if (!meta_published.empty()) {
    md.published = meta_published;
    md.published_source = "meta";
  } else if (!time_published.empty()) {
    md.published = time_published;
    md.published_source = "time";
  } else if (std::string u = DateFromUrl(!page_url.empty() ? page_url : md.canonical_url); !u.empty()) {
    md.published = u;
    md.published_source = "url";
  }
  md.modified = NormalizeDate(ld.modified);
  if (md.modified.empty()) md.modified = meta_modified;

  md.authors = !ld.authors.empty() ? ld.authors : meta_authors;
  if (md.authors.empty() && !byline.empty()) md.authors = SplitAuthors(byline);
  if (md.site_name.empty()) md.site_name = CollapseWhitespace(ld.site);
  if (md.canonical_url.empty()) md.canonical_url = !og_url.empty() ? og_url : ld.url;
  if (!ld.body.empty()) md.json_ld_body = FragmentText(ld.body);
  return md;
}

}  // namespace tidings::clean

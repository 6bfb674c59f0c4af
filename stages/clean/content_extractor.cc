#include "clean/content_extractor.h"

#include <libxml/tree.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "clean/date_parser.h"
#include "clean/text_util.h"

// The scoring follows Mozilla Readability (candidate scores from paragraph text and commas,
// propagated to ancestors, scaled by link density; sibling merging; conditional cleaning),
// run over a flat list of text blocks built in one walk, with trafilatura-style pruning of
// boilerplate containers by tag and class/id and a fallback chain. No library does this for
// libxml2 trees in C/C++, hence hand-written.

namespace tidings::clean {
namespace {

enum Tag : uint8_t {
  kOther = 0, kA, kArticle, kBlockquote, kBody, kBr, kCenter, kDd, kDiv, kDl, kDt, kFieldset, kForm,
  kH1, kH2, kH3, kH4, kH5, kH6, kHtml, kLi, kMain, kOl, kP, kPre, kSection, kTable, kTd, kTh, kTr, kUl,
  kNav, kAside, kFooter, kHeader, kFigure, kFigcaption, kAddress, kCaption, kTbody, kBlockOther,
  kImg, kInput, kEmbed, kJunk,
};

struct TagTraits {
  Tag tag;
  bool block;
};

const std::unordered_map<std::string_view, TagTraits>& TagTable() {
  static const auto* table = new std::unordered_map<std::string_view, TagTraits>{
      {"a", {kA, false}}, {"article", {kArticle, true}}, {"blockquote", {kBlockquote, true}},
      {"body", {kBody, true}}, {"br", {kBr, false}}, {"center", {kCenter, true}}, {"dd", {kDd, true}},
      {"div", {kDiv, true}}, {"dl", {kDl, true}}, {"dt", {kDt, true}}, {"fieldset", {kFieldset, true}},
      {"form", {kForm, true}}, {"h1", {kH1, true}}, {"h2", {kH2, true}}, {"h3", {kH3, true}},
      {"h4", {kH4, true}}, {"h5", {kH5, true}}, {"h6", {kH6, true}}, {"html", {kHtml, true}},
      {"li", {kLi, true}}, {"main", {kMain, true}}, {"ol", {kOl, true}}, {"p", {kP, true}},
      {"pre", {kPre, true}}, {"section", {kSection, true}}, {"table", {kTable, true}}, {"td", {kTd, true}},
      {"th", {kTh, true}}, {"tr", {kTr, true}}, {"ul", {kUl, true}}, {"nav", {kNav, true}},
      {"aside", {kAside, true}}, {"footer", {kFooter, true}}, {"header", {kHeader, true}},
      {"figure", {kFigure, true}}, {"figcaption", {kFigcaption, true}}, {"address", {kAddress, true}},
      {"caption", {kCaption, true}}, {"tbody", {kTbody, true}}, {"thead", {kTbody, true}},
      {"tfoot", {kTbody, true}}, {"hgroup", {kBlockOther, true}}, {"details", {kBlockOther, true}},
      {"summary", {kBlockOther, true}}, {"hr", {kBlockOther, true}}, {"legend", {kBlockOther, true}},
      {"dir", {kBlockOther, true}}, {"img", {kImg, false}}, {"input", {kInput, false}},
      {"embed", {kEmbed, false}}, {"iframe", {kEmbed, false}}, {"object", {kEmbed, false}},
      {"video", {kEmbed, false}}, {"audio", {kEmbed, false}},
      // Never text of an article: not descended into.
      {"script", {kJunk, false}}, {"style", {kJunk, false}}, {"noscript", {kJunk, false}},
      {"template", {kJunk, false}}, {"svg", {kJunk, false}}, {"math", {kJunk, false}},
      {"canvas", {kJunk, false}}, {"button", {kJunk, false}}, {"select", {kJunk, false}},
      {"textarea", {kJunk, false}}, {"option", {kJunk, false}}, {"optgroup", {kJunk, false}},
      {"label", {kJunk, false}}, {"head", {kJunk, false}}, {"title", {kJunk, false}},
      {"meta", {kJunk, false}}, {"link", {kJunk, false}}, {"picture", {kJunk, false}},
      {"map", {kJunk, false}}, {"dialog", {kJunk, false}}, {"menu", {kJunk, false}},
      {"source", {kJunk, false}}, {"track", {kJunk, false}}, {"frameset", {kJunk, false}},
      {"frame", {kJunk, false}}, {"applet", {kJunk, false}}, {"datalist", {kJunk, false}},
      {"output", {kJunk, false}}, {"progress", {kJunk, false}}, {"meter", {kJunk, false}},
      {"param", {kJunk, false}}, {"area", {kJunk, false}}, {"wbr", {kOther, false}},
  };
  return *table;
}

TagTraits LookupTag(const xmlChar* name) {
  const auto& table = TagTable();
  auto it = table.find(std::string_view(reinterpret_cast<const char*>(name)));
  if (it == table.end()) return {kOther, false};
  return it->second;
}

bool IsHeading(uint8_t t) { return t >= kH1 && t <= kH6; }

// Tags whose own text Readability treats as a paragraph (its parent is the candidate).
bool IsParagraphLike(uint8_t t) { return t == kP || t == kPre || t == kTd || t == kBlockquote || t == kDd; }

// class/id vocabulary. Substrings of the lowercased "class id" string.
constexpr std::string_view kStrongNegative[] = {
    "comment", "disqus", "related", "recommend", "outbrain", "taboola", "newsletter", "cookie",
    "consent", "gdpr", "share", "sharing", "social", "subscri", "promo", "advert", "sponsor",
    "breadcrumb", "byline", "caption", "sidebar", "popup", "modal", "signup", "sign-up", "most-read",
    "mostread", "most-popular", "mostpopular", "trending", "read-more", "readmore", "more-stories",
    "author-bio", "authorbio", "skip-link", "skiplink", "sr-only", "screen-reader", "visually-hidden",
    "visuallyhidden", "print-only", "nocontent", "navbar", "navigation", "pagination", "pager",
    "ad-slot", "adslot", "ad-container", "ad-wrapper", "adwrapper", "advertisement", "dfp-",
    "tag-list", "taglist", "post-tags", "article-tags", "story-tags", "follow-us", "followus",
    "newsletter", "masthead", "footnote", "shoutbox", "skyscraper", "agegate", "donate", "inline-ad",
};
constexpr std::string_view kWeakNegative[] = {
    "footer", "header", "menu", "banner", "widget", "extra", "tool", "meta", "media", "contact",
    "community", "remark", "replies", "rss", "supplemental", "legend", "hidden", "tags", "links",
    "nav", "card", "teaser", "aside", "topics",
};
// Whole-token matches (class names split on non-alphanumerics).
constexpr std::string_view kNegativeTokens[] = {"ad", "ads", "adv", "share", "tags", "nav", "menu", "aside",
                                                "sidebar", "related", "comments", "social", "promo"};
constexpr std::string_view kPositive[] = {"article", "body", "content", "entry", "hentry", "main", "post",
                                          "story", "text", "blog", "page", "prose"};

bool ContainsAny(std::string_view s, const std::string_view* words, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (s.find(words[i]) != std::string_view::npos) return true;
  return false;
}

bool HasToken(std::string_view s, std::string_view token) {
  size_t pos = 0;
  while ((pos = s.find(token, pos)) != std::string_view::npos) {
    bool left = pos == 0 || !std::isalnum(static_cast<unsigned char>(s[pos - 1]));
    size_t end = pos + token.size();
    bool right = end == s.size() || !std::isalnum(static_cast<unsigned char>(s[end]));
    if (left && right) return true;
    pos = end;
  }
  return false;
}

const char* AttrValue(const xmlAttr* a) {
  if (a->children == nullptr || a->children->content == nullptr) return "";
  return reinterpret_cast<const char*>(a->children->content);
}

bool IEquals(const xmlChar* a, const char* b) {
  return strcasecmp(reinterpret_cast<const char*>(a), b) == 0;
}

enum Hint : uint8_t { kNoHint = 0, kWeakHint = 1, kStrongHint = 2 };

struct Elem {
  xmlNode* node = nullptr;
  int32_t parent = -1;
  int32_t end = 0;  // one past the last descendant (pre-order)
  uint8_t tag = kOther;
  int8_t weight = 0;  // class/id weight: -25, 0 or +25
  uint8_t hint = kNoHint;
  bool hidden = false;
  bool structural_negative = false;  // nav, aside, footer, header, figure, figcaption
  bool removed = false;
  bool block = false;  // block-level tag
  bool has_block_child = false;
  bool scored = false;
  bool cond_removed = false;
  bool kept = false;
  bool article_body = false;  // itemprop=articleBody
  uint32_t raw_text = 0;      // pass 1: all text chars under it
  uint32_t raw_links = 0;     // pass 1: of which inside links
  uint32_t p_chars = 0;       // pass 1: chars inside <p> elements under it
  // pass 2 (after pruning), subtree totals:
  uint32_t text = 0, links = 0, commas = 0, p_count = 0, li_count = 0, img_count = 0, input_count = 0,
           embed_count = 0;
  uint32_t items = 0, linked_items = 0;  // <li> children, and those holding a link
  float score = 0;
};

struct Block {
  int32_t owner;
  uint32_t start, len;  // range in the text buffer
  uint32_t chars, links, commas;
};

}  // namespace

struct ContentExtractor::State {
  std::vector<Elem> elems;
  std::vector<Block> blocks;
  std::string text;
  std::string attr_buf;
  std::vector<int32_t> stack;
  std::vector<int32_t> candidates;
};

ContentExtractor::ContentExtractor(ContentExtractorOptions options) : options_(options), state_(new State) {}
ContentExtractor::~ContentExtractor() { delete state_; }

namespace {

// Generic iterative pre-order walk over `start`'s subtree. enter(n) returns whether to
// descend into n's children; leave(n) is called for every node after its subtree.
template <typename Enter, typename Leave>
void Walk(xmlNode* start, Enter&& enter, Leave&& leave) {
  xmlNode* n = start;
  while (true) {
    if (enter(n) && n->children != nullptr) {
      n = n->children;
      continue;
    }
    leave(n);
    while (n != start && n->next == nullptr) {
      n = n->parent;
      leave(n);
    }
    if (n == start) break;
    n = n->next;
  }
}

int32_t IndexOf(const xmlNode* n) {
  return n->_private ? static_cast<int32_t>(reinterpret_cast<intptr_t>(n->_private)) - 1 : -1;
}

void CountText(const char* s, uint32_t* chars, uint32_t* commas, bool* last_space) {
  for (const unsigned char* p = reinterpret_cast<const unsigned char*>(s); *p; ++p) {
    unsigned char c = *p;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      if (!*last_space) {
        ++*chars;
        *last_space = true;
      }
      continue;
    }
    *last_space = false;
    if ((c & 0xC0) != 0x80) ++*chars;
    if (c == ',') ++*commas;
    else if (c == 0xEF && p[1] == 0xBC && p[2] == 0x8C) ++*commas;  // fullwidth comma
    else if (c == 0xE3 && p[1] == 0x80 && p[2] == 0x81) ++*commas;  // ideographic comma
    else if (c == 0xD8 && p[1] == 0x8C) ++*commas;                  // Arabic comma
  }
}

struct Pass1Result {
  int32_t body = -1;
};

// Pass 1: one Elem per element that can hold article text, with tag, class/id hints,
// visibility and raw text statistics.
Pass1Result BuildElements(xmlNode* root, std::vector<Elem>* elems, std::string* attr_buf,
                          std::vector<int32_t>* stack) {
  Pass1Result result;
  elems->clear();
  stack->clear();
  int link_depth = 0;
  Walk(
      root,
      [&](xmlNode* n) -> bool {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
          if (!stack->empty() && n->content) {
            uint32_t chars = 0, commas = 0;
            bool last_space = true;
            CountText(reinterpret_cast<const char*>(n->content), &chars, &commas, &last_space);
            (*elems)[stack->back()].raw_text += chars;
            if (link_depth > 0) (*elems)[stack->back()].raw_links += chars;
          }
          return false;
        }
        if (n->type != XML_ELEMENT_NODE) return false;
        TagTraits traits = LookupTag(n->name);
        n->_private = nullptr;
        if (traits.tag == kJunk || traits.tag == kImg || traits.tag == kInput || traits.tag == kEmbed) return false;
        Elem e;
        e.node = n;
        e.parent = stack->empty() ? -1 : stack->back();
        e.tag = traits.tag;
        e.block = traits.block;
        e.structural_negative = traits.tag == kNav || traits.tag == kAside || traits.tag == kFooter ||
                                traits.tag == kHeader || traits.tag == kFigure || traits.tag == kFigcaption;
        attr_buf->clear();
        for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
          const xmlChar* name = a->name;
          if (IEquals(name, "class") || IEquals(name, "id")) {
            attr_buf->push_back(' ');
            attr_buf->append(AttrValue(a));
          } else if (IEquals(name, "style")) {
            std::string style = AsciiLower(AttrValue(a));
            style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
            if (style.find("display:none") != std::string::npos ||
                style.find("visibility:hidden") != std::string::npos)
              e.hidden = true;
          } else if (IEquals(name, "hidden")) {
            e.hidden = true;
          } else if (IEquals(name, "aria-hidden")) {
            if (strcasecmp(AttrValue(a), "true") == 0) e.hidden = true;
          } else if (IEquals(name, "itemprop")) {
            if (strcasecmp(AttrValue(a), "articleBody") == 0) e.article_body = true;
          } else if (IEquals(name, "role")) {
            std::string role = AsciiLower(AttrValue(a));
            if (role == "navigation" || role == "complementary" || role == "banner" || role == "contentinfo" ||
                role == "dialog" || role == "alert" || role == "menu" || role == "menubar")
              e.structural_negative = true;
          }
        }
        if (!attr_buf->empty()) {
          AsciiLowerInPlace(attr_buf);
          std::string_view s = *attr_buf;
          bool positive = ContainsAny(s, kPositive, std::size(kPositive));
          bool strong = ContainsAny(s, kStrongNegative, std::size(kStrongNegative));
          bool weak = !strong && (ContainsAny(s, kWeakNegative, std::size(kWeakNegative)));
          for (std::string_view t : kNegativeTokens) {
            if (HasToken(s, t)) {
              strong = true;
              break;
            }
          }
          e.hint = strong ? kStrongHint : (weak && !positive ? kWeakHint : kNoHint);
          e.weight = static_cast<int8_t>((positive ? 25 : 0) - (strong || weak ? 25 : 0));
        }
        if (e.article_body) e.weight = 25;
        int32_t idx = static_cast<int32_t>(elems->size());
        if (e.tag == kBody && result.body < 0) result.body = idx;
        if (traits.block && e.parent >= 0) (*elems)[e.parent].has_block_child = true;
        elems->push_back(e);
        n->_private = reinterpret_cast<void*>(static_cast<intptr_t>(idx) + 1);
        stack->push_back(idx);
        if (e.tag == kA) ++link_depth;
        return true;
      },
      [&](xmlNode* n) {
        if (n->type == XML_ELEMENT_NODE && IndexOf(n) >= 0) {
          int32_t idx = stack->back();
          stack->pop_back();
          if ((*elems)[idx].tag == kA) --link_depth;
          (*elems)[idx].end = static_cast<int32_t>(elems->size());
        }
      });
  // Bottom-up totals: children come after their parent in pre-order.
  for (size_t i = elems->size(); i-- > 0;) {
    Elem& e = (*elems)[i];
    if (e.tag == kP) e.p_chars = e.raw_text;
    if (e.parent >= 0) {
      (*elems)[e.parent].raw_text += e.raw_text;
      (*elems)[e.parent].raw_links += e.raw_links;
      (*elems)[e.parent].p_chars += e.p_chars;
    }
  }
  return result;
}

// Decides which elements are pruned before scoring. `use_hints`: class/id and structural
// hints apply (the relaxed retry turns them off; hidden elements stay pruned).
void Prune(std::vector<Elem>* elems, int32_t body, bool use_hints) {
  const Elem* page = body >= 0 ? &(*elems)[body] : (elems->empty() ? nullptr : &(*elems)[0]);
  uint32_t page_p_chars = page ? page->p_chars : 0;
  uint32_t page_prose = page ? page->raw_text - page->raw_links : 0;
  for (Elem& e : *elems) {
    e.removed = false;
    if (e.parent >= 0 && (*elems)[e.parent].removed) {
      e.removed = true;
      continue;
    }
    if (e.tag == kHtml || e.tag == kBody) continue;
    if (e.hidden) {
      e.removed = true;
      continue;
    }
    if (!use_hints) continue;
    bool candidate_for_removal = e.hint == kStrongHint || e.hint == kWeakHint || e.structural_negative;
    if (!candidate_for_removal || e.article_body) continue;
    // Guard: a container holding most of the page's paragraph text is the article, whatever
    // its class says ("article-body has-comments", a page wrapped in <header>).
    // Pages without <p> (text in divs and <br>s) are judged on their unlinked text.
    uint32_t prose = e.raw_text - e.raw_links;
    bool holds_article = (e.p_chars >= 400 && e.p_chars * 2 >= page_p_chars) ||
                         (prose >= 500 && prose * 10 >= page_prose * 6);
    if (!holds_article) e.removed = true;
  }
}

// Pass 2: text blocks of the pruned tree and subtree statistics.
void BuildBlocks(xmlNode* root, std::vector<Elem>* elems, std::vector<Block>* blocks, std::string* text,
                 std::vector<int32_t>* stack) {
  blocks->clear();
  text->clear();
  stack->clear();
  for (Elem& e : *elems) {
    e.text = e.links = e.commas = e.p_count = e.li_count = e.img_count = e.input_count = e.embed_count = 0;
    e.items = e.linked_items = 0;
    e.score = 0;
    e.scored = false;
    e.cond_removed = false;
    e.kept = false;
  }
  int link_depth = 0;
  int32_t owner = -1;  // innermost block-level element
  std::vector<int32_t> owners;
  Block cur{-1, 0, 0, 0, 0, 0};
  bool last_space = true;
  auto flush = [&]() {
    // trim the trailing space
    if (cur.len > 0 && (*text)[cur.start + cur.len - 1] == ' ') {
      --cur.len;
      --cur.chars;
      text->pop_back();
    }
    if (cur.chars > 0 && owner >= 0) {
      cur.owner = owner;
      blocks->push_back(cur);
      Elem& o = (*elems)[owner];
      o.text += cur.chars;
      o.links += cur.links;
      o.commas += cur.commas;
    } else {
      text->resize(cur.start);
    }
    cur = Block{-1, static_cast<uint32_t>(text->size()), 0, 0, 0, 0};
    last_space = true;
  };
  cur.start = 0;
  Walk(
      root,
      [&](xmlNode* n) -> bool {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
          if (!n->content) return false;
          uint32_t chars = 0, commas = 0;
          size_t before = text->size();
          // Append with whitespace collapsed, counting code points and commas.
          for (const unsigned char* p = n->content; *p; ++p) {
            unsigned char c = *p;
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
              if (!last_space) {
                text->push_back(' ');
                last_space = true;
                ++chars;
              }
              continue;
            }
            last_space = false;
            text->push_back(static_cast<char>(c));
            if ((c & 0xC0) != 0x80) ++chars;
            if (c == ',') ++commas;
            else if (c == 0xEF && p[1] == 0xBC && p[2] == 0x8C) ++commas;  // fullwidth comma
            else if (c == 0xE3 && p[1] == 0x80 && p[2] == 0x81) ++commas;  // ideographic comma
            else if (c == 0xD8 && p[1] == 0x8C) ++commas;                  // Arabic comma
          }
          cur.len += static_cast<uint32_t>(text->size() - before);
          cur.chars += chars;
          cur.commas += commas;
          if (link_depth > 0) cur.links += chars;
          return false;
        }
        if (n->type != XML_ELEMENT_NODE) return false;
        int32_t idx = IndexOf(n);
        if (idx < 0) {
          // Junk, images, inputs, embeds: counted, never descended.
          if (!stack->empty()) {
            TagTraits t = LookupTag(n->name);
            Elem& p = (*elems)[stack->back()];
            if (t.tag == kImg) ++p.img_count;
            else if (t.tag == kInput) ++p.input_count;
            else if (t.tag == kEmbed) ++p.embed_count;
          }
          return false;
        }
        Elem& e = (*elems)[idx];
        if (e.removed) return false;
        if (e.tag == kBr) {
          flush();
          return false;
        }
        if (e.block) {
          flush();
          owners.push_back(owner);
          owner = idx;
        }
        if (e.tag == kA) ++link_depth;
        if (e.parent >= 0) {
          if (e.tag == kP) ++(*elems)[e.parent].p_count;
          if (e.tag == kLi) ++(*elems)[e.parent].li_count;
        }
        stack->push_back(idx);
        return true;
      },
      [&](xmlNode* n) {
        if (n->type != XML_ELEMENT_NODE) return;
        int32_t idx = IndexOf(n);
        if (idx < 0 || stack->empty() || stack->back() != idx) return;
        stack->pop_back();
        Elem& e = (*elems)[idx];
        if (e.tag == kA) --link_depth;
        if (owner == idx) {
          flush();
          owner = owners.back();
          owners.pop_back();
        }
      });
  flush();
  for (size_t i = elems->size(); i-- > 0;) {
    Elem& e = (*elems)[i];
    if (e.removed || e.parent < 0) continue;
    Elem& p = (*elems)[e.parent];
    p.text += e.text;
    p.links += e.links;
    p.commas += e.commas;
    p.p_count += e.p_count;
    p.li_count += e.li_count;
    p.img_count += e.img_count;
    p.input_count += e.input_count;
    p.embed_count += e.embed_count;
  }
  for (Elem& e : *elems) {
    if (e.removed || e.tag != kLi || e.parent < 0) continue;
    Elem& list = (*elems)[e.parent];
    ++list.items;
    if (e.links > 0) ++list.linked_items;
  }
}

float TagBaseScore(uint8_t tag) {
  switch (tag) {
    case kDiv: case kArticle: case kMain: case kSection: return 5;
    case kPre: case kTd: case kBlockquote: return 3;
    case kAddress: case kOl: case kUl: case kDl: case kDd: case kDt: case kLi: case kForm: return -3;
    case kH1: case kH2: case kH3: case kH4: case kH5: case kH6: case kTh: return -5;
    default: return 0;
  }
}

double LinkDensity(const Elem& e) { return e.text == 0 ? 0.0 : static_cast<double>(e.links) / e.text; }

bool IsAncestor(const std::vector<Elem>& elems, int32_t a, int32_t d) {
  return d > a && d < elems[a].end;
}

struct Selection {
  std::vector<int32_t> roots;
};

// Scores candidates and picks the article's container(s).
Selection SelectContent(std::vector<Elem>* elems_ptr, const std::vector<Block>& blocks, const std::string& text,
                        int32_t body,
                        std::vector<int32_t>* candidates) {
  std::vector<Elem>& elems = *elems_ptr;
  candidates->clear();
  auto init = [&](int32_t i) {
    Elem& e = elems[i];
    if (e.scored) return;
    e.scored = true;
    e.score = TagBaseScore(e.tag) + e.weight;
    candidates->push_back(i);
  };
  for (const Block& b : blocks) {
    if (b.chars < 25) continue;
    const Elem& o = elems[b.owner];
    if (o.tag == kLi || o.tag == kDt || o.tag == kTh || IsHeading(o.tag) || o.tag == kFigcaption ||
        o.tag == kCaption || o.tag == kAddress || o.tag == kTr || o.tag == kUl || o.tag == kOl)
      continue;
    float score = 1.0f + b.commas + std::min(b.chars / 100u, 3u);
    bool paragraph = IsParagraphLike(o.tag) || ((o.tag == kDiv || o.tag == kSection || o.tag == kCenter) &&
                                                !o.has_block_child);
    int32_t start = paragraph ? o.parent : b.owner;
    int level = 0;
    for (int32_t a = start; a >= 0 && level < 5; a = elems[a].parent, ++level) {
      if (elems[a].tag == kHtml) break;
      init(a);
      float divider = level == 0 ? 1.0f : (level == 1 ? 2.0f : level * 3.0f);
      elems[a].score += score / divider;
    }
  }
  Selection sel;
  if (candidates->empty()) {
    if (body >= 0) sel.roots.push_back(body);
    return sel;
  }
  for (int32_t c : *candidates) elems[c].score *= static_cast<float>(1.0 - LinkDensity(elems[c]));

  // Top five candidates.
  std::vector<int32_t> top(*candidates);
  size_t k = std::min<size_t>(5, top.size());
  std::partial_sort(top.begin(), top.begin() + k, top.end(),
                    [&](int32_t a, int32_t b) { return elems[a].score > elems[b].score; });
  top.resize(k);
  int32_t best = top[0];

  // Several strong candidates under one ancestor: the ancestor is the article.
  std::vector<int32_t> alternatives;
  for (size_t i = 1; i < top.size(); ++i)
    if (elems[top[i]].score >= 0.75f * elems[best].score) alternatives.push_back(top[i]);
  if (alternatives.size() >= 3) {
    for (int32_t p = elems[best].parent; p >= 0 && elems[p].tag != kBody && elems[p].tag != kHtml;
         p = elems[p].parent) {
      int containing = 0;
      for (int32_t alt : alternatives)
        if (IsAncestor(elems, p, alt)) ++containing;
      if (containing >= 3) {
        best = p;
        break;
      }
    }
  }
  if (!elems[best].scored) {
    elems[best].scored = true;
    elems[best].score = TagBaseScore(elems[best].tag) + elems[best].weight;
  }
  // Climb while the parent scores higher (the body is split over sibling containers).
  {
    float last = elems[best].score;
    float threshold = last / 3;
    for (int32_t p = elems[best].parent; p >= 0 && elems[p].tag != kBody && elems[p].tag != kHtml;
         p = elems[p].parent) {
      if (!elems[p].scored) continue;
      if (elems[p].score < threshold) break;
      if (elems[p].score > last) {
        best = p;
        break;
      }
      last = elems[p].score;
    }
  }
  // A lone child is the same container as its parent.
  while (true) {
    int32_t p = elems[best].parent;
    if (p < 0 || elems[p].tag == kBody || elems[p].tag == kHtml) break;
    int children = 0;
    for (xmlNode* c = elems[p].node->children; c != nullptr; c = c->next)
      if (c->type == XML_ELEMENT_NODE && IndexOf(c) >= 0 && !elems[IndexOf(c)].removed) ++children;
    if (children != 1) break;
    best = p;
  }

  // Siblings that continue the article.
  int32_t parent = elems[best].parent;
  if (parent < 0) {
    sel.roots.push_back(best);
    return sel;
  }
  float threshold = std::max(10.0f, elems[best].score * 0.2f);
  const char* best_class = nullptr;
  for (const xmlAttr* a = elems[best].node->properties; a; a = a->next)
    if (IEquals(a->name, "class")) best_class = AttrValue(a);
  for (xmlNode* c = elems[parent].node->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    int32_t i = IndexOf(c);
    if (i < 0 || elems[i].removed) continue;
    if (i == best) {
      sel.roots.push_back(i);
      continue;
    }
    const Elem& s = elems[i];
    float bonus = 0;
    if (best_class && *best_class) {
      for (const xmlAttr* a = c->properties; a; a = a->next)
        if (IEquals(a->name, "class") && strcmp(AttrValue(a), best_class) == 0) bonus = elems[best].score * 0.2f;
    }
    bool append = false;
    if (s.scored && s.score + bonus >= threshold) {
      append = true;
    } else if (s.tag == kP) {
      double ld = LinkDensity(s);
      if (s.text > 80 && ld < 0.25) append = true;
      else if (s.text > 0 && s.text <= 80 && ld == 0) {
        // a short paragraph that is a sentence
        for (const Block& b : blocks) {
          if (b.owner != i) continue;
          std::string_view t(text.data() + b.start, b.len);
          if (t.find(". ") != std::string_view::npos || (!t.empty() && t.back() == '.')) append = true;
        }
      }
    }
    if (append) sel.roots.push_back(i);
  }
  return sel;
}

// Readability's conditional cleaning: inside the article, drops containers that look like
// link lists, galleries, forms or embeds. Processes descendants before ancestors and
// subtracts what it removes so outer containers are judged on what remains.
void CleanConditionally(std::vector<Elem>* elems_ptr, const Selection& sel) {
  std::vector<Elem>& elems = *elems_ptr;
  struct Removed {
    uint32_t text = 0, links = 0, commas = 0, p_count = 0, li_count = 0, img_count = 0, input_count = 0,
             embed_count = 0;
    void Add(const Removed& o) {
      text += o.text;
      links += o.links;
      commas += o.commas;
      p_count += o.p_count;
      li_count += o.li_count;
      img_count += o.img_count;
      input_count += o.input_count;
      embed_count += o.embed_count;
    }
  };
  for (int32_t root : sel.roots) {
    // What descendants already removed take away from each element, filled bottom-up: in
    // reverse pre-order every descendant is seen before its ancestors. Linear in the
    // subtree size whatever its depth.
    const int32_t begin = root, end = elems[root].end;
    std::vector<Removed> removed(static_cast<size_t>(end - begin));
    std::vector<uint8_t> in_figure(static_cast<size_t>(end - begin), 0);
    for (int32_t i = begin + 1; i < end; ++i) {
      int32_t p = elems[i].parent;
      in_figure[i - begin] = elems[i].tag == kFigure || (p > begin && in_figure[p - begin]);
    }
    for (int32_t i = end - 1; i > begin; --i) {
      Elem& e = elems[i];
      Removed& gone = removed[i - begin];
      if (e.removed) continue;
      // Statistics of what remains of e.
      Elem rest = e;
      rest.text -= std::min(rest.text, gone.text);
      rest.links -= std::min(rest.links, gone.links);
      rest.commas -= std::min(rest.commas, gone.commas);
      rest.p_count -= std::min(rest.p_count, gone.p_count);
      rest.li_count -= std::min(rest.li_count, gone.li_count);
      rest.img_count -= std::min(rest.img_count, gone.img_count);
      rest.input_count -= std::min(rest.input_count, gone.input_count);
      rest.embed_count -= std::min(rest.embed_count, gone.embed_count);
      bool eligible = e.tag == kDiv || e.tag == kSection || e.tag == kTable || e.tag == kUl || e.tag == kOl ||
                      e.tag == kForm || e.tag == kFieldset || e.tag == kAside;
      bool remove = false;
      if (eligible) {
        bool is_list = e.tag == kUl || e.tag == kOl;
        float weight = e.weight;
        if (weight + (e.scored ? e.score : 0) < 0) {
          remove = true;
        } else if (rest.commas < 10) {
          double ld = LinkDensity(rest);
          uint32_t p = rest.p_count, img = rest.img_count, li = rest.li_count > 100 ? rest.li_count - 100 : 0;
          uint32_t content = rest.text;
          bool fig = in_figure[i - begin];
          if (img > 1 && p * 2 < img && !fig) remove = true;
          else if (!is_list && li > p) remove = true;
          else if (rest.input_count > p / 3 && rest.input_count > 0) remove = true;
          else if (!is_list && content < 25 && (img == 0 || img > 2) && !fig) remove = true;
          else if (!is_list && weight < 25 && ld > 0.2) remove = true;
          else if (weight >= 25 && ld > 0.5) remove = true;
          else if ((rest.embed_count == 1 && content < 75) || rest.embed_count > 1) remove = true;
          if (is_list && ld > 0.5) remove = true;
          // "More stories" lists: every item carries a link ("Could an astronaut <a>use
          // gravity</a>?"), even when each item is only partly linked.
          if (is_list && e.items >= 3 && e.linked_items == e.items && ld > 0.3) remove = true;
        }
      }
      if (remove) {
        e.cond_removed = true;
        gone = Removed{e.text, e.links, e.commas, e.p_count, e.li_count, e.img_count, e.input_count, e.embed_count};
      }
      if (e.parent > begin) removed[e.parent - begin].Add(gone);
    }
  }
}

bool EndsLikeSentence(std::string_view t) {
  while (!t.empty() && (t.back() == ' ' || t.back() == '"' || t.back() == '\'' || t.back() == ')')) t.remove_suffix(1);
  if (t.size() >= 3) {
    std::string_view tail = t.substr(t.size() - 3);
    if (tail == "\xE2\x80\x9D" || tail == "\xE2\x80\x99") t.remove_suffix(3);  // closing curly quotes
  }
  if (t.empty()) return false;
  char c = t.back();
  return c == '.' || c == '!' || c == '?' || (t.size() >= 3 && t.substr(t.size() - 3) == "\xE3\x80\x82");
}

struct Emitted {
  std::vector<std::string> paragraphs;
  size_t chars = 0;
};

Emitted Emit(std::vector<Elem>* elems_ptr, const std::vector<Block>& blocks, const std::string& text,
             const Selection& sel, std::string_view title_norm, double max_link_density) {
  std::vector<Elem>& elems = *elems_ptr;
  for (Elem& e : elems) e.kept = false;
  for (int32_t root : sel.roots) {
    elems[root].kept = !elems[root].cond_removed;
    for (int32_t i = root + 1; i < elems[root].end; ++i)
      elems[i].kept = !elems[i].removed && !elems[i].cond_removed && elems[elems[i].parent].kept;
  }
  Emitted out;
  for (const Block& b : blocks) {
    const Elem& o = elems[b.owner];
    if (!o.kept) continue;
    if (o.tag == kH1) continue;
    std::string_view t(text.data() + b.start, b.len);
    // Link-heavy blocks are menus and "related" teasers, unless they read as a sentence
    // whose named entities are linked ("<a>Van Der Beek</a> was eliminated from <a>...</a>.").
    if (b.links * 1.0 > max_link_density * b.chars && (b.links * 1.0 > 0.8 * b.chars || !EndsLikeSentence(t)))
      continue;
    if (!title_norm.empty() && b.chars < 300) {
      std::string norm = NormalizeForCompare(t);
      if (!norm.empty() && (norm == title_norm || (norm.size() >= 20 && title_norm.find(norm) != std::string::npos)))
        continue;
    }
    if (!HasLetterOrDigit(t)) continue;
    out.paragraphs.push_back(CollapseWhitespace(t));
    out.chars += b.chars;
  }
  return out;
}

// A short line at the top of a body that is page furniture, not prose: "Updated 3:27 am PST,
// Wednesday, November 20, 2019", "Jane Doe | Bloomberg | Getty Images", "By Jane Doe".
bool LooksLikeLeadingMetadata(std::string_view p) {
  if (CountCodePoints(p) >= 80 || p.empty()) return false;
  char last = p.back();
  if (last == '.' || last == '!' || last == '?' || last == '"') return false;
  if (p.find(" | ") != std::string_view::npos) return true;
  for (std::string_view w : {"Updated", "Published", "Posted", "Last updated", "By ", "Photo", "Image", "Credit"})
    if (StartsWith(p, w)) return true;
  return !FindDateInText(p, 80).empty();
}

// Share of the word trigrams of `reference` that also occur in `paragraphs`: how much of the
// publisher's own body the DOM heuristics found.
double SharedTrigramShare(std::string_view reference, const std::vector<std::string>& paragraphs) {
  auto trigrams = [](const std::vector<std::string>& words, std::unordered_set<std::string>* out) {
    for (size_t i = 0; i + 2 < words.size(); ++i) out->insert(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
  };
  std::unordered_set<std::string> ref, found;
  trigrams(Words(reference), &ref);
  if (ref.empty()) return 1.0;
  for (const auto& p : paragraphs) trigrams(Words(p), &found);
  size_t shared = 0;
  for (const auto& t : ref) shared += found.count(t);
  return static_cast<double>(shared) / ref.size();
}

}  // namespace

Status ContentExtractor::Extract(const HtmlDocument& doc, const ContentHints& hints, ExtractedContent* out) {
  *out = ExtractedContent{};
  xmlNode* root = doc.root();
  if (root == nullptr) return Status::InvalidInput("the page has no markup content");
  State& st = *state_;
  Pass1Result p1 = BuildElements(root, &st.elems, &st.attr_buf, &st.stack);
  if (st.elems.empty()) return Status::InvalidInput("the page has no elements");
  std::string title_norm = NormalizeForCompare(hints.title);

  auto run = [&](bool strict, Emitted* result) {
    Prune(&st.elems, p1.body, strict);
    BuildBlocks(root, &st.elems, &st.blocks, &st.text, &st.stack);
    Selection sel = SelectContent(&st.elems, st.blocks, st.text, p1.body, &st.candidates);
    if (strict) CleanConditionally(&st.elems, sel);
    *result = Emit(&st.elems, st.blocks, st.text, sel, title_norm, options_.max_block_link_density);
  };

  Emitted best;
  run(true, &best);
  out->method = "scored";
  if (best.chars < options_.min_article_chars) {
    Emitted relaxed;
    run(false, &relaxed);
    if (relaxed.chars > best.chars) {
      best = std::move(relaxed);
      out->method = "relaxed";
    }
  }
  // Page furniture that sits on top of the first paragraph inside the article container.
  {
    size_t drop = 0;
    while (drop < best.paragraphs.size() && drop < 3 && LooksLikeLeadingMetadata(best.paragraphs[drop])) ++drop;
    if (drop > 0 && drop < best.paragraphs.size()) {
      for (size_t i = 0; i < drop; ++i) best.chars -= std::min(best.chars, CountCodePoints(best.paragraphs[i]));
      best.paragraphs.erase(best.paragraphs.begin(), best.paragraphs.begin() + static_cast<std::ptrdiff_t>(drop));
    }
  }
  // JSON-LD articleBody: the publisher's own statement of the body. Used when the DOM
  // heuristics found much less than it (paywalled or script-rendered pages), or something
  // else entirely (under a fifth of its word trigrams).
  if (!hints.json_ld_body.empty()) {
    std::vector<std::string> ld_paragraphs = SplitParagraphs(hints.json_ld_body);
    size_t ld_chars = 0;
    for (const auto& p : ld_paragraphs) ld_chars += CountCodePoints(p);
    if (ld_chars >= 200 && (best.chars * 2 < ld_chars || (ld_chars >= 500 && SharedTrigramShare(hints.json_ld_body, best.paragraphs) < 0.2))) {
      best.paragraphs = std::move(ld_paragraphs);
      best.chars = ld_chars;
      out->method = "json-ld";
    }
  }
  // Clear the back-pointers: the document may be walked again by others.
  for (const Elem& e : st.elems) e.node->_private = nullptr;
  if (best.chars == 0) return Status::InvalidInput("no article text found in the page");
  out->paragraphs = std::move(best.paragraphs);
  out->chars = best.chars;
  return Status::Ok();
}

}  // namespace tidings::clean

// Phases 1 and 2 of main-content extraction: the flat element list with class/id hints,
// pruning, and the text blocks of what remains (content_model.h).
#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

#include "clean/content_model.h"
#include "clean/text_util.h"

namespace tidings::clean::content {
namespace {

struct TagTraits {
  Tag tag;
  bool block;
};

// The traits of each HtmlTag the cleaner tells apart; any other tag is kOther, inline.
TagTraits LookupTag(HtmlTag tag) {
  static const auto* const by_tag = [] {
    const std::pair<HtmlTag, TagTraits> kTraits[] = {
      {kTagA, {kA, false}}, {kTagArticle, {kArticle, true}}, {kTagBlockquote, {kBlockquote, true}},
      {kTagBody, {kBody, true}}, {kTagBr, {kBr, false}}, {kTagCenter, {kCenter, true}}, {kTagDd, {kDd, true}},
      {kTagDiv, {kDiv, true}}, {kTagDl, {kDl, true}}, {kTagDt, {kDt, true}}, {kTagFieldset, {kFieldset, true}},
      {kTagForm, {kForm, true}}, {kTagH1, {kH1, true}}, {kTagH2, {kH2, true}}, {kTagH3, {kH3, true}},
      {kTagH4, {kH4, true}}, {kTagH5, {kH5, true}}, {kTagH6, {kH6, true}}, {kTagHtml, {kHtml, true}},
      {kTagLi, {kLi, true}}, {kTagMain, {kMain, true}}, {kTagOl, {kOl, true}}, {kTagP, {kP, true}},
      {kTagPre, {kPre, true}}, {kTagSection, {kSection, true}}, {kTagTable, {kTable, true}}, {kTagTd, {kTd, true}},
      {kTagTh, {kTh, true}}, {kTagTr, {kTr, true}}, {kTagUl, {kUl, true}}, {kTagNav, {kNav, true}},
      {kTagAside, {kAside, true}}, {kTagFooter, {kFooter, true}}, {kTagHeader, {kHeader, true}},
      {kTagFigure, {kFigure, true}}, {kTagFigcaption, {kFigcaption, true}}, {kTagAddress, {kAddress, true}},
      {kTagCaption, {kCaption, true}}, {kTagTbody, {kTbody, true}}, {kTagThead, {kTbody, true}},
      {kTagTfoot, {kTbody, true}}, {kTagHgroup, {kBlockOther, true}}, {kTagDetails, {kBlockOther, true}},
      {kTagSummary, {kBlockOther, true}}, {kTagHr, {kBlockOther, true}}, {kTagLegend, {kBlockOther, true}},
      {kTagDir, {kBlockOther, true}}, {kTagImg, {kImg, false}}, {kTagInput, {kInput, false}},
      {kTagEmbed, {kEmbed, false}}, {kTagIframe, {kEmbed, false}}, {kTagObject, {kEmbed, false}},
      {kTagVideo, {kEmbed, false}}, {kTagAudio, {kEmbed, false}},
      // Never text of an article: not descended into.
      {kTagScript, {kJunk, false}}, {kTagStyle, {kJunk, false}}, {kTagNoscript, {kJunk, false}},
      {kTagTemplate, {kJunk, false}}, {kTagSvg, {kJunk, false}}, {kTagMath, {kJunk, false}},
      {kTagCanvas, {kJunk, false}}, {kTagButton, {kJunk, false}}, {kTagSelect, {kJunk, false}},
      {kTagTextarea, {kJunk, false}}, {kTagOption, {kJunk, false}}, {kTagOptgroup, {kJunk, false}},
      {kTagLabel, {kJunk, false}}, {kTagHead, {kJunk, false}}, {kTagTitle, {kJunk, false}},
      {kTagMeta, {kJunk, false}}, {kTagLink, {kJunk, false}}, {kTagPicture, {kJunk, false}},
      {kTagMap, {kJunk, false}}, {kTagDialog, {kJunk, false}}, {kTagMenu, {kJunk, false}},
      {kTagSource, {kJunk, false}}, {kTagTrack, {kJunk, false}}, {kTagFrameset, {kJunk, false}},
      {kTagFrame, {kJunk, false}}, {kTagApplet, {kJunk, false}}, {kTagDatalist, {kJunk, false}},
      {kTagOutput, {kJunk, false}}, {kTagProgress, {kJunk, false}}, {kTagMeter, {kJunk, false}},
      {kTagParam, {kJunk, false}}, {kTagArea, {kJunk, false}}, {kTagWbr, {kOther, false}},
    };
    auto* t = new std::vector<TagTraits>(kTagCount, TagTraits{kOther, false});
    for (const auto& [html_tag, traits] : kTraits) (*t)[html_tag] = traits;
    return t;
  }();
  return (*by_tag)[tag];
}



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

// Which of the three vocabularies have a word inside `s`, in one pass over it: at each
// position only the words starting with that byte are compared (a find() per word was ~70
// passes over every class string, a tenth of the cleaner's time on pages with long utility
// class lists).
enum VocabularyBit : unsigned { kPositiveBit = 1, kStrongBit = 2, kWeakBit = 4 };

class VocabularyMatcher {
 public:
  VocabularyMatcher() {
    Add(kPositive, std::size(kPositive), kPositiveBit);
    Add(kStrongNegative, std::size(kStrongNegative), kStrongBit);
    Add(kWeakNegative, std::size(kWeakNegative), kWeakBit);
  }
  unsigned Hits(std::string_view s) const {
    unsigned hits = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      for (const Word& w : by_first_[static_cast<unsigned char>(s[i])]) {
        if ((hits & w.bit) == 0 && s.size() - i >= w.text.size() && SameTail(s.data() + i, w.text)) {
          hits |= w.bit;
          if (hits == (kPositiveBit | kStrongBit | kWeakBit)) return hits;
        }
      }
    }
    return hits;
  }

 private:
  struct Word {
    std::string_view text;  // not empty
    unsigned bit;
  };
  // Whether `at` continues with the bytes of `word` after its first (words are short: a
  // loop, not a call to memcmp).
  static bool SameTail(const char* at, std::string_view word) {
    for (size_t k = 1; k < word.size(); ++k)
      if (at[k] != word[k]) return false;
    return true;
  }
  void Add(const std::string_view* words, size_t n, unsigned bit) {
    for (size_t i = 0; i < n; ++i) by_first_[static_cast<unsigned char>(words[i][0])].push_back({words[i], bit});
  }
  std::vector<Word> by_first_[256];
};

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

// What an element's lowercased " class id" string says of it.
struct ClassHint {
  uint8_t hint = kNoHint;
  int8_t weight = 0;
};
ClassHint JudgeClassAndId(std::string_view s) {
  static const VocabularyMatcher* const matcher = new VocabularyMatcher();
  const unsigned hits = matcher->Hits(s);
  const bool positive = (hits & kPositiveBit) != 0;
  bool strong = (hits & kStrongBit) != 0;
  const bool weak = !strong && (hits & kWeakBit) != 0;
  for (std::string_view t : kNegativeTokens) {
    if (HasToken(s, t)) {
      strong = true;
      break;
    }
  }
  return {static_cast<uint8_t>(strong ? kStrongHint : (weak && !positive ? kWeakHint : kNoHint)),
          static_cast<int8_t>((positive ? 25 : 0) - (strong || weak ? 25 : 0))};
}

// Generic iterative pre-order walk over `start`'s subtree. enter(n) returns whether to
// descend into n's children; leave(n) is called for every node after its subtree.
template <typename Enter, typename Leave>
void Walk(const HtmlTree& tree, int32_t start, Enter&& enter, Leave&& leave) {
  int32_t n = start;
  while (true) {
    if (enter(n) && tree.node(n).first_child != HtmlTree::kNone) {
      n = tree.node(n).first_child;
      continue;
    }
    leave(n);
    while (n != start && tree.node(n).next_sibling == HtmlTree::kNone) {
      n = tree.node(n).parent;
      leave(n);
    }
    if (n == start) break;
    n = tree.node(n).next_sibling;
  }
}

bool IsText(const HtmlTree::Node& n) { return n.kind == HtmlTree::kText || n.kind == HtmlTree::kCData; }

// Whether the bytes at p (before end) are a comma other than ','.
inline bool WideComma(const unsigned char* p, const unsigned char* end) {
  const unsigned char c = *p;
  if (c == 0xEF) return end - p >= 3 && p[1] == 0xBC && p[2] == 0x8C;  // fullwidth comma
  if (c == 0xE3) return end - p >= 3 && p[1] == 0x80 && p[2] == 0x81;  // ideographic comma
  if (c == 0xD8) return end - p >= 2 && p[1] == 0x8C;                  // Arabic comma
  return false;
}

void CountText(std::string_view s, uint32_t* chars, uint32_t* commas, bool* last_space) {
  const unsigned char* end = reinterpret_cast<const unsigned char*>(s.data()) + s.size();
  for (const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data()); p != end; ++p) {
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
    if (c == ',' || WideComma(p, end)) ++*commas;
  }
}

}  // namespace

// Pass 1: one Elem per element that can hold article text, with tag, class/id hints,
// visibility and raw text statistics.
Pass1Result BuildElements(Page* page, int32_t root, std::vector<Elem>* elems, std::string* attr_buf,
                          std::vector<int32_t>* stack) {
  Pass1Result result;
  const HtmlTree& tree = *page->tree;
  page->elem_of.assign(tree.size(), -1);
  elems->clear();
  stack->clear();
  int link_depth = 0;
  std::unordered_map<std::string, ClassHint> class_hints;
  Walk(
      tree, root,
      [&](int32_t n) -> bool {
        const HtmlTree::Node& node = tree.node(n);
        if (IsText(node)) {
          if (!stack->empty()) {
            uint32_t chars = 0, commas = 0;
            bool last_space = true;
            CountText(tree.text(n), &chars, &commas, &last_space);
            (*elems)[stack->back()].raw_text += chars;
            if (link_depth > 0) (*elems)[stack->back()].raw_links += chars;
          }
          return false;
        }
        if (node.kind != HtmlTree::kElement) return false;
        TagTraits traits = LookupTag(node.tag);
        if (traits.tag == kJunk || traits.tag == kImg || traits.tag == kInput || traits.tag == kEmbed) return false;
        Elem e;
        e.node = n;
        e.parent = stack->empty() ? -1 : stack->back();
        e.tag = traits.tag;
        e.block = traits.block;
        e.structural_negative = traits.tag == kNav || traits.tag == kAside || traits.tag == kFooter ||
                                traits.tag == kHeader || traits.tag == kFigure || traits.tag == kFigcaption;
        attr_buf->clear();
        for (const HtmlTree::Attribute& a : tree.attributes(n)) {
          const HtmlAttr name = a.name;
          if (name == kAttrClass || name == kAttrId) {
            attr_buf->push_back(' ');
            attr_buf->append(tree.value(a));
          } else if (name == kAttrStyle) {
            std::string style = AsciiLower(tree.value(a));
            style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
            if (style.find("display:none") != std::string::npos ||
                style.find("visibility:hidden") != std::string::npos)
              e.hidden = true;
          } else if (name == kAttrHidden) {
            e.hidden = true;
          } else if (name == kAttrAriaHidden) {
            if (IEqualsLower(tree.value(a), "true")) e.hidden = true;
          } else if (name == kAttrItemprop) {
            if (IEqualsLower(tree.value(a), "articlebody")) e.article_body = true;
          } else if (name == kAttrRole) {
            std::string role = AsciiLower(tree.value(a));
            if (role == "navigation" || role == "complementary" || role == "banner" || role == "contentinfo" ||
                role == "dialog" || role == "alert" || role == "menu" || role == "menubar")
              e.structural_negative = true;
          }
        }
        if (!attr_buf->empty()) {
          AsciiLowerInPlace(attr_buf);
          // Pages repeat the same class strings thousands of times: each is judged once.
          auto [it, fresh] = class_hints.try_emplace(*attr_buf);
          if (fresh) it->second = JudgeClassAndId(*attr_buf);
          e.hint = it->second.hint;
          e.weight = it->second.weight;
        }
        if (e.article_body) e.weight = 25;
        int32_t idx = static_cast<int32_t>(elems->size());
        if (e.tag == kBody && result.body < 0) result.body = idx;
        if (traits.block && e.parent >= 0) (*elems)[e.parent].has_block_child = true;
        elems->push_back(e);
        page->elem_of[static_cast<size_t>(n)] = idx;
        stack->push_back(idx);
        if (e.tag == kA) ++link_depth;
        return true;
      },
      [&](int32_t n) {
        if (page->IndexOf(n) >= 0) {
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
void BuildBlocks(const Page& page, int32_t root, std::vector<Elem>* elems, std::vector<Block>* blocks,
                 std::string* text, std::vector<int32_t>* stack) {
  const HtmlTree& tree = *page.tree;
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
      tree, root,
      [&](int32_t n) -> bool {
        const HtmlTree::Node& node = tree.node(n);
        if (IsText(node)) {
          uint32_t chars = 0, commas = 0;
          size_t before = text->size();
          // Append with whitespace collapsed, counting code points and commas.
          const std::string_view content = tree.text(n);
          const unsigned char* end = reinterpret_cast<const unsigned char*>(content.data()) + content.size();
          for (const unsigned char* p = reinterpret_cast<const unsigned char*>(content.data()); p != end; ++p) {
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
            if (c == ',' || WideComma(p, end)) ++commas;
          }
          cur.len += static_cast<uint32_t>(text->size() - before);
          cur.chars += chars;
          cur.commas += commas;
          if (link_depth > 0) cur.links += chars;
          return false;
        }
        if (node.kind != HtmlTree::kElement) return false;
        int32_t idx = page.IndexOf(n);
        if (idx < 0) {
          // Junk, images, inputs, embeds: counted, never descended.
          if (!stack->empty()) {
            TagTraits t = LookupTag(node.tag);
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
      [&](int32_t n) {
        int32_t idx = page.IndexOf(n);
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

}  // namespace tidings::clean::content

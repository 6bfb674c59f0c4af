// Phase 3 of main-content extraction: Readability's candidate scoring, conditional cleaning
// and the emission of the kept blocks as paragraphs (content_model.h).
#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "clean/content_model.h"
#include "clean/text_util.h"

namespace tidings::clean::content {
namespace {

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

}  // namespace

// Scores candidates and picks the article's container(s).
Selection SelectContent(const Page& page, std::vector<Elem>* elems_ptr, const std::vector<Block>& blocks, const std::string& text,
                        int32_t body,
                        std::vector<int32_t>* candidates) {
  std::vector<Elem>& elems = *elems_ptr;
  const HtmlTree& tree = *page.tree;
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
    for (int32_t c = tree.node(elems[p].node).first_child; c != HtmlTree::kNone; c = tree.node(c).next_sibling)
      if (page.IndexOf(c) >= 0 && !elems[page.IndexOf(c)].removed) ++children;
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
  const std::string_view best_class = tree.attr(elems[best].node, kAttrClass);
  for (int32_t c = tree.node(elems[parent].node).first_child; c != HtmlTree::kNone; c = tree.node(c).next_sibling) {
    int32_t i = page.IndexOf(c);
    if (i < 0 || elems[i].removed) continue;
    if (i == best) {
      sel.roots.push_back(i);
      continue;
    }
    const Elem& s = elems[i];
    float bonus = 0;
    if (!best_class.empty() && tree.attr(c, kAttrClass) == best_class) bonus = elems[best].score * 0.2f;
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

}  // namespace tidings::clean::content

#include "clean/html_tree.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include <climits>
#include <cstring>
#include <unordered_map>

#include "clean/text_util.h"

namespace tidings::clean {
namespace {

constexpr std::string_view kTagNames[kTagCount] = {
    "", "a", "article", "blockquote", "body", "br", "center", "dd", "div", "dl", "dt", "fieldset", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "html", "li", "main", "ol", "p", "pre", "section", "table", "td", "th",
    "tr", "ul", "nav", "aside", "footer", "header", "figure", "figcaption", "address", "caption", "tbody",
    "thead", "tfoot", "hgroup", "details", "summary", "hr", "legend", "dir", "img", "input", "embed", "iframe",
    "object", "video", "audio", "script", "style", "noscript", "template", "svg", "math", "canvas", "button",
    "select", "textarea", "option", "optgroup", "label", "head", "title", "meta", "link", "picture", "map",
    "dialog", "menu", "source", "track", "frameset", "frame", "applet", "datalist", "output", "progress",
    "meter", "param", "area", "wbr", "time", "",
};

constexpr std::string_view kAttrNames[kAttrCount] = {
    "class", "id", "style", "hidden", "aria-hidden", "itemprop", "role", "lang", "xml:lang", "property",
    "name", "content", "datetime", "rel", "href", "type", "charset", "http-equiv",
};
constexpr uint8_t kNotKept = 0xFF;

uint8_t LookupAttr(std::string_view name) {
  for (uint8_t i = 0; i < kAttrCount; ++i)
    if (IEqualsLower(name, kAttrNames[i])) return i;
  return kNotKept;
}

const char* Chars(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

}  // namespace

std::string_view HtmlTagName(HtmlTag tag) { return tag < kTagCount ? kTagNames[tag] : std::string_view(); }

HtmlTag LookupHtmlTag(std::string_view name) {
  static const auto* const table = [] {
    auto* t = new std::unordered_map<std::string_view, HtmlTag>();
    for (int i = 1; i < kTagOtherHn; ++i) t->emplace(kTagNames[i], static_cast<HtmlTag>(i));
    return t;
  }();
  auto it = table->find(name);
  if (it != table->end()) return it->second;
  if (name.size() > 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') return kTagOtherHn;
  return kTagOther;
}

std::span<const std::string_view> HtmlAttrNames() { return kAttrNames; }

std::string_view HtmlTree::attr(int32_t element, HtmlAttr name) const {
  for (const Attribute& a : attributes(element))
    if (a.name == name) return value(a);
  return {};
}

// Receives the parser's SAX events and mirrors what libxml2's tree builder (SAX2.c, HTML
// mode) does with them. One builder per parse; not thread-safe.
class HtmlTreeBuilder {
 public:
  HtmlTreeBuilder(HtmlTree* tree, const HtmlTree::Options& options, htmlParserCtxtPtr ctxt)
      : t_(tree), options_(options), ctxt_(ctxt) {}

  static void StartElement(void* ctx, const xmlChar* name, const xmlChar** atts) {
    static_cast<HtmlTreeBuilder*>(ctx)->OnStart(name, atts);
  }
  static void EndElement(void* ctx, const xmlChar*) {
    auto* b = static_cast<HtmlTreeBuilder*>(ctx);
    if (!b->halted_ && !b->stack_.empty()) b->stack_.pop_back();
  }
  static void Characters(void* ctx, const xmlChar* ch, int len) {
    static_cast<HtmlTreeBuilder*>(ctx)->OnText(HtmlTree::kText, ch, len);
  }
  static void CDataBlock(void* ctx, const xmlChar* ch, int len) {
    static_cast<HtmlTreeBuilder*>(ctx)->OnText(HtmlTree::kCData, ch, len);
  }
  // xmlSAX2IgnorableWhitespace does nothing (and with blanks kept the parser never calls it).
  static void IgnorableWhitespace(void*, const xmlChar*, int) {}
  static void Comment(void* ctx, const xmlChar*) { static_cast<HtmlTreeBuilder*>(ctx)->OnComment(); }
  static void ProcessingInstruction(void* ctx, const xmlChar*, const xmlChar*) {
    static_cast<HtmlTreeBuilder*>(ctx)->OnComment();
  }
  // A DOCTYPE: libxml2 puts the DTD node first among the document's children.
  static void InternalSubset(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
    auto* b = static_cast<HtmlTreeBuilder*>(ctx);
    if (b->halted_) return;
    b->doc_has_children_ = true;
    b->doc_first_is_root_ = false;
  }

 private:
  struct CacheEntry {
    const xmlChar* name = nullptr;
    uint8_t id = 0;
  };

  // The parser hands out names interned in its dictionary (or static strings): each distinct
  // pointer is looked up once per parse.
  static size_t Slot(const xmlChar* p) { return (reinterpret_cast<uintptr_t>(p) >> 3) & 63; }
  HtmlTag TagOf(const xmlChar* name) {
    CacheEntry& e = tag_cache_[Slot(name)];
    if (e.name != name) e = {name, LookupHtmlTag(Chars(name))};
    return static_cast<HtmlTag>(e.id);
  }
  uint8_t AttrOf(const xmlChar* name) {
    CacheEntry& e = attr_cache_[Slot(name)];
    if (e.name != name) e = {name, LookupAttr(Chars(name))};
    return e.id;
  }

  int32_t NewNode(HtmlTree::Kind kind, int32_t parent) {
    const int32_t idx = static_cast<int32_t>(t_->nodes_.size());
    HtmlTree::Node& n = t_->nodes_.emplace_back();
    n.kind = kind;
    n.parent = parent;
    if (parent != HtmlTree::kNone) {
      HtmlTree::Node& p = t_->nodes_[static_cast<size_t>(parent)];
      if (p.last_child == HtmlTree::kNone) p.first_child = idx;
      else t_->nodes_[static_cast<size_t>(p.last_child)].next_sibling = idx;
      p.last_child = idx;
    }
    return idx;
  }

  void OnStart(const xmlChar* name, const xmlChar** atts) {
    if (halted_) return;
    // nodePush: without XML_PARSE_HUGE, a 258th open element halts the parser.
    if (!options_.huge && stack_.size() > 256) {
      halted_ = true;
      xmlStopParser(ctxt_);
      return;
    }
    int32_t parent = stack_.empty() ? HtmlTree::kNone : stack_.back();
    bool detached = false;
    if (parent == HtmlTree::kNone) {
      // xmlSAX2StartElement: the first node of the document becomes its root; later
      // top-level elements go under that first node when it is an element, else beside it.
      if (!doc_has_children_) {
        doc_has_children_ = doc_first_is_root_ = true;
      } else if (doc_first_is_root_) {
        parent = t_->root_;
      } else if (t_->root_ != HtmlTree::kNone) {
        detached = true;
      }
    }
    const int32_t idx = NewNode(HtmlTree::kElement, parent);
    if (parent == HtmlTree::kNone && !detached && t_->root_ == HtmlTree::kNone) t_->root_ = idx;
    HtmlTree::Node& n = t_->nodes_[static_cast<size_t>(idx)];
    n.tag = TagOf(name);
    n.begin = static_cast<uint32_t>(t_->attrs_.size());
    if (atts != nullptr) {
      for (size_t i = 0; atts[i] != nullptr; i += 2) {
        const uint8_t id = AttrOf(atts[i]);
        if (id == kNotKept) continue;
        const char* v = Chars(atts[i + 1]);
        const size_t len = v == nullptr ? 0 : std::strlen(v);
        t_->attrs_.push_back({static_cast<HtmlAttr>(id), static_cast<uint32_t>(t_->attr_text_.size()),
                              static_cast<uint32_t>(len)});
        t_->attr_text_.append(v == nullptr ? "" : v, len);
      }
    }
    n.size = static_cast<uint32_t>(t_->attrs_.size()) - n.begin;
    stack_.push_back(idx);
  }

  // xmlSAX2Characters / xmlSAX2CDataBlock: dropped outside any element; appended to the
  // current element's last child when that is text of the same kind, else a new node.
  void OnText(HtmlTree::Kind kind, const xmlChar* ch, int len) {
    if (halted_ || stack_.empty() || len < 0) return;
    const int32_t parent = stack_.back();
    int32_t last = t_->nodes_[static_cast<size_t>(parent)].last_child;
    if (last == HtmlTree::kNone || t_->nodes_[static_cast<size_t>(last)].kind != kind) {
      last = NewNode(kind, parent);
      t_->nodes_[static_cast<size_t>(last)].begin = static_cast<uint32_t>(t_->text_.size());
    }
    HtmlTree::Node& n = t_->nodes_[static_cast<size_t>(last)];
    if (n.sealed) return;
    // The node being extended is always the last text stored: anything in between would
    // have been a child of its own.
    size_t take = static_cast<size_t>(len);
    if (const void* nul = std::memchr(ch, 0, take)) {
      take = static_cast<size_t>(static_cast<const xmlChar*>(nul) - ch);
      n.sealed = true;  // the DOM's text is a C string: it ends at the NUL
    }
    t_->text_.append(Chars(ch), take);
    n.size += static_cast<uint32_t>(take);
  }

  void OnComment() {
    if (halted_) return;
    if (stack_.empty()) {
      if (!doc_has_children_) {
        doc_has_children_ = true;
        doc_first_is_root_ = false;
      }
      return;
    }
    NewNode(HtmlTree::kComment, stack_.back());
  }

  HtmlTree* t_;
  HtmlTree::Options options_;
  htmlParserCtxtPtr ctxt_;
  std::vector<int32_t> stack_;  // the open elements (libxml2's node stack)
  bool doc_has_children_ = false;
  bool doc_first_is_root_ = false;  // the document's first child is the root element
  bool halted_ = false;
  CacheEntry tag_cache_[64];
  CacheEntry attr_cache_[64];
};

Status HtmlTree::Build(std::string_view utf8, const Options& options, HtmlTree* out) {
  *out = HtmlTree();
  if (utf8.size() > static_cast<size_t>(INT_MAX)) return Status::InvalidInput("document too large for the HTML parser");
  // What htmlReadMemory does (htmlCreateMemoryParserCtxt, then htmlDoRead), with our SAX
  // handler in place of libxml2's tree builder.
  htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(utf8.data(), static_cast<int>(utf8.size()));
  if (ctxt == nullptr) return Status::InvalidInput("the HTML parser produced no document");
  out->nodes_.reserve(utf8.size() / 64 + 16);
  out->text_.reserve(utf8.size() / 3 + 16);
  HtmlTreeBuilder builder(out, options, ctxt);
  xmlSAXHandler sax;
  std::memset(&sax, 0, sizeof(sax));
  sax.internalSubset = &HtmlTreeBuilder::InternalSubset;
  sax.startElement = &HtmlTreeBuilder::StartElement;
  sax.endElement = &HtmlTreeBuilder::EndElement;
  sax.characters = &HtmlTreeBuilder::Characters;
  sax.cdataBlock = &HtmlTreeBuilder::CDataBlock;
  sax.ignorableWhitespace = &HtmlTreeBuilder::IgnorableWhitespace;
  sax.comment = &HtmlTreeBuilder::Comment;
  sax.processingInstruction = &HtmlTreeBuilder::ProcessingInstruction;
  sax.initialized = 1;
  std::memcpy(ctxt->sax, &sax, sizeof(sax));
  ctxt->userData = &builder;
  // IGNORE_ENC: the bytes are UTF-8 already, whatever the <meta> says. HUGE: no depth cap.
  int parse_options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                      HTML_PARSE_IGNORE_ENC;
  if (options.compact) parse_options |= HTML_PARSE_COMPACT;
  if (options.huge) parse_options |= XML_PARSE_HUGE;
  htmlCtxtUseOptions(ctxt, parse_options);
  ctxt->html = 1;
  if (xmlCharEncodingHandlerPtr utf8_handler = xmlFindCharEncodingHandler("UTF-8")) {
    xmlSwitchToEncoding(ctxt, utf8_handler);
    if (ctxt->input->encoding != nullptr) xmlFree(const_cast<xmlChar*>(ctxt->input->encoding));
    ctxt->input->encoding = xmlStrdup(reinterpret_cast<const xmlChar*>("UTF-8"));
  }
  htmlParseDocument(ctxt);
  htmlFreeParserCtxt(ctxt);
  return Status::Ok();
}

}  // namespace tidings::clean

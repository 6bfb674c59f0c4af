// A compact HTML tree built straight from libxml2's HTML parser through its SAX interface:
// the same shape as the DOM libxml2's own tree builder (xmlSAX2*) makes of the same bytes,
// without the cost of building and freeing that DOM. Only what the clean stage reads is kept:
// element tags (HtmlTag), the attributes AttributesTheCleanerReads() names, and text.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tidings/status.h"

namespace tidings::clean {

// The element names the cleaner tells apart: every name of content_tree.cc's tag table, and
// <time>. Any other element is kTagOther. The parser lowercases names, so "DIV" is kTagDiv.
enum HtmlTag : uint8_t {
  kTagOther = 0,
  kTagA, kTagArticle, kTagBlockquote, kTagBody, kTagBr, kTagCenter, kTagDd, kTagDiv, kTagDl, kTagDt,
  kTagFieldset, kTagForm, kTagH1, kTagH2, kTagH3, kTagH4, kTagH5, kTagH6, kTagHtml, kTagLi, kTagMain, kTagOl,
  kTagP, kTagPre, kTagSection, kTagTable, kTagTd, kTagTh, kTagTr, kTagUl, kTagNav, kTagAside, kTagFooter,
  kTagHeader, kTagFigure, kTagFigcaption, kTagAddress, kTagCaption, kTagTbody, kTagThead, kTagTfoot,
  kTagHgroup, kTagDetails, kTagSummary, kTagHr, kTagLegend, kTagDir, kTagImg, kTagInput, kTagEmbed,
  kTagIframe, kTagObject, kTagVideo, kTagAudio, kTagScript, kTagStyle, kTagNoscript, kTagTemplate, kTagSvg,
  kTagMath, kTagCanvas, kTagButton, kTagSelect, kTagTextarea, kTagOption, kTagOptgroup, kTagLabel, kTagHead,
  kTagTitle, kTagMeta, kTagLink, kTagPicture, kTagMap, kTagDialog, kTagMenu, kTagSource, kTagTrack,
  kTagFrameset, kTagFrame, kTagApplet, kTagDatalist, kTagOutput, kTagProgress, kTagMeter, kTagParam,
  kTagArea, kTagWbr, kTagTime,
  kTagOtherHn,  // another name starting with "h1".."h6" ("h10", "h2-title"): a line break to FragmentText
  kTagCount
};

// The lowercase name of `tag` ("" for kTagOther).
std::string_view HtmlTagName(HtmlTag tag);
// The tag of a lowercase element name (kTagOther when the cleaner does not tell it apart).
HtmlTag LookupHtmlTag(std::string_view name);

// The attributes the tree keeps, in the order of AttributesTheCleanerReads().
enum HtmlAttr : uint8_t {
  kAttrClass, kAttrId, kAttrStyle, kAttrHidden, kAttrAriaHidden, kAttrItemprop, kAttrRole, kAttrLang,
  kAttrXmlLang, kAttrProperty, kAttrName, kAttrContent, kAttrDatetime, kAttrRel, kAttrHref, kAttrType,
  kAttrCharset, kAttrHttpEquiv,
  kAttrCount
};
// The lowercase names of the HtmlAttr values, indexed by them.
std::span<const std::string_view> HtmlAttrNames();

// One parsed page. Nodes live in one vector in the order their start came in the document,
// linked by index (parent, first/last child, next sibling); the text is in one buffer, the
// kept attribute values in another. Nodes outside the root's subtree are never reachable from
// it (a second top-level element after a DOCTYPE).
// Immutable once built. Movable and copyable. Thread-compatible: concurrent reads are safe,
// building is not (one thread builds one tree; Build itself is reentrant across trees).
class HtmlTree {
 public:
  static constexpr int32_t kNone = -1;
  enum Kind : uint8_t {
    kElement,
    kText,     // character data (entities decoded)
    kCData,    // the raw content of <script> and <style>
    kComment,  // comments and processing instructions: no content kept
  };
  struct Node {
    int32_t parent = kNone;
    int32_t first_child = kNone;
    int32_t last_child = kNone;
    int32_t next_sibling = kNone;
    uint32_t begin = 0;  // text: offset in the text buffer; element: first attribute record
    uint32_t size = 0;   // text: bytes; element: attribute records
    Kind kind = kElement;
    HtmlTag tag = kTagOther;  // elements only
    bool sealed = false;      // text: held a NUL byte; what followed it is not part of the text
  };
  struct Attribute {
    HtmlAttr name;
    uint32_t begin, size;  // the value, in the attribute buffer ("" for a valueless attribute)
  };

  struct Options {
    // libxml2's XML_PARSE_HUGE: no depth limit. Without it, an element opened when 257 are
    // open stops the parse there, as libxml2's tree builder does (the rest is dropped).
    bool huge = true;
    // HTML_PARSE_COMPACT is passed to the parser (it changes nothing in the SAX events).
    bool compact = true;
  };

  // Parses UTF-8 markup with libxml2's HTML parser in recovery mode (the document's own
  // charset declarations are ignored) and builds the tree the way libxml2's DOM builder would:
  // adjacent character data merged into one text node, text outside any element dropped,
  // elements that come after the root element is closed appended to it (or, when a DOCTYPE,
  // comment or processing instruction comes first in the document, outside it). Fails only
  // when libxml2 gives no parser (empty input, out of memory).
  static Status Build(std::string_view utf8, const Options& options, HtmlTree* out);

  // The root element (the first element at the top of the document), or kNone.
  int32_t root() const { return root_; }
  size_t size() const { return nodes_.size(); }
  const Node& node(int32_t i) const { return nodes_[static_cast<size_t>(i)]; }
  const std::vector<Node>& nodes() const { return nodes_; }
  // The text of a kText or kCData node.
  std::string_view text(int32_t i) const {
    const Node& n = nodes_[static_cast<size_t>(i)];
    return std::string_view(text_).substr(n.begin, n.size);
  }
  // The kept attributes of an element, in the order of its start tag.
  std::span<const Attribute> attributes(int32_t element) const {
    const Node& n = nodes_[static_cast<size_t>(element)];
    return std::span<const Attribute>(attrs_.data() + n.begin, n.size);
  }
  std::string_view value(const Attribute& a) const { return std::string_view(attr_text_).substr(a.begin, a.size); }
  // The value of attribute `name` of `element`; "" when it has none (or it has no value).
  std::string_view attr(int32_t element, HtmlAttr name) const;

 private:
  friend class HtmlTreeBuilder;
  std::vector<Node> nodes_;
  std::vector<Attribute> attrs_;
  std::string text_;
  std::string attr_text_;
  int32_t root_ = kNone;
};

}  // namespace tidings::clean

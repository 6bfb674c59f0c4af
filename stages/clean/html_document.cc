#include "clean/html_document.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <string>

namespace tidings::clean {

void HtmlDocument::Free::operator()(_xmlDoc* d) const { xmlFreeDoc(d); }

HtmlDocument::HtmlDocument() = default;
HtmlDocument::~HtmlDocument() = default;
HtmlDocument::HtmlDocument(HtmlDocument&&) noexcept = default;
HtmlDocument& HtmlDocument::operator=(HtmlDocument&&) noexcept = default;

Status HtmlDocument::Parse(std::string_view utf8, std::string_view url, HtmlDocument* out) {
  if (utf8.size() > static_cast<size_t>(INT32_MAX)) return Status::InvalidInput("document too large for the HTML parser");
  // IGNORE_ENC: the bytes are UTF-8 already, whatever the <meta> says. HUGE: no depth cap of
  // 256 (the parser would stop and drop the rest of the page); our walks are iterative.
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                      HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
  std::string url_z(url);
  htmlDocPtr doc = htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), url_z.empty() ? nullptr : url_z.c_str(),
                                  "UTF-8", options);
  if (doc == nullptr) return Status::InvalidInput("the HTML parser produced no document");
  out->doc_.reset(doc);
  return Status::Ok();
}

_xmlNode* HtmlDocument::root() const { return doc_ ? xmlDocGetRootElement(doc_.get()) : nullptr; }

}  // namespace tidings::clean

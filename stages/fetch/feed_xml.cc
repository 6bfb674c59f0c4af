#include "fetch/feed_xml.h"

#include <libxml/parser.h>
#include <libxml/globals.h>
#include <libxml/xmlerror.h>
#include <zlib.h>

#include <fmt/format.h>

#include <cctype>
#include <cstring>
#include <mutex>
#include <set>

#include "fetch/feed_text.h"
#include "fetch/feed_url.h"

namespace tidings::fetch::feedxml {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool IsNameStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool IsNameChar(char c) { return IsNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

Ns NsOfUri(std::string_view uri) {
  std::string u = Lower(Trim(uri));
  for (std::string_view scheme : {"http://", "https://"}) {
    if (u.rfind(scheme, 0) == 0) u.erase(0, scheme.size());
  }
  while (!u.empty() && (u.back() == '/' || u.back() == '#')) u.pop_back();
  static const std::unordered_map<std::string, Ns> kUris = {
      {"purl.org/rss/1.0", Ns::kRss10},
      {"my.netscape.com/rdf/simple/0.9", Ns::kRss090},
      {"www.w3.org/1999/02/22-rdf-syntax-ns", Ns::kRdf},
      {"www.w3.org/2005/atom", Ns::kAtom10},
      {"purl.org/atom/ns", Ns::kAtom03},
      {"purl.org/dc/elements/1.1", Ns::kDc},
      {"purl.org/dc/elements/1.0", Ns::kDc},
      {"purl.org/dc/terms", Ns::kDcTerms},
      {"purl.org/rss/1.0/modules/content", Ns::kContent},
      {"www.sitemaps.org/schemas/sitemap/0.9", Ns::kSitemap},
      {"www.google.com/schemas/sitemap/0.9", Ns::kSitemap},
      {"www.google.com/schemas/sitemap/0.84", Ns::kSitemap},
      {"www.google.com/schemas/sitemap-news/0.9", Ns::kNews},
      {"www.google.com/schemas/sitemap-news/0.84", Ns::kNews},
      {"www.w3.org/1999/xhtml", Ns::kXhtml},
      // Default namespaces some RSS 2.0 generators put on plain RSS.
      {"backend.userland.com/rss2", Ns::kNone},
      {"backend.userland.com/rss", Ns::kNone},
      {"blogs.law.harvard.edu/tech/rss", Ns::kNone},
  };
  auto it = kUris.find(u);
  return it == kUris.end() ? Ns::kOther : it->second;
}

// An element written with a prefix nobody declared ("dc:date") keeps the prefix in its name.
Ns NsOfPrefix(std::string_view prefix) {
  static const std::unordered_map<std::string, Ns> kPrefixes = {
      {"dc", Ns::kDc},         {"dcterms", Ns::kDcTerms}, {"content", Ns::kContent}, {"atom", Ns::kAtom10},
      {"rdf", Ns::kRdf},       {"news", Ns::kNews},       {"xhtml", Ns::kXhtml},     {"rss", Ns::kRss10},
  };
  auto it = kPrefixes.find(Lower(prefix));
  return it == kPrefixes.end() ? Ns::kOther : it->second;
}

// ---- Preparing the bytes ----

std::string CharsetParameter(std::string_view content_type) {
  std::string lower = Lower(content_type);
  size_t at = lower.find("charset=");
  if (at == std::string::npos) return "";
  std::string_view v = std::string_view(lower).substr(at + 8);
  if (!v.empty() && (v[0] == '"' || v[0] == '\'')) v.remove_prefix(1);
  size_t end = v.find_first_of("\"'; \t");
  return std::string(v.substr(0, end));
}

// The encoding in `<?xml version="1.0" encoding="..."?>`, lowercase; "" when none.
std::string DeclaredEncoding(std::string_view bytes) {
  if (bytes.substr(0, 5) != "<?xml") return "";
  size_t end = bytes.find("?>");
  std::string decl = Lower(bytes.substr(0, std::min(end, size_t{300})));
  size_t at = decl.find("encoding");
  if (at == std::string::npos) return "";
  at = decl.find_first_of("\"'", at);
  if (at == std::string::npos) return "";
  size_t close = decl.find(decl[at], at + 1);
  if (close == std::string::npos) return "";
  return std::string(Trim(std::string_view(decl).substr(at + 1, close - at - 1)));
}

bool IsLatin1Label(const std::string& e) {
  static const std::set<std::string> kLabels = {"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",  "latin-1",
                                                "l1",         "us-ascii",  "ascii",      "cp1252",  "windows-1252",
                                                "iso-8859-15", "iso8859-15", "x-cp1252", "cp819", "ibm819"};
  return kLabels.count(e) > 0;
}

bool IsUtf8Label(const std::string& e) { return e == "utf-8" || e == "utf8" || e.empty(); }

// Scans UTF-8: false at the first invalid sequence; *non_ascii tells whether any was seen.
bool IsValidUtf8(std::string_view s, bool* non_ascii) {
  *non_ascii = false;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    *non_ascii = true;
    size_t n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    const unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F)) {
      return false;
    }
    i += n;
  }
  return true;
}

// Mixed encodings: keeps valid UTF-8 and reads every invalid byte as windows-1252.
std::string RepairUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    bool dummy = false;
    size_t n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (n == 1 || (n > 1 && i + n <= s.size() && IsValidUtf8(s.substr(i, n), &dummy))) {
      out.append(s.substr(i, n));
      i += n;
      continue;
    }
    char32_t w = Windows1252Extra(c);
    AppendUtf8(w != 0 ? w : (c >= 0xA0 ? c : 0xFFFD), &out);
    ++i;
  }
  return out;
}

// Latin-1 / windows-1252 bytes as UTF-8 (the five bytes windows-1252 leaves unassigned keep
// their Latin-1 reading, C1 controls that CollapseWhitespace drops).
std::string Windows1252ToUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char ch : s) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out.push_back(ch);
    } else {
      const char32_t w = Windows1252Extra(c);
      AppendUtf8(w != 0 ? w : c, &out);
    }
  }
  return out;
}

// Entity names the document declares in its internal subset (<!ENTITY name ...>).
std::set<std::string> DeclaredEntities(std::string_view bytes) {
  std::set<std::string> names;
  size_t limit = bytes.find("]>");
  if (limit == std::string_view::npos) return names;
  for (size_t at = bytes.find("<!ENTITY"); at != std::string_view::npos && at < limit;
       at = bytes.find("<!ENTITY", at + 8)) {
    size_t i = at + 8;
    while (i < bytes.size() && (IsSpace(bytes[i]) || bytes[i] == '%')) ++i;
    size_t start = i;
    while (i < bytes.size() && IsNameChar(bytes[i])) ++i;
    names.emplace(bytes.substr(start, i - start));
  }
  return names;
}

// When s[i] starts an HTML void element written without its closing slash ("<br>",
// "<img src=x>"), the index of its '>'; else 0.
size_t UnclosedVoidElementEnd(std::string_view s, size_t i) {
  static constexpr std::string_view kVoid[] = {"br", "hr", "img", "wbr", "input", "meta"};
  size_t j = i + 1;
  size_t start = j;
  while (j < s.size() && j - start < 6 && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z'))) ++j;
  if (j == start || j >= s.size() || (s[j] != '>' && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '/')) {
    return 0;
  }
  std::string name = Lower(s.substr(start, j - start));
  bool is_void = false;
  for (std::string_view v : kVoid) is_void = is_void || v == name;
  if (!is_void) return 0;
  char quote = 0;
  for (; j < s.size() && j - i < 2048; ++j) {
    if (quote != 0) {
      if (s[j] == quote) quote = 0;
    } else if (s[j] == '"' || s[j] == '\'') {
      quote = s[j];
    } else if (s[j] == '<') {
      return 0;
    } else if (s[j] == '>') {
      return s[j - 1] == '/' ? 0 : j;
    }
  }
  return 0;
}

// Rewrites references XML does not know: HTML named entities become numeric references, a
// bare '&' or an unknown reference becomes "&amp;" (so its text survives); closes HTML void
// elements (UnclosedVoidElementEnd). CDATA sections,
// comments and the internal subset are left alone. Returns false (and leaves *out alone) when
// nothing needed rewriting.
bool RepairReferences(std::string_view s, std::string* out) {
  const std::set<std::string> declared =
      s.find("<!ENTITY") != std::string_view::npos ? DeclaredEntities(s) : std::set<std::string>{};
  std::string result;
  size_t copied = 0;
  auto replace = [&](size_t from, size_t to, std::string_view with) {
    if (result.empty()) result.reserve(s.size() + 64);
    result.append(s.substr(copied, from - copied));
    result.append(with);
    copied = to;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '<' && i + 3 < s.size() && s[i + 1] == '!') {
      std::string_view rest = s.substr(i);
      std::string_view close = rest.substr(0, 9) == "<![CDATA[" ? "]]>" : rest.substr(0, 4) == "<!--" ? "-->"
                                : rest.substr(0, 9) == "<!DOCTYPE" && rest.substr(0, 200).find('[') != std::string_view::npos
                                    ? "]>"
                                    : "";
      if (!close.empty()) {
        size_t end = s.find(close, i);
        i = end == std::string_view::npos ? s.size() : end + close.size() - 1;
      }
      continue;
    }
    if (c == '<') {
      // HTML void elements written unclosed in unescaped descriptions ("a <br> b") would make
      // libxml2's recovery nest every later item inside them: close them.
      if (size_t close = UnclosedVoidElementEnd(s, i); close != 0) replace(close, close, "/");
      continue;
    }
    if (c != '&') continue;
    size_t j = i + 1;
    if (j < s.size() && s[j] == '#') {
      ++j;
      const bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
      if (hex) ++j;
      size_t digits = j;
      while (j < s.size() && (std::isdigit(static_cast<unsigned char>(s[j])) ||
                              (hex && std::isxdigit(static_cast<unsigned char>(s[j]))))) {
        ++j;
      }
      if (j == digits || j >= s.size() || s[j] != ';') replace(i, i + 1, "&amp;");
      continue;
    }
    while (j < s.size() && j - i < 40 && IsNameChar(s[j])) ++j;
    std::string_view name = s.substr(i + 1, j - i - 1);
    if (name.empty() || !IsNameStart(name[0]) || j >= s.size() || s[j] != ';') {
      replace(i, i + 1, "&amp;");
      continue;
    }
    if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos" ||
        declared.count(std::string(name))) {
      continue;
    }
    if (char32_t cp = ResolveCharacterReference(name); cp != 0) {
      replace(i, j + 1, fmt::format("&#{};", static_cast<uint32_t>(cp)));
    } else {
      replace(i, i + 1, "&amp;");
    }
  }
  if (copied == 0) return false;
  result.append(s.substr(copied));
  *out = std::move(result);
  return true;
}

// Sitemaps are often served as .xml.gz files (a gzip body, not a Content-Encoding).
constexpr size_t kMaxInflatedBytes = 256u << 20;

bool IsGzip(std::string_view bytes) { return bytes.size() >= 2 && bytes[0] == '\x1f' && bytes[1] == '\x8b'; }

Status Gunzip(std::string_view bytes, const std::string& url, std::string* out) {
  z_stream z{};
  if (inflateInit2(&z, 15 + 32) != Z_OK) return Status::Internal("zlib: cannot initialise inflate");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(std::min<size_t>(bytes.size(), UINT32_MAX));
  std::string result;
  char buffer[64 * 1024];
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buffer);
    z.avail_out = sizeof buffer;
    rc = inflate(&z, Z_NO_FLUSH);
    result.append(buffer, sizeof buffer - z.avail_out);
    if (result.size() > kMaxInflatedBytes) {
      inflateEnd(&z);
      return Status::InvalidInput(fmt::format("{}: gzip body inflates beyond {} MiB", url, kMaxInflatedBytes >> 20));
    }
    if (rc == Z_BUF_ERROR && z.avail_in == 0) break;  // truncated: keep what inflated
  }
  inflateEnd(&z);
  if (rc != Z_STREAM_END && (rc != Z_BUF_ERROR || result.empty())) {
    return Status::InvalidInput(fmt::format("{}: not a feed: corrupt gzip data ({})", url, z.msg ? z.msg : "inflate failed"));
  }
  *out = std::move(result);
  return Status::Ok();
}

void InitLibxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

void IgnoreGenericError(void*, const char*, ...) {}

struct ErrorCollector {
  std::string first;
  int count = 0;
};

void CollectError(void* user_data, xmlErrorPtr error) {
  auto* ctxt = static_cast<xmlParserCtxtPtr>(user_data);
  auto* collector = ctxt != nullptr ? static_cast<ErrorCollector*>(ctxt->_private) : nullptr;
  if (collector == nullptr || error == nullptr || error->level < XML_ERR_ERROR) return;
  if (collector->count++ == 0 && error->message != nullptr) {
    std::string msg = error->message;
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    collector->first = fmt::format("line {}: {}", error->line, msg);
  }
}

}  // namespace

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

XmlDocument::~XmlDocument() {
  if (doc_ != nullptr) xmlFreeDoc(doc_);
}

namespace {

// The encoding libxml2 must read `*bytes` in ("" lets it read the XML declaration): the HTTP
// charset, else the declaration, else UTF-8; Latin-1 labels as windows-1252 (their superset,
// which mislabelled feeds need); valid multi-byte UTF-8 labelled Latin-1, and 8-bit bytes
// labelled UTF-16/32 (impossible), as UTF-8. Invalid UTF-8 is repaired into *storage.
std::string ChooseEncoding(std::string_view http_content_type, std::string_view* bytes, std::string* storage) {
  const std::string http_label = CharsetParameter(http_content_type);
  std::string label = http_label.empty() ? DeclaredEncoding(*bytes) : http_label;
  if (label.rfind("utf-16", 0) == 0 || label.rfind("utf-32", 0) == 0 || label.rfind("ucs", 0) == 0) label = "utf-8";
  bool non_ascii = false;
  const bool valid_utf8 = IsValidUtf8(*bytes, &non_ascii);
  if (IsUtf8Label(label) || (IsLatin1Label(label) && valid_utf8 && non_ascii)) {
    if (!valid_utf8) {
      *storage = RepairUtf8(*bytes);
      *bytes = *storage;
    }
    return "utf-8";
  }
  if (IsLatin1Label(label)) {
    // Transcoded here: iconv's windows-1252 rejects its five unassigned bytes, and libxml2
    // stops the document at the first one.
    *storage = Windows1252ToUtf8(*bytes);
    *bytes = *storage;
    return "utf-8";
  }
  return http_label.empty() ? "" : label;
}

// Gunzips, drops a UTF-8 BOM and what precedes the first '<', picks the encoding and repairs
// references (ASCII-compatible encodings only: UTF-16/32 go to libxml2 as they are).
Status PrepareBytes(const FeedDocument& document, const std::string& url, std::string_view* bytes,
                    std::string* storage, std::string* encoding) {
  *bytes = document.bytes;
  if (IsGzip(*bytes)) {
    if (Status s = Gunzip(*bytes, url, storage); !s.ok()) return s;
    *bytes = *storage;
  }
  const std::string_view b = *bytes;
  const bool wide = b.size() >= 2 && ((b[0] == '\xFF' && b[1] == '\xFE') || (b[0] == '\xFE' && b[1] == '\xFF') ||
                                      (b[0] == '<' && b[1] == '\0') || (b[0] == '\0' && b[1] == '<'));
  if (wide) return Status::Ok();
  if (bytes->substr(0, 3) == "\xEF\xBB\xBF") {
    bytes->remove_prefix(3);
    *encoding = "utf-8";
  }
  while (!bytes->empty() && IsSpace(bytes->front())) bytes->remove_prefix(1);
  // Junk before the document (a server-side warning printed ahead of the feed).
  if (!bytes->empty() && bytes->front() != '<') {
    const size_t lt = bytes->find('<');
    if (lt != std::string_view::npos) bytes->remove_prefix(lt);
  }
  std::string repaired_utf8;
  if (encoding->empty()) *encoding = ChooseEncoding(document.content_type, bytes, &repaired_utf8);
  std::string repaired;
  if (RepairReferences(*bytes, &repaired)) {
    *storage = std::move(repaired);
    *bytes = *storage;
  } else if (!repaired_utf8.empty()) {
    *storage = std::move(repaired_utf8);
    *bytes = *storage;
  }
  return Status::Ok();
}

}  // namespace

Status XmlDocument::Parse(const FeedDocument& document) {
  InitLibxml();
  const std::string url = document.url.empty() ? "(input)" : document.url;
  std::string_view bytes;
  std::string storage;
  std::string encoding;  // forced on libxml2; "" lets it read the declaration
  if (Status s = PrepareBytes(document, url, &bytes, &storage, &encoding); !s.ok()) return s;
  if (Trim(bytes).empty()) {
    return Status::InvalidInput(fmt::format("{}: not a feed: the document is empty", url));
  }
  // libxml2 reports encoding errors through its generic handler, which prints to stderr;
  // they are collected through the context instead. The handler is per thread: restored after.
  const xmlGenericErrorFunc saved_handler = xmlGenericError;
  void* const saved_context = xmlGenericErrorContext;
  xmlSetGenericErrorFunc(nullptr, IgnoreGenericError);
  struct RestoreHandler {
    xmlGenericErrorFunc handler;
    void* context;
    ~RestoreHandler() { xmlSetGenericErrorFunc(context, handler); }
  } restore{saved_handler, saved_context};
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  if (ctxt == nullptr) return Status::Internal("libxml2: cannot allocate a parser context");
  ErrorCollector errors;
  ctxt->_private = &errors;
  ctxt->sax->serror = CollectError;
  const int options = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOERROR |
                      XML_PARSE_NOWARNING | XML_PARSE_COMPACT | XML_PARSE_BIG_LINES;
  const int size = static_cast<int>(std::min<size_t>(bytes.size(), INT32_MAX));
  // No URL for libxml2: bases are resolved by the readers (feed_url.h), and xmlNodeGetBase is not used.
  doc_ = xmlCtxtReadMemory(ctxt, bytes.data(), size, nullptr, encoding.empty() ? nullptr : encoding.c_str(), options);
  if (doc_ == nullptr && !encoding.empty()) {  // an encoding libxml2 does not know
    doc_ = xmlCtxtReadMemory(ctxt, bytes.data(), size, nullptr, nullptr, options);
  }
  xmlFreeParserCtxt(ctxt);
  first_error_ = errors.first;
  if (doc_ == nullptr || xmlDocGetRootElement(doc_) == nullptr) {
    return Status::InvalidInput(fmt::format("{}: not a feed: not XML ({})", url,
                                            errors.first.empty() ? "no element found" : errors.first));
  }
  return Status::Ok();
}

Ns XmlDocument::NsOf(const xmlNode* node) {
  if (node->ns == nullptr) {
    const char* name = reinterpret_cast<const char*>(node->name);
    const char* colon = std::strchr(name, ':');
    return colon == nullptr ? Ns::kNone : NsOfPrefix(std::string_view(name, colon - name));
  }
  auto it = ns_cache_.find(node->ns);
  if (it != ns_cache_.end()) return it->second;
  Ns ns = node->ns->href == nullptr ? Ns::kNone : NsOfUri(reinterpret_cast<const char*>(node->ns->href));
  ns_cache_.emplace(node->ns, ns);
  return ns;
}

std::string_view XmlDocument::LocalName(const xmlNode* node) {
  std::string_view name = reinterpret_cast<const char*>(node->name);
  if (node->ns == nullptr) {
    if (size_t colon = name.find(':'); colon != std::string_view::npos) name.remove_prefix(colon + 1);
  }
  return name;
}

bool XmlDocument::Is(const xmlNode* node, Ns ns, std::string_view local) {
  return node != nullptr && node->type == XML_ELEMENT_NODE && IEquals(LocalName(node), local) && NsOf(node) == ns;
}

bool XmlDocument::IsRss(const xmlNode* node, std::string_view local) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE || !IEquals(LocalName(node), local)) return false;
  const Ns ns = NsOf(node);
  return ns == Ns::kNone || ns == Ns::kRss10 || ns == Ns::kRss090;
}

xmlNode* XmlDocument::Child(const xmlNode* parent, Ns ns, std::string_view local) {
  for (xmlNode* c = FirstElement(parent); c != nullptr; c = NextElement(c)) {
    if (Is(c, ns, local)) return c;
  }
  return nullptr;
}

xmlNode* XmlDocument::RssChild(const xmlNode* parent, std::string_view local) {
  for (xmlNode* c = FirstElement(parent); c != nullptr; c = NextElement(c)) {
    if (IsRss(c, local)) return c;
  }
  return nullptr;
}

xmlNode* FirstElement(const xmlNode* parent) {
  xmlNode* c = parent != nullptr ? parent->children : nullptr;
  while (c != nullptr && c->type != XML_ELEMENT_NODE) c = c->next;
  return c;
}

xmlNode* NextElement(const xmlNode* node) {
  xmlNode* c = node->next;
  while (c != nullptr && c->type != XML_ELEMENT_NODE) c = c->next;
  return c;
}

std::string Attribute(const xmlNode* node, const char* name) {
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    std::string_view an = reinterpret_cast<const char*>(a->name);
    if (a->ns != nullptr && a->ns->prefix != nullptr && std::string_view(reinterpret_cast<const char*>(a->ns->prefix)) == "xml") {
      continue;
    }
    if (size_t colon = an.find(':'); colon != std::string_view::npos && a->ns == nullptr) an.remove_prefix(colon + 1);
    if (IEquals(an, name)) {
      std::string value;
      for (const xmlNode* t = a->children; t != nullptr; t = t->next) {
        if (t->content != nullptr) value += reinterpret_cast<const char*>(t->content);
      }
      return value;
    }
  }
  return "";
}

std::string XmlAttribute(const xmlNode* node, const char* name) {
  xmlChar* v = xmlGetNsProp(node, reinterpret_cast<const xmlChar*>(name), XML_XML_NAMESPACE);
  if (v == nullptr) return "";
  std::string out = reinterpret_cast<const char*>(v);
  xmlFree(v);
  return out;
}

std::string BaseOf(const xmlNode* node, const std::string& parent_base) {
  std::string base = XmlAttribute(node, "base");
  return base.empty() ? parent_base : ResolveUrl(parent_base, base);
}

namespace {
bool IsItemElement(const xmlNode* node) {
  std::string_view name = XmlDocument::LocalName(node);
  return name == "item" || name == "entry";
}

void AppendText(const xmlNode* node, std::string* out) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    switch (c->type) {
      case XML_TEXT_NODE:
      case XML_CDATA_SECTION_NODE:
        if (c->content != nullptr) out->append(reinterpret_cast<const char*>(c->content));
        break;
      case XML_ENTITY_REF_NODE: {
        xmlChar* v = xmlNodeGetContent(c);
        if (v != nullptr) {
          out->append(reinterpret_cast<const char*>(v));
          xmlFree(v);
        }
        break;
      }
      case XML_ELEMENT_NODE:
        // An item that recovery nested inside another element is not part of its text.
        if (!IsItemElement(c)) AppendText(c, out);
        break;
      default:
        break;
    }
  }
}
}  // namespace

std::string Text(const xmlNode* node) {
  std::string out;
  if (node != nullptr) AppendText(node, &out);
  return out;
}

std::string InnerXml(const xmlNode* node) {
  xmlBufferPtr buf = xmlBufferCreate();
  for (xmlNode* c = node->children; c != nullptr; c = c->next) xmlNodeDump(buf, node->doc, c, 0, 0);
  std::string out(reinterpret_cast<const char*>(xmlBufferContent(buf)), xmlBufferLength(buf));
  xmlBufferFree(buf);
  return out;
}

bool HasElementChildren(const xmlNode* node) { return FirstElement(node) != nullptr; }

}  // namespace tidings::fetch::feedxml

#include "fetch/feed_url.h"

#include <vector>

namespace tidings::fetch {
namespace {

// The five parts of a URI reference (RFC 3986 section 3); `has_*` tells an empty part from
// an absent one ("http://a/b?" has an empty query).
struct UriParts {
  std::string_view scheme, authority, path, query, fragment;
  bool has_scheme = false, has_authority = false, has_query = false, has_fragment = false;
};

bool IsSchemeChar(char c, bool first) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return !first && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.');
}

size_t SchemeLength(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ':') return i;
    if (!IsSchemeChar(s[i], i == 0)) return 0;
  }
  return 0;
}

UriParts Split(std::string_view s) {
  UriParts u;
  if (size_t n = SchemeLength(s); n > 0) {
    u.has_scheme = true;
    u.scheme = s.substr(0, n);
    s.remove_prefix(n + 1);
  }
  if (size_t hash = s.find('#'); hash != std::string_view::npos) {
    u.has_fragment = true;
    u.fragment = s.substr(hash + 1);
    s = s.substr(0, hash);
  }
  if (size_t q = s.find('?'); q != std::string_view::npos) {
    u.has_query = true;
    u.query = s.substr(q + 1);
    s = s.substr(0, q);
  }
  if (s.substr(0, 2) == "//") {
    u.has_authority = true;
    s.remove_prefix(2);
    size_t slash = s.find('/');
    u.authority = s.substr(0, slash);
    s = slash == std::string_view::npos ? std::string_view() : s.substr(slash);
  }
  u.path = s;
  return u;
}

// RFC 3986 section 5.2.4.
std::string RemoveDotSegments(std::string_view path) {
  if (path.find('.') == std::string_view::npos) return std::string(path);
  std::vector<std::string_view> out;
  const bool absolute = !path.empty() && path[0] == '/';
  size_t i = absolute ? 1 : 0;
  bool trailing_slash = false;
  while (i <= path.size()) {
    size_t slash = path.find('/', i);
    std::string_view seg = path.substr(i, slash == std::string_view::npos ? std::string_view::npos : slash - i);
    const bool last = slash == std::string_view::npos;
    if (seg == ".") {
      trailing_slash = last;
    } else if (seg == "..") {
      if (!out.empty()) out.pop_back();
      trailing_slash = last;
    } else {
      out.push_back(seg);
      trailing_slash = false;
    }
    if (last) break;
    i = slash + 1;
  }
  std::string result = absolute ? "/" : "";
  for (size_t k = 0; k < out.size(); ++k) {
    if (k > 0) result += '/';
    result.append(out[k]);
  }
  if (trailing_slash && !out.empty()) result += '/';
  return result;
}

// RFC 3986 section 5.2.3.
std::string MergePaths(const UriParts& base, std::string_view ref_path) {
  if (base.has_authority && base.path.empty()) return "/" + std::string(ref_path);
  size_t slash = base.path.rfind('/');
  if (slash == std::string_view::npos) return std::string(ref_path);
  return std::string(base.path.substr(0, slash + 1)) + std::string(ref_path);
}

std::string Join(std::string_view scheme, bool has_authority, std::string_view authority, const std::string& path,
                 bool has_query, std::string_view query, bool has_fragment, std::string_view fragment) {
  std::string out;
  out.reserve(scheme.size() + authority.size() + path.size() + query.size() + fragment.size() + 8);
  if (!scheme.empty()) out.append(scheme).push_back(':');
  if (has_authority) out.append("//").append(authority);
  out += path;
  if (has_query) out.append("?").append(query);
  if (has_fragment) out.append("#").append(fragment);
  return out;
}

std::string_view TrimSpaces(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

bool HasScheme(std::string_view text) { return SchemeLength(text) > 0; }

std::string ResolveUrl(std::string_view base_text, std::string_view reference) {
  reference = TrimSpaces(reference);
  base_text = TrimSpaces(base_text);
  const UriParts r = Split(reference);
  if (r.has_scheme) {
    return Join(r.scheme, r.has_authority, r.authority, RemoveDotSegments(r.path), r.has_query, r.query,
                r.has_fragment, r.fragment);
  }
  if (base_text.empty()) return std::string(reference);
  const UriParts b = Split(base_text);
  if (r.has_authority) {
    return Join(b.scheme, true, r.authority, RemoveDotSegments(r.path), r.has_query, r.query, r.has_fragment,
                r.fragment);
  }
  std::string path;
  bool has_query = r.has_query;
  std::string_view query = r.query;
  if (r.path.empty()) {
    path = std::string(b.path);
    if (!r.has_query) {
      has_query = b.has_query;
      query = b.query;
    }
  } else if (r.path[0] == '/') {
    path = RemoveDotSegments(r.path);
  } else {
    path = RemoveDotSegments(MergePaths(b, r.path));
  }
  return Join(b.scheme, b.has_authority, b.authority, path, has_query, query, r.has_fragment, r.fragment);
}

}  // namespace tidings::fetch

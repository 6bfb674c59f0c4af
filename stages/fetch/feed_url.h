// Resolving the relative links of feeds (RFC 3986 section 5.2) against xml:base and the
// document's URL.
#pragma once

#include <string>
#include <string_view>

namespace tidings::fetch {

// The target of `reference` relative to `base` (RFC 3986 section 5.2, dot segments removed).
// Written by hand because libxml2's xmlBuildURI refuses references that hold spaces or
// non-ASCII characters (common in feeds) and keeps dot segments after an absolute path.
// Characters are kept as written (no percent-encoding, no case folding): canonicalising a URL
// is the crawler's business. An absolute reference is returned with only its dot segments
// removed; an empty base returns the reference as written. Surrounding whitespace is dropped.
// Thread-safe.
std::string ResolveUrl(std::string_view base, std::string_view reference);

// True when `text` starts with a URI scheme ("http:", "tag:", "urn:" ...).
bool HasScheme(std::string_view text);

}  // namespace tidings::fetch

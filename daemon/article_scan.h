// A client's Article as the intake needs it (its id, whether it must be fetched), read from its
// wire form without copying the page: a 200 KB html field is walked over, not parsed into a
// string. The verdict matches a full v1::Article parse (valid wire format, UTF-8 strings); the
// bytes themselves are journaled and forwarded as the client sent them.
//
// Thread-safety: a pure function.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "tidings/status.h"

namespace tidings::daemon {

struct InboundFacts {
  std::string id;            // the client's, or derived from the content when it gave none
  bool needs_fetch = false;  // only a URL: the fetch stage downloads it
};

// Checks an inbound article. Rejection reasons are written for the client ("article has
// neither url, html nor text"); facts->id is then the client's id when it gave one.
Status ScanInboundArticle(const void* data, size_t size, uint64_t max_article_bytes, InboundFacts* facts);

}  // namespace tidings::daemon

// Turns the bytes of a web page, in whatever charset they were served, into valid UTF-8.
#pragma once

#include <string>
#include <string_view>

#include "tidings/status.h"

namespace tidings::clean {

struct DecodedText {
  std::string utf8;           // always valid UTF-8 when Decode returned ok
  std::string charset;        // the charset the bytes were read as, e.g. "UTF-8", "windows-1252"
  std::string charset_source; // "bom", "transport", "meta", "detected", "default"
  size_t replaced = 0;        // invalid sequences replaced (U+FFFD) or repaired (as windows-1252)
};

// Decodes `bytes` to UTF-8. The charset comes from, in order: a byte-order mark, the transport
// hint (a Content-Type header value such as "text/html; charset=iso-8859-1"), a <meta charset>
// or http-equiv declaration in the first 8 KiB, and otherwise detection (valid UTF-8 stays
// UTF-8; anything else goes through ICU's charset detector). A declaration that the bytes
// contradict (a page declared Latin-1 that is valid multi-byte UTF-8) yields to the bytes.
// UTF-8 with a few stray single-byte characters (mixed encodings) is repaired by reading the
// strays as windows-1252. Fails with InvalidInput on binary data (images, archives, compressed
// bodies, NUL-riddled bytes). Thread-safe (no shared state).
Status DecodeToUtf8(std::string_view bytes, std::string_view transport_content_type,
                    DecodedText* out);

// Replaces every invalid UTF-8 sequence in `text` by its windows-1252 reading and returns
// how many bytes were repaired. Also the guard used for already-UTF-8 plain text.
size_t RepairUtf8(std::string_view text, std::string* out);

// True when `text` is entirely valid UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view text);

// The charset named by a Content-Type value or a <meta> declaration ("" when none).
std::string CharsetFromContentType(std::string_view content_type);
std::string CharsetFromMeta(std::string_view head);

}  // namespace tidings::clean

#include "clean/charset_decoder.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

namespace tidings::clean {
namespace {

// windows-1252 code points for bytes 0x80..0x9F (the rest of the range is Latin-1).
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

void AppendCodePoint(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

uint32_t Cp1252(unsigned char b) { return (b >= 0x80 && b < 0xA0) ? kCp1252High[b - 0x80] : b; }

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid.
size_t ValidSequenceLength(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  unsigned char c = p[i];
  if (c < 0x80) return 1;
  auto cont = [&](size_t k) { return i + k < n && (p[i + k] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && p[i + 1] < 0xA0) return 0;   // overlong
    if (c == 0xED && p[i + 1] >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && p[i + 1] < 0x90) return 0;
    if (c == 0xF4 && p[i + 1] >= 0x90) return 0;
    return 4;
  }
  return 0;
}

// ASCII lowercase (what std::tolower does in the "C" locale the program runs in), inline.
std::string Lower(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return r;
}

// Reads a charset token after "charset" at `pos` in lowercase text: charset\s*=\s*["']?token
std::string TokenAfterCharset(const std::string& lower, size_t pos) {
  size_t i = pos + 7;
  while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t')) ++i;
  if (i >= lower.size() || lower[i] != '=') return "";
  ++i;
  while (i < lower.size() && (lower[i] == ' ' || lower[i] == '"' || lower[i] == '\'')) ++i;
  size_t start = i;
  while (i < lower.size() && (std::isalnum(static_cast<unsigned char>(lower[i])) || lower[i] == '-' ||
                              lower[i] == '_' || lower[i] == '.' || lower[i] == ':'))
    ++i;
  return lower.substr(start, i - start);
}

// WHATWG maps these labels to the superset browsers actually use.
std::string CanonicalCharset(std::string name) {
  name = Lower(name);
  if (name == "utf8" || name == "utf-8" || name == "unicode-1-1-utf-8") return "UTF-8";
  if (name == "iso-8859-1" || name == "latin1" || name == "iso8859-1" || name == "us-ascii" ||
      name == "ascii" || name == "windows-1252" || name == "cp1252" || name == "l1" ||
      name == "iso_8859-1" || name == "x-cp1252")
    return "windows-1252";
  if (name == "gb2312" || name == "gbk" || name == "x-gbk" || name == "gb_2312-80") return "GB18030";
  if (name == "iso-8859-9" || name == "latin5") return "windows-1254";
  if (name == "tis-620" || name == "iso-8859-11") return "windows-874";
  if (name == "ks_c_5601-1987" || name == "euc-kr" || name == "cp949") return "windows-949";
  if (name == "shift-jis" || name == "sjis" || name == "x-sjis" || name == "shift_jis") return "Shift_JIS";
  return name;
}

bool IsSingleByteLatin(const std::string& charset) {
  return charset == "windows-1252" || charset.rfind("iso-8859-", 0) == 0 ||
         charset.rfind("windows-125", 0) == 0;
}

// A readable name for well-known binary formats, or "" when the bytes do not start with one.
std::string BinarySignature(std::string_view b) {
  auto starts = [&](std::string_view magic) { return b.substr(0, magic.size()) == magic; };
  if (starts("\x1f\x8b")) return "gzip-compressed data (the body must be decompressed first)";
  if (starts("%PDF-")) return "a PDF document";
  if (starts("\x89PNG")) return "a PNG image";
  if (starts("GIF8")) return "a GIF image";
  if (starts("\xff\xd8\xff")) return "a JPEG image";
  if (starts("PK\x03\x04")) return "a ZIP archive (or office document)";
  if (starts("\x28\xb5\x2f\xfd")) return "zstd-compressed data";
  if (starts("BZh")) return "bzip2-compressed data";
  if (starts("\x7f" "ELF")) return "an executable";
  if (b.size() >= 12 && starts("RIFF") && b.substr(8, 4) == "WEBP") return "a WebP image";
  return "";
}

// UTF-16 without a BOM shows up as a NUL in every other byte of ASCII-range text.
std::string GuessUtf16(std::string_view b) {
  size_t n = std::min<size_t>(b.size() & ~size_t{1}, 4096);
  if (n < 8) return "";
  size_t even_nul = 0, odd_nul = 0;
  for (size_t i = 0; i < n; i += 2) {
    even_nul += b[i] == 0;
    odd_nul += b[i + 1] == 0;
  }
  if (odd_nul > n / 2 * 8 / 10 && even_nul < n / 2 / 10) return "UTF-16LE";
  if (even_nul > n / 2 * 8 / 10 && odd_nul < n / 2 / 10) return "UTF-16BE";
  return "";
}

// Fraction of control bytes (NUL and C0 controls other than whitespace/ESC) in a prefix.
double ControlFraction(std::string_view b) {
  size_t n = std::min<size_t>(b.size(), 8192);
  if (n == 0) return 0;
  size_t bad = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = b[i];
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) ++bad;
  }
  return static_cast<double>(bad) / n;
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

Status ConvertWithIcu(std::string_view bytes, const std::string& charset, std::string* out) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset.c_str(), &err));
  if (U_FAILURE(err)) return Status::InvalidInput("unknown charset \"" + charset + "\"");
  std::u16string wide(bytes.size() * 2 + 16, u'\0');
  err = U_ZERO_ERROR;
  int32_t len = ucnv_toUChars(conv.get(), wide.data(), static_cast<int32_t>(wide.size()), bytes.data(),
                              static_cast<int32_t>(bytes.size()), &err);
  if (err == U_BUFFER_OVERFLOW_ERROR) {
    wide.assign(static_cast<size_t>(len) + 1, u'\0');
    err = U_ZERO_ERROR;
    ucnv_reset(conv.get());
    len = ucnv_toUChars(conv.get(), wide.data(), static_cast<int32_t>(wide.size()), bytes.data(),
                        static_cast<int32_t>(bytes.size()), &err);
  }
  if (U_FAILURE(err)) return Status::InvalidInput(std::string("cannot decode as ") + charset + ": " + u_errorName(err));
  wide.resize(static_cast<size_t>(len));
  // Some converters substitute U+001A (SUB) for unmappable bytes; U+FFFD says what happened.
  std::replace(wide.begin(), wide.end(), u'\x1a', u'\xfffd');
  out->clear();
  out->resize(wide.size() * 3 + 4);
  int32_t out_len = 0;
  err = U_ZERO_ERROR;
  u_strToUTF8WithSub(out->data(), static_cast<int32_t>(out->size()), &out_len, wide.data(),
                     static_cast<int32_t>(wide.size()), 0xFFFD, nullptr, &err);
  if (U_FAILURE(err)) return Status::Internal(std::string("UTF-8 conversion failed: ") + u_errorName(err));
  out->resize(static_cast<size_t>(out_len));
  return Status::Ok();
}

std::string DetectWithIcu(std::string_view bytes) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&err));
  if (U_FAILURE(err)) return "";
  ucsdet_enableInputFilter(det.get(), true);  // ignore markup when judging
  size_t n = std::min<size_t>(bytes.size(), 256 * 1024);
  ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(n), &err);
  const UCharsetMatch* match = ucsdet_detect(det.get(), &err);
  if (U_FAILURE(err) || match == nullptr) return "";
  if (ucsdet_getConfidence(match, &err) < 15) return "";
  const char* name = ucsdet_getName(match, &err);
  return U_SUCCESS(err) && name ? std::string(name) : "";
}

struct Utf8Scan {
  bool valid = true;
  size_t invalid = 0;    // invalid bytes
  size_t multibyte = 0;  // valid multi-byte sequences
};

// Skips ASCII eight bytes at a time (most of any page is ASCII markup).
size_t SkipAscii(std::string_view s, size_t i) {
  while (i + 8 <= s.size()) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (w & 0x8080808080808080ULL) break;
    i += 8;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

Utf8Scan ScanUtf8(std::string_view s) {
  Utf8Scan r;
  for (size_t i = 0; i < s.size();) {
    i = SkipAscii(s, i);
    if (i >= s.size()) break;
    size_t len = ValidSequenceLength(s, i);
    if (len == 0) {
      r.valid = false;
      ++r.invalid;
      ++i;
    } else {
      ++r.multibyte;
      i += len;
    }
  }
  return r;
}

}  // namespace

bool IsValidUtf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    i = SkipAscii(text, i);
    if (i >= text.size()) break;
    size_t len = ValidSequenceLength(text, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

size_t RepairUtf8(std::string_view text, std::string* out) {
  out->clear();
  out->reserve(text.size() + 16);
  size_t repaired = 0;
  size_t i = 0;
  while (i < text.size()) {
    // Copy the ASCII run in one go: the common case.
    size_t j = SkipAscii(text, i);
    out->append(text.data() + i, j - i);
    i = j;
    if (i >= text.size()) break;
    size_t len = ValidSequenceLength(text, i);
    if (len == 0) {
      AppendCodePoint(Cp1252(static_cast<unsigned char>(text[i])), out);
      ++repaired;
      ++i;
    } else {
      out->append(text.data() + i, len);
      i += len;
    }
  }
  return repaired;
}

std::string CharsetFromContentType(std::string_view content_type) {
  std::string lower = Lower(content_type);
  size_t pos = lower.find("charset");
  if (pos == std::string::npos) return "";
  return TokenAfterCharset(lower, pos);
}

std::string CharsetFromMeta(std::string_view head) {
  std::string lower = Lower(head.substr(0, 8192));
  size_t pos = 0;
  while ((pos = lower.find("<meta", pos)) != std::string::npos) {
    size_t end = lower.find('>', pos);
    if (end == std::string::npos) end = lower.size();
    size_t cs = lower.find("charset", pos);
    if (cs != std::string::npos && cs < end) {
      std::string token = TokenAfterCharset(lower, cs);
      if (!token.empty()) return token;
    }
    pos = end;
  }
  return "";
}

Status DecodeToUtf8(std::string_view bytes, std::string_view transport_content_type, DecodedText* out) {
  *out = DecodedText{};
  if (bytes.empty()) return Status::InvalidInput("empty document");

  // 1. Byte-order marks are unambiguous.
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    out->charset = "UTF-8";
    out->charset_source = "bom";
    out->replaced = RepairUtf8(bytes.substr(3), &out->utf8);
    return Status::Ok();
  }
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
    out->charset = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    out->charset_source = "bom";
    return ConvertWithIcu(bytes.substr(2), out->charset, &out->utf8);
  }

  std::string signature = BinarySignature(bytes);
  if (!signature.empty()) return Status::InvalidInput("binary data, not a text document: " + signature);
  if (std::string utf16 = GuessUtf16(bytes); !utf16.empty()) {
    out->charset = utf16;
    out->charset_source = "detected";
    return ConvertWithIcu(bytes, utf16, &out->utf8);
  }
  if (double f = ControlFraction(bytes); f > 0.02) {
    return Status::InvalidInput("binary data, not a text document (" + std::to_string(static_cast<int>(f * 100)) +
                                "% control bytes in the first 8 KiB)");
  }

  // 2./3. Declarations: transport first, then the document's own.
  std::string declared = CharsetFromContentType(transport_content_type);
  std::string source = "transport";
  if (declared.empty()) {
    declared = CharsetFromMeta(bytes);
    source = "meta";
  }
  // "utf-16" declared in a document we could read as ASCII is a lie (WHATWG: treat as UTF-8).
  if (declared.rfind("utf-16", 0) == 0) declared = "utf-8";
  std::string charset = declared.empty() ? "" : CanonicalCharset(declared);

  Utf8Scan scan = ScanUtf8(bytes);
  // Mixed: a few stray single-byte characters in UTF-8 text. Legacy single-byte text almost
  // never forms valid multi-byte sequences, so even a small majority of valid ones is telling.
  bool mostly_utf8 = scan.multibyte > 0 && scan.invalid * 2 <= scan.multibyte;

  if (charset.empty()) {
    source = "detected";
    if (scan.valid || mostly_utf8) {
      charset = "UTF-8";
    } else {
      std::string detected = DetectWithIcu(bytes);
      charset = detected.empty() ? "windows-1252" : CanonicalCharset(detected);
      if (charset.rfind("utf-16", 0) == 0 || charset.rfind("UTF-16", 0) == 0 || charset.rfind("UTF-32", 0) == 0)
        charset = "windows-1252";
      if (detected.empty()) source = "default";
    }
  } else if (charset == "UTF-8" && !scan.valid && !mostly_utf8) {
    // Declared UTF-8 but the bytes are mostly something else: believe the bytes.
    std::string detected = DetectWithIcu(bytes);
    charset = detected.empty() ? "windows-1252" : CanonicalCharset(detected);
    if (charset == "UTF-8" || charset.rfind("UTF-16", 0) == 0 || charset.rfind("UTF-32", 0) == 0)
      charset = "windows-1252";
    source = "detected";
  } else if (IsSingleByteLatin(charset) &&
             (scan.valid ? scan.multibyte > 0 : (mostly_utf8 && scan.multibyte >= 4))) {
    // Declared Latin-1/cp1252 but (nearly all) valid multi-byte UTF-8 (a common server
    // misconfiguration); real Latin-1 text essentially never forms valid UTF-8 sequences.
    charset = "UTF-8";
    source = "detected";
  }

  out->charset = charset;
  out->charset_source = source;
  if (charset == "UTF-8") {
    if (scan.valid) {
      out->utf8.assign(bytes);
    } else {
      out->replaced = RepairUtf8(bytes, &out->utf8);
    }
    return Status::Ok();
  }
  Status s = ConvertWithIcu(bytes, charset, &out->utf8);
  if (!s.ok() && source != "detected") {
    // An unknown declared charset: fall back to what the bytes look like.
    out->charset = "UTF-8";
    out->charset_source = "default";
    out->replaced = RepairUtf8(bytes, &out->utf8);
    return Status::Ok();
  }
  return s;
}

}  // namespace tidings::clean

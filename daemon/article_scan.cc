#include "daemon/article_scan.h"

#include <fmt/format.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/stubs/common.h>
#include <google/protobuf/wire_format_lite.h>

#include <string_view>

#include "tidings/wire.h"

namespace tidings::daemon {

namespace {

using google::protobuf::io::CodedInputStream;
using google::protobuf::internal::IsStructurallyValidUTF8;
using google::protobuf::internal::WireFormatLite;

// Article's fields (proto/tidings/v1/tidings.proto); all but html (bytes) are UTF-8 strings.
enum ArticleField : uint32_t {
  kId = 1, kUrl = 2, kHtml = 3, kText = 4, kTitle = 5, kLabels = 9, kLastField = 10
};

// The fields read so far; a singular field given twice takes its last value, as in a parse.
struct Views {
  std::string_view field[kLastField + 1];
};

// protobuf's parser takes a tag or a length of at most 5 bytes; CodedInputStream would take
// up to 10 (dropping the high bits), so each is read here with its length checked.
constexpr int kMaxTagBytes = 5;

// The next tag, 0 when it is malformed (a zero tag, truncated, or longer than a parse takes).
uint32_t ReadTag(CodedInputStream& in) {
  const int at = in.CurrentPosition();
  const uint32_t tag = in.ReadTag();
  return in.CurrentPosition() - at <= kMaxTagBytes ? tag : 0;
}

// A length-delimited field's bytes, in place.
bool ReadView(CodedInputStream& in, const char* base, std::string_view* out) {
  const int start = in.CurrentPosition();
  uint32_t length = 0;
  if (!in.ReadVarint32(&length) || in.CurrentPosition() - start > kMaxTagBytes || length > INT32_MAX) return false;
  const int at = in.CurrentPosition();
  if (!in.Skip(static_cast<int>(length))) return false;
  *out = std::string_view(base + at, length);
  return true;
}

// Skips a field this scan does not read (as a parse keeps it among the unknown fields).
bool SkipField(CodedInputStream& in, const char* base, uint32_t tag, int depth = 0) {
  std::string_view ignored;
  uint64_t varint = 0;
  switch (WireFormatLite::GetTagWireType(tag)) {
    case WireFormatLite::WIRETYPE_VARINT: return in.ReadVarint64(&varint);
    case WireFormatLite::WIRETYPE_FIXED64: return in.Skip(8);
    case WireFormatLite::WIRETYPE_FIXED32: return in.Skip(4);
    case WireFormatLite::WIRETYPE_LENGTH_DELIMITED: return ReadView(in, base, &ignored);
    case WireFormatLite::WIRETYPE_START_GROUP: {
      if (depth >= 100) return false;  // protobuf's recursion limit
      const int number = WireFormatLite::GetTagFieldNumber(tag);
      for (;;) {
        const uint32_t inner = ReadTag(in);
        if (WireFormatLite::GetTagFieldNumber(inner) == 0) return false;
        if (WireFormatLite::GetTagWireType(inner) == WireFormatLite::WIRETYPE_END_GROUP) {
          return WireFormatLite::GetTagFieldNumber(inner) == number;
        }
        if (!SkipField(in, base, inner, depth + 1)) return false;
      }
    }
    default: return false;  // a stray end of group, or wire type 6 or 7
  }
}

// A labels entry is a map<string, string> entry: key = 1, value = 2, both UTF-8.
bool ValidLabelsEntry(std::string_view entry) {
  CodedInputStream in(reinterpret_cast<const uint8_t*>(entry.data()), static_cast<int>(entry.size()));
  while (in.CurrentPosition() < static_cast<int>(entry.size())) {
    const uint32_t tag = ReadTag(in);
    const uint32_t number = WireFormatLite::GetTagFieldNumber(tag);
    if (number == 0) return false;  // also a zero tag or a truncated one
    if ((number == 1 || number == 2) &&
        WireFormatLite::GetTagWireType(tag) == WireFormatLite::WIRETYPE_LENGTH_DELIMITED) {
      std::string_view s;
      if (!ReadView(in, entry.data(), &s) || !IsStructurallyValidUTF8(s.data(), static_cast<int>(s.size()))) {
        return false;
      }
    } else if (!SkipField(in, entry.data(), tag)) {
      return false;
    }
  }
  return true;
}

// Walks the message: every field well formed, every string field valid UTF-8.
bool Walk(const char* data, size_t size, Views* views) {
  CodedInputStream in(reinterpret_cast<const uint8_t*>(data), static_cast<int>(size));
  while (in.CurrentPosition() < static_cast<int>(size)) {
    const uint32_t tag = ReadTag(in);
    const uint32_t number = WireFormatLite::GetTagFieldNumber(tag);
    const auto type = WireFormatLite::GetTagWireType(tag);
    if (number == 0) return false;  // also a zero tag or a truncated one
    if (number < 1 || number > kLastField || type != WireFormatLite::WIRETYPE_LENGTH_DELIMITED) {
      if (!SkipField(in, data, tag)) return false;  // unknown: kept, as a parse keeps it
      continue;
    }
    std::string_view value;
    if (!ReadView(in, data, &value)) return false;
    if (number == kLabels) {
      if (!ValidLabelsEntry(value)) return false;
    } else if (number != kHtml && !IsStructurallyValidUTF8(value.data(), static_cast<int>(value.size()))) {
      return false;
    }
    views->field[number] = value;
  }
  return true;
}

}  // namespace

Status ScanInboundArticle(const void* data, size_t size, uint64_t max_article_bytes, InboundFacts* facts) {
  if (size == 0) return Status::InvalidInput("empty message: expected a tidings.v1.Article protobuf");
  if (size > max_article_bytes) {
    return Status::InvalidInput(fmt::format(
        "article is {} bytes; the limit is {} bytes (limits.max_article_bytes)", size, max_article_bytes));
  }
  Views v;
  if (size > static_cast<size_t>(INT32_MAX) || !Walk(static_cast<const char*>(data), size, &v)) {
    return Status::InvalidInput(fmt::format("message of {} bytes is not a valid tidings.v1.Article protobuf", size));
  }
  const auto& f = v.field;
  if (f[kId].size() <= 512) facts->id = std::string(f[kId]);  // a rejected article's dead letter names it
  if (f[kUrl].empty() && f[kHtml].empty() && f[kText].empty()) {
    return Status::InvalidInput("article has neither url, html nor text");
  }
  if (f[kId].size() > 512) return Status::InvalidInput("article id is longer than 512 bytes");
  if (facts->id.empty()) facts->id = DeriveArticleId(f[kUrl], f[kHtml], f[kText], f[kTitle]);
  facts->needs_fetch = f[kHtml].empty() && f[kText].empty();
  return Status::Ok();
}

}  // namespace tidings::daemon

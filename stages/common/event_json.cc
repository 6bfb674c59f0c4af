#include "tidings/event_json.h"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <cstdint>
#include <cstdio>
#include <string_view>
#include <vector>

namespace tidings {

namespace {

// The JSON name of a place's kind; null when unknown (events stored before kinds were kept).
const char* PlaceKindName(v1::Location::Kind kind) {
  switch (kind) {
    case v1::Location::COUNTRY: return "country";
    case v1::Location::CITY: return "city";
    case v1::Location::PROVINCE: return "province";
    default: return nullptr;
  }
}

}  // namespace

nlohmann::ordered_json EventToJson(const v1::Event& e) {
  nlohmann::ordered_json j;
  j["id"] = e.id();
  j["article_id"] = e.article_id();
  j["seq"] = e.seq();
  j["source"] = e.source().code();
  j["source_text"] = e.source().text();
  j["source_country"] = e.source().country();
  j["target"] = e.target().code();
  j["target_text"] = e.target().text();
  j["target_country"] = e.target().country();
  j["code"] = e.code();
  j["root"] = e.root();
  j["quad_class"] = e.quad_class();
  j["goldstein"] = e.goldstein();
  j["date"] = e.date();
  j["sentence"] = e.sentence();
  j["sentence_index"] = e.sentence_index();
  j["pattern"] = e.pattern();
  j["verb"] = e.verb();
  j["root_mention"] = e.root_mention();
  if (e.has_location() && !e.location().name().empty()) {
    nlohmann::ordered_json loc;
    loc["name"] = e.location().name();
    loc["country"] = e.location().country();
    if (e.location().has_coordinates()) {
      loc["lat"] = e.location().latitude();
      loc["lon"] = e.location().longitude();
    } else {
      loc["lat"] = nullptr;
      loc["lon"] = nullptr;
    }
    const char* kind = PlaceKindName(e.location().kind());
    if (kind != nullptr) loc["kind"] = kind; else loc["kind"] = nullptr;
    j["location"] = std::move(loc);
  } else {
    j["location"] = nullptr;
  }
  j["issues"] = nlohmann::ordered_json::array();
  for (const auto& issue : e.issues()) j["issues"].push_back(issue);
  j["url"] = e.url();
  j["publisher"] = e.publisher();
  j["num_articles"] = e.num_articles();
  j["num_sources"] = e.num_sources();
  return j;
}

namespace {

// Writes the JSON text nlohmann's dump(-1, ' ', false, replace) gives, without building a
// json object (a hundred allocations per event showed in `tidings code`'s profile), straight
// into a buffer the caller sized with Bound().
class JsonWriter {
 public:
  // Room for a string of n bytes, escaped and quoted, with its key.
  static size_t Bound(size_t n) { return 6 * n + 40; }
  explicit JsonWriter(char* out, bool first = true) : p_(out), first_(first) {}
  char* end() const { return p_; }
  // Keys are plain ASCII names: written as they are.
  void Key(std::string_view key) {
    *p_++ = first_ ? '{' : ',';
    first_ = false;
    *p_++ = '"';
    Copy(key);
    *p_++ = '"';
    *p_++ = ':';
  }
  void String(std::string_view s) {
    if (!Utf8Valid(s)) {  // nlohmann's replacement rules for broken UTF-8, exactly
      Copy(nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
      return;
    }
    *p_++ = '"';
    const char* q = s.data();
    size_t n = s.size(), plain = 0, i = 0;
    while (true) {
      while (i < n && !kEscaped[static_cast<unsigned char>(q[i])]) ++i;
      Copy(std::string_view(q + plain, i - plain));
      if (i == n) break;
      unsigned char c = static_cast<unsigned char>(q[i]);
      *p_++ = '\\';
      switch (c) {
        case '"': *p_++ = '"'; break;
        case '\\': *p_++ = '\\'; break;
        case '\b': *p_++ = 'b'; break;
        case '\t': *p_++ = 't'; break;
        case '\n': *p_++ = 'n'; break;
        case '\f': *p_++ = 'f'; break;
        case '\r': *p_++ = 'r'; break;
        default: {
          static constexpr char kHex[] = "0123456789abcdef";
          *p_++ = 'u';
          *p_++ = '0';
          *p_++ = '0';
          *p_++ = kHex[c >> 4];
          *p_++ = kHex[c & 15];
        }
      }
      plain = ++i;
    }
    *p_++ = '"';
  }
  void Unsigned(uint64_t v) { p_ = std::to_chars(p_, p_ + 24, v).ptr; }
  void Signed(int64_t v) { p_ = std::to_chars(p_, p_ + 24, v).ptr; }
  void Double(double v) {
    if (!std::isfinite(v)) {
      Copy("null");
      return;
    }
    p_ = nlohmann::detail::to_chars(p_, p_ + 64, v);
  }
  void Bool(bool v) { Copy(v ? "true" : "false"); }
  void Null() { Copy("null"); }
  void Raw(std::string_view s) { Copy(s); }
  void End() { Copy(first_ ? "{}" : "}"); }

 private:
  void Copy(std::string_view s) {
    std::memcpy(p_, s.data(), s.size());
    p_ += s.size();
  }
  // Bytes a JSON string must escape: control characters, '"' and '\\'.
  static constexpr std::array<bool, 256> kEscaped = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 0x20; ++c) t[c] = true;
    t['"'] = t['\\'] = true;
    return t;
  }();

  // Well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF): what
  // nlohmann's decoder accepts.
  static bool Utf8Valid(std::string_view s) {
    size_t i = 0, n = s.size();
    while (i < n) {
      // Eight ASCII bytes at a time: most text is ASCII.
      while (i + 8 <= n) {
        uint64_t word;
        std::memcpy(&word, s.data() + i, 8);
        if (word & 0x8080808080808080ull) break;
        i += 8;
      }
      if (i >= n) break;
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c < 0x80) {
        ++i;
        continue;
      }
      size_t len = (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
      if (len == 0 || i + len > n) return false;
      unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
      if ((c1 & 0xC0) != 0x80) return false;
      if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F))
        return false;
      for (size_t k = 2; k < len; ++k) {
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
      }
      i += len;
    }
    return true;
  }

  char* p_;
  bool first_;
};

}  // namespace

std::string EventToJsonLine(const v1::Event& e) {
  const v1::Location& where = e.location();
  size_t strings = e.id().size() + e.article_id().size() + e.source().code().size() + e.source().text().size() +
                   e.source().country().size() + e.target().code().size() + e.target().text().size() +
                   e.target().country().size() + e.code().size() + e.root().size() + e.date().size() +
                   e.sentence().size() + e.pattern().size() + e.verb().size() + where.name().size() +
                   where.country().size() + e.url().size() + e.publisher().size();
  size_t bound = 1024 + JsonWriter::Bound(strings);
  for (const auto& issue : e.issues()) bound += JsonWriter::Bound(issue.size());
  thread_local std::vector<char> buffer;  // grows to the largest event seen, never shrinks
  if (buffer.size() < bound) buffer.resize(bound);
  JsonWriter j(buffer.data());
  j.Key("id"); j.String(e.id());
  j.Key("article_id"); j.String(e.article_id());
  j.Key("seq"); j.Unsigned(e.seq());
  j.Key("source"); j.String(e.source().code());
  j.Key("source_text"); j.String(e.source().text());
  j.Key("source_country"); j.String(e.source().country());
  j.Key("target"); j.String(e.target().code());
  j.Key("target_text"); j.String(e.target().text());
  j.Key("target_country"); j.String(e.target().country());
  j.Key("code"); j.String(e.code());
  j.Key("root"); j.String(e.root());
  j.Key("quad_class"); j.Signed(e.quad_class());
  j.Key("goldstein"); j.Double(e.goldstein());
  j.Key("date"); j.String(e.date());
  j.Key("sentence"); j.String(e.sentence());
  j.Key("sentence_index"); j.Unsigned(e.sentence_index());
  j.Key("pattern"); j.String(e.pattern());
  j.Key("verb"); j.String(e.verb());
  j.Key("root_mention"); j.Bool(e.root_mention());
  j.Key("location");
  if (e.has_location() && !where.name().empty()) {
    JsonWriter l(j.end());
    l.Key("name"); l.String(where.name());
    l.Key("country"); l.String(where.country());
    l.Key("lat");
    if (where.has_coordinates()) l.Double(where.latitude()); else l.Null();
    l.Key("lon");
    if (where.has_coordinates()) l.Double(where.longitude()); else l.Null();
    l.Key("kind");
    if (const char* kind = PlaceKindName(where.kind()); kind != nullptr) l.String(kind); else l.Null();
    l.End();
    j = JsonWriter(l.end(), /*first=*/false);
  } else {
    j.Null();
  }
  j.Key("issues");
  j.Raw("[");
  for (int i = 0; i < e.issues_size(); ++i) {
    if (i > 0) j.Raw(",");
    j.String(e.issues(i));
  }
  j.Raw("]");
  j.Key("url"); j.String(e.url());
  j.Key("publisher"); j.String(e.publisher());
  j.Key("num_articles"); j.Unsigned(e.num_articles());
  j.Key("num_sources"); j.Unsigned(e.num_sources());
  j.End();
  return std::string(buffer.data(), static_cast<size_t>(j.end() - buffer.data()));
}

namespace {

std::string fmt_double(double v) { return fmt::format("{}", v); }

void AppendCsvField(std::string& out, std::string_view value) {
  bool quote = value.find_first_of(",\"\n\r") != std::string_view::npos;
  if (!quote) {
    out.append(value);
    return;
  }
  out.push_back('"');
  for (char c : value) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

}  // namespace

std::string EventCsvHeader() {
  return "id,article_id,seq,source,source_text,source_country,target,target_text,target_country,"
         "code,root,quad_class,goldstein,date,sentence,sentence_index,pattern,verb,root_mention,"
         "location,location_country,lat,lon,issues,url,publisher,num_articles,num_sources,location_kind";
}

std::string EventToCsvRow(const v1::Event& e) {
  std::string out;
  auto field = [&](std::string_view v) {
    if (!out.empty()) out.push_back(',');
    AppendCsvField(out, v);
  };
  auto first = [&](std::string_view v) { AppendCsvField(out, v); };
  first(e.id());
  field(e.article_id());
  field(std::to_string(e.seq()));
  field(e.source().code());
  field(e.source().text());
  field(e.source().country());
  field(e.target().code());
  field(e.target().text());
  field(e.target().country());
  field(e.code());
  field(e.root());
  field(std::to_string(e.quad_class()));
  field(fmt_double(e.goldstein()));
  field(e.date());
  field(e.sentence());
  field(std::to_string(e.sentence_index()));
  field(e.pattern());
  field(e.verb());
  field(e.root_mention() ? "1" : "0");
  field(e.location().name());
  field(e.location().country());
  field(e.location().has_coordinates() ? fmt_double(e.location().latitude()) : "");
  field(e.location().has_coordinates() ? fmt_double(e.location().longitude()) : "");
  std::string issues;
  for (const auto& i : e.issues()) {
    if (!issues.empty()) issues.push_back(';');
    issues += i;
  }
  field(issues);
  field(e.url());
  field(e.publisher());
  field(std::to_string(e.num_articles()));
  field(std::to_string(e.num_sources()));
  const char* kind = PlaceKindName(e.location().kind());
  field(kind != nullptr ? kind : "");
  return out;
}

}  // namespace tidings

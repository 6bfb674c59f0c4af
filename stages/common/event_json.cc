#include "tidings/event_json.h"

#include <fmt/format.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string_view>

namespace tidings {

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
// json object (a hundred allocations per event showed in `tidings code`'s profile).
class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(*out) {}
  void Key(std::string_view key) {
    out_.push_back(first_ ? '{' : ',');
    first_ = false;
    String(key);
    out_.push_back(':');
  }
  void String(std::string_view s) {
    if (!Utf8Valid(s)) {  // nlohmann's replacement rules for broken UTF-8, exactly
      out_ += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      return;
    }
    out_.push_back('"');
    size_t plain = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(s.substr(plain, i - plain));
      plain = i + 1;
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\t': out_ += "\\t"; break;
        case '\n': out_ += "\\n"; break;
        case '\f': out_ += "\\f"; break;
        case '\r': out_ += "\\r"; break;
        default: {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out_ += buf;
        }
      }
    }
    out_.append(s.substr(plain));
    out_.push_back('"');
  }
  void Unsigned(uint64_t v) { out_ += std::to_string(v); }
  void Signed(int64_t v) { out_ += std::to_string(v); }
  void Double(double v) {
    if (!std::isfinite(v)) {
      out_ += "null";
      return;
    }
    char buf[64];
    char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, static_cast<size_t>(end - buf));
  }
  void Bool(bool v) { out_ += v ? "true" : "false"; }
  void Null() { out_ += "null"; }
  void Raw(std::string_view s) { out_ += s; }
  void End() { out_ += first_ ? "{}" : "}"; }

 private:
  // Well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF): what
  // nlohmann's decoder accepts.
  static bool Utf8Valid(std::string_view s) {
    size_t i = 0, n = s.size();
    while (i < n) {
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

  std::string& out_;
  bool first_ = true;
};

}  // namespace

std::string EventToJsonLine(const v1::Event& e) {
  std::string out;
  out.reserve(512 + e.sentence().size());
  JsonWriter j(&out);
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
  if (e.has_location() && !e.location().name().empty()) {
    std::string loc;
    JsonWriter l(&loc);
    l.Key("name"); l.String(e.location().name());
    l.Key("country"); l.String(e.location().country());
    if (e.location().has_coordinates()) {
      l.Key("lat"); l.Double(e.location().latitude());
      l.Key("lon"); l.Double(e.location().longitude());
    } else {
      l.Key("lat"); l.Null();
      l.Key("lon"); l.Null();
    }
    l.End();
    j.Raw(loc);
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
  return out;
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
         "location,location_country,lat,lon,issues,url,publisher,num_articles,num_sources";
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
  return out;
}

}  // namespace tidings

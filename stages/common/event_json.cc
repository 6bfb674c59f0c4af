#include "tidings/event_json.h"

#include <fmt/format.h>

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

std::string EventToJsonLine(const v1::Event& event) {
  return EventToJson(event).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
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

#include "devset_reader.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace tidings::devset {
namespace {

std::vector<std::string> SplitWhitespace(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  std::string w;
  while (in >> w) words.push_back(w);
  return words;
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, '\t')) fields.push_back(field);
  return fields;
}

bool IsSkippable(const std::string& line) {
  size_t first = line.find_first_not_of(" \t\r");
  return first == std::string::npos || line[first] == '#';
}

// Reads field `key` of a record as a string; "" and false when absent or not a string.
bool StringField(const nlohmann::json& j, const char* key, std::string* out) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return false;
  *out = it->get<std::string>();
  return true;
}

bool IsDate(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return false;
  return true;
}

// Turns one JSON line into a Record; the message says what is wrong, without the location.
Status ParseRecord(const std::string& line, Record* r) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return Status::InvalidInput("not a JSON object");
  for (const char* key : {"id", "category", "date", "text"}) {
    std::string value;
    if (!StringField(j, key, &value) || value.empty()) {
      return Status::InvalidInput(std::string("missing or empty string field \"") + key + "\"");
    }
  }
  StringField(j, "id", &r->id);
  StringField(j, "category", &r->category);
  StringField(j, "date", &r->date);
  StringField(j, "text", &r->text);
  if (!StringField(j, "article", &r->article) || r->article.empty()) r->article = r->id;
  if (!IsDate(r->date)) return Status::InvalidInput("date '" + r->date + "' is not YYYY-MM-DD");
  auto events = j.find("events");
  if (events == j.end() || !events->is_array()) {
    return Status::InvalidInput("missing \"events\" array (use [] for a sentence with no event)");
  }
  for (const auto& e : *events) {
    if (!e.is_string()) return Status::InvalidInput("an event is not a string \"SRC CODE TGT\"");
    Triple t;
    Status s = ParseTriple(e.get<std::string>(), &t);
    if (!s.ok()) return s;
    r->events.push_back(std::move(t));
  }
  return Status::Ok();
}

std::optional<double> OptionalNumber(const std::string& field, bool* ok) {
  if (field == "-") return std::nullopt;
  try {
    size_t used = 0;
    double v = std::stod(field, &used);
    if (used == field.size()) return v;
  } catch (const std::exception&) {
  }
  *ok = false;
  return std::nullopt;
}

// "builtin" or "oeda", alone or with a held-out set: "-blind", "-blind2", "-blind27" ...
bool KnownDictionaries(const std::string& d) {
  std::string rest;
  if (d.rfind("builtin", 0) == 0) {
    rest = d.substr(7);
  } else if (d.rfind("oeda", 0) == 0) {
    rest = d.substr(4);
  } else {
    return false;
  }
  if (rest.empty() || rest == "-blind") return true;
  if (rest.rfind("-blind", 0) != 0 || rest.size() == 6 || rest[6] == '0') return false;
  std::string n = rest.substr(6);
  return std::all_of(n.begin(), n.end(), [](unsigned char c) { return std::isdigit(c) != 0; }) && n != "1";
}

}  // namespace

Status ParseTriple(const std::string& text, Triple* out) {
  std::vector<std::string> f = SplitWhitespace(text);
  bool code_ok = f.size() == 3 && f[1].size() >= 2 && f[1].size() <= 4 &&
                 f[1].find_first_not_of("0123456789") == std::string::npos;
  if (!code_ok) {
    return Status::InvalidInput("event '" + text + "' is not \"SOURCE CODE TARGET\" (a CAMEO code of 2-4 digits, '-' for no actor)");
  }
  out->source = f[0] == "-" ? "" : f[0];
  out->code = f[1];
  out->target = f[2] == "-" ? "" : f[2];
  return Status::Ok();
}

std::string DevsetFile(const std::string& dir) {
  const char* file = std::getenv("TIDINGS_DEVSET_FILE");
  return file != nullptr && *file != '\0' ? std::string(file) : dir + "/devset.jsonl";
}

Status ReadDevset(const std::string& path, std::vector<Record>* out) {
  std::ifstream in(path);
  if (!in) return Status::IoError("cannot read devset " + path);
  std::vector<Record> records;
  std::set<std::string> ids;
  std::map<std::string, std::string> article_dates;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (IsSkippable(line)) continue;
    Record r;
    r.line = number;
    Status s = ParseRecord(line, &r);
    std::string where = path + ":" + std::to_string(number) + ": ";
    if (!s.ok()) return Status::InvalidInput(where + s.message());
    if (!ids.insert(r.id).second) return Status::InvalidInput(where + "duplicate id '" + r.id + "'");
    auto [it, fresh] = article_dates.emplace(r.article, r.date);
    if (!fresh && it->second != r.date) {
      return Status::InvalidInput(where + "article '" + r.article + "' dated " + it->second + " earlier, " + r.date +
                                  " here; records of one article share its date");
    }
    records.push_back(std::move(r));
  }
  *out = std::move(records);
  return Status::Ok();
}

Status ReadFloors(const std::string& path, std::vector<Floor>* out) {
  std::ifstream in(path);
  if (!in) return Status::IoError("cannot read floors " + path);
  std::vector<Floor> floors;
  std::string line;
  bool header_seen = false;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (IsSkippable(line)) continue;
    if (!header_seen) {  // the first non-comment line names the columns
      header_seen = true;
      continue;
    }
    std::string where = path + ":" + std::to_string(number) + ": ";
    std::vector<std::string> f = SplitTabs(line);
    if (f.size() != 7) return Status::InvalidInput(where + "expected 7 tab-separated fields, got " + std::to_string(f.size()));
    Floor floor;
    floor.line = number;
    floor.dictionaries = f[0];
    floor.scope = f[1];
    floor.match = f[2];
    if (!KnownDictionaries(floor.dictionaries)) {
      return Status::InvalidInput(where + "dictionaries must be 'builtin' or 'oeda', alone or with '-blind' or '-blindN' " +
                                  "(a held-out set, N from 2), not '" + f[0] + "'");
    }
    if (floor.match != "loose" && floor.match != "exact") {
      return Status::InvalidInput(where + "match must be 'loose' or 'exact', not '" + f[2] + "'");
    }
    bool ok = true;
    floor.min_precision = OptionalNumber(f[3], &ok);
    floor.min_recall = OptionalNumber(f[4], &ok);
    floor.min_f1 = OptionalNumber(f[5], &ok);
    std::optional<double> max_fp = OptionalNumber(f[6], &ok);
    if (!ok) return Status::InvalidInput(where + "limits must be numbers or '-'");
    if (max_fp) floor.max_false_positives = static_cast<long>(*max_fp);
    floors.push_back(std::move(floor));
  }
  *out = std::move(floors);
  return Status::Ok();
}

}  // namespace tidings::devset

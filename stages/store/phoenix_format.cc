#include "store/phoenix_format.h"

#include <fmt/format.h>

#include <cstdlib>
#include <map>
#include <vector>

#include "store/cameo_actor.h"
#include "store/tsv_row.h"
#include "store/utc_time.h"
#include "store/gdelt_format.h"

namespace tidings::store {

namespace {

void AddActor(bool has, const v1::Actor& actor, std::vector<std::string>* row) {
  const std::string code = has ? actor.code() : "";
  PhoenixActorParts p = SplitForPhoenix(code);
  row->insert(row->end(), {code, p.entity, p.role, p.attribute});
}

// "MILITARY,1;PEACE,2" in the order the issues first appear.
std::string Issues(const v1::Event& e) {
  std::vector<std::string> order;
  std::map<std::string, int> counts;
  for (const auto& issue : e.issues()) {
    if (counts[issue]++ == 0) order.push_back(issue);
  }
  std::string out;
  for (const auto& issue : order) {
    if (!out.empty()) out += ';';
    out += fmt::format("{},{}", TsvField(issue), counts[issue]);
  }
  return out;
}

}  // namespace

int PhoenixClass(const std::string& root) {
  const int r = std::atoi(root.c_str());
  if (root.size() != 2 || r < 1 || r > 20) return -1;
  if (r <= 2) return 0;
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13 || r == 16) return 3;
  return 4;
}

std::string PhoenixEventRow(const v1::Event& e) {
  std::vector<std::string> row;
  row.reserve(kPhoenixColumns);
  const std::string day = CompactDate(e.date());
  row.push_back(std::to_string(e.seq()));
  row.push_back(day);
  row.push_back(day.substr(0, 4));
  row.push_back(day.empty() ? "" : day.substr(4, 2));
  row.push_back(day.empty() ? "" : day.substr(6, 2));
  AddActor(e.has_source(), e.source(), &row);
  AddActor(e.has_target(), e.target(), &row);
  const std::string code = GdeltEventCode(e.code());
  const std::string root = code.substr(0, 2);
  const int phoenix_class = PhoenixClass(root);
  row.push_back(code);
  row.push_back(root);
  row.push_back(phoenix_class >= 0 ? std::to_string(phoenix_class) : "");
  row.push_back(fmt::format("{}", e.goldstein()));
  row.push_back(Issues(e));
  const bool located = e.has_location() && e.location().has_coordinates();
  row.push_back(located ? fmt::format("{:.4f}", e.location().latitude()) : "");
  row.push_back(located ? fmt::format("{:.4f}", e.location().longitude()) : "");
  row.push_back(e.has_location() ? TsvField(e.location().name()) : "");
  // StateName: known when the place is itself a first-level division.
  row.push_back(e.has_location() && e.location().kind() == v1::Location::PROVINCE ? TsvField(e.location().name())
                                                                                  : "");
  row.push_back(e.has_location() ? e.location().country() : "");
  row.push_back(fmt::format("{}_{}", TsvField(e.article_id()), e.sentence_index()));
  row.push_back(TsvField(e.url()));
  row.push_back(TsvField(e.publisher()));
  return JoinTsv(row);
}

}  // namespace tidings::store

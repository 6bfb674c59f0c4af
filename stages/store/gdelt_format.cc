#include "store/gdelt_format.h"

#include <fmt/format.h>

#include <cmath>
#include <cstdlib>
#include <vector>

#include "store/cameo_actor.h"
#include "store/tsv_row.h"
#include "store/utc_time.h"
#include "store/country_codes.h"
#include "store/utc_time.h"

namespace tidings::store {

namespace {

std::string Upper(const std::string& s) {
  std::string out = TsvField(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code,
// Type1Code, Type2Code, Type3Code.
void AddActor(bool has, const v1::Actor& actor, std::vector<std::string>* row) {
  if (!has || actor.code().empty()) {
    row->insert(row->end(), 10, "");
    return;
  }
  GdeltActorParts p = SplitForGdelt(actor.code());
  if (p.country.empty() && FindCountry(actor.country()) != nullptr) p.country = actor.country();
  row->insert(row->end(), {actor.code(), Upper(actor.text()), p.country, p.known_group, p.ethnic, p.religion1,
                           p.religion2, p.type1, p.type2, p.type3});
}

// GDELT's geography block: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID.
void AddGeo(const v1::Event& e, bool action, std::vector<std::string>* row) {
  const Country* country = action && e.has_location() ? FindCountry(e.location().country()) : nullptr;
  if (!action || !e.has_location() || (country == nullptr && !e.location().has_coordinates())) {
    row->insert(row->end(), {"0", "", "", "", "", "", "", ""});
    return;
  }
  const v1::Location& loc = e.location();
  // A country-level place: so coded, else (events stored before places had kinds) the country's
  // own name or representative point.
  const bool whole_country =
      country != nullptr &&
      (loc.kind() == v1::Location::COUNTRY ||
       (loc.kind() == v1::Location::KIND_UNSPECIFIED &&
        (loc.name() == country->name ||
         (loc.has_coordinates() && std::abs(loc.latitude() - country->latitude) < 0.01 &&
          std::abs(loc.longitude() - country->longitude) < 0.01))));
  // GDELT's Geo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1).
  const bool us = country != nullptr && country->iso3 == "USA";
  const bool division = loc.kind() == v1::Location::PROVINCE;
  std::string type = whole_country ? "1" : division ? (us ? "2" : "5") : (us ? "3" : "4");
  std::string name = whole_country ? country->name
                                   : (country != nullptr ? loc.name() + ", " + country->name : loc.name());
  const std::string fips = country != nullptr ? country->fips : "";
  row->push_back(type);
  row->push_back(TsvField(name));
  row->push_back(fips);
  row->push_back(fips);  // ADM1: the division is unknown; the country code aggregates like GDELT's
  row->push_back("");
  row->push_back(loc.has_coordinates() ? fmt::format("{:.4f}", loc.latitude()) : "");
  row->push_back(loc.has_coordinates() ? fmt::format("{:.4f}", loc.longitude()) : "");
  row->push_back(whole_country ? fips : "");
}

}  // namespace

std::string GdeltEventCode(const std::string& code) { return code.size() == 2 ? code + "0" : code; }

std::string GdeltEventRow(const v1::Event& e, const EventRowInfo& info) {
  std::vector<std::string> row;
  row.reserve(kGdeltColumns);
  row.push_back(std::to_string(e.seq()));
  // e.date is YYYY-MM-DD.
  const std::string day = CompactDate(e.date());
  const int month = day.empty() ? 0 : std::atoi(day.substr(4, 2).c_str());
  const int mday = day.empty() ? 0 : std::atoi(day.substr(6, 2).c_str());
  row.push_back(day);
  row.push_back(day.substr(0, 6));
  row.push_back(day.substr(0, 4));
  // YYYY.FFFF: the part of the year gone by, GDELT's ((month - 1) * 30 + day) / 365.
  row.push_back(day.empty() ? "" : fmt::format("{}.{:04}", day.substr(0, 4), ((month - 1) * 30 + mday) * 10000 / 365));
  AddActor(e.has_source(), e.source(), &row);
  AddActor(e.has_target(), e.target(), &row);
  const std::string code = GdeltEventCode(e.code());
  row.push_back(e.root_mention() ? "1" : "0");
  row.push_back(code);
  row.push_back(code.substr(0, 3));
  row.push_back(code.substr(0, 2));
  row.push_back(std::to_string(e.quad_class()));
  row.push_back(fmt::format("{}", e.goldstein()));
  const uint32_t articles = std::max<uint32_t>(1, e.num_articles());
  row.push_back(std::to_string(articles));                            // NumMentions
  row.push_back(std::to_string(std::max<uint32_t>(1, e.num_sources())));  // NumSources
  row.push_back(std::to_string(articles));                            // NumArticles
  row.push_back("");                                                  // AvgTone
  AddGeo(e, false, &row);
  AddGeo(e, false, &row);
  AddGeo(e, true, &row);
  row.push_back(info.stored_at_ms > 0 ? CompactUtc(info.stored_at_ms) : "");
  row.push_back(TsvField(e.url()));
  return JoinTsv(row);
}

}  // namespace tidings::store

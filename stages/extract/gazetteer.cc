#include "extract/gazetteer.h"

#include <algorithm>
#include <charconv>
#include <system_error>

namespace tidings::extract {

namespace {

// A number at the start of the field (after blanks); false when there is none.
template <typename T>
bool ReadNumber(std::string_view field, T* out) {
  field = Trim(field);
  auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), *out);
  return ec == std::errc() && end != field.data();
}

}  // namespace

void Gazetteer::Load(std::string_view contents, const WarningSink& warnings, Lexicon* lexicon) {
  // About one place (and trie node, and new word) per 44 bytes of the table.
  places_.reserve(places_.size() + contents.size() / 40);
  trie_.Reserve(trie_.node_count() + contents.size() / 36);
  lexicon->Reserve(lexicon->size() + contents.size() / 36);
  std::vector<uint32_t> ids;
  ForEachTsvRow(contents, "name\t", [&](int number, const std::vector<std::string_view>& f) {
    if (f.size() < 6) {
      warnings.Add(number, "expected 6 tab-separated fields (name, country, latitude, longitude, population, kind)");
      return;
    }
    Place pl;
    pl.name = std::string(Trim(f[0]));
    pl.country = std::string(Trim(f[1]));
    bool coordinates = ReadNumber(f[2], &pl.latitude) && ReadNumber(f[3], &pl.longitude);
    if (!ReadNumber(f[4], &pl.population)) pl.population = 0;
    std::string_view kind = Trim(f[5]);
    if (kind == "country") pl.kind = Place::kCountry;
    else if (kind == "capital") pl.kind = Place::kCapital;
    else if (kind == "city") pl.kind = Place::kCity;
    else if (kind == "province") pl.kind = Place::kProvince;
    else {
      warnings.Add(number, "unknown kind '" + std::string(kind) + "' (country, capital, city or province)");
      return;
    }
    if (pl.name.empty() || !coordinates) {
      warnings.Add(number, "unreadable name or coordinates");
      return;
    }
    if (pl.kind == Place::kCountry) {
      auto at = std::lower_bound(countries_.begin(), countries_.end(), pl.country);
      if (at == countries_.end() || *at != pl.country) countries_.insert(at, pl.country);
    }
    InternPhrase(pl.name, lexicon, &ids);
    if (ids.empty()) return;
    int32_t index = static_cast<int32_t>(places_.size());
    uint32_t node = trie_.Insert(ids);
    int32_t old = trie_.Value(node);
    places_.push_back(std::move(pl));
    // One place per name: countries, then capitals, then the most populous city, then province.
    if (old == PhraseTrie::kNoValue) {
      trie_.SetValue(node, index);
      return;
    }
    const Place& a = places_[old];
    const Place& b = places_[index];
    bool better = b.kind < a.kind || (b.kind == a.kind && b.population > a.population);
    if (better) trie_.SetValue(node, index);
    int32_t winner = better ? index : old, loser = better ? old : index;
    const Place& w = places_[winner];
    const Place& l = places_[loser];
    if (l.kind == Place::kProvince && w.kind != Place::kProvince && w.country == l.country) {
      same_name_province_.emplace_back(winner, loser);
    }
  });
  std::sort(same_name_province_.begin(), same_name_province_.end());
}

const Place* Gazetteer::ProvinceNamedLike(int32_t i) const {
  auto at = std::lower_bound(same_name_province_.begin(), same_name_province_.end(), std::make_pair(i, int32_t{-1}));
  // The first province recorded for the place, should a later row add a second.
  return at != same_name_province_.end() && at->first == i ? &places_[at->second] : nullptr;
}

bool Gazetteer::IsCountry(std::string_view code) const {
  auto at = std::lower_bound(countries_.begin(), countries_.end(), code,
                             [](const std::string& a, std::string_view b) { return a < b; });
  return at != countries_.end() && *at == code;
}

}  // namespace tidings::extract

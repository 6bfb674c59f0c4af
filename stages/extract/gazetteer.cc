#include "extract/gazetteer.h"

#include <cstdlib>

namespace tidings::extract {

void Gazetteer::Load(std::string_view contents, const WarningSink& warnings, Lexicon* lexicon) {
  ForEachTsvRow(contents, "name\t", [&](int number, const std::vector<std::string_view>& f) {
    if (f.size() < 6) {
      warnings.Add(number, "expected 6 tab-separated fields (name, country, latitude, longitude, population, kind)");
      return;
    }
    Place pl;
    pl.name = std::string(Trim(f[0]));
    pl.country = std::string(Trim(f[1]));
    std::string lat(f[2]), lon(f[3]), pop(f[4]);
    char* e1 = nullptr;
    char* e2 = nullptr;
    pl.latitude = std::strtod(lat.c_str(), &e1);
    pl.longitude = std::strtod(lon.c_str(), &e2);
    pl.population = std::atol(pop.c_str());
    std::string_view kind = Trim(f[5]);
    if (kind == "country") pl.kind = Place::kCountry;
    else if (kind == "capital") pl.kind = Place::kCapital;
    else if (kind == "city") pl.kind = Place::kCity;
    else {
      warnings.Add(number, "unknown kind '" + std::string(kind) + "' (country, capital or city)");
      return;
    }
    if (pl.name.empty() || e1 == lat.c_str() || e2 == lon.c_str()) {
      warnings.Add(number, "unreadable name or coordinates");
      return;
    }
    std::vector<uint32_t> ids = InternPhrase(pl.name, lexicon);
    if (ids.empty()) return;
    int32_t index = static_cast<int32_t>(places_.size());
    uint32_t node = trie_.Insert(ids);
    int32_t old = trie_.Value(node);
    places_.push_back(std::move(pl));
    // One place per name: countries, then capitals, then the most populous city.
    if (old == PhraseTrie::kNoValue) {
      trie_.SetValue(node, index);
    } else {
      const Place& a = places_[old];
      const Place& b = places_[index];
      bool better = b.kind < a.kind || (b.kind == a.kind && b.population > a.population);
      if (better) trie_.SetValue(node, index);
    }
  });
}

}  // namespace tidings::extract

// Gazetteer (gazetteer.tsv: name, country, latitude, longitude, population, kind with kind
// country|capital|city|province): places an event sentence may name, for its location and for
// the country of the domestic actors acting there.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/dictionary_lines.h"
#include "extract/lexicon.h"
#include "extract/phrase_trie.h"

namespace tidings::extract {

struct Place {
  std::string name;
  std::string country;  // alpha-3
  double latitude = 0, longitude = 0;
  long population = 0;
  // In the order a name shared by several places prefers them. A province (a first-level
  // division: state, region, oblast, governorate ...) is a location, never an actor.
  enum Kind { kCountry, kCapital, kCity, kProvince } kind = kCity;
};

// Not thread-safe while loading; immutable and safe to read from many threads afterwards.
class Gazetteer {
 public:
  // Adds the rows of `contents`; a row it cannot read is reported to `warnings` and skipped.
  // Each name resolves to one place: a country, else a capital, else the most populous city,
  // else the most populous province.
  void Load(std::string_view contents, const WarningSink& warnings, Lexicon* lexicon);
  const PhraseTrie& trie() const { return trie_; }
  const Place& place(int32_t i) const { return places_[i]; }
  size_t size() const { return places_.size(); }
  // The province of place `i`'s country that has its name ("Idlib" the city and "Idlib" the
  // governorate), for "Idlib province"; null when there is none or `i` is one.
  const Place* ProvinceNamedLike(int32_t i) const;
  // True when `code` is the alpha-3 code of a country in the table (not "IGO", "---" ...).
  bool IsCountry(std::string_view code) const;

 private:
  PhraseTrie trie_;
  std::vector<Place> places_;
  std::vector<std::pair<int32_t, int32_t>> same_name_province_;  // (place, its province), sorted
  std::vector<std::string> countries_;  // sorted, distinct
};

}  // namespace tidings::extract

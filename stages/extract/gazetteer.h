// Gazetteer (gazetteer.tsv: name, country, latitude, longitude, population, kind with kind
// country|capital|city|province): places an event sentence may name, for its location and for
// the country of the domestic actors acting there.
#pragma once

#include <functional>
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
  // True when place `i`'s name is shared by a place of another country at least a third as
  // populous ("Hamilton": Bermuda's capital, cities of Canada and New Zealand): the name alone
  // does not say which is meant.
  bool Contested(int32_t i) const;
  // The one place named like contested place `i` whose country `in_context` accepts; null when
  // none or several are.
  const Place* Settle(int32_t i, const std::function<bool(std::string_view country)>& in_context) const;

 private:
  // Puts place `index` at trie node `node` when it is preferred to the one there. A derived
  // spelling ("St. John" of "Saint John") only takes a node no other name holds.
  void Offer(uint32_t node, int32_t index, bool derived);
  void FindContested();

  PhraseTrie trie_;
  std::vector<Place> places_;
  std::vector<std::pair<uint32_t, int32_t>> named_;  // (trie node, place) of every name written
  std::vector<std::pair<int32_t, int32_t>> rivals_;   // (contested place, rival place), sorted
  std::vector<uint32_t> derived_nodes_;               // nodes held by a derived spelling, sorted
  std::vector<std::pair<int32_t, int32_t>> same_name_province_;  // (place, its province), sorted
  std::vector<std::string> countries_;  // sorted, distinct
};

}  // namespace tidings::extract

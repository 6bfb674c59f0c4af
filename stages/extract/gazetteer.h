// Gazetteer (gazetteer.tsv: name, country, latitude, longitude, population, kind with kind
// country|capital|city): places an event sentence may name, for its location.
#pragma once

#include <string>
#include <string_view>
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
  enum Kind { kCountry, kCapital, kCity } kind = kCity;
};

class Gazetteer {
 public:
  void Load(std::string_view contents, const WarningSink& warnings, Lexicon* lexicon);
  const PhraseTrie& trie() const { return trie_; }
  const Place& place(int32_t i) const { return places_[i]; }
  size_t size() const { return places_.size(); }
  // True when `code` is the alpha-3 code of a country in the table (not "IGO", "---" ...).
  bool IsCountry(std::string_view code) const;

 private:
  PhraseTrie trie_;
  std::vector<Place> places_;
  std::vector<std::string> countries_;  // sorted, distinct
};

}  // namespace tidings::extract

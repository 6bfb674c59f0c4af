#include "extract/gazetteer.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
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

// A coordinate: most are short decimals ("41.01384", "-3.7"), read here as digits / 10^k. With
// fewer than 16 digits and k <= 22 both operands are exact doubles and the one division
// rounds correctly, so the value is the one std::from_chars gives (at a tenth of its cost,
// which was an eighth of loading the gazetteer); any other form goes to std::from_chars.
bool ReadCoordinate(std::string_view field, double* out) {
  static constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  std::string_view t = Trim(field);
  size_t i = !t.empty() && t[0] == '-' ? 1 : 0;
  if (i >= t.size() || !IsAsciiDigit(t[i])) return ReadNumber(field, out);
  uint64_t digits = 0;
  int count = 0, decimals = -1;  // decimals: -1 before the '.'
  for (; i < t.size(); ++i) {
    if (IsAsciiDigit(t[i])) {
      digits = digits * 10 + static_cast<uint64_t>(t[i] - '0');
      ++count;
      if (decimals >= 0) ++decimals;
    } else if (t[i] == '.' && decimals < 0) {
      decimals = 0;
    } else {
      return ReadNumber(field, out);
    }
  }
  if (count > 15 || decimals == 0 || decimals > 22) return ReadNumber(field, out);
  double v = static_cast<double>(digits);
  if (decimals > 0) v /= kPowersOfTen[decimals];
  *out = t[0] == '-' ? -v : v;
  return true;
}

// Calls fn(spelling, period_tokens) for each way the news writes `name`: as written, "St." and
// "St" for "Saint", and (period_tokens) with the period of an abbreviation as the token of its
// own the tokenizer makes of it ("St. John's" is ST . JOHN 'S in a sentence).
// The "St." forms are derived: they never displace or contest a name the table writes.
template <typename Fn>
void ForEachSpelling(std::string_view name, Fn&& fn) {
  auto forms_of = [&](std::string_view spelling, bool derived) {
    fn(spelling, false, derived);
    if (spelling.find(". ") != std::string_view::npos) fn(spelling, true, derived);
  };
  forms_of(name, false);
  if (name.starts_with("Saint ")) {
    forms_of("St. " + std::string(name.substr(6)), true);
    forms_of("St " + std::string(name.substr(6)), true);
  }
}

// The word ids of one spelling; with period_tokens, a word ending in a period ("St.") is
// followed by a "." word.
void InternSpelling(std::string_view spelling, bool period_tokens, Lexicon* lexicon, std::vector<uint32_t>* ids) {
  if (!period_tokens) {
    InternPhrase(spelling, lexicon, ids);
    return;
  }
  ids->clear();
  std::vector<uint32_t> word;
  size_t start = 0;
  while (start <= spelling.size()) {
    size_t space = spelling.find(' ', start);
    std::string_view w = spelling.substr(start, space == std::string_view::npos ? std::string_view::npos : space - start);
    InternPhrase(w, lexicon, &word);
    ids->insert(ids->end(), word.begin(), word.end());
    if (w.size() > 1 && w.back() == '.') ids->push_back(lexicon->Intern("."));
    if (space == std::string_view::npos) break;
    start = space + 1;
  }
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
    bool coordinates = ReadCoordinate(f[2], &pl.latitude) && ReadCoordinate(f[3], &pl.longitude);
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
    const int32_t index = static_cast<int32_t>(places_.size());
    places_.push_back(std::move(pl));
    // (Offer reads places_ but adds none: the name stays where it is.)
    ForEachSpelling(places_[index].name, [&](std::string_view spelling, bool period_tokens, bool derived) {
      InternSpelling(spelling, period_tokens, lexicon, &ids);
      if (!ids.empty()) Offer(trie_.Insert(ids), index, derived);
    });
  });
  std::sort(same_name_province_.begin(), same_name_province_.end());
  same_name_province_.erase(std::unique(same_name_province_.begin(), same_name_province_.end()),
                            same_name_province_.end());
  FindContested();
}

void Gazetteer::Offer(uint32_t node, int32_t index, bool derived) {
  int32_t old = trie_.Value(node);
  auto derived_at = std::lower_bound(derived_nodes_.begin(), derived_nodes_.end(), node);
  const bool holds_derived = derived_at != derived_nodes_.end() && *derived_at == node;
  if (derived) {
    if (old != PhraseTrie::kNoValue) return;
    trie_.SetValue(node, index);
    derived_nodes_.insert(derived_at, node);
    return;
  }
  if (holds_derived) {  // a written name takes the node over
    derived_nodes_.erase(derived_at);
    old = PhraseTrie::kNoValue;
  }
  named_.emplace_back(node, index);
  // One place per name: countries, then capitals, then the most populous city, then province.
  if (old == PhraseTrie::kNoValue) {
    trie_.SetValue(node, index);
    return;
  }
  if (old == index) return;
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
}

void Gazetteer::FindContested() {
  rivals_.clear();
  std::sort(named_.begin(), named_.end());
  for (size_t b = 0, e = 0; b < named_.size(); b = e) {
    e = b;
    while (e < named_.size() && named_[e].first == named_[b].first) ++e;
    const int32_t winner = trie_.Value(named_[b].first);
    const Place& w = places_[winner];
    if (e - b < 2 || w.kind == Place::kCountry) continue;
    for (size_t k = b; k < e; ++k) {
      const Place& r = places_[named_[k].second];
      if (r.country != w.country && r.kind != Place::kCountry && r.population * 3 >= w.population) {
        rivals_.emplace_back(winner, named_[k].second);
      }
    }
  }
  std::sort(rivals_.begin(), rivals_.end());
  rivals_.erase(std::unique(rivals_.begin(), rivals_.end()), rivals_.end());
}

bool Gazetteer::Contested(int32_t i) const {
  auto at = std::lower_bound(rivals_.begin(), rivals_.end(), std::make_pair(i, int32_t{-1}));
  return at != rivals_.end() && at->first == i;
}

const Place* Gazetteer::Settle(int32_t i, const std::function<bool(std::string_view)>& in_context) const {
  const Place* found = in_context(places_[i].country) ? &places_[i] : nullptr;
  for (auto at = std::lower_bound(rivals_.begin(), rivals_.end(), std::make_pair(i, int32_t{-1}));
       at != rivals_.end() && at->first == i; ++at) {
    const Place& r = places_[at->second];
    if (!in_context(r.country)) continue;
    if (found != nullptr && found->country != r.country) return nullptr;
    if (found == nullptr) found = &r;
  }
  return found;
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

// Countries and territories by ISO 3166-1 alpha-3 code (data/fips10_4.tsv, embedded at build
// time): the FIPS 10-4 code GDELT writes for places (Azerbaijan AJ, Germany GM), the name, and
// the point that stands for the country as a whole.
#pragma once

#include <string>
#include <string_view>

namespace tidings::store {

struct Country {
  std::string iso3;  // "AZE" (KSV for Kosovo)
  std::string fips;  // "AJ"
  std::string name;  // "Azerbaijan"
  double latitude = 0, longitude = 0;
};

// Null when the code is not a country or territory of the table. Thread-safe.
const Country* FindCountry(std::string_view iso3);

}  // namespace tidings::store

// The parts of a CAMEO actor code ("TURGOV", "IGOEUREEC", "NGOHRIAMN"): a code is a chain of
// three-letter segments -- a country or region, types (GOV, MIL, IGO, ...), religions, a known
// organisation -- split the ways GDELT and the Phoenix data set publish them.
#pragma once

#include <string>
#include <string_view>

namespace tidings::store {

// GDELT's actor columns.
struct GdeltActorParts {
  std::string country;       // CountryCode: ISO alpha-3 or CAMEO region (EUR, AFR, ...)
  std::string known_group;   // KnownGroupCode: an organisation (UNO, EEC, AMN)
  std::string ethnic;        // EthnicCode: never set by our coder
  std::string religion1, religion2;
  std::string type1, type2, type3;
};

// "TURGOV" -> country TUR, type1 GOV; "IGOEUREEC" -> type1 IGO, country EUR, known group EEC;
// "NGOHRIAMN" -> type1 NGO, type2 HRI, known group AMN. Segments "---" (unknown) are skipped.
GdeltActorParts SplitForGdelt(std::string_view code);

// The Phoenix data set's actor columns.
struct PhoenixActorParts {
  std::string entity;     // a country code or IGO / NGO / IMG / MNC (first segment)
  std::string role;       // the primary agent after it: GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL
  std::string attribute;  // the remaining segments joined by ';'
};
PhoenixActorParts SplitForPhoenix(std::string_view code);

}  // namespace tidings::store

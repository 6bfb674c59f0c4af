// An event as a row of the GDELT 2.0 event table ("export" files): 61 tab-separated columns in
// GDELT's order, no header. What tidings has fills its column; the rest stay empty.
#pragma once

#include <string>

#include "store/event_store.h"
#include "tidings/v1/tidings.pb.h"

namespace tidings::store {

constexpr int kGdeltColumns = 61;

// GlobalEventID = seq; Day/MonthYear/Year/FractionDate from the event date; actor code, name
// (its text, upper case) and the code's parts (cameo_actor.h); IsRootEvent from root_mention;
// EventCode/EventBaseCode/EventRootCode as strings with leading zeros (a bare root "05" is
// written "050", CAMEO's "not specified below"); QuadClass, GoldsteinScale; NumMentions and
// NumArticles = num_articles, NumSources = num_sources; AvgTone empty; Actor1Geo/Actor2Geo
// type 0 (we do not locate actors); ActionGeo from the event's location: type 1 (country) when
// it is the country itself, else 4 (world city) or 3 (US city), full name "Place, Country",
// FIPS 10-4 country code, ADM1 = the country code (the division is unknown), lat/long,
// FeatureID = the country code for a country; DATEADDED = when stored (YYYYMMDDHHMMSS UTC);
// SOURCEURL. No field holds a tab or a line break. No trailing newline.
std::string GdeltEventRow(const v1::Event& event, const EventRowInfo& info);

// "05" -> "050"; a 3- or 4-digit code is kept.
std::string GdeltEventCode(const std::string& code);

}  // namespace tidings::store

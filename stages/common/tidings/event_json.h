// The one JSON (and CSV) shape of an event, used by every command that prints events
// (`tidings code`, `tidings query`, `tidings subscribe`). The schema is documented in the
// README; fields are only ever added.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "tidings/v1/tidings.pb.h"

namespace tidings {

// {"id","article_id","seq","source","source_text","source_country","target","target_text",
//  "target_country","code","root","quad_class","goldstein","date","sentence",
//  "sentence_index","pattern","verb","root_mention","location","issues","url","publisher",
//  "num_articles","num_sources"}
nlohmann::ordered_json EventToJson(const v1::Event& event);
// One line, no trailing newline.
std::string EventToJsonLine(const v1::Event& event);

// CSV with the same columns as the JSON (location flattened; issues joined with ';').
std::string EventCsvHeader();
std::string EventToCsvRow(const v1::Event& event);

}  // namespace tidings

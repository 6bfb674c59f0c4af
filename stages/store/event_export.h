// Writes stored events in the formats users load: the one event schema of tidings
// (tidings/event_json.h) as JSON lines or CSV, the GDELT 2.0 event table (gdelt_format.h) and
// the Phoenix data set's daily layout (phoenix_format.h). Used by `tidings query` and
// `tidings export`; kept here so that it is tested with a real store.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>

#include "store/event_store.h"
#include "tidings/status.h"

namespace tidings::store {

enum class ExportFormat { kJsonLines, kCsv, kGdelt, kPhoenix };

// "jsonl" / "csv" / "gdelt" / "phoenix"; InvalidInput naming the choices otherwise.
Status ParseExportFormat(const std::string& name, ExportFormat* format);

// The line a format starts with (the CSV header), or "" for formats without one.
std::string ExportHeader(ExportFormat format);
// One event as one line of `format`, without the newline.
std::string FormatEvent(const v1::Event& event, const EventRowInfo& info, ExportFormat format);

// Writes the events matching `query` in seq order, one per line (CSV: the header first, even
// when nothing matches). Stops with an IoError when `out` fails (e.g. a closed pipe).
// *written (optional) gets the event count.
Status ExportEvents(EventStore& store, const EventQuery& query, ExportFormat format,
                    std::ostream& out, uint64_t* written = nullptr);

// One JSON object per dead letter and line: {"article_id","stage","reason","attempt",
// "time_unix_ms","original_size"} (the original bytes are not printed).
Status ExportDeadLetters(EventStore& store, const DeadLetterQuery& query, std::ostream& out,
                         uint64_t* written = nullptr);

// One JSON object per article and line: {"id","status","language","title","url","source",
// "published","duplicate_of","event_count","attempt","stored_at"} (stored_at in ISO 8601 UTC).
// status is "stored", "dead" or "not coded: <reason>".
Status ExportArticles(EventStore& store, const ArticleQuery& query, std::ostream& out,
                      uint64_t* written = nullptr);

}  // namespace tidings::store

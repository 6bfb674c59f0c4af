// Writes stored events in the one event schema of tidings (tidings/event_json.h): JSON lines
// or CSV. Used by `tidings query`; kept here so that it is tested with a real store.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>

#include "store/event_store.h"
#include "tidings/status.h"

namespace tidings::store {

enum class ExportFormat { kJsonLines, kCsv };

// "jsonl" / "csv"; InvalidInput for anything else.
Status ParseExportFormat(const std::string& name, ExportFormat* format);

// Writes the events matching `query` in seq order: one JSON object per line, or a CSV header
// followed by one row per event (the header is written even when nothing matches). Stops with
// an IoError when `out` fails (e.g. a closed pipe). *written (optional) gets the event count.
Status ExportEvents(EventStore& store, const EventQuery& query, ExportFormat format,
                    std::ostream& out, uint64_t* written = nullptr);

// One JSON object per dead letter and line: {"article_id","stage","reason","attempt",
// "time_unix_ms","original_size"} (the original bytes are not printed).
Status ExportDeadLetters(EventStore& store, const DeadLetterQuery& query, std::ostream& out,
                         uint64_t* written = nullptr);

}  // namespace tidings::store

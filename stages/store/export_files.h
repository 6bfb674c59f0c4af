// `tidings export --output DIR --rotate daily|15min`: events written to one file per period of
// the time they were stored (GDELT's DATEADDED), named the way GDELT and Phoenix name theirs.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/event_export.h"
#include "store/event_store.h"
#include "tidings/status.h"

namespace tidings::store {

enum class Rotation { kDaily, kQuarterHour };

// "daily" / "15min"; InvalidInput naming the choices otherwise.
Status ParseRotation(const std::string& name, Rotation* rotation);

// The start (unix ms) of the period that holds `stored_at_ms`.
int64_t PeriodStart(Rotation rotation, int64_t stored_at_ms);

// The name of the file for the period starting at `period_start_ms`:
//   gdelt    15min 20211111151500.export.CSV   daily 20211111.export.CSV
//   phoenix  15min events.full.20211111151500.txt  daily events.full.20211111.txt
//   jsonl    15min 20211111151500.events.jsonl daily 20211111.events.jsonl   (csv: .events.csv)
std::string RotatedFileName(ExportFormat format, Rotation rotation, int64_t period_start_ms);

// Writes the events matching `query`, in seq order, into the file of their period under `dir`
// (created when missing). A file is written under "<name>.part" and renamed when its period is
// done, so a reader never sees half a file; a rerun replaces the files it writes. *files
// (optional) gets the names written, *written (optional) the event count.
Status ExportEventFiles(EventStore& store, const EventQuery& query, ExportFormat format, Rotation rotation,
                        const std::string& dir, std::vector<std::string>* files = nullptr,
                        uint64_t* written = nullptr);

}  // namespace tidings::store

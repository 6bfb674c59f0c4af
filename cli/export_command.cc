// tidings export: stored events in the formats event-data users load -- the GDELT 2.0 event
// table, the Phoenix data set's daily files, or tidings' own JSON lines / CSV -- to stdout or
// into files rotated daily or every 15 minutes by the time the events were stored.
#include <iostream>
#include <memory>

#include "commands.h"
#include "daemon_client.h"
#include "store/event_export.h"
#include "store/export_files.h"
#include "store/utc_time.h"
#include "store_options.h"

namespace tidings::cli {

namespace {

struct ExportOptions {
  std::string format = "jsonl";
  std::string since, until;  // a date or a UTC time
  std::string by = "added";  // what --since/--until select on: added (stored) or event (date)
  std::string output, rotate;
  std::string data_dir;
  StoreOptions store;
};

// --since / --until as the range of the time stored: from `since` (inclusive) to `until`
// (exclusive; a date alone means the whole of that day).
Status StoredRange(const ExportOptions& o, store::EventQuery* q) {
  bool date_only = false;
  if (!o.since.empty()) {
    if (Status s = store::ParseUtcTime(o.since, &q->stored_from_ms); !s.ok()) return s;
  }
  if (!o.until.empty()) {
    if (Status s = store::ParseUtcTime(o.until, &q->stored_before_ms, &date_only); !s.ok()) return s;
    if (date_only) q->stored_before_ms += store::kMillisPerDay;
  }
  // 0 means "no bound" to the query.
  if (!o.since.empty() && q->stored_from_ms == 0) q->stored_from_ms = 1;
  return Status::Ok();
}

int RunExport(const ExportOptions& o) {
  auto fail = [](const Status& s, int code) {
    std::cerr << "tidings export: " << s.message() << "\n";
    return code;
  };
  store::ExportFormat format;
  if (Status s = store::ParseExportFormat(o.format, &format); !s.ok()) return fail(s, 2);
  store::EventQuery query;
  if (o.by == "event") {
    query.since_date = o.since;
    query.until_date = o.until;
  } else if (Status s = StoredRange(o, &query); !s.ok()) {
    return fail(s, 2);
  }
  store::Rotation rotation = store::Rotation::kDaily;
  if (!o.rotate.empty()) {
    if (o.output.empty()) return fail(Status::InvalidInput("--rotate needs --output DIR"), 2);
    if (Status s = store::ParseRotation(o.rotate, &rotation); !s.ok()) return fail(s, 2);
  }
  std::unique_ptr<store::EventStore> store;
  if (Status s = OpenStoreForReading(o.store, o.data_dir, &store); !s.ok()) return fail(s, 2);
  Status s;
  uint64_t written = 0;
  if (o.output.empty()) {
    s = store::ExportEvents(*store, query, format, std::cout, &written);
  } else {
    // Without --rotate, one file per day (GDELT's daily files).
    std::vector<std::string> files;
    s = store::ExportEventFiles(*store, query, format, rotation, o.output, &files, &written);
    std::cerr << "tidings export: " << written << " events in " << files.size() << " files under " << o.output
              << "\n";
  }
  if (!s.ok()) return fail(s, 1);
  return 0;
}

}  // namespace

void RegisterExportCommand(CLI::App& app) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "export", "Write stored events as GDELT 2.0 event rows, Phoenix daily rows, JSON lines or CSV");
  cmd->add_option("--format", o->format, "gdelt, phoenix, jsonl (default) or csv")
      ->check(CLI::IsMember({"gdelt", "phoenix", "jsonl", "csv"}));
  cmd->add_option("--since", o->since,
                  "first day or time, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z] (UTC, inclusive); of the time "
                  "stored (GDELT's DATEADDED) unless --by event");
  cmd->add_option("--until", o->until,
                  "last day (inclusive) or time (exclusive), in the same forms");
  cmd->add_option("--by", o->by,
                  "what --since/--until select: added (the time stored, default) or event (the event "
                  "date; dates only)")
      ->check(CLI::IsMember({"added", "event"}));
  cmd->add_option("--output", o->output, "write files into this directory instead of stdout");
  cmd->add_option("--rotate", o->rotate,
                  "with --output: one file per day (daily, the default) or per 15 minutes (15min) of "
                  "the time stored, named like GDELT's (20250101151500.export.CSV) or Phoenix's "
                  "(events.full.20250101.txt)")
      ->check(CLI::IsMember({"daily", "15min"}));
  AddDataDirOption(cmd, &o->data_dir);
  AddStoreOptions(cmd, &o->store);
  cmd->callback([o]() {
    int rc = RunExport(*o);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace tidings::cli

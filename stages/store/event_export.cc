#include "store/event_export.h"

#include <nlohmann/json.hpp>

#include "tidings/event_json.h"

namespace tidings::store {

Status ParseExportFormat(const std::string& name, ExportFormat* format) {
  if (name == "jsonl" || name == "json") {
    *format = ExportFormat::kJsonLines;
  } else if (name == "csv") {
    *format = ExportFormat::kCsv;
  } else {
    return Status::InvalidInput("unknown format '" + name + "': use jsonl or csv");
  }
  return Status::Ok();
}

Status ExportEvents(EventStore& store, const EventQuery& query, ExportFormat format,
                    std::ostream& out, uint64_t* written) {
  uint64_t n = 0;
  if (format == ExportFormat::kCsv) out << EventCsvHeader() << '\n';
  Status s = store.QueryEvents(query, [&](const v1::Event& e) {
    out << (format == ExportFormat::kCsv ? EventToCsvRow(e) : EventToJsonLine(e)) << '\n';
    ++n;
    return static_cast<bool>(out);
  });
  if (written != nullptr) *written = n;
  if (!s.ok()) return s;
  out.flush();
  if (!out) return Status::IoError("cannot write the events (output closed?)");
  return Status::Ok();
}

Status ExportDeadLetters(EventStore& store, const DeadLetterQuery& query, std::ostream& out,
                         uint64_t* written) {
  uint64_t n = 0;
  Status s = store.QueryDeadLetters(query, [&](const v1::DeadLetter& d) {
    nlohmann::ordered_json j;
    j["article_id"] = d.article_id();
    j["stage"] = d.stage();
    j["reason"] = d.reason();
    j["attempt"] = d.attempt();
    j["time_unix_ms"] = d.time_unix_ms();
    j["original_size"] = d.original_size();
    out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    ++n;
    return static_cast<bool>(out);
  });
  if (written != nullptr) *written = n;
  if (!s.ok()) return s;
  out.flush();
  if (!out) return Status::IoError("cannot write the dead letters (output closed?)");
  return Status::Ok();
}

}  // namespace tidings::store

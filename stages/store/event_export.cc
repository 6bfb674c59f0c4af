#include "store/event_export.h"

#include <nlohmann/json.hpp>

#include "store/gdelt_format.h"
#include "store/phoenix_format.h"
#include "store/utc_time.h"
#include "tidings/event_json.h"

namespace tidings::store {

Status ParseExportFormat(const std::string& name, ExportFormat* format) {
  if (name == "jsonl" || name == "json") {
    *format = ExportFormat::kJsonLines;
  } else if (name == "csv") {
    *format = ExportFormat::kCsv;
  } else if (name == "gdelt") {
    *format = ExportFormat::kGdelt;
  } else if (name == "phoenix") {
    *format = ExportFormat::kPhoenix;
  } else {
    return Status::InvalidInput("unknown format '" + name + "': use jsonl, csv, gdelt or phoenix");
  }
  return Status::Ok();
}

std::string ExportHeader(ExportFormat format) { return format == ExportFormat::kCsv ? EventCsvHeader() : ""; }

std::string FormatEvent(const v1::Event& e, const EventRowInfo& info, ExportFormat format) {
  switch (format) {
    case ExportFormat::kCsv: return EventToCsvRow(e);
    case ExportFormat::kGdelt: return GdeltEventRow(e, info);
    case ExportFormat::kPhoenix: return PhoenixEventRow(e);
    case ExportFormat::kJsonLines: break;
  }
  return EventToJsonLine(e);
}

Status ExportEvents(EventStore& store, const EventQuery& query, ExportFormat format,
                    std::ostream& out, uint64_t* written) {
  uint64_t n = 0;
  if (const std::string header = ExportHeader(format); !header.empty()) out << header << '\n';
  Status s = store.QueryEventRows(query, [&](const v1::Event& e, const EventRowInfo& info) {
    out << FormatEvent(e, info, format) << '\n';
    ++n;
    return static_cast<bool>(out);
  });
  if (written != nullptr) *written = n;
  if (!s.ok()) return s;
  out.flush();
  if (!out) return Status::IoError("cannot write the events (output closed?)");
  return Status::Ok();
}

namespace {

// Writes one JSON object per row that `query` hands over (`to_json` builds it); `what` names the
// rows in the error when `out` fails.
template <typename Row, typename Query, typename ToJson>
Status WriteJsonLines(Query query, ToJson to_json, std::ostream& out, uint64_t* written, const char* what) {
  uint64_t n = 0;
  Status s = query([&](const Row& row) {
    out << to_json(row).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    ++n;
    return static_cast<bool>(out);
  });
  if (written != nullptr) *written = n;
  if (!s.ok()) return s;
  out.flush();
  if (!out) return Status::IoError(std::string("cannot write the ") + what + " (output closed?)");
  return Status::Ok();
}

}  // namespace

Status ExportDeadLetters(EventStore& store, const DeadLetterQuery& query, std::ostream& out,
                         uint64_t* written) {
  return WriteJsonLines<v1::DeadLetter>(
      [&](const auto& each) { return store.QueryDeadLetters(query, each); },
      [](const v1::DeadLetter& d) {
        nlohmann::ordered_json j;
        j["article_id"] = d.article_id();
        j["stage"] = d.stage();
        j["reason"] = d.reason();
        j["attempt"] = d.attempt();
        j["time_unix_ms"] = d.time_unix_ms();
        j["original_size"] = d.original_size();
        return j;
      },
      out, written, "dead letters");
}

Status ExportArticles(EventStore& store, const ArticleQuery& query, std::ostream& out, uint64_t* written) {
  return WriteJsonLines<StoredArticle>(
      [&](const auto& each) { return store.QueryArticles(query, each); },
      [](const StoredArticle& a) {
        nlohmann::ordered_json j;
        j["id"] = a.id;
        j["status"] = a.status;
        j["language"] = a.language;
        j["title"] = a.title;
        j["url"] = a.url;
        j["source"] = a.source;
        j["published"] = a.published;
        j["duplicate_of"] = a.duplicate_of;
        j["event_count"] = a.event_count;
        j["attempt"] = a.attempt;
        j["stored_at"] = FormatUnixMillis(a.stored_at_ms);
        return j;
      },
      out, written, "articles");
}

}  // namespace tidings::store

// What both store backends do the same way, private to the store library: checking queries,
// completing events before they are written, and the JSON text of list columns.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "store/event_store.h"
#include "tidings/status.h"
#include "tidings/v1/tidings.pb.h"

namespace tidings::store::rows {

// SQL the two backends share.
//
// The event columns in the order ReadEventColumns reads them (the article's stored_at_ms, column
// 29, is the caller's), from "events e LEFT JOIN articles a".
inline constexpr const char* kSelectEventColumns =
    "e.seq, e.id, e.article_id, e.sentence_index, e.source_code, e.source_text, e.source_country, "
    "e.target_code, e.target_text, e.target_country, e.code, e.root, e.quad_class, e.goldstein, "
    "e.date, e.sentence, e.pattern, e.verb, e.root_mention, e.location_name, e.location_country, "
    "e.latitude, e.longitude, e.has_coordinates, e.issues, e.url, e.publisher, e.num_articles, "
    "e.num_sources, a.stored_at_ms, e.location_kind";
// The 27 columns an event is inserted with (seq and the syndication counts take defaults).
inline constexpr const char* kInsertEventColumns =
    "id, article_id, sentence_index, source_code, source_text, source_country, target_code, "
    "target_text, target_country, code, root, quad_class, goldstein, date, sentence, pattern, verb, "
    "root_mention, location_name, location_country, latitude, longitude, has_coordinates, issues, "
    "url, publisher, location_kind";
// Schema version 2: why an article was not coded (a language the dictionaries do not cover),
// and the time index that exports by date added and `subscribe --since TIME` use.
inline constexpr const char* kSchemaV2 =
    "ALTER TABLE articles ADD COLUMN not_coded TEXT NOT NULL DEFAULT '';\n"
    "CREATE INDEX articles_by_stored_at ON articles(stored_at_ms);\n";
// Schema version 3: what an event's place is (v1::Location::Kind; NULL in rows stored before).
inline constexpr const char* kSchemaV3 = "ALTER TABLE events ADD COLUMN location_kind INTEGER;\n";

int64_t NowMs();

// InvalidInput naming the bad date when since_date / until_date is not YYYY-MM-DD.
Status CheckEventQuery(const EventQuery& query);

// The smallest string greater than every string starting with `prefix` ("" when none is):
// lets a prefix filter be a range that the database answers from an index, with no LIKE
// escaping.
std::string PrefixUpperBound(std::string prefix);

// Completes a copy of an article's events before they are written: article_id, id
// ("<article_id>:<sentence_index>:<n>"), url and publisher from the article when missing,
// num_articles / num_sources 1. InvalidInput for an event of another article or two events
// with one id.
Status PrepareEvents(const v1::CleanArticle& article,
                     google::protobuf::RepeatedPtrField<v1::Event>* events);

std::string IssuesToJson(const v1::Event& event);
// Appends the issues of a JSON array column; false when the text is not a JSON array.
bool IssuesFromJson(const std::string& json, v1::Event* event);
std::string LabelsToJson(const v1::CleanArticle& article);

// What a backend wrote for one article of a batch, applied to the caller's message only once
// the transaction committed (a failed one leaves the message as it was).
struct WrittenArticle {
  google::protobuf::RepeatedPtrField<v1::Event> events;  // completed, with their seqs
  bool counted_as_copy = false;                          // a near-duplicate: no events of its own
};
// After the commit: each stored item's events get their seqs (a copy's are removed).
void ApplyWritten(std::span<CodedBatchItem> items, std::vector<WrittenArticle>& written);

// Reads the event columns in the order both backends select them (seq, id, article_id,
// sentence_index, source code/text/country, target code/text/country, code, root, quad_class,
// goldstein, date, sentence, pattern, verb, root_mention, location name/country/latitude/
// longitude/has_coordinates, issues, url, publisher, num_articles, num_sources, then after the
// caller's stored_at_ms the location's kind) from a row with IsNull(col), Text(col), Int(col)
// and Double(col). Issues (column 24) are left to the caller.
template <typename Row>
void ReadEventColumns(const Row& r, v1::Event* e) {
  e->Clear();
  e->set_seq(static_cast<uint64_t>(r.Int(0)));
  e->set_id(r.Text(1));
  e->set_article_id(r.Text(2));
  e->set_sentence_index(static_cast<uint32_t>(r.Int(3)));
  if (!r.IsNull(4)) {
    e->mutable_source()->set_code(r.Text(4));
    e->mutable_source()->set_text(r.Text(5));
    e->mutable_source()->set_country(r.Text(6));
  }
  if (!r.IsNull(7)) {
    e->mutable_target()->set_code(r.Text(7));
    e->mutable_target()->set_text(r.Text(8));
    e->mutable_target()->set_country(r.Text(9));
  }
  e->set_code(r.Text(10));
  e->set_root(r.Text(11));
  e->set_quad_class(static_cast<int32_t>(r.Int(12)));
  e->set_goldstein(r.Double(13));
  e->set_date(r.Text(14));
  e->set_sentence(r.Text(15));
  e->set_pattern(r.Text(16));
  e->set_verb(r.Text(17));
  e->set_root_mention(r.Int(18) != 0);
  if (!r.IsNull(19)) {
    v1::Location* loc = e->mutable_location();
    loc->set_name(r.Text(19));
    loc->set_country(r.Text(20));
    loc->set_latitude(r.Double(21));
    loc->set_longitude(r.Double(22));
    loc->set_has_coordinates(r.Int(23) != 0);
    const int64_t kind = r.IsNull(30) ? 0 : r.Int(30);
    if (v1::Location::Kind_IsValid(static_cast<int>(kind))) loc->set_kind(static_cast<v1::Location::Kind>(kind));
  }
  e->set_url(r.Text(25));
  e->set_publisher(r.Text(26));
  e->set_num_articles(static_cast<uint32_t>(r.Int(27)));
  e->set_num_sources(static_cast<uint32_t>(r.Int(28)));
}

// The status users see: "stored", "dead", or "not coded: <reason>" for a stored article the
// coder did not code.
std::string DisplayStatus(const std::string& status, const std::string& not_coded);

}  // namespace tidings::store::rows

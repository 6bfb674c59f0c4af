#include "store/store_rows.h"

#include <fmt/format.h>

#include <chrono>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace tidings::store::rows {

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

namespace {

bool IsIsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

}  // namespace

Status CheckEventQuery(const EventQuery& q) {
  for (const std::string* d : {&q.since_date, &q.until_date}) {
    if (!d->empty() && !IsIsoDate(*d)) {
      return Status::InvalidInput(fmt::format("date '{}' is not in the form YYYY-MM-DD", *d));
    }
  }
  return Status::Ok();
}

std::string PrefixUpperBound(std::string prefix) {
  while (!prefix.empty()) {
    auto last = static_cast<unsigned char>(prefix.back());
    if (last < 0xFF) {
      prefix.back() = static_cast<char>(last + 1);
      return prefix;
    }
    prefix.pop_back();
  }
  return prefix;
}

Status PrepareEvents(const v1::CleanArticle& article,
                     google::protobuf::RepeatedPtrField<v1::Event>* events) {
  std::map<uint32_t, int> per_sentence;  // numbering of events that come without an id
  std::set<std::string> ids;
  for (v1::Event& e : *events) {
    if (e.article_id().empty()) e.set_article_id(article.id());
    if (e.article_id() != article.id()) {
      return Status::InvalidInput(fmt::format("event {} belongs to article {}, not to article {}",
                                              e.id(), e.article_id(), article.id()));
    }
    int n = per_sentence[e.sentence_index()]++;
    if (e.id().empty()) e.set_id(fmt::format("{}:{}:{}", article.id(), e.sentence_index(), n));
    if (!ids.insert(e.id()).second) {
      return Status::InvalidInput(
          fmt::format("article {} has a duplicate event id {}", article.id(), e.id()));
    }
    if (e.url().empty()) e.set_url(article.url());
    if (e.publisher().empty()) e.set_publisher(article.source());
    e.set_num_articles(1);  // the column defaults; copies raise them later
    e.set_num_sources(1);
  }
  return Status::Ok();
}

std::string IssuesToJson(const v1::Event& e) {
  nlohmann::json a = nlohmann::json::array();
  for (const auto& issue : e.issues()) a.push_back(issue);
  return a.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool IssuesFromJson(const std::string& json, v1::Event* e) {
  auto issues = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (!issues.is_array()) return false;
  for (const auto& issue : issues) {
    if (issue.is_string()) e->add_issues(issue.get<std::string>());
  }
  return true;
}

std::string LabelsToJson(const v1::CleanArticle& a) {
  nlohmann::json o = nlohmann::json::object();
  for (const auto& [k, v] : a.labels()) o[k] = v;
  return o.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void ApplyWritten(std::span<CodedBatchItem> items, std::vector<WrittenArticle>& written) {
  for (size_t i = 0; i < items.size(); ++i) {
    if (!items[i].status.ok() || items[i].already_stored) continue;
    if (written[i].counted_as_copy) {
      items[i].coded->clear_events();
    } else {
      *items[i].coded->mutable_events() = std::move(written[i].events);
    }
  }
}

std::string DisplayStatus(const std::string& status, const std::string& not_coded) {
  if (status == "stored" && !not_coded.empty()) return "not coded: " + not_coded;
  return status;
}

}  // namespace tidings::store::rows

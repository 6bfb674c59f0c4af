#include "fetch/fetch_stage.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <ctime>

#include "fetch/url_canonicalizer.h"
#include "tidings/wire.h"

namespace tidings::fetch {

namespace {

// Outcomes reported from the start (as 0), so dashboards see every series before it moves.
constexpr std::string_view kReportedOutcomes[] = {
    "ok", "duplicate", "timeout", "connect_error", "http_4xx", "http_5xx", "too_large",
    "robots_disallowed", "not_text", "invalid_url", "too_many_redirects", "empty"};

constexpr int64_t kSeenExpiryIntervalS = 3600;

// A body with NUL bytes near its start is not text whatever the server claims (or omits).
bool LooksBinary(std::string_view body) {
  return body.substr(0, 4096).find('\0') != std::string_view::npos;
}

std::string IsoTime(int64_t unix_s) {
  const std::time_t t = static_cast<std::time_t>(unix_s);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

void Fill(v1::Article* article, const FetchResponse& response) {
  (*article->mutable_labels())["requested_url"] = article->url();
  if (!response.final_url.empty()) article->set_url(response.final_url);
  article->set_content_type(response.content_type);
  article->set_html(response.body);
}

void AddSample(v1::Heartbeat* hb, std::string name, double value,
               std::initializer_list<std::pair<const char*, std::string>> labels = {}) {
  v1::MetricSample* sample = hb->add_samples();
  sample->set_name(std::move(name));
  sample->set_value(value);
  for (const auto& [k, v] : labels) (*sample->mutable_labels())[k] = v;
}

}  // namespace

FetchStageOptions FetchStageOptionsFrom(const FetchConfig& config, std::filesystem::path seen_path) {
  FetchStageOptions o;
  o.crawler = CrawlerOptionsFrom(config);
  o.max_queued = static_cast<size_t>(config.max_queued);
  o.seen_path = std::move(seen_path);
  o.seen_ttl_s = config.seen_ttl_s;
  return o;
}

Status FetchStage::Create(FetchStageOptions options, std::unique_ptr<FetchStage>* stage) {
  std::unique_ptr<SeenUrls> seen;
  if (!options.seen_path.empty()) {
    if (Status s = SeenUrls::Open(options.seen_path, options.seen_ttl_s, &seen); !s.ok()) return s;
  }
  stage->reset(new FetchStage(std::move(options), std::move(seen)));
  return Status::Ok();
}

FetchStage::FetchStage(FetchStageOptions options, std::unique_ptr<SeenUrls> seen)
    : options_(std::move(options)), crawler_(options_.crawler), seen_(std::move(seen)) {
  for (std::string_view name : kReportedOutcomes) outcomes_[std::string(name)] = 0;
}

void FetchStage::Start(Ticket ticket, v1::Envelope* envelope, std::vector<Done>* done) {
  if (!envelope->has_article()) {
    done->push_back({ticket, Status::InvalidInput("fetch expects an Article payload")});
    return;
  }
  v1::Article& article = *envelope->mutable_article();
  if (!article.html().empty() || !article.text().empty()) {
    ++passed_through_;
    done->push_back({ticket, Status::Ok()});
    return;
  }
  if (article.url().empty()) {
    Count(*envelope, "invalid_url");
    done->push_back({ticket, Status::InvalidInput("article has neither url, html nor text")});
    return;
  }
  std::string canonical;
  if (Status s = CanonicalizeUrl(article.url(), &canonical); !s.ok()) {
    Count(*envelope, "invalid_url");
    done->push_back({ticket, s});
    return;
  }
  std::string reason;
  if (IsDuplicate(canonical, *envelope, &reason)) {
    Count(*envelope, "duplicate");
    done->push_back({ticket, Status::InvalidInput(std::move(reason))});
    return;
  }
  auto& holders = downloads_[canonical];
  holders.push_back({ticket, envelope});
  ++held_;
  if (holders.size() > 1) return;  // the same page is being fetched for another article
  FetchRequest request;
  request.url = article.url();
  crawler_.Submit(std::move(request), [this, canonical](FetchResponse response) {
    OnFetched(canonical, std::move(response));
  });
}

bool FetchStage::IsDuplicate(const std::string& canonical, const v1::Envelope& envelope,
                             std::string* reason) {
  SeenUrl entry;
  if (!seen_ || !seen_->Lookup(canonical, NowUnixMillis() / 1000, &entry)) return false;
  // The same article again (a replay after a crash) is fetched again: it never got its page.
  if (entry.article_id == envelope.article_id()) return false;
  *reason = fmt::format("duplicate: {} was fetched at {} for article {} (as {}); not fetched again",
                        envelope.article().url(), IsoTime(entry.fetched_unix_s), entry.article_id,
                        canonical);
  return true;
}

void FetchStage::OnFetched(const std::string& canonical, FetchResponse response) {
  auto node = downloads_.extract(canonical);
  if (node.empty()) return;
  std::vector<Holder> holders = std::move(node.mapped());
  held_ -= holders.size();
  Status status = response.status;
  std::string outcome(OutcomeName(response.outcome));
  if (response.outcome == FetchOutcome::kOk && response.body.empty()) {
    outcome = "empty";
    status = Status::InvalidInput(fmt::format("{} returned an empty body", response.url));
  } else if (response.outcome == FetchOutcome::kOk && LooksBinary(response.body)) {
    outcome = "not_text";
    status = Status::InvalidInput(fmt::format("{} returned binary data (content type '{}'), not text or HTML",
                                              response.url, response.content_type));
  } else if (response.outcome == FetchOutcome::kNotModified) {
    status = Status::IoError(fmt::format("{} answered 304 Not Modified to an unconditional request",
                                         response.url));
  }
  Count(*holders.front().envelope, outcome);
  if (status.ok() && seen_) {
    const std::string& first_id = holders.front().envelope->article_id();
    const int64_t now_s = NowUnixMillis() / 1000;
    Status s = seen_->Record(canonical, first_id, now_s);
    std::string final_canonical;
    if (s.ok() && CanonicalizeUrl(response.final_url, &final_canonical).ok() && final_canonical != canonical) {
      s = seen_->Record(final_canonical, first_id, now_s);
    }
    if (!s.ok()) spdlog::warn("fetch: {} (the page may be fetched again later)", s.ToString());
  }
  FinishHolders(std::move(holders), response, status);
}

// The first holder asked for the download; the others named the same page meanwhile. On
// success they are duplicates (unless they are the same article again); on failure they share
// the failure rather than ask a failing server again.
void FetchStage::FinishHolders(std::vector<Holder> holders, const FetchResponse& response,
                               const Status& status) {
  const std::string first_id = holders.front().envelope->article_id();
  for (size_t i = 0; i < holders.size(); ++i) {
    v1::Envelope* env = holders[i].envelope;
    if (!status.ok()) {
      if (i > 0) Count(*env, OutcomeName(response.outcome));
      finished_.push_back({holders[i].ticket, status});
    } else if (i == 0 || env->article_id() == first_id) {
      Fill(env->mutable_article(), response);
      finished_.push_back({holders[i].ticket, Status::Ok()});
    } else {
      Count(*env, "duplicate");
      finished_.push_back({holders[i].ticket,
                           Status::InvalidInput(fmt::format(
                               "duplicate: {} names the page fetched for article {} at the same time; "
                               "not fetched again", env->article().url(), first_id))});
    }
  }
}

void FetchStage::Poll(std::chrono::milliseconds timeout, std::span<const int> wake_fds,
                      std::vector<Done>* done) {
  std::vector<int> fds(wake_fds.begin(), wake_fds.end());
  if (feeds_ != nullptr) {
    feeds_->Run();
    if (int fd = feeds_->wake_fd(); fd >= 0) fds.push_back(fd);
    const auto until = std::chrono::duration_cast<std::chrono::milliseconds>(
        feeds_->NextWake() - std::chrono::steady_clock::now());
    timeout = std::clamp(until, std::chrono::milliseconds(0), timeout);
  }
  crawler_.Poll(timeout, fds);
  if (feeds_ != nullptr) feeds_->Run();  // offers the items of feeds just fetched
  for (auto& d : finished_) done->push_back(std::move(d));
  finished_.clear();
  MaybeExpireSeen();
}

void FetchStage::TakeDeadLetters(std::vector<v1::DeadLetter>* letters) {
  if (feeds_ != nullptr) feeds_->TakeDeadLetters(letters);
}

void FetchStage::MaybeExpireSeen() {
  const int64_t now_s = NowUnixMillis() / 1000;
  if (!seen_ || now_s - last_expiry_s_ < kSeenExpiryIntervalS) return;
  last_expiry_s_ = now_s;
  int64_t deleted = 0;
  if (Status s = seen_->Expire(now_s, &deleted); !s.ok()) {
    spdlog::warn("fetch: {}", s.ToString());
  } else if (deleted > 0) {
    spdlog::info("fetch: forgot {} URLs fetched more than {} s ago", deleted, options_.seen_ttl_s);
  }
}

void FetchStage::AddMetrics(v1::Heartbeat* hb) const {
  for (const auto& [outcome, count] : outcomes_) {
    AddSample(hb, "tidings_fetch_total", static_cast<double>(count), {{"outcome", outcome}});
  }
  AddSample(hb, "tidings_fetch_passthrough_total", static_cast<double>(passed_through_));
  AddSample(hb, "tidings_fetch_transfers", static_cast<double>(crawler_.transfers()));
  AddSample(hb, "tidings_fetch_held", static_cast<double>(held_));
  if (feeds_ != nullptr) feeds_->AddMetrics(hb);
}

}  // namespace tidings::fetch

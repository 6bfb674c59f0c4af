#include "fetch/crawler.h"

#include <curl/curl.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <random>
#include <unordered_map>
#include <vector>

#include "fetch/curl_transfer.h"
#include "fetch/robots_txt.h"
#include "fetch/url_canonicalizer.h"

namespace tidings::fetch {

namespace {

using Clock = std::chrono::steady_clock;
using TimePoint = Clock::time_point;
using std::chrono::milliseconds;

constexpr size_t kRobotsMaxBytes = 512 * 1024;  // RFC 9309 asks for at least 500 KiB

void GlobalInitOnce() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

AttemptResult Failure(FetchOutcome outcome, std::string detail, long http_status = 0) {
  AttemptResult r;
  r.outcome = outcome;
  r.detail = std::move(detail);
  r.http_status = http_status;
  return r;
}

milliseconds Until(TimePoint when, TimePoint now) {
  return std::max(milliseconds(0), std::chrono::duration_cast<milliseconds>(when - now));
}

}  // namespace

class Crawler::Impl {
 public:
  explicit Impl(CrawlerOptions options)
      : options_(std::move(options)), scheduler_(options_.politeness),
        agent_token_(ProductToken(options_.user_agent)), rng_(std::random_device{}()) {
    GlobalInitOnce();
    multi_ = curl_multi_init();
  }

  ~Impl() {
    for (auto& [id, job] : jobs_) {
      if (job.state == State::kRunning) curl_multi_remove_handle(multi_, job.transfer->handle());
    }
    jobs_.clear();
    curl_multi_cleanup(multi_);
  }

  uint64_t Submit(FetchRequest request, Completion done) {
    const auto now = Clock::now();
    Job& job = NewJob(now, request.deadline.count() > 0 ? request.deadline : options_.deadline);
    job.request = std::move(request);
    job.done = std::move(done);
    job.url = job.request.url;
    ++user_pending_;
    Route(job, now);
    return job.id;
  }

  void Poll(milliseconds timeout, std::span<const int> wake_fds) {
    auto now = Clock::now();
    RunTimers(now);
    StartReady(now);
    if (!finished_.empty()) timeout = milliseconds(0);
    if (auto next = NextTimer()) timeout = std::min(timeout, Until(*next, now));
    std::vector<curl_waitfd> extra;
    for (int fd : wake_fds) extra.push_back({fd, CURL_WAIT_POLLIN, 0});
    int ready = 0;
    curl_multi_poll(multi_, extra.data(), static_cast<unsigned>(extra.size()),
                    static_cast<int>(timeout.count()), &ready);
    int running = 0;
    curl_multi_perform(multi_, &running);
    ReadFinishedTransfers();
    now = Clock::now();
    RunTimers(now);
    StartReady(now);
    RunCompletions();
  }

  size_t pending() const { return user_pending_; }
  size_t transfers() const { return running_; }
  const CrawlerOptions& options() const { return options_; }

 private:
  enum class State { kDelayed, kAwaitingRobots, kQueued, kRunning };

  struct Job {
    uint64_t id = 0;
    FetchRequest request;
    Completion done;
    std::string robots_site;  // non-empty: the robots.txt fetch of this site (internal)
    std::string url;          // the hop being fetched (changes with redirects)
    std::string host;         // HostKey(url)
    std::string referer;
    State state = State::kDelayed;
    TimePoint submitted{}, deadline{};
    int attempts = 0, hop_failures = 0, redirects = 0;
    std::unique_ptr<CurlTransfer> transfer;
    std::multimap<TimePoint, uint64_t>::iterator deadline_entry;
  };

  struct Site {  // robots.txt of one scheme + authority
    bool fetching = false;
    bool known = false;
    RobotsRules rules;
    TimePoint expires{};
    std::vector<uint64_t> waiting;
  };

  Job& NewJob(TimePoint now, milliseconds deadline) {
    const uint64_t id = next_id_++;
    Job& job = jobs_[id];
    job.id = id;
    job.submitted = now;
    job.deadline = now + deadline;
    job.deadline_entry = deadlines_.emplace(job.deadline, id);
    return job;
  }

  bool IsRobotsJob(const Job& job) const { return !job.robots_site.empty(); }

  // Sends a job (new, redirected or retried) to its next step: the robots.txt check of its
  // URL's site, then the politeness queue of its host.
  void Route(Job& job, TimePoint now) {
    job.host = HostKey(job.url);
    if (job.host.empty()) {
      std::string unused;
      Complete(job, Failure(FetchOutcome::kInvalidUrl, CanonicalizeUrl(job.url, &unused).message()));
      return;
    }
    if (IsRobotsJob(job) || !options_.robots) {
      Enqueue(job);
      return;
    }
    const std::string site_url = RobotsTxtUrl(job.url);
    Site& site = sites_[site_url];
    if (site.known && site.expires > now) {
      ApplyRobots(job, site, site_url);
      return;
    }
    job.state = State::kAwaitingRobots;
    site.waiting.push_back(job.id);
    if (!site.fetching) StartRobotsFetch(site, site_url, now);
  }

  void ApplyRobots(Job& job, const Site& site, const std::string& site_url) {
    if (!site.rules.Allowed(PathAndQuery(job.url))) {
      Complete(job, Failure(FetchOutcome::kRobotsDisallowed,
                            fmt::format("{} disallows {} for user agent '{}'", site_url, job.url,
                                        agent_token_)));
      return;
    }
    scheduler_.SetCrawlDelay(job.host, site.rules.crawl_delay().value_or(milliseconds(0)));
    Enqueue(job);
  }

  void StartRobotsFetch(Site& site, const std::string& site_url, TimePoint now) {
    site.fetching = true;
    Job& robots = NewJob(now, std::min(options_.deadline, options_.timeout + options_.connect_timeout));
    robots.robots_site = site_url;
    robots.url = site_url;
    robots.request.url = site_url;
    robots.request.text_only = false;
    robots.request.headers = {{"Accept", "text/plain,*/*;q=0.5"}};
    Route(robots, now);
  }

  void Enqueue(Job& job) {
    job.state = State::kQueued;
    scheduler_.Enqueue(job.host, job.id, IsRobotsJob(job));
  }

  void StartReady(TimePoint now) {
    const size_t room = options_.max_in_flight > running_ ? options_.max_in_flight - running_ : 0;
    for (uint64_t id : scheduler_.TakeReady(now, room)) StartTransfer(jobs_.at(id), now);
  }

  void StartTransfer(Job& job, TimePoint now) {
    if (!job.transfer) job.transfer = std::make_unique<CurlTransfer>();
    if (!job.transfer->valid()) {
      scheduler_.Finished(job.host, /*sent=*/false, now);
      Complete(job, Failure(FetchOutcome::kNetworkError, "libcurl could not create a handle"));
      return;
    }
    TransferSettings settings;
    settings.user_agent = options_.user_agent;
    settings.accept = options_.accept;
    settings.connect_timeout = options_.connect_timeout;
    settings.timeout = std::min(options_.timeout, Until(job.deadline, now));
    settings.max_bytes = IsRobotsJob(job) ? kRobotsMaxBytes : options_.max_bytes;
    settings.truncate_at_limit = IsRobotsJob(job);
    settings.text_only = job.request.text_only;
    settings.referer = job.referer;
    job.transfer->Prepare(job.url, job.request.headers, settings);
    job.transfer->on_sent = [this, host = job.host] { scheduler_.Sent(host, Clock::now()); };
    curl_easy_setopt(job.transfer->handle(), CURLOPT_PRIVATE, reinterpret_cast<void*>(job.id));
    curl_multi_add_handle(multi_, job.transfer->handle());
    job.state = State::kRunning;
    ++job.attempts;
    ++running_;
  }

  void ReadFinishedTransfers() {
    int left = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi_, &left)) {
      if (msg->msg != CURLMSG_DONE) continue;
      void* priv = nullptr;
      curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &priv);
      const CURLcode code = msg->data.result;
      curl_multi_remove_handle(multi_, msg->easy_handle);
      auto it = jobs_.find(reinterpret_cast<uint64_t>(priv));
      if (it == jobs_.end()) continue;
      Job& job = it->second;
      --running_;
      scheduler_.Finished(job.host, job.transfer->sent(), Clock::now());
      OnAttempt(job, job.transfer->Finish(code));
    }
  }

  void OnAttempt(Job& job, const AttemptResult& r) {
    if (r.outcome == FetchOutcome::kOk && !r.redirect_to.empty()) {
      FollowRedirect(job, r);
    } else if (!IsRobotsJob(job) && IsRetryable(r.outcome, r.http_status)) {
      RetryOrComplete(job, r);
    } else {
      Complete(job, r);
    }
  }

  void FollowRedirect(Job& job, const AttemptResult& r) {
    if (++job.redirects > options_.max_redirects) {
      Complete(job, Failure(FetchOutcome::kTooManyRedirects,
                            fmt::format("more than {} redirects (a redirect loop?)", options_.max_redirects),
                            r.http_status));
      return;
    }
    if (HostKey(r.redirect_to).empty()) {
      Complete(job, Failure(FetchOutcome::kInvalidUrl,
                            fmt::format("redirects to '{}', which is not an http or https URL", r.redirect_to),
                            r.http_status));
      return;
    }
    job.referer = job.url;
    job.url = r.redirect_to;
    job.hop_failures = 0;
    Route(job, Clock::now());
  }

  // A transient failure: wait (backoff, or the server's Retry-After) and try again, unless
  // the attempts or the deadline are spent.
  void RetryOrComplete(Job& job, AttemptResult r) {
    const auto now = Clock::now();
    if (++job.hop_failures >= options_.retry.max_attempts) {
      Complete(job, r);
      return;
    }
    std::uniform_real_distribution<double> jitter(0.0, 1.0);
    milliseconds wait = BackoffDelay(options_.retry, job.hop_failures, jitter(rng_));
    if ((r.http_status == 429 || r.http_status == 503) && !r.about_robots && job.transfer) {
      const std::string header = FindHeader(job.transfer->headers, "retry-after");
      if (auto asked = ParseRetryAfter(header, std::chrono::system_clock::now())) {
        if (*asked > options_.retry.max_retry_after) {
          r.note = fmt::format("the server asks to retry after {} s, more than the {} s we wait",
                               asked->count() / 1000, options_.retry.max_retry_after.count() / 1000);
          Complete(job, r);
          return;
        }
        wait = *asked;
        scheduler_.PauseHost(job.host, now + wait);
      }
    }
    if (now + wait >= job.deadline) {
      r.note = "no time left for another attempt before the deadline";
      Complete(job, r);
      return;
    }
    job.state = State::kDelayed;
    delayed_.emplace(now + wait, job.id);
  }

  static std::string FindHeader(const HeaderList& headers, std::string_view name) {
    for (const auto& [n, v] : headers) {
      if (n == name) return v;
    }
    return "";
  }

  // Retries whose backoff is over go back to routing; requests past their deadline that are
  // not on the network fail (a running transfer's own timeout is clipped to the deadline).
  void RunTimers(TimePoint now) {
    while (!delayed_.empty() && delayed_.begin()->first <= now) {
      const uint64_t id = delayed_.begin()->second;
      delayed_.erase(delayed_.begin());
      auto it = jobs_.find(id);
      if (it != jobs_.end() && it->second.state == State::kDelayed) Route(it->second, now);
    }
    std::vector<uint64_t> expired;
    for (auto it = deadlines_.begin(); it != deadlines_.end() && it->first <= now; ++it) {
      expired.push_back(it->second);
    }
    for (uint64_t id : expired) {
      auto it = jobs_.find(id);
      if (it == jobs_.end()) continue;
      Job& job = it->second;
      if (job.state != State::kRunning) {
        Expire(job);
      } else {  // its transfer timeout ends it; look again shortly instead of spinning
        deadlines_.erase(job.deadline_entry);
        job.deadline_entry = deadlines_.emplace(now + milliseconds(100), job.id);
      }
    }
  }

  void Expire(Job& job) {
    if (job.state == State::kQueued) scheduler_.Remove(job.id);
    if (job.state == State::kAwaitingRobots) {
      auto& waiting = sites_[RobotsTxtUrl(job.url)].waiting;
      waiting.erase(std::remove(waiting.begin(), waiting.end(), job.id), waiting.end());
    }
    const char* where = job.state == State::kQueued           ? "waiting for a politeness slot at "
                        : job.state == State::kAwaitingRobots ? "waiting for robots.txt of "
                                                              : "waiting to retry ";
    const auto budget = std::chrono::duration_cast<std::chrono::seconds>(job.deadline - job.submitted);
    Complete(job, Failure(FetchOutcome::kTimeout,
                          fmt::format("deadline of {} s passed while {}{}", budget.count(), where, job.host)));
  }

  std::optional<TimePoint> NextTimer() const {
    std::optional<TimePoint> next = scheduler_.NextWakeup();
    auto earlier = [&next](TimePoint t) {
      if (!next || t < *next) next = t;
    };
    if (!delayed_.empty()) earlier(delayed_.begin()->first);
    if (!deadlines_.empty()) earlier(deadlines_.begin()->first);
    return next;
  }

  // The end of a request (or of a robots.txt fetch): the completion is queued for
  // RunCompletions() and the job forgotten.
  void Complete(Job& job, const AttemptResult& r) {
    if (IsRobotsJob(job)) {
      OnRobotsDone(job, r);
      EraseJob(job);
      return;
    }
    FetchResponse response;
    response.outcome = r.outcome;
    response.http_status = r.http_status;
    response.url = job.request.url;
    response.final_url = job.url;
    response.attempts = job.attempts;
    response.redirects = job.redirects;
    response.elapsed = std::chrono::duration_cast<milliseconds>(Clock::now() - job.submitted);
    response.status = FailureStatus(job, r);
    if (job.transfer) {
      response.content_type = std::move(job.transfer->content_type);
      response.headers = std::move(job.transfer->headers);
      if (r.outcome == FetchOutcome::kOk) response.body = std::move(job.transfer->body);
    }
    finished_.emplace_back(std::move(job.done), std::move(response));
    EraseJob(job);
  }

  Status FailureStatus(const Job& job, const AttemptResult& r) const;
  void OnRobotsDone(Job& robots, const AttemptResult& r);

  void EraseJob(Job& job) {
    deadlines_.erase(job.deadline_entry);
    jobs_.erase(job.id);
  }

  void RunCompletions() {
    std::vector<std::pair<Completion, FetchResponse>> batch;
    batch.swap(finished_);
    for (auto& [done, response] : batch) {
      --user_pending_;
      if (done) done(std::move(response));
    }
  }

  CrawlerOptions options_;
  PolitenessScheduler scheduler_;
  const std::string agent_token_;
  std::mt19937_64 rng_;
  CURLM* multi_ = nullptr;
  std::unordered_map<uint64_t, Job> jobs_;
  uint64_t next_id_ = 1;
  size_t user_pending_ = 0;
  size_t running_ = 0;
  std::unordered_map<std::string, Site> sites_;
  std::multimap<TimePoint, uint64_t> delayed_;    // retries waiting for their backoff
  std::multimap<TimePoint, uint64_t> deadlines_;  // every job's deadline
  std::vector<std::pair<Completion, FetchResponse>> finished_;
};

// robots.txt (RFC 9309 §2.3.1): 2xx gives the rules; 4xx (other than 429) or too many
// redirects mean "no rules"; anything else means the site is unreachable and may not be
// crawled now, so the requests waiting for it fail this attempt and retry after a backoff.
void Crawler::Impl::OnRobotsDone(Job& robots, const AttemptResult& r) {
  Site& site = sites_[robots.robots_site];
  site.fetching = false;
  std::vector<uint64_t> waiting;
  waiting.swap(site.waiting);
  const auto now = Clock::now();
  const bool unavailable = (r.outcome == FetchOutcome::kHttp4xx && r.http_status != 429) ||
                           r.outcome == FetchOutcome::kTooManyRedirects ||
                           r.outcome == FetchOutcome::kInvalidUrl;
  if (r.outcome == FetchOutcome::kOk || unavailable) {
    site.rules = r.outcome == FetchOutcome::kOk && robots.transfer
                     ? RobotsRules::Parse(robots.transfer->body, agent_token_)
                     : RobotsRules::AllowAll();
    site.known = true;
    site.expires = now + options_.robots_ttl;
    for (uint64_t id : waiting) {
      auto it = jobs_.find(id);
      if (it != jobs_.end()) ApplyRobots(it->second, site, robots.robots_site);
    }
    return;
  }
  site.known = false;
  AttemptResult failure = r;
  failure.about_robots = true;
  const std::string why = r.http_status >= 400 ? HttpStatusText(r.http_status) : r.detail;
  for (uint64_t id : waiting) {
    auto it = jobs_.find(id);
    if (it == jobs_.end()) continue;
    failure.detail = fmt::format("{} could not be fetched ({}), so {} may not be crawled yet (RFC 9309)",
                                 robots.robots_site, why, it->second.url);
    RetryOrComplete(it->second, failure);
  }
}

Status Crawler::Impl::FailureStatus(const Job& job, const AttemptResult& r) const {
  const std::string& url = job.request.url;
  const std::string via = job.url != url ? fmt::format(" (redirected to {})", job.url) : "";
  std::string tail = job.attempts > 1 ? fmt::format(" ({} attempts)", job.attempts) : "";
  if (!r.note.empty()) tail += "; " + r.note;
  switch (r.outcome) {
    case FetchOutcome::kOk:
    case FetchOutcome::kNotModified:
      return Status::Ok();
    default:
      break;
  }
  if (r.about_robots) return Status::IoError(r.detail + tail);
  switch (r.outcome) {
    case FetchOutcome::kTimeout:
      return Status::Timeout(fmt::format("fetching {}{} timed out: {} (limits: connect {} ms, transfer {} ms){}",
                                         url, via, r.detail, options_.connect_timeout.count(),
                                         options_.timeout.count(), tail));
    case FetchOutcome::kHttp4xx:
    case FetchOutcome::kHttp5xx: {
      std::string msg = fmt::format("{} from {}{}{}", HttpStatusText(r.http_status), url, via, tail);
      if (r.http_status == 404 || r.http_status == 410) return Status::NotFound(std::move(msg));
      return Status::IoError(std::move(msg));
    }
    case FetchOutcome::kTooLarge:
      return Status::InvalidInput(fmt::format("body of {}{} exceeds the limit of {} bytes", url, via,
                                              options_.max_bytes));
    case FetchOutcome::kNotText:
      return Status::InvalidInput(fmt::format("{}{} serves content type '{}', not text or HTML", url, via,
                                              job.transfer ? job.transfer->content_type : ""));
    case FetchOutcome::kRobotsDisallowed:
      return Status::InvalidInput(fmt::format("robots.txt: {}", r.detail));
    case FetchOutcome::kTooManyRedirects:
      return Status::IoError(fmt::format("{}: {}", url, r.detail));
    case FetchOutcome::kInvalidUrl:
      return Status::InvalidInput(job.redirects > 0 ? fmt::format("{} {}", url, r.detail) : r.detail);
    default:
      return Status::IoError(fmt::format("fetching {}{} failed: {}{}", url, via, r.detail, tail));
  }
}

CrawlerOptions CrawlerOptionsFrom(const FetchConfig& c) {
  CrawlerOptions o;
  o.max_in_flight = static_cast<size_t>(c.max_in_flight);
  o.politeness.per_host = c.per_host;
  o.politeness.host_delay = milliseconds(c.host_delay_ms);
  o.robots = c.robots;
  o.user_agent = c.user_agent;
  o.connect_timeout = milliseconds(c.connect_timeout_ms);
  o.timeout = milliseconds(c.timeout_ms);
  o.deadline = milliseconds(int64_t{c.deadline_s} * 1000);
  o.max_bytes = c.max_bytes;
  o.max_redirects = c.max_redirects;
  o.retry.max_attempts = c.max_attempts;
  o.retry.base_delay = milliseconds(c.retry_base_ms);
  return o;
}

Crawler::Crawler(CrawlerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Crawler::~Crawler() = default;
uint64_t Crawler::Submit(FetchRequest request, Completion done) {
  return impl_->Submit(std::move(request), std::move(done));
}
void Crawler::Poll(std::chrono::milliseconds timeout, std::span<const int> wake_fds) {
  impl_->Poll(timeout, wake_fds);
}
size_t Crawler::pending() const { return impl_->pending(); }
size_t Crawler::transfers() const { return impl_->transfers(); }
const CrawlerOptions& Crawler::options() const { return impl_->options(); }

}  // namespace tidings::fetch

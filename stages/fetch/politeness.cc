#include "fetch/politeness.h"

#include <algorithm>

namespace tidings::fetch {

namespace {

// A host with nothing queued or running is forgotten this long after its last request (its
// Crawl-delay is set again by the crawler on the next robots.txt check).
constexpr std::chrono::minutes kIdleHostLifetime{10};

}  // namespace

void PolitenessScheduler::Enqueue(const std::string& host, JobId job, bool urgent) {
  Host& h = hosts_[host];
  if (urgent) {
    h.queue.push_front(job);
  } else {
    h.queue.push_back(job);
  }
  job_host_[job] = host;
}

bool PolitenessScheduler::Remove(JobId job) {
  auto it = job_host_.find(job);
  if (it == job_host_.end()) return false;
  auto host = hosts_.find(it->second);
  if (host != hosts_.end()) {
    auto& q = host->second.queue;
    q.erase(std::remove(q.begin(), q.end(), job), q.end());
  }
  job_host_.erase(it);
  return true;
}

PolitenessScheduler::TimePoint PolitenessScheduler::NextStartAllowed(const Host& host) const {
  auto gap = std::max(options_.host_delay, host.crawl_delay);
  if (gap.count() > 0) gap += kGapMargin;
  if (gap.count() > 0 && host.unsent > 0) return TimePoint::max();  // its send starts the next gap
  TimePoint t = host.paused_until;
  if (host.started_any) t = std::max(t, host.last_start + gap);
  return t;
}

size_t PolitenessScheduler::StartFrom(Host& host, TimePoint now, size_t max,
                                      std::vector<JobId>* started) {
  size_t n = 0;
  while (n < max && !host.queue.empty() && host.active < options_.per_host &&
         NextStartAllowed(host) <= now) {
    const JobId job = host.queue.front();
    host.queue.pop_front();
    started->push_back(job);
    job_host_.erase(job);
    ++host.active;
    ++host.unsent;
    host.started_any = true;
    host.last_start = now;
    ++n;
  }
  return n;
}

std::vector<PolitenessScheduler::JobId> PolitenessScheduler::TakeReady(TimePoint now, size_t max) {
  std::vector<JobId> started;
  if (hosts_.empty() || max == 0) return started;
  // Round robin: begin after the host served last, wrap around once.
  auto first = hosts_.upper_bound(cursor_);
  if (first == hosts_.end()) first = hosts_.begin();
  auto it = first;
  do {
    if (started.size() >= max) break;
    if (!it->second.queue.empty() && StartFrom(it->second, now, max - started.size(), &started) > 0) {
      cursor_ = it->first;
    }
    if (++it == hosts_.end()) it = hosts_.begin();
  } while (it != first);
  ForgetIdleHosts(now);
  return started;
}

void PolitenessScheduler::Sent(const std::string& host, TimePoint now) {
  auto it = hosts_.find(host);
  if (it == hosts_.end() || it->second.unsent == 0) return;
  --it->second.unsent;
  it->second.last_start = std::max(it->second.last_start, now);
}

void PolitenessScheduler::Finished(const std::string& host, bool sent, TimePoint now) {
  auto it = hosts_.find(host);
  if (it == hosts_.end()) return;
  if (!sent) Sent(host, now);
  if (it->second.active > 0) --it->second.active;
}

void PolitenessScheduler::SetCrawlDelay(const std::string& host, std::chrono::milliseconds delay) {
  hosts_[host].crawl_delay = delay;
}

void PolitenessScheduler::PauseHost(const std::string& host, TimePoint until) {
  Host& h = hosts_[host];
  h.paused_until = std::max(h.paused_until, until);
}

std::optional<PolitenessScheduler::TimePoint> PolitenessScheduler::NextWakeup() const {
  std::optional<TimePoint> best;
  for (const auto& [key, host] : hosts_) {
    if (host.queue.empty() || host.active >= options_.per_host) continue;
    const TimePoint t = NextStartAllowed(host);
    if (t == TimePoint::max()) continue;  // waits for Sent()
    if (!best || t < *best) best = t;
  }
  return best;
}

int PolitenessScheduler::active(const std::string& host) const {
  auto it = hosts_.find(host);
  return it == hosts_.end() ? 0 : it->second.active;
}

void PolitenessScheduler::ForgetIdleHosts(TimePoint now) {
  if (now - last_sweep_ < std::chrono::minutes(1)) return;
  last_sweep_ = now;
  for (auto it = hosts_.begin(); it != hosts_.end();) {
    const Host& h = it->second;
    const bool idle = h.queue.empty() && h.active == 0 && h.unsent == 0 && h.paused_until <= now &&
                      (!h.started_any || now - h.last_start > kIdleHostLifetime);
    it = idle ? hosts_.erase(it) : std::next(it);
  }
}

}  // namespace tidings::fetch

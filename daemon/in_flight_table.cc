#include "daemon/in_flight_table.h"

#include <algorithm>

namespace tidings::daemon {

void InFlightTable::Admit(const std::string& id, uint32_t attempt, uint64_t bytes,
                          Clock::time_point now) {
  Flight& f = flights_[id];
  bytes_ -= f.bytes;
  f = Flight{};
  f.attempt = attempt;
  f.delivered_at = now;
  f.bytes = bytes;
  bytes_ += bytes;
}

const InFlightTable::Flight* InFlightTable::Find(const std::string& id) const {
  auto it = flights_.find(id);
  return it == flights_.end() ? nullptr : &it->second;
}

void InFlightTable::Route(const std::string& id, const std::string& stage) {
  auto it = flights_.find(id);
  if (it == flights_.end()) return;
  it->second.stage = stage;
  it->second.sent = false;
}

void InFlightTable::MarkSent(const std::string& id, const std::string& stage, Clock::time_point now) {
  auto it = flights_.find(id);
  if (it == flights_.end() || it->second.stage != stage) return;
  it->second.sent = true;
  it->second.sent_at = now;
}

void InFlightTable::RenewHeld(const std::string& id, const std::string& stage, Clock::time_point now) {
  auto it = flights_.find(id);
  if (it == flights_.end() || it->second.stage != stage || !it->second.sent) return;
  it->second.delivered_at = std::max(it->second.delivered_at, now);
}

void InFlightTable::RenewQueuedAt(const std::string& stage, Clock::time_point now) {
  for (auto& [id, f] : flights_) {
    // Sent or still in the daemon's queue for it (no replica has room): either way, waiting.
    if (f.stage == stage) f.delivered_at = std::max(f.delivered_at, now);
  }
}

std::vector<std::string> InFlightTable::SentTo(const std::string& stage, Clock::time_point at) const {
  std::vector<std::string> out;
  for (const auto& [id, f] : flights_) {
    if (f.stage == stage && f.sent && f.sent_at <= at) out.push_back(id);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> InFlightTable::TimedOut(Clock::time_point now, Clock::duration timeout) const {
  std::vector<std::string> out;
  for (const auto& [id, f] : flights_) {
    if (now - f.delivered_at >= timeout) out.push_back(id);
  }
  std::sort(out.begin(), out.end());
  return out;
}

int InFlightTable::Strike(const std::string& id, const std::string& reason) {
  if (!flights_.count(id)) return 0;
  Strikes& s = strikes_[id];
  ++s.count;
  s.last_error = reason;
  return s.count;
}

std::string InFlightTable::LastError(const std::string& id) const {
  auto it = strikes_.find(id);
  return it == strikes_.end() ? std::string() : it->second.last_error;
}

void InFlightTable::Finish(const std::string& id) {
  auto it = flights_.find(id);
  if (it != flights_.end()) {
    bytes_ -= it->second.bytes;
    flights_.erase(it);
  }
  strikes_.erase(id);
}

bool InFlightTable::HasRoom(size_t max_articles, uint64_t max_bytes, uint64_t next_bytes) const {
  if (flights_.empty()) return true;
  return flights_.size() < max_articles && bytes_ + next_bytes <= max_bytes;
}

std::map<std::string, size_t> InFlightTable::CountByStage() const {
  std::map<std::string, size_t> out;
  for (const auto& [id, f] : flights_) ++out[f.stage];
  return out;
}

}  // namespace tidings::daemon

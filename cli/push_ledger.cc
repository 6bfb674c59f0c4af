#include "push_ledger.h"

#include <algorithm>

namespace tidings::cli {

PushLedger::PushLedger(size_t window, std::chrono::milliseconds id_wait)
    : window_(std::max<size_t>(1, window)), id_wait_(id_wait) {}

PushLedger::Ticket PushLedger::Add(const std::string& article_id, Clock::time_point now) {
  if (Done()) work_began_ = now;
  Ticket t = next_ticket_++;
  ids_.emplace(t, article_id);
  queued_.push_back(t);
  return t;
}

std::optional<PushLedger::Ticket> PushLedger::NextToSend(Clock::time_point now) {
  while (!retry_at_.empty() && retry_at_.begin()->first <= now) {
    queued_.push_back(retry_at_.begin()->second);
    retry_at_.erase(retry_at_.begin());
  }
  while (!queued_.empty() && outstanding_.size() < window_) {
    Ticket t = queued_.front();
    queued_.pop_front();
    if (outstanding_.count(ids_.at(t))) {  // the same id is outstanding: wait for its answer
      retry_at_.emplace(now + id_wait_, t);
      continue;
    }
    return t;
  }
  return std::nullopt;
}

void PushLedger::MarkSent(Ticket ticket, Clock::time_point now) {
  if (outstanding_.empty()) silent_since_ = now;  // the silence clock starts with the first send
  outstanding_[ids_.at(ticket)] = ticket;
}

void PushLedger::Unsend(Ticket ticket) { queued_.push_front(ticket); }

PushLedger::Outcome PushLedger::OnAck(const v1::Ack& ack, Clock::time_point now, Ticket* ticket) {
  last_answer_ = now;
  silent_since_ = now;
  auto it = outstanding_.find(ack.article_id());
  if (it == outstanding_.end()) return Outcome::kUnknown;
  *ticket = it->second;
  outstanding_.erase(it);
  if (ack.status() == v1::Ack::BUSY) {
    retry_at_.emplace(now + std::chrono::milliseconds(std::max(5u, ack.retry_after_ms())), *ticket);
    return Outcome::kRetry;
  }
  Forget(*ticket);
  return Outcome::kFinal;
}

std::vector<PushLedger::Ticket> PushLedger::ResendOutstanding(Clock::time_point now) {
  std::vector<Ticket> again;
  for (const auto& [id, t] : outstanding_) again.push_back(t);
  std::sort(again.begin(), again.end(), std::greater<>());  // pushed to the front: keep the order
  for (Ticket t : again) queued_.push_front(t);
  outstanding_.clear();
  silent_since_ = now;
  return again;
}

bool PushLedger::Silent(Clock::time_point now, std::chrono::milliseconds silence) const {
  return !outstanding_.empty() && now - silent_since_ > silence;
}

bool PushLedger::Stalled(Clock::time_point now, std::chrono::milliseconds timeout) const {
  return !Done() && now - std::max(last_answer_, work_began_) > timeout;
}

std::vector<PushLedger::Ticket> PushLedger::Unanswered() const {
  std::vector<Ticket> out;
  for (const auto& [t, id] : ids_) out.push_back(t);
  std::sort(out.begin(), out.end());
  return out;
}

void PushLedger::Forget(Ticket ticket) { ids_.erase(ticket); }

}  // namespace tidings::cli

#include "daemon/replay.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "daemon/intake.h"
#include "tidings/wire.h"

namespace tidings::daemon {

ReplayController::ReplayController(const DaemonConfig& config, Journal& journal, InFlightTable& table,
                                   MetricsRegistry& metrics, InjectFn inject, DeadLetterFn keep_dead_letter,
                                   BeingJournaledFn being_journaled)
    : config_(config),
      journal_(journal),
      table_(table),
      metrics_(metrics),
      inject_(std::move(inject)),
      keep_dead_letter_(std::move(keep_dead_letter)),
      being_journaled_(std::move(being_journaled)),
      replays_(&metrics.GetCounter("tidings_replays_total", "Journaled articles re-injected into the pipeline")) {}

void ReplayController::StageRestarted(const std::string& stage, Clock::time_point at) {
  std::vector<std::string> at_risk = table_.SentTo(stage, at);
  if (!at_risk.empty()) {
    spdlog::info("{} restarted: re-injecting {} articles its previous process may have held", stage,
                 at_risk.size());
  }
  for (const auto& id : at_risk) Reinject(id);
}

void ReplayController::Crash(const std::string& id, const std::string& reason) { Strike(id, reason); }

bool ReplayController::Strike(const std::string& id, const std::string& reason) {
  const int strikes = table_.Strike(id, reason);
  if (strikes == 0) return false;  // completed or set aside meanwhile
  metrics_.GetCounter("tidings_failed_attempts_total", "Attempts that ended in a stage crash, hang or timeout")
      .Increment();
  spdlog::warn("article {}: failed attempt {} of {}: {}", id, strikes, config_.max_attempts, reason);
  if (strikes < config_.max_attempts) return true;
  if (BeingJournaled(id)) return true;  // set aside by a later strike, once journaled
  JournalEntry e;
  if (!journal_.ReadOpen(id, &e).ok()) {
    table_.Finish(id);
    return false;
  }
  SetAside(e, fmt::format("set aside as poison input after {} failed attempts; last error: {}", strikes, reason));
  return false;
}

void ReplayController::SetAside(const JournalEntry& e, const std::string& reason) {
  spdlog::error("article {}: {}", e.article_id, reason);
  metrics_.GetCounter("tidings_articles_set_aside_total", "Articles given up on (poison input or too many deliveries)")
      .Increment();
  Status s = journal_.MarkDead(e.article_id, reason);
  if (!s.ok()) spdlog::error("journal: {}", s.ToString());
  keep_dead_letter_(MakeDeadLetter("daemon", reason, e.bytes, e.article_id, e.attempt, Intake::kRejectedKeepBytes));
  table_.Finish(e.article_id);
}

void ReplayController::Reinject(const std::string& id) {
  if (BeingJournaled(id)) return;  // not in the journal yet: its timeout re-injects it
  JournalEntry e;
  Status s = journal_.ReadOpen(id, &e);
  if (!s.ok()) {  // completed or dead in the meantime
    if (s.code() != Status::Code::kInvalidInput) spdlog::error("journal: {}", s.ToString());
    table_.Finish(id);
    return;
  }
  Inject(e);
}

void ReplayController::Inject(const JournalEntry& e) {
  if (e.attempt >= static_cast<uint32_t>(config_.max_deliveries)) {
    std::string last = table_.LastError(e.article_id);
    SetAside(e, fmt::format("delivered {} times without completing (replay.max_deliveries){}", e.attempt,
                            last.empty() ? "" : "; last error: " + last));
    return;
  }
  v1::Article article;
  if (!article.ParseFromString(e.bytes)) {
    SetAside(e, "journaled bytes are not a valid Article");
    return;
  }
  uint32_t attempt = 0;
  Status s = journal_.IncrementAttempt(e.article_id, &attempt);
  if (!s.ok()) {
    if (s.code() != Status::Code::kInvalidInput) spdlog::error("journal: {}", s.ToString());
    table_.Finish(e.article_id);
    return;
  }
  table_.Admit(e.article_id, attempt, e.bytes.size(), Clock::now());
  inject_(e, attempt);
  replays_->Increment();
}

bool ReplayController::AdmitBacklog(WallClock::time_point started) {
  if (!table_.HasRoom(config_.max_in_flight, config_.max_in_flight_bytes)) return true;
  const size_t room = config_.max_in_flight - std::min<size_t>(table_.size(), config_.max_in_flight);
  auto older_than = std::chrono::duration_cast<std::chrono::milliseconds>(WallClock::now() - started);
  std::vector<JournalEntry> due;
  // A few at a time: each entry carries its payload, and this runs every 200 ms.
  Status s = journal_.OpenEntries(older_than, std::clamp<size_t>(room, 1, 64),
                                  [&](const JournalEntry& e) { due.push_back(e); });
  if (!s.ok()) {
    spdlog::error("journal replay: {}", s.ToString());
    return true;
  }
  size_t injected = 0;
  bool full = false;
  for (const auto& e : due) {
    if (table_.Contains(e.article_id)) continue;
    if (!table_.HasRoom(config_.max_in_flight, config_.max_in_flight_bytes, e.bytes.size())) {
      full = true;
      break;
    }
    Inject(e);
    ++injected;
  }
  if (injected > 0) spdlog::info("re-injected {} articles accepted before this start", injected);
  return injected > 0 || full;
}

void ReplayController::CheckTimeouts(Clock::time_point now) {
  const std::string reason = fmt::format("not completed within {} s (replay.timeout_s)", config_.replay_timeout_s);
  for (const auto& id : table_.TimedOut(now, std::chrono::seconds(config_.replay_timeout_s))) {
    if (Strike(id, reason)) Reinject(id);
  }
}

}  // namespace tidings::daemon

#include "daemon/forwarder.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "daemon/event_publisher.h"
#include "daemon/hop_router.h"
#include "daemon/in_flight_table.h"
#include "daemon/intake.h"
#include "daemon/journal_writer.h"
#include "daemon/poll_set.h"
#include "daemon/replay.h"
#include "daemon/zap_handler.h"
#include "clean/near_duplicate_index.h"
#include "tidings/allocator.h"
#include "tidings/wire.h"

namespace tidings::daemon {

namespace {

using Steady = std::chrono::steady_clock;

// Dead letters waiting for the store beyond which the push socket is not read: a flood of
// invalid messages must not grow the daemon's memory (each letter keeps <= 64 KiB).
constexpr size_t kStoreQueueIntakeLimit = 256;

std::string StateName(JournalState s) {
  switch (s) {
    case JournalState::kOpen: return "in progress";
    case JournalState::kCompleted: return "completed";
    case JournalState::kDead: return "dead-lettered";
  }
  return "known";
}

// The stages that get hops, in pipeline order: those with replicas here, started by hand
// elsewhere, or (cluster main) run by workers.
std::vector<std::string> PipelineStages(const DaemonConfig& config) {
  std::vector<std::string> out;
  for (const auto& stage : config.stages) {
    if (stage.replicas != 0 || stage.remote || !config.cluster_listen.empty()) out.push_back(stage.name);
  }
  return out;
}

// Sets string field `field` of the serialized message in `payload` by appending it (the last
// occurrence of a singular field wins): the payload is not parsed.
void AppendStringField(zmq::message_t* payload, uint32_t field, std::string_view value) {
  std::string tail;
  tail.push_back(static_cast<char>((field << 3) | 2));
  for (uint64_t n = value.size(); ; n >>= 7) {
    tail.push_back(static_cast<char>((n & 0x7f) | (n >= 0x80 ? 0x80 : 0)));
    if (n < 0x80) break;
  }
  tail.append(value);
  zmq::message_t joined(payload->size() + tail.size());
  std::memcpy(joined.data(), payload->data(), payload->size());
  std::memcpy(static_cast<char*>(joined.data()) + payload->size(), tail.data(), tail.size());
  *payload = std::move(joined);
}

}  // namespace

class PipelineForwarder::Impl : public IntakeSink {
 public:
  Impl(PipelineForwarder& owner, const DaemonConfig& config, Journal& journal, MetricsRegistry& metrics,
       RouteLog* routes)
      : owner_(owner),
        config_(config),
        journal_(journal),
        metrics_(metrics),
        routes_(routes),
        ctx_(1),
        zap_(ctx_, config, metrics),
        intake_(ctx_, config, *this, metrics),
        writer_(ctx_, journal),
        router_(ctx_, PipelineStages(config), metrics),
        publisher_(ctx_, metrics),
        replay_(config, journal, table_, metrics,
                [this](const JournalEntry& e, uint32_t attempt) { InjectFromJournal(e, attempt); },
                [this](v1::DeadLetter letter) { KeepDeadLetter(std::move(letter)); },
                [this](const std::string& id) { return journaling_.count(id) != 0; }) {
    in_flight_gauge_ = &metrics_.GetGauge("tidings_in_flight_articles", "Articles accepted and not yet completed");
    in_flight_bytes_gauge_ = &metrics_.GetGauge("tidings_in_flight_bytes", "Bytes of the articles in flight");
    completed_ = &metrics_.GetCounter("tidings_articles_completed_total",
                                      "Articles whose events are committed in the store");
    hub_turn_ = &metrics_.GetHistogram("tidings_hub_turn_seconds",
                                       "Time one turn of the hub's loop took, without its wait for sockets",
                                       kJournalOpBounds);
    latency_ = &metrics_.GetHistogram(
        "tidings_article_latency_seconds", "Time from acceptance to completion in the store",
        {0.001, 0.0025, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60});
  }

  Status Bind(BoundEndpoints* bound) {
    if (router_.stages().empty() || router_.stages().back() != "store") {
      return Status::Config("the pipeline needs a store stage (stages.store.replicas = 1)");
    }
    CurveKeys clients;
    if (config_.CurveEnabled()) {
      clients = {config_.curve_public_key, config_.curve_secret_key, ""};
      zap_.Bind();  // before any CURVE socket binds: it answers every handshake
    }
    Status s = intake_.Bind(clients, &bound->push, &bound->ack);
    if (!s.ok()) return s;
    if (!(s = publisher_.Bind(config_.publish_endpoint, clients, &bound->publish)).ok()) return s;
    // Hops that leave this host are encrypted; loopback hops need no handshake.
    CurveKeys hops = HopsLeaveHost() ? clients : CurveKeys{};
    return router_.Bind([this](const std::string& key) { return HopEndpoint(key); }, config_.hop_hwm, hops,
                        &bound->stage_in, &bound->stage_out);
  }

  void Run() {
    thread_id_ = std::this_thread::get_id();
    const WallClock::time_point started = WallClock::now();  // older open entries are a backlog
    bool backlog = true;
    auto last_tick = Steady::time_point{}, last_maintenance = Steady::time_point{};
    while (!stop_.load()) {
      const auto now = Steady::now();
      // The previous turn's own work, without its sleep in poll(2): a turn that holds the hub
      // delays every article waiting for a hop.
      if (last_turn_ != Steady::time_point{}) {
        hub_turn_->Observe(std::chrono::duration<double>(now - last_turn_ - poll_.waited()).count());
      }
      last_turn_ = now;
      if (events_pending_.exchange(false)) HandleEvents();
      if (now - last_maintenance >= std::chrono::milliseconds(200)) {
        if (backlog) backlog = replay_.AdmitBacklog(started);
        replay_.CheckTimeouts(now);
        MaintainJournal(now);
        last_maintenance = now;
      }
      if (now - last_tick >= std::chrono::seconds(1)) {
        UpdateGauges();
        GiveMemoryBack(now);
        last_tick = now;
      }
      PublishCounts();
      router_.Flush([this](const std::string& id, const std::string& stage) {
        table_.MarkSent(id, stage, Steady::now());
      });
      constexpr auto kOnlyByHandler = PollSet::Use::kOnlyByHandler;
      if (config_.CurveEnabled()) poll_.Add(zap_.socket(), ZMQ_POLLIN, [this] { zap_.Handle(); }, kOnlyByHandler);
      if (writer_.pending()) {
        poll_.Add(writer_.socket(), ZMQ_POLLIN, [this] { FinishJournaling(); }, kOnlyByHandler);
      }
      intake_.AddPollItems(poll_);
      router_.AddPollItems(poll_, [this, now](const std::string& stage) { return MayReadOutput(stage, now); },
                           [this](const std::string& stage) { DrainStageOutput(stage); });
      poll_.Poll(std::chrono::milliseconds(50));
    }
    if (writer_.pending()) {  // a batch being committed is still routed and answered
      writer_.Wait();
      FinishJournaling();
    }
    UpdateGauges();
  }

  void Post(const std::string& stage, const std::string& id, const std::string& reason, bool crash) {
    std::lock_guard lock(events_mu_);
    events_.push_back({crash, stage, id, reason, Steady::now()});
    events_pending_.store(true);
  }
  void PostHeld(const std::string& stage, std::vector<std::string> ids, bool blocked) {
    std::lock_guard lock(events_mu_);
    held_.push_back({stage, std::move(ids), blocked});
    events_pending_.store(true);
  }
  void StopIntake() { intake_.Stop(); }
  bool IntakeStopped() const { return intake_.stopped(); }
  void Stop() { stop_.store(true); }

  // IntakeSink: the hub's side of intake.
  bool HasRoom(size_t articles, uint64_t bytes) const override {
    if (table_.size() == 0 && articles <= 1) return true;  // one article, however large, can always enter
    return table_.size() + articles <= static_cast<size_t>(config_.max_in_flight) &&
           table_.bytes() + bytes <= config_.max_in_flight_bytes;
  }
  std::string FullReason() const override {
    return fmt::format("pipeline full ({} articles, {} MiB in flight)", table_.size(), table_.bytes() >> 20);
  }
  // Fire-and-forget articles wait in the client's queue, not here, while the first stage has
  // a full queue: a burst then costs the daemon a queue of articles, not max_in_flight_bytes.
  bool MayReadPush() const override {
    return MayKeepDeadLetter() && router_.HasRoom(FirstStage(false)) && router_.HasRoom(FirstStage(true));
  }
  bool MayKeepDeadLetter() const override { return router_.Queued("store") < kStoreQueueIntakeLimit; }
  std::string DescribeKnown(const std::string& id) override {
    JournalState state;  // Peek: never waits for the next batch's commit
    return journal_.Peek(id, &state).ok() ? StateName(state) : "known";
  }
  bool RouteNow(const InboundArticle& article) override;
  void StartJournaling(const std::vector<InboundArticle>& batch) override;
  void Route(std::vector<InboundArticle>& batch, const std::vector<AppendResult>& results) override;
  void KeepDeadLetter(v1::DeadLetter letter) override;

 private:
  struct PostedEvent {
    bool crash;  // else a restart
    std::string stage, article_id, reason;
    Steady::time_point at;
  };

  bool HopsLeaveHost() const {
    if (!IsLoopbackEndpoint(config_.hop_bind)) return true;
    for (const auto& [key, endpoint] : config_.hop_endpoints) {
      if (!endpoint.empty() && !IsLoopbackEndpoint(endpoint)) return true;
    }
    return false;
  }
  std::string HopEndpoint(const std::string& key) const {
    auto it = config_.hop_endpoints.find(key);
    return it != config_.hop_endpoints.end() && !it->second.empty() ? it->second
                                                                     : HopBindEndpoint(config_.hop_bind, key);
  }
  // The first stage of an article: fetch only for a bare URL; content goes straight to clean.
  const std::string& FirstStage(bool needs_fetch) const {
    const auto& stages = router_.stages();
    if (needs_fetch || stages.front() != "fetch" || stages.size() == 1) return stages.front();
    return stages[1];
  }
  // Whether a stage's results may be read now: they go to the next stage, and dead letters
  // to the store. The store's own results go nowhere (they complete articles), so they are
  // always read: a store waiting for its results to be read takes no more input, and a rule
  // that waited for room at the store would wait for ever.
  bool OutputHasRoom(const std::string& stage) const {
    const std::string& next = router_.Next(stage);
    return next.empty() || (router_.HasRoom("store") && router_.HasRoom(next));
  }
  // OutputHasRoom, noting the stages whose results wait for room (their articles do not age).
  bool MayReadOutput(const std::string& stage, Steady::time_point now) {
    if (OutputHasRoom(stage)) return true;
    table_.OutputHeld(stage, now);
    return false;
  }

  void FinishJournaling();
  // Admits a new article to the in-flight table and sends it to its first stage.
  void SendNew(const InboundArticle& a, zmq::message_t bytes, int64_t now_us);
  // Closes the journal entry of an article set aside by a stage (once it is journaled).
  void MarkDead(const std::string& id, const std::string& reason);
  void Send(const std::string& stage, const std::string& id, const v1::HopHeader& header, zmq::message_t payload);
  void InjectFromJournal(const JournalEntry& e, uint32_t attempt);
  void DrainStageOutput(const std::string& stage);
  void MarkNearDuplicate(v1::HopHeader& header, std::vector<zmq::message_t>* frames);
  void Complete(const v1::HopHeader& header, const zmq::message_t& payload);
  void RecordRoute(const v1::HopHeader& header);
  void ObserveTrace(const v1::HopHeader& header, int64_t accepted_us);
  // The store answered for the article (its copy of `attempt`): it leaves the in-flight table.
  // A copy of an earlier attempt (replayed meanwhile) completes it too, but says nothing of the
  // stage the current attempt is at.
  void Completed(const std::string& id, uint32_t attempt) {
    if (CurrentAttempt(id, attempt)) table_.Complete(id, Steady::now());
    else table_.Finish(id);
    PublishCounts();
  }
  bool CurrentAttempt(const std::string& id, uint32_t attempt) const {
    const InFlightTable::Flight* f = table_.Find(id);
    return f != nullptr && f->attempt == attempt;
  }
  void HandleEvents();
  void MaintainJournal(Steady::time_point now);
  // Entries one compaction step touches: ~10-20 ms of the writer's time, so an append waits
  // at most that long behind one; 320+ payloads a second at the hub's 200 ms pace.
  static constexpr size_t kCompactionRows = 64;
  // How long a journal operation took on the journal writer's thread (appends, compaction
  // steps): the hub goes on meanwhile; an append waits behind at most one step.
  static inline const std::vector<double> kJournalOpBounds = {0.0005, 0.001, 0.0025, 0.005, 0.01,
                                                              0.025,  0.05,  0.1,    0.25,  1};
  void ObserveJournal(const char* op, double seconds) {
    metrics_.GetHistogram("tidings_journal_op_seconds", "Time a journal operation took on the journal writer's thread",
                          kJournalOpBounds, {{"op", op}})
        .Observe(seconds);
  }
  void GiveMemoryBack(Steady::time_point now);
  void UpdateGauges();
  void PublishCounts() {
    owner_.in_flight_count_.store(table_.size());
    owner_.in_flight_bytes_.store(table_.bytes());
  }

  PipelineForwarder& owner_;
  const DaemonConfig& config_;
  Journal& journal_;
  MetricsRegistry& metrics_;
  RouteLog* routes_;
  zmq::context_t ctx_;

  // Owned by the forwarder thread (Run()); Bind() runs before it starts.
  ZapHandler zap_;
  Intake intake_;
  JournalWriter writer_;  // after intake_: destroyed first, so a batch it writes outlives it
  HopRouter router_;
  EventPublisher publisher_;
  InFlightTable table_;
  ReplayController replay_;
  clean::NearDuplicateIndex duplicates_;
  PollSet poll_;  // after the sockets it remembers
  std::thread::id thread_id_;
  Steady::time_point next_compaction_{};
  uint64_t peak_bytes_since_trim_ = 0;
  Gauge *in_flight_gauge_, *in_flight_bytes_gauge_;
  Counter* completed_;
  Histogram* latency_;
  Histogram* hub_turn_;
  Steady::time_point last_turn_{};  // when the current turn of Run() began
  // Ids of the batches handed to the writer, oldest first, and all of them in one set: an
  // article routed before its batch is committed is not in the journal yet.
  std::deque<std::vector<std::string>> journaling_batches_;
  std::unordered_set<std::string> journaling_;
  std::unordered_map<std::string, std::string> dead_before_journaled_;  // id -> reason

  // Shared with other threads.
  std::atomic<bool> stop_{false}, events_pending_{false};
  std::mutex events_mu_;
  std::vector<PostedEvent> events_;  // guarded by events_mu_
  struct HeldReport {
    std::string stage;
    std::vector<std::string> ids;
    bool blocked;
  };
  std::vector<HeldReport> held_;  // guarded by events_mu_
};

// ---- The route of an article -------------------------------------------------------------

// Accepted by the intake: sent to its first stage at once when surely new, and journaled (one
// fsync for the batch, on the writer's thread while this one goes on routing). The client's
// ack waits for the commit; the article does not.
bool PipelineForwarder::Impl::RouteNow(const InboundArticle& a) {
  if (journaling_.count(a.id) != 0 || table_.Contains(a.id)) return false;  // a duplicate
  JournalState state;
  if (journal_.Peek(a.id, &state).code() != Status::Code::kNotFound) return false;  // known, or cannot tell
  journaling_.insert(a.id);
  // The batch keeps its bytes and the stage gets the same ones: ZeroMQ shares a large
  // message's buffer between copies (reference-counted), so a 200 KB page is not copied
  // here, and neither side writes to it.
  zmq::message_t shared;
  shared.copy(const_cast<zmq::message_t&>(a.bytes));
  SendNew(a, std::move(shared), NowUnixMicros());
  return true;
}

void PipelineForwarder::Impl::StartJournaling(const std::vector<InboundArticle>& batch) {
  std::vector<Journal::BatchItem> items;
  std::vector<std::string> ids;
  items.reserve(batch.size());
  ids.reserve(batch.size());
  for (const auto& a : batch) {
    items.push_back({a.id, a.bytes.to_string_view()});
    ids.push_back(a.id);
    journaling_.insert(a.id);
  }
  journaling_batches_.push_back(std::move(ids));
  writer_.Start(std::move(items));
}

void PipelineForwarder::Impl::FinishJournaling() {
  Status s;
  std::vector<AppendResult> results;
  std::chrono::duration<double> took;
  while (writer_.TakeResult(&s, &results, &took)) {
    ObserveJournal("append_batch", took.count());
    for (const auto& id : journaling_batches_.front()) {
      journaling_.erase(id);
      auto dead = dead_before_journaled_.find(id);
      if (dead == dead_before_journaled_.end()) continue;
      if (s.ok()) MarkDead(id, dead->second);
      dead_before_journaled_.erase(dead);
    }
    journaling_batches_.pop_front();
    intake_.Journaled(s, results);
  }
}

void PipelineForwarder::Impl::Route(std::vector<InboundArticle>& batch, const std::vector<AppendResult>& results) {
  const int64_t now_us = NowUnixMicros();
  for (size_t i = 0; i < batch.size(); ++i) {
    InboundArticle& a = batch[i];
    if (a.routed) {
      if (results[i] != AppendResult::kAccepted) spdlog::error("article {} was routed, then found a duplicate", a.id);
      continue;
    }
    if (results[i] == AppendResult::kAccepted) SendNew(a, std::move(a.bytes), now_us);
  }
  PublishCounts();
}

void PipelineForwarder::Impl::SendNew(const InboundArticle& a, zmq::message_t bytes, int64_t now_us) {
  v1::HopHeader header;
  header.set_article_id(a.id);
  header.set_attempt(1);
  header.set_accepted_unix_ms(now_us / 1000);
  header.set_accepted_unix_us(now_us);
  header.set_kind(v1::HopHeader::ARTICLE);
  table_.Admit(a.id, 1, bytes.size(), Steady::now());
  Send(FirstStage(a.needs_fetch), a.id, header, std::move(bytes));
}

// Replayed from the journal (restart, timeout, backlog): the same route as a new article.
void PipelineForwarder::Impl::InjectFromJournal(const JournalEntry& e, uint32_t attempt) {
  v1::Article article;
  (void)article.ParseFromString(e.bytes);  // checked by the replay controller
  v1::HopHeader header;
  header.set_article_id(e.article_id);
  header.set_attempt(attempt);
  const int64_t accepted_us =
      std::chrono::duration_cast<std::chrono::microseconds>(e.accepted.time_since_epoch()).count();
  header.set_accepted_unix_ms(accepted_us / 1000);
  header.set_accepted_unix_us(accepted_us);
  header.set_kind(v1::HopHeader::ARTICLE);
  Send(FirstStage(article.html().empty() && article.text().empty()), e.article_id, header,
       zmq::message_t(e.bytes.data(), e.bytes.size()));
}

void PipelineForwarder::Impl::Send(const std::string& stage, const std::string& id, const v1::HopHeader& header,
                                   zmq::message_t payload) {
  table_.Route(id, stage, Steady::now());
  router_.Enqueue(stage, HopMessage{id, ToMessage(header), std::move(payload)});
}

// A stage's results: to the next stage (the payload untouched), dead letters to the store,
// and the store's output completes the article.
void PipelineForwarder::Impl::DrainStageOutput(const std::string& stage) {
  std::vector<zmq::message_t> frames;
  const bool is_store = router_.Next(stage).empty();
  for (int n = 0; n < 256 && MayReadOutput(stage, Steady::now()) && router_.Receive(stage, &frames); ++n) {
    v1::HopHeader header;
    if (!ParseHop(frames, &header)) {
      spdlog::error("{}: sent a message that is not [HopHeader][payload]; kept as a dead letter", stage);
      KeepDeadLetter(MakeDeadLetter(stage, "stage output is not a valid hop message",
                                    frames.empty() ? "" : frames.back().to_string_view(), "", 0,
                                    Intake::kRejectedKeepBytes));
      continue;
    }
    if (is_store) {
      Complete(header, frames[1]);
      continue;
    }
    if (header.has_signature()) MarkNearDuplicate(header, &frames);
    const std::string& next = header.kind() == v1::HopHeader::DEAD_LETTER ? router_.stages().back()
                                                                           : router_.Next(stage);
    // A copy of an earlier attempt goes on (it may complete the article first), but the table
    // follows the current attempt.
    if (CurrentAttempt(header.article_id(), header.attempt())) table_.Route(header.article_id(), next, Steady::now());
    router_.Enqueue(next, HopMessage{header.article_id(), std::move(frames[0]), std::move(frames[1])});
  }
}

// A cleaned article is checked against one index of every article (replicas of clean each see
// only some): a syndicated copy gets duplicate_of (CleanArticle field 15) = the first copy's id.
void PipelineForwarder::Impl::MarkNearDuplicate(v1::HopHeader& header, std::vector<zmq::message_t>* frames) {
  const v1::TextSignature& s = header.signature();
  clean::NearDuplicateIndex::Signature sig;
  sig.shingles = s.shingles();
  sig.minhash.assign(s.minhash().begin(), s.minhash().end());
  sig.names.assign(s.names().begin(), s.names().end());
  clean::NearDuplicateIndex::Match match = duplicates_.CheckAndAdd(header.article_id(), sig);
  if (!match.id.empty() && header.kind() == v1::HopHeader::CLEAN) AppendStringField(&(*frames)[1], 15, match.id);
  header.clear_signature();  // of no use further on
  (*frames)[0] = ToMessage(header);
}

void PipelineForwarder::Impl::MarkDead(const std::string& id, const std::string& reason) {
  if (journaling_.count(id) != 0) {  // its batch is not committed yet: once it is
    dead_before_journaled_[id] = reason;
    return;
  }
  Status s = journal_.MarkDead(id, reason);
  if (!s.ok() && s.code() != Status::Code::kNotFound) spdlog::error("journal: {}", s.ToString());
}

// The store has committed (or refused) the article: close the journal entry, then publish.
void PipelineForwarder::Impl::Complete(const v1::HopHeader& header, const zmq::message_t& payload) {
  const std::string& id = header.article_id();
  if (header.kind() == v1::HopHeader::DEAD_LETTER) {
    v1::DeadLetter letter;
    (void)FromBytes(payload.data(), payload.size(), &letter);
    metrics_.GetCounter("tidings_dead_letters_total", "Dead letters kept, by stage that produced them",
                        {{"stage", letter.stage()}})
        .Increment();
    if (letter.stage() == "store") {
      // The store could not commit: leave the journal entry open; the replay retries it.
      spdlog::error("store failed on article {}: {}", id, letter.reason());
      return;
    }
    if (!id.empty()) {
      MarkDead(id, letter.reason());
      Completed(id, header.attempt());
    }
    return;
  }
  if (header.kind() != v1::HopHeader::CODED) return;
  writer_.Complete(id);
  completed_->Increment();
  v1::CodedArticleEvents coded;  // the events alone: the article they came with is not parsed
  if (FromBytes(payload.data(), payload.size(), &coded)) {
    if (!coded.not_coded().empty()) {  // stored, but in a language the coder does not cover
      metrics_.GetCounter("tidings_articles_not_coded_total", "Articles stored without coding, by reason",
                          {{"reason", coded.not_coded()}})
          .Increment();
    }
    publisher_.Publish(coded.events());
  }
  RecordRoute(header);
  Completed(id, header.attempt());
}

// Acceptance -> stored: the latency histogram, the waits per hop and the route log.
void PipelineForwarder::Impl::RecordRoute(const v1::HopHeader& header) {
  const int64_t now_us = NowUnixMicros();
  const int64_t accepted_us =
      header.accepted_unix_us() > 0 ? header.accepted_unix_us() : header.accepted_unix_ms() * 1000;
  if (accepted_us <= 0) return;
  latency_->Observe(static_cast<double>(now_us - accepted_us) / 1e6);
  ObserveTrace(header, accepted_us);
  if (routes_ == nullptr) return;
  RouteLog::Route route{header.article_id(), accepted_us, now_us, {}};
  for (const auto& t : header.trace()) route.visits.push_back({t.stage(), t.in_unix_us(), t.out_unix_us(), t.cpu_us()});
  routes_->Record(std::move(route));
}

// Per stage: time waiting on the hop before it (queues, transfer) and time processing.
void PipelineForwarder::Impl::ObserveTrace(const v1::HopHeader& header, int64_t accepted_us) {
  static const std::vector<double> kBounds = {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01,
                                              0.025,  0.05,    0.1,    0.25,  0.5,    1,    5};
  int64_t previous_out = accepted_us;
  for (const auto& t : header.trace()) {
    if (previous_out > 0 && t.in_unix_us() >= previous_out) {
      metrics_.GetHistogram("tidings_hop_wait_seconds", "Time an article waited before a stage (queues, transfer)",
                            kBounds, {{"stage", t.stage()}})
          .Observe((t.in_unix_us() - previous_out) / 1e6);
    }
    previous_out = t.out_unix_us();
  }
}

void PipelineForwarder::Impl::KeepDeadLetter(v1::DeadLetter letter) {
  v1::HopHeader header;
  header.set_article_id(letter.article_id());
  header.set_attempt(letter.attempt());
  header.set_kind(v1::HopHeader::DEAD_LETTER);
  router_.Enqueue(router_.stages().back(), HopMessage{"", ToMessage(header), ToMessage(letter)});
}

// ---- Restarts, crashes, journal upkeep ----------------------------------------------------

// Restart and crash reports from the io thread, in the order they happened.
void PipelineForwarder::Impl::HandleEvents() {
  std::vector<PostedEvent> events;
  std::vector<HeldReport> held;
  {
    std::lock_guard lock(events_mu_);
    events.swap(events_);
    held.swap(held_);
  }
  const auto now = Steady::now();
  for (const auto& report : held) {
    for (const auto& id : report.ids) table_.RenewHeld(id, report.stage, now);
    if (report.blocked) table_.RenewQueuedAt(report.stage, now);
  }
  for (const PostedEvent& e : events) {
    if (e.crash) replay_.Crash(e.article_id, e.reason);
    else replay_.StageRestarted(e.stage, e.at);
  }
  PublishCounts();
}

// Compaction in small steps (each a short transaction), frequent while there is work, so that
// no single journal operation holds this thread long.
void PipelineForwarder::Impl::MaintainJournal(Steady::time_point now) {
  CompactionStep done;
  std::chrono::duration<double> longest;
  if (writer_.TakeCompacted(&done, &longest)) {
    ObserveJournal("compact_step", longest.count());
    if (done.payloads_dropped > 0) {
      metrics_.GetCounter("tidings_journal_compacted_total", "Payloads of completed journal entries dropped")
          .Increment(done.payloads_dropped);
    }
    if (done.segments_removed > 0) {
      metrics_.GetCounter("tidings_journal_segments_removed_total", "Journal payload segment files no entry needed, removed")
          .Increment(done.segments_removed);
    }
    if (done.payloads_moved > 0) {
      metrics_.GetCounter("tidings_journal_payloads_moved_total",
                          "Payloads moved out of mostly emptied journal segment files")
          .Increment(done.payloads_moved);
    }
  }
  // Over the byte bound, compaction does not wait for the interval.
  const bool over_bytes = config_.journal_retention_bytes > 0 &&
                          journal_.Counts().payload_bytes > config_.journal_retention_bytes;
  if (now < next_compaction_ && !over_bytes) return;
  CompactionPolicy policy;
  policy.retention = std::chrono::seconds(config_.journal_retention_s);
  policy.forget_after = std::chrono::seconds(config_.journal_forget_after_s);
  policy.retention_bytes = config_.journal_retention_bytes;
  policy.max_rows = kCompactionRows;
  writer_.RequestCompaction(policy);  // on the writer's thread, a step at a time between batches
  next_compaction_ = now + std::chrono::seconds(config_.journal_compact_interval_s);
}

// After a burst, hand freed memory back to the system (the allocator keeps it otherwise).
void PipelineForwarder::Impl::GiveMemoryBack(Steady::time_point now) {
  peak_bytes_since_trim_ = std::max(peak_bytes_since_trim_, table_.bytes());
  if (peak_bytes_since_trim_ >= (16u << 20) && table_.bytes() < peak_bytes_since_trim_ / 4) {
    GiveFreeMemoryBack();
    peak_bytes_since_trim_ = table_.bytes();
  }
}

void PipelineForwarder::Impl::UpdateGauges() {
  auto at = table_.CountByStage();
  for (const auto& stage : router_.stages()) {
    metrics_.GetGauge("tidings_queue_depth", "Articles waiting at or being processed by a stage", {{"stage", stage}})
        .Set(static_cast<double>(at[stage] + router_.Queued(stage)));
  }
  in_flight_gauge_->Set(static_cast<double>(table_.size()));
  in_flight_bytes_gauge_->Set(static_cast<double>(table_.bytes()));
  JournalCounts c = journal_.Counts();
  auto entries = [&](const char* state) -> Gauge& {
    return metrics_.GetGauge("tidings_journal_entries", "Journal entries by state", {{"state", state}});
  };
  entries("open").Set(c.open);
  entries("completed").Set(c.completed);
  entries("dead").Set(c.dead);
  metrics_.GetGauge("tidings_journal_payload_bytes", "Bytes of article payloads kept in the journal")
      .Set(static_cast<double>(c.payload_bytes));
}

// ---- PipelineForwarder --------------------------------------------------------------------

PipelineForwarder::PipelineForwarder(const DaemonConfig& config, Journal& journal, MetricsRegistry& metrics,
                                     RouteLog* routes)
    : impl_(std::make_unique<Impl>(*this, config, journal, metrics, routes)) {}
PipelineForwarder::~PipelineForwarder() = default;
Status PipelineForwarder::Bind(BoundEndpoints* bound) { return impl_->Bind(bound); }
void PipelineForwarder::Run() { impl_->Run(); }
void PipelineForwarder::StopIntake() { impl_->StopIntake(); }
bool PipelineForwarder::IntakeStopped() const { return impl_->IntakeStopped(); }
void PipelineForwarder::NoteStageRestarted(const std::string& stage) { impl_->Post(stage, "", "", false); }
void PipelineForwarder::ReportCrash(const std::string& stage, const std::string& article_id,
                                    const std::string& reason) {
  impl_->Post(stage, article_id, reason, true);
}
void PipelineForwarder::NoteHeld(const std::string& stage, std::vector<std::string> article_ids,
                                 bool blocked) {
  if (!article_ids.empty() || blocked) impl_->PostHeld(stage, std::move(article_ids), blocked);
}
void PipelineForwarder::Stop() { impl_->Stop(); }

}  // namespace tidings::daemon

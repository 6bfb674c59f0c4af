#include "daemon/forwarder.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <deque>
#include <mutex>
#include <set>
#include <unordered_map>
#include <zmq.hpp>

#include "tidings/topics.h"
#include "tidings/wire.h"

namespace tidings::daemon {

namespace {

using Steady = std::chrono::steady_clock;

// Messages the daemon holds for one stage while the stage's socket is full. Small: when it is
// full the daemon stops reading from upstream, so backpressure reaches the clients.
constexpr size_t kHopQueueLimit = 64;
constexpr int kAckBatch = 256;      // acknowledged articles journaled in one transaction
constexpr int kPushBatch = 256;
// Dead letters waiting for the store beyond which the push socket is not read: a flood of
// invalid messages must not grow the daemon's memory (each letter keeps <= 64 KiB).
constexpr size_t kStoreQueueIntakeLimit = 256;
constexpr size_t kRejectedKeepBytes = 64 << 10;

std::string StateName(JournalState s) {
  switch (s) {
    case JournalState::kOpen: return "in progress";
    case JournalState::kCompleted: return "completed";
    case JournalState::kDead: return "dead-lettered";
  }
  return "known";
}

}  // namespace

Status ValidateInboundArticle(const void* data, size_t size, uint64_t max_article_bytes,
                              v1::Article* article) {
  if (size == 0) return Status::InvalidInput("empty message: expected a tidings.v1.Article protobuf");
  if (size > max_article_bytes) {
    return Status::InvalidInput(fmt::format(
        "article is {} bytes; the limit is {} bytes (limits.max_article_bytes)", size,
        max_article_bytes));
  }
  if (!FromBytes(data, size, article)) {
    return Status::InvalidInput(
        fmt::format("message of {} bytes is not a valid tidings.v1.Article protobuf", size));
  }
  if (article->url().empty() && article->html().empty() && article->text().empty()) {
    return Status::InvalidInput("article has neither url, html nor text");
  }
  if (article->id().size() > 512) {
    return Status::InvalidInput("article id is longer than 512 bytes");
  }
  if (article->id().empty()) article->set_id(DeriveArticleId(*article));
  return Status::Ok();
}

class PipelineForwarder::Impl {
 public:
  Impl(PipelineForwarder& owner, const DaemonConfig& config, Journal& journal,
       MetricsRegistry& metrics)
      : owner_(owner), config_(config), journal_(journal), metrics_(metrics), ctx_(1) {
    for (const auto& stage : config.stages) {
      if (stage.replicas > 0 || stage.remote) order_.push_back(stage.name);
    }
    in_flight_gauge_ = &metrics_.GetGauge("tidings_in_flight_articles",
                                          "Articles accepted and not yet completed");
    published_ = &metrics_.GetCounter("tidings_events_published_total", "Events published");
    completed_ = &metrics_.GetCounter("tidings_articles_completed_total",
                                      "Articles whose events are committed in the store");
    replays_ = &metrics_.GetCounter("tidings_replays_total",
                                    "Journaled articles re-injected into the pipeline");
    latency_ = &metrics_.GetHistogram(
        "tidings_article_latency_seconds", "Time from acceptance to completion in the store",
        {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60});
  }

  Status Bind(BoundEndpoints* bound) {
    SocketOptions client{.send_hwm = 1000, .recv_hwm = 1000, .linger_ms = 1000,
                         .max_message_bytes = static_cast<int64_t>(config_.max_frame_bytes)};
    push_ = MakeSocket(ctx_, zmq::socket_type::pull, client);
    // Replies are small (an Ack, < 1 KiB) and one per request read, so a deep send queue is
    // cheap, and it keeps a client with a wide window from having replies dropped (a ROUTER
    // drops what does not fit; that client would then wait for its own timeout).
    SocketOptions ack_options = client;
    ack_options.send_hwm = 10000;
    ack_ = MakeSocket(ctx_, zmq::socket_type::router, ack_options);
    ack_.set(zmq::sockopt::router_mandatory, 0);  // a vanished client's ack is dropped, not an error
    publish_ = MakeSocket(ctx_, zmq::socket_type::pub, {.send_hwm = 100000, .linger_ms = 0});
    control_ = MakeSocket(ctx_, zmq::socket_type::pull, {.recv_hwm = 10000, .linger_ms = 0});
    if (config_.CurveEnabled()) {
      // The ZAP handler must be bound before any CURVE socket binds; it answers the handshake
      // of every client (see HandleZap).
      zap_ = zmq::socket_t(ctx_, zmq::socket_type::rep);
      zap_.set(zmq::sockopt::linger, 0);
      zap_.bind("inproc://zeromq.zap.01");
      for (zmq::socket_t* sock : {&push_, &ack_, &publish_}) {
        sock->set(zmq::sockopt::curve_server, 1);
        sock->set(zmq::sockopt::curve_secretkey, config_.curve_secret_key);
        sock->set(zmq::sockopt::zap_domain, "tidings");
      }
      for (const auto& k : config_.curve_allowed_clients) allowed_clients_.insert(k);
    }
    Status s;
    if (!(s = BindSocket(push_, config_.push_endpoint, &bound->push)).ok()) return s;
    if (!(s = BindSocket(ack_, config_.ack_endpoint, &bound->ack)).ok()) return s;
    if (!(s = BindSocket(publish_, config_.publish_endpoint, &bound->publish)).ok()) return s;
    if (!(s = BindSocket(control_, HopEndpoint("control"), &bound->control)).ok()) return s;
    for (const auto& name : order_) {
      Hop& hop = hops_[name];
      hop.stage = name;
      SocketOptions o{.send_hwm = config_.hop_hwm, .recv_hwm = config_.hop_hwm, .linger_ms = 0};
      hop.in = MakeSocket(ctx_, zmq::socket_type::push, o);
      hop.out = MakeSocket(ctx_, zmq::socket_type::pull, o);
      if (!(s = BindSocket(hop.in, HopEndpoint(name + ".in"), &bound->stage_in[name])).ok()) return s;
      if (!(s = BindSocket(hop.out, HopEndpoint(name + ".out"), &bound->stage_out[name])).ok()) return s;
      hop.sent = &metrics_.GetCounter("tidings_hop_sent_total", "Envelopes the daemon sent to a stage",
                                      {{"stage", name}});
      hop.received = &metrics_.GetCounter("tidings_hop_received_total",
                                          "Envelopes the daemon received from a stage", {{"stage", name}});
      hop.depth = &metrics_.GetGauge("tidings_queue_depth",
                                     "Articles waiting at or being processed by a stage",
                                     {{"stage", name}});
    }
    for (size_t i = 0; i < order_.size(); ++i) {
      hops_[order_[i]].next = i + 1 < order_.size() ? order_[i + 1] : "";
    }
    if (order_.empty() || order_.back() != "store") {
      return Status::Config("the pipeline needs a store stage (stages.store.replicas = 1)");
    }
    return Status::Ok();
  }

  void Run() {
    start_wall_ = WallClock::now();  // every entry open and older than this is a backlog
    backlog_pending_ = true;
    auto last_tick = Steady::now();
    auto last_maintenance = Steady::time_point{};
    auto last_compact = Steady::time_point{};
    while (!stop_.load()) {
      auto now = Steady::now();
      if (events_pending_.exchange(false)) HandleEvents();
      if (now - last_maintenance >= std::chrono::milliseconds(200)) {
        if (backlog_pending_) AdmitBacklog();
        ReplayTimedOut(now);
        last_maintenance = now;
      }
      if (now - last_compact >= std::chrono::seconds(config_.journal_compact_interval_s)) {
        CompactJournal();
        last_compact = now;
      }
      if (now - last_tick >= std::chrono::seconds(1)) {
        UpdateGauges();
        last_tick = now;
      }
      FlushQueues();
      PollOnce();
    }
    UpdateGauges();
  }

  void SetHeartbeatHandler(std::function<void(const v1::Heartbeat&)> h) { on_heartbeat_ = std::move(h); }
  void NoteStageRestarted(const std::string& stage) {
    Post({Event::kRestart, stage, "", "", Steady::now()});
  }
  void ReportCrash(const std::string& stage, const std::string& id, const std::string& reason) {
    Post({Event::kCrash, stage, id, reason, Steady::now()});
  }
  void Stop() { stop_.store(true); }

 private:
  struct Queued {
    std::string article_id;  // empty for messages not tracked in flight (ingest dead letters)
    zmq::message_t message;
  };
  struct Hop {
    std::string stage, next;
    zmq::socket_t in, out;
    std::deque<Queued> queue;
    Counter* sent = nullptr;
    Counter* received = nullptr;
    Gauge* depth = nullptr;
  };
  struct Flight {
    uint32_t attempt = 1;
    std::string stage;               // the stage it was last handed to (or queued for)
    bool sent = false;               // left the daemon for that stage (at risk if it dies)
    Steady::time_point sent_at{};
    Steady::time_point delivered_at{};  // when this attempt entered the pipeline (timeout)
  };
  struct Strikes {
    int count = 0;
    std::string last_error;
  };
  struct Event {
    enum Kind { kRestart, kCrash } kind;
    std::string stage, article_id, reason;
    Steady::time_point at;
  };

  void Post(Event e) {
    std::lock_guard lock(events_mu_);
    events_.push_back(std::move(e));
    events_pending_.store(true);
  }

  std::string HopEndpoint(const std::string& key) const {
    auto it = config_.hop_endpoints.find(key);
    return it != config_.hop_endpoints.end() && !it->second.empty() ? it->second : config_.hop_bind;
  }

  bool IntakeOpen() {
    return !owner_.intake_stopped_.load() &&
           in_flight_.size() < static_cast<size_t>(config_.max_in_flight) &&
           hops_["store"].queue.size() < kStoreQueueIntakeLimit;
  }

  void PollOnce() {
    std::vector<zmq::pollitem_t> items;
    enum Kind { kControl, kPush, kAck, kOut, kIn, kZap };
    std::vector<std::pair<Kind, Hop*>> kinds;
    auto add = [&](zmq::socket_t& s, short events, Kind k, Hop* h) {
      items.push_back({s.handle(), 0, events, 0});
      kinds.emplace_back(k, h);
    };
    add(control_, ZMQ_POLLIN, kControl, nullptr);
    if (zap_) add(zap_, ZMQ_POLLIN, kZap, nullptr);
    if (IntakeOpen()) add(push_, ZMQ_POLLIN, kPush, nullptr);
    add(ack_, ZMQ_POLLIN, kAck, nullptr);
    Hop& store = hops_["store"];
    for (auto& name : order_) {
      Hop& hop = hops_[name];
      bool room = store.queue.size() < kHopQueueLimit &&
                  (hop.next.empty() || hops_[hop.next].queue.size() < kHopQueueLimit);
      if (room) add(hop.out, ZMQ_POLLIN, kOut, &hop);
      if (!hop.queue.empty()) add(hop.in, ZMQ_POLLOUT, kIn, &hop);
    }
    PollSockets(items.data(), items.size(), std::chrono::milliseconds(50));
    for (size_t i = 0; i < items.size(); ++i) {
      if (items[i].revents == 0) continue;
      switch (kinds[i].first) {
        case kControl: DrainControl(); break;
        case kPush: DrainPush(); break;
        case kAck: DrainAck(); break;
        case kOut: DrainStageOutput(*kinds[i].second); break;
        case kIn: break;  // FlushQueues() on the next turn
        case kZap: HandleZap(); break;
      }
    }
  }

  void FlushQueues() {
    const auto now = Steady::now();
    for (auto& name : order_) {
      Hop& hop = hops_[name];
      while (!hop.queue.empty()) {
        Queued& q = hop.queue.front();
        if (!hop.in.send(q.message, zmq::send_flags::dontwait)) break;
        if (!q.article_id.empty()) {
          auto it = in_flight_.find(q.article_id);
          if (it != in_flight_.end() && it->second.stage == hop.stage) {
            it->second.sent = true;
            it->second.sent_at = now;
          }
        }
        hop.queue.pop_front();
        hop.sent->Increment();
      }
    }
  }

  void Enqueue(const std::string& stage, const v1::Envelope& env) {
    hops_[stage].queue.push_back({env.article_id(), ToMessage(env)});
    auto it = in_flight_.find(env.article_id());
    if (it != in_flight_.end()) {
      it->second.stage = stage;
      it->second.sent = false;
    }
  }

  void SendDeadLetter(v1::DeadLetter letter) {
    v1::Envelope env;
    env.set_article_id(letter.article_id());
    env.set_attempt(letter.attempt());
    *env.mutable_dead_letter() = std::move(letter);
    hops_["store"].queue.push_back({"", ToMessage(env)});
  }

  // ZAP (ZeroMQ RFC 27): approves or refuses each CURVE client by its public key.
  void HandleZap() {
    for (int n = 0; n < 64; ++n) {
      std::vector<zmq::message_t> frames;
      zmq::message_t f;
      if (!zap_.recv(f, zmq::recv_flags::dontwait)) return;
      bool more = f.more();
      frames.push_back(std::move(f));
      while (more) {
        zmq::message_t part;
        if (!zap_.recv(part, zmq::recv_flags::dontwait)) break;
        more = part.more();
        frames.push_back(std::move(part));
      }
      std::string request_id = frames.size() > 1 ? frames[1].to_string() : "";
      std::string mechanism = frames.size() > 5 ? frames[5].to_string() : "";
      bool allowed = false;
      std::string client;
      if (mechanism == "CURVE" && frames.size() > 6 && frames[6].size() == 32) {
        char z85[41];
        zmq_z85_encode(z85, static_cast<const uint8_t*>(frames[6].data()), 32);
        client = z85;
        allowed = config_.curve_allow_any_client || allowed_clients_.count(client) > 0;
      } else if (mechanism == "NULL") {
        allowed = frames.size() > 2 && frames[2].to_string() != "tidings";  // not a client socket
      }
      if (!allowed) {
        CountIngest("curve", "refused");
        spdlog::warn("refused a {} client{}{} (address {})", mechanism.empty() ? "?" : mechanism,
                     client.empty() ? "" : " with public key ", client,
                     frames.size() > 3 ? frames[3].to_string() : "?");
      }
      const char* code = allowed ? "200" : "400";
      const char* text = allowed ? "OK" : "client key not allowed (security.curve_allowed_clients)";
      zap_.send(zmq::str_buffer("1.0"), zmq::send_flags::sndmore);
      zap_.send(zmq::buffer(request_id), zmq::send_flags::sndmore);
      zap_.send(zmq::buffer(std::string_view(code)), zmq::send_flags::sndmore);
      zap_.send(zmq::buffer(std::string_view(text)), zmq::send_flags::sndmore);
      zap_.send(zmq::buffer(client), zmq::send_flags::sndmore);
      zap_.send(zmq::message_t(), zmq::send_flags::none);
    }
  }

  void CountIngest(const char* socket, const char* result) {
    metrics_.GetCounter("tidings_ingest_total", "Articles offered by clients, by outcome",
                        {{"socket", socket}, {"result", result}})
        .Increment();
  }

  // Journals accepted articles in one transaction and injects them. Returns per-item results.
  void Accept(std::vector<v1::Article>& articles, std::vector<std::string>& bytes,
              std::vector<AppendResult>* results, Status* status) {
    std::vector<Journal::BatchItem> batch;
    batch.reserve(articles.size());
    for (size_t i = 0; i < articles.size(); ++i) batch.push_back({articles[i].id(), bytes[i]});
    *status = journal_.AppendBatch(batch, results);
    if (!status->ok()) return;
    const int64_t now_ms = NowUnixMillis();
    for (size_t i = 0; i < articles.size(); ++i) {
      if ((*results)[i] != AppendResult::kAccepted) continue;
      v1::Envelope env;
      env.set_article_id(articles[i].id());
      env.set_attempt(1);
      env.set_accepted_unix_ms(now_ms);
      *env.mutable_article() = std::move(articles[i]);
      Flight& f = in_flight_[env.article_id()];
      f = Flight{};
      f.delivered_at = Steady::now();
      Enqueue(order_.front(), env);
    }
    owner_.in_flight_count_.store(in_flight_.size());
  }

  void DrainPush() {
    std::vector<v1::Article> articles;
    std::vector<std::string> bytes;
    for (int n = 0; n < kPushBatch && IntakeOpen(); ++n) {
      zmq::message_t msg;
      if (!push_.recv(msg, zmq::recv_flags::dontwait)) break;
      while (msg.more()) {  // multi-part: the article is the last frame
        zmq::message_t next;
        if (!push_.recv(next, zmq::recv_flags::dontwait)) break;
        msg = std::move(next);
      }
      v1::Article article;
      Status s = ValidateInboundArticle(msg.data(), msg.size(), config_.max_article_bytes, &article);
      if (!s.ok()) {
        CountIngest("push", "rejected");
        spdlog::warn("push: rejected a message: {}", s.message());
        SendDeadLetter(MakeDeadLetter("ingest", s.message(), msg.to_string_view(), article.id(), 0,
                                      kRejectedKeepBytes));
        continue;
      }
      // Keep the exact bytes with the id we derived, so a replay sees the same article.
      bytes.push_back(article.SerializeAsString());
      articles.push_back(std::move(article));
    }
    if (articles.empty()) return;
    std::vector<AppendResult> results;
    Status s;
    Accept(articles, bytes, &results, &s);
    if (!s.ok()) {
      // Not acknowledged to anyone, but we must not drop silently: keep it as a dead letter.
      spdlog::error("journal append failed: {}", s.ToString());
      for (size_t i = 0; i < bytes.size(); ++i) {
        CountIngest("push", "rejected");
        SendDeadLetter(MakeDeadLetter("ingest", "journal write failed: " + s.message(), bytes[i],
                                      "", 0, 64 << 10));
      }
      return;
    }
    for (auto r : results) CountIngest("push", r == AppendResult::kAccepted ? "accepted" : "duplicate");
  }

  void DrainAck() {
    struct Request {
      std::vector<zmq::message_t> route;  // identity (+ empty delimiter) to echo back
      v1::Ack ack;
      int article_index = -1;
    };
    std::vector<Request> requests;
    std::vector<v1::Article> articles;
    std::vector<std::string> bytes;
    size_t room = config_.max_in_flight > static_cast<int>(in_flight_.size())
                      ? config_.max_in_flight - in_flight_.size()
                      : 0;
    for (int n = 0; n < kAckBatch; ++n) {
      std::vector<zmq::message_t> frames;
      zmq::message_t frame;
      if (!ack_.recv(frame, zmq::recv_flags::dontwait)) break;
      bool more = frame.more();
      frames.push_back(std::move(frame));
      while (more) {
        zmq::message_t f;
        if (!ack_.recv(f, zmq::recv_flags::dontwait)) break;
        more = f.more();
        frames.push_back(std::move(f));
      }
      if (frames.size() < 2) continue;  // no identity: cannot answer
      Request req;
      zmq::message_t body = std::move(frames.back());
      frames.pop_back();
      req.route = std::move(frames);
      v1::Article article;
      Status s = ValidateInboundArticle(body.data(), body.size(), config_.max_article_bytes, &article);
      req.ack.set_article_id(article.id());
      if (!s.ok()) {
        CountIngest("ack", "rejected");
        req.ack.set_status(v1::Ack::REJECTED);
        req.ack.set_reason(s.message());
        SendDeadLetter(MakeDeadLetter("ingest", s.message(), body.to_string_view(), article.id(), 0,
                                      64 << 10));
      } else if (owner_.intake_stopped_.load()) {
        CountIngest("ack", "busy");
        req.ack.set_status(v1::Ack::BUSY);
        req.ack.set_reason("shutting down");
        req.ack.set_retry_after_ms(config_.busy_retry_ms * 5);
      } else if (articles.size() >= room) {
        CountIngest("ack", "busy");
        req.ack.set_status(v1::Ack::BUSY);
        req.ack.set_reason(fmt::format("pipeline full ({} articles in flight)", in_flight_.size()));
        req.ack.set_retry_after_ms(config_.busy_retry_ms);
      } else {
        req.article_index = static_cast<int>(articles.size());
        bytes.push_back(article.SerializeAsString());
        articles.push_back(std::move(article));
      }
      requests.push_back(std::move(req));
    }
    if (requests.empty()) return;
    std::vector<AppendResult> results;
    Status s = Status::Ok();
    if (!articles.empty()) Accept(articles, bytes, &results, &s);
    for (auto& req : requests) {
      if (req.article_index >= 0) {
        if (!s.ok()) {
          CountIngest("ack", "busy");
          req.ack.set_status(v1::Ack::BUSY);  // not journaled, so not accepted: client retries
          req.ack.set_reason("journal write failed: " + s.message());
          req.ack.set_retry_after_ms(1000);
        } else if (results[req.article_index] == AppendResult::kAccepted) {
          CountIngest("ack", "accepted");
          req.ack.set_status(v1::Ack::ACCEPTED);
        } else {
          CountIngest("ack", "duplicate");
          req.ack.set_status(v1::Ack::DUPLICATE);
          JournalStatus js;
          std::string state = journal_.Lookup(req.ack.article_id(), &js).ok() ? StateName(js.state) : "known";
          req.ack.set_reason(fmt::format("article {} was already accepted ({})", req.ack.article_id(), state));
        }
      }
      for (auto& f : req.route) ack_.send(f, zmq::send_flags::sndmore | zmq::send_flags::dontwait);
      ack_.send(ToMessage(req.ack), zmq::send_flags::dontwait);
    }
  }

  void DrainControl() {
    for (int n = 0; n < 1000; ++n) {
      zmq::message_t msg;
      if (!control_.recv(msg, zmq::recv_flags::dontwait)) return;
      v1::Heartbeat hb;
      if (!FromBytes(msg.data(), msg.size(), &hb)) continue;
      RenewHeld(hb);
      if (on_heartbeat_) on_heartbeat_(hb);
    }
  }

  // A living stage that still holds an article (a download waiting for a polite moment) has
  // not lost it: its replay timeout starts again. A hung stage sends no heartbeats, and a
  // crashed one is replayed at its restart, so nothing is held forever.
  void RenewHeld(const v1::Heartbeat& hb) {
    const auto now = Steady::now();
    for (const auto& id : hb.held_article_ids()) {
      auto it = in_flight_.find(id);
      if (it != in_flight_.end() && it->second.stage == hb.stage() && it->second.sent) {
        it->second.delivered_at = now;
      }
    }
  }

  void DrainStageOutput(Hop& hop) {
    for (int n = 0; n < 256; ++n) {
      if (hops_["store"].queue.size() >= kHopQueueLimit) return;
      if (!hop.next.empty() && hops_[hop.next].queue.size() >= kHopQueueLimit) return;
      zmq::message_t msg;
      if (!hop.out.recv(msg, zmq::recv_flags::dontwait)) return;
      hop.received->Increment();
      v1::Envelope env;
      if (!FromBytes(msg.data(), msg.size(), &env)) {
        spdlog::error("{}: sent bytes that are not an Envelope; kept as a dead letter", hop.stage);
        SendDeadLetter(MakeDeadLetter(hop.stage, "stage output is not a valid Envelope",
                                      msg.to_string_view(), "", 0));
        continue;
      }
      if (hop.stage == "store") {
        Complete(env);
      } else if (env.has_dead_letter()) {
        Enqueue("store", env);
      } else {
        Enqueue(hop.next, env);
      }
    }
  }

  // The store has committed (or refused) the article.
  void Complete(const v1::Envelope& env) {
    const std::string& id = env.article_id();
    if (env.has_dead_letter()) {
      const auto& letter = env.dead_letter();
      metrics_.GetCounter("tidings_dead_letters_total", "Dead letters kept, by stage that produced them",
                          {{"stage", letter.stage()}})
          .Increment();
      if (letter.stage() == "store") {
        // The store could not commit: leave the journal entry open; the replay retries it.
        spdlog::error("store failed on article {}: {}", id, letter.reason());
        return;
      }
      if (!id.empty()) {
        Status s = journal_.MarkDead(id, letter.reason());
        if (!s.ok() && s.code() != Status::Code::kNotFound) spdlog::error("journal: {}", s.ToString());
      }
      Finish(id);
      return;
    }
    if (!env.has_coded()) return;
    Status s = journal_.MarkCompleted(id);
    if (!s.ok() && s.code() != Status::Code::kNotFound) spdlog::error("journal: {}", s.ToString());
    completed_->Increment();
    for (const auto& event : env.coded().events()) {
      zmq::message_t body = ToMessage(event);
      zmq::message_t copy;
      copy.copy(body);
      std::string t1 = CameoTopic(event), t2 = ActorTopic(event);
      publish_.send(zmq::buffer(t1), zmq::send_flags::sndmore | zmq::send_flags::dontwait);
      publish_.send(body, zmq::send_flags::dontwait);
      publish_.send(zmq::buffer(t2), zmq::send_flags::sndmore | zmq::send_flags::dontwait);
      publish_.send(copy, zmq::send_flags::dontwait);
      published_->Increment();
    }
    if (env.accepted_unix_ms() > 0) {
      latency_->Observe((NowUnixMillis() - env.accepted_unix_ms()) / 1000.0);
    }
    Finish(id);
  }

  void Finish(const std::string& id) {
    in_flight_.erase(id);
    strikes_.erase(id);
    owner_.in_flight_count_.store(in_flight_.size());
  }

  // Restart and crash reports from the io thread, in the order they happened.
  void HandleEvents() {
    std::vector<Event> events;
    {
      std::lock_guard lock(events_mu_);
      events.swap(events_);
    }
    for (const Event& e : events) {
      if (e.kind == Event::kCrash) {
        Strike(e.article_id, e.reason);
        continue;
      }
      std::vector<std::string> at_risk;
      for (const auto& [id, f] : in_flight_) {
        if (f.stage == e.stage && f.sent && f.sent_at <= e.at) at_risk.push_back(id);
      }
      if (!at_risk.empty()) {
        spdlog::info("{} restarted: re-injecting {} articles its previous process may have held",
                     e.stage, at_risk.size());
      }
      for (const auto& id : at_risk) Reinject(id);
    }
    owner_.in_flight_count_.store(in_flight_.size());
  }

  // One failed attempt of an article: a stage died while processing it, or it timed out.
  // Returns false when the article was set aside (or is no longer in flight).
  bool Strike(const std::string& id, const std::string& reason) {
    if (!in_flight_.count(id)) return false;  // completed or set aside meanwhile
    Strikes& st = strikes_[id];
    ++st.count;
    st.last_error = reason;
    metrics_.GetCounter("tidings_failed_attempts_total",
                        "Attempts that ended in a stage crash, hang or timeout").Increment();
    spdlog::warn("article {}: failed attempt {} of {}: {}", id, st.count, config_.max_attempts, reason);
    if (st.count < config_.max_attempts) return true;
    JournalEntry e;
    if (!journal_.ReadOpen(id, &e).ok()) {
      Finish(id);
      return false;
    }
    SetAside(e, fmt::format("set aside as poison input after {} failed attempts; last error: {}",
                            st.count, reason));
    return false;
  }

  // Gives up on an article: journal entry dead, dead letter (with the original) to the store.
  void SetAside(const JournalEntry& e, const std::string& reason) {
    spdlog::error("article {}: {}", e.article_id, reason);
    metrics_.GetCounter("tidings_articles_set_aside_total",
                        "Articles given up on (poison input or too many deliveries)").Increment();
    Status s = journal_.MarkDead(e.article_id, reason);
    if (!s.ok()) spdlog::error("journal: {}", s.ToString());
    SendDeadLetter(MakeDeadLetter("daemon", reason, e.bytes, e.article_id, e.attempt, kRejectedKeepBytes));
    Finish(e.article_id);
  }

  // Re-injects the journaled article `id` at the head of the pipeline, attempt + 1.
  void Reinject(const std::string& id) {
    JournalEntry e;
    Status s = journal_.ReadOpen(id, &e);
    if (!s.ok()) {  // completed or dead in the meantime
      if (s.code() != Status::Code::kInvalidInput) spdlog::error("journal: {}", s.ToString());
      Finish(id);
      return;
    }
    Inject(e);
  }

  void Inject(const JournalEntry& e) {
    if (e.attempt >= static_cast<uint32_t>(config_.max_deliveries)) {
      auto st = strikes_.find(e.article_id);
      SetAside(e, fmt::format("delivered {} times without completing (replay.max_deliveries){}", e.attempt,
                              st != strikes_.end() ? "; last error: " + st->second.last_error : ""));
      return;
    }
    v1::Envelope env;
    if (!env.mutable_article()->ParseFromString(e.bytes)) {
      SetAside(e, "journaled bytes are not a valid Article");
      return;
    }
    uint32_t attempt = 0;
    Status s = journal_.IncrementAttempt(e.article_id, &attempt);
    if (!s.ok()) {
      if (s.code() != Status::Code::kInvalidInput) spdlog::error("journal: {}", s.ToString());
      Finish(e.article_id);
      return;
    }
    env.set_article_id(e.article_id);
    env.set_attempt(attempt);
    env.set_accepted_unix_ms(
        std::chrono::duration_cast<std::chrono::milliseconds>(e.accepted.time_since_epoch()).count());
    Flight& f = in_flight_[e.article_id];
    f = Flight{};
    f.attempt = attempt;
    f.delivered_at = Steady::now();
    Enqueue(order_.front(), env);
    replays_->Increment();
  }

  // Start-up: entries left open by the previous run, admitted as room frees up.
  void AdmitBacklog() {
    if (in_flight_.size() >= static_cast<size_t>(config_.max_in_flight)) return;
    size_t room = config_.max_in_flight - in_flight_.size();
    auto older_than = std::chrono::duration_cast<std::chrono::milliseconds>(WallClock::now() - start_wall_);
    std::vector<JournalEntry> due;
    Status s = journal_.OpenEntries(older_than, room, [&](const JournalEntry& e) { due.push_back(e); });
    if (!s.ok()) {
      spdlog::error("journal replay: {}", s.ToString());
      return;
    }
    size_t injected = 0;
    for (const auto& e : due) {
      if (in_flight_.count(e.article_id)) continue;
      Inject(e);
      ++injected;
    }
    if (injected > 0) spdlog::info("re-injected {} articles accepted before this start", injected);
    if (injected == 0) backlog_pending_ = false;
    owner_.in_flight_count_.store(in_flight_.size());
  }

  // Articles not completed within replay.timeout_s of their delivery: a failed attempt each.
  void ReplayTimedOut(Steady::time_point now) {
    const auto timeout = std::chrono::seconds(config_.replay_timeout_s);
    std::vector<std::string> late;
    for (const auto& [id, f] : in_flight_) {
      if (now - f.delivered_at >= timeout) late.push_back(id);
    }
    for (const auto& id : late) {
      if (Strike(id, fmt::format("not completed within {} s (replay.timeout_s)", config_.replay_timeout_s))) {
        Reinject(id);
      }
    }
    if (!late.empty()) owner_.in_flight_count_.store(in_flight_.size());
  }

  void CompactJournal() {
    uint64_t compacted = 0;
    Status s = journal_.Compact(std::chrono::seconds(config_.journal_retention_s),
                                std::chrono::seconds(config_.journal_forget_after_s), &compacted);
    if (!s.ok()) {
      spdlog::error("journal compaction: {}", s.ToString());
      return;
    }
    if (compacted > 0) {
      metrics_.GetCounter("tidings_journal_compacted_total",
                          "Payloads of completed journal entries dropped").Increment(compacted);
      spdlog::debug("journal: dropped {} completed payloads", compacted);
    }
  }

  void UpdateGauges() {
    std::map<std::string, size_t> at;
    for (const auto& [id, f] : in_flight_) ++at[f.stage];
    for (auto& [name, hop] : hops_) hop.depth->Set(static_cast<double>(at[name] + hop.queue.size()));
    in_flight_gauge_->Set(static_cast<double>(in_flight_.size()));
    JournalCounts c = journal_.Counts();
    metrics_.GetGauge("tidings_journal_entries", "Journal entries by state", {{"state", "open"}}).Set(c.open);
    metrics_.GetGauge("tidings_journal_entries", "Journal entries by state", {{"state", "completed"}}).Set(c.completed);
    metrics_.GetGauge("tidings_journal_entries", "Journal entries by state", {{"state", "dead"}}).Set(c.dead);
  }

  PipelineForwarder& owner_;
  const DaemonConfig& config_;
  Journal& journal_;
  MetricsRegistry& metrics_;
  zmq::context_t ctx_;
  zmq::socket_t push_, ack_, publish_, control_, zap_;
  std::set<std::string> allowed_clients_;
  std::vector<std::string> order_;
  std::map<std::string, Hop> hops_;
  std::unordered_map<std::string, Flight> in_flight_;
  std::function<void(const v1::Heartbeat&)> on_heartbeat_;
  std::unordered_map<std::string, Strikes> strikes_;
  std::atomic<bool> stop_{false}, events_pending_{false};
  std::mutex events_mu_;
  std::vector<Event> events_;
  WallClock::time_point start_wall_{};
  bool backlog_pending_ = true;
  Gauge* in_flight_gauge_;
  Counter *published_, *completed_, *replays_;
  Histogram* latency_;
};

PipelineForwarder::PipelineForwarder(const DaemonConfig& config, Journal& journal,
                                     MetricsRegistry& metrics)
    : impl_(std::make_unique<Impl>(*this, config, journal, metrics)) {}
PipelineForwarder::~PipelineForwarder() = default;
Status PipelineForwarder::Bind(BoundEndpoints* bound) { return impl_->Bind(bound); }
void PipelineForwarder::Run() { impl_->Run(); }
void PipelineForwarder::SetHeartbeatHandler(std::function<void(const v1::Heartbeat&)> h) {
  impl_->SetHeartbeatHandler(std::move(h));
}
void PipelineForwarder::StopIntake() { intake_stopped_.store(true); }
void PipelineForwarder::NoteStageRestarted(const std::string& stage) { impl_->NoteStageRestarted(stage); }
void PipelineForwarder::ReportCrash(const std::string& stage, const std::string& article_id,
                                    const std::string& reason) {
  impl_->ReportCrash(stage, article_id, reason);
}
void PipelineForwarder::Stop() { impl_->Stop(); }

}  // namespace tidings::daemon

// tidings subscribe: prints published events as JSON lines (the schema of tidings::EventToJson).
// With --since it first replays stored events from the store, then continues with live events,
// with neither a gap nor a duplicate at the seam (see CatchUpSubscriber).
#include <algorithm>
#include <cctype>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <zmq.hpp>

#include "commands.h"
#include "curve_client.h"
#include "daemon_client.h"
#include "store/event_store.h"
#include "store/utc_time.h"
#include "store_options.h"
#include "tidings/event_json.h"
#include "tidings/topics.h"
#include "tidings/wire.h"

namespace tidings::cli {

namespace {

using Clock = std::chrono::steady_clock;

volatile std::sig_atomic_t g_interrupted = 0;
extern "C" void OnInterrupt(int) { g_interrupted = 1; }

struct SubscribeOptions {
  std::vector<std::string> topics;
  std::string data_dir, endpoint;
  StoreOptions store;  // which store --since reads (default: the daemon's)
  std::string since;  // empty: live only
  long count = 0;
  double timeout_s = 0;
  bool with_topic = false;
  CurveClientOptions curve;  // needed when the daemon publishes beyond loopback
};

// Where --since starts: events with seq > after_seq (a SEQ), or events of articles stored at or
// after unix_ms (a TIME, resolved against the store once it is open).
struct SincePoint {
  uint64_t after_seq = 0;
  std::optional<int64_t> stored_since_unix_ms;
};

// Parses --since: a store sequence number (digits only, exclusive) or a UTC time as
// store::ParseUtcTime reads it ("YYYY-MM-DD" is midnight).
Status ParseSince(const std::string& text, SincePoint* out) {
  if (text.empty()) return Status::InvalidInput("--since needs a sequence number or a time");
  if (std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); })) {
    if (text.size() > 19) return Status::InvalidInput("--since " + text + ": sequence number too large");
    out->after_seq = std::stoull(text);
    return Status::Ok();
  }
  int64_t unix_ms = 0;
  if (!store::ParseUtcTime(text, &unix_ms).ok()) {
    return Status::InvalidInput("--since " + text +
                                ": expected a store sequence number (e.g. 1200) or a UTC time "
                                "YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM]");
  }
  out->stored_since_unix_ms = unix_ms;
  return Status::Ok();
}

class EventPrinter {
 public:
  explicit EventPrinter(const SubscribeOptions& o) : o_(o) {}
  // Prints one event; false when --count is reached.
  bool Print(const v1::Event& event, const std::string& topic) {
    if (o_.with_topic) {
      auto j = EventToJson(event);
      j["topic"] = topic;
      std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
      std::cout << EventToJsonLine(event) << "\n";
    }
    std::cout.flush();
    return !(o_.count > 0 && ++printed_ >= o_.count);
  }

 private:
  const SubscribeOptions& o_;
  long printed_ = 0;
};

// The zguide "Clone" pattern on top of the store: the SUB socket is connected (and buffers
// live events) BEFORE the store is read, so nothing published during the replay is lost.
// Every event carries its store seq, which grows in commit order, and the daemon publishes in
// that order, so `last_` (the highest seq printed) decides everything:
//   - a live event with seq <= last_ was already printed from the store: dropped;
//   - a live event with seq > last_ + 1 may follow events that PUB dropped (slow subscriber,
//     the subscription still propagating) or that the topic filter excludes: the store is read
//     for (last_, seq) first, so those that match are printed, in order, exactly once;
//   - while no live event arrives, the store is re-read now and then for seq > last_, which
//     closes a gap that no later live event would reveal.
// Not thread-safe; one per command run.
class CatchUpSubscriber {
 public:
  CatchUpSubscriber(std::vector<std::string> prefixes, store::StoreLocation where, EventPrinter& printer)
      : prefixes_(std::move(prefixes)), where_(std::move(where)), printer_(printer) {}

  // Opens the store (read-only) and resolves a TIME to a seq. A store that does not exist yet
  // (nothing stored so far) is not an error: it is opened later.
  Status Start(const SincePoint& since) {
    last_ = since.after_seq;
    since_time_ = since.stored_since_unix_ms;
    return OpenStoreIfPresent();
  }

  // Replays stored events with seq > last_ (and < `before` when not 0). False when --count is
  // reached or the store failed (reported on stderr).
  bool CatchUp(uint64_t before = 0) {
    uint64_t& counter = replay_done_ ? filled_ : replayed_;
    last_store_read_ = Clock::now();
    if (!store_ && (!OpenStoreIfPresent().ok() || !store_)) return ok_;
    store::EventQuery q;
    q.since_seq = last_;
    q.before_seq = before;
    bool go_on = true;
    Status s = store_->QueryEvents(q, [&](const v1::Event& e) {
      if (g_interrupted || (before != 0 && e.seq() >= before)) return false;
      last_ = e.seq();
      if (const std::string* topic = Matching(e)) {
        ++counter;
        go_on = printer_.Print(e, *topic);
      }
      return go_on;
    });
    replay_done_ = true;
    if (!s.ok()) {
      std::cerr << "tidings subscribe: reading the store: " << s.ToString() << "\n";
      ok_ = false;
      return false;
    }
    return go_on;
  }

  // Handles one live event. False when --count is reached or the store failed.
  bool OnLive(const v1::Event& e, const std::string& topic) {
    if (e.seq() <= last_) return true;  // already printed (replayed, or the other topic tree)
    if (e.seq() > last_ + 1 && !CatchUp(e.seq())) return false;
    if (e.seq() <= last_) return true;
    last_ = e.seq();
    ++live_;
    return printer_.Print(e, topic);
  }

  // Re-reads the store when nothing arrived for a while (see the class comment).
  bool OnIdle() {
    if (Clock::now() - last_store_read_ < std::chrono::seconds(1)) return true;
    return CatchUp();
  }

  bool ok() const { return ok_; }
  // For stderr: where the events came from.
  std::string Summary() const {
    return "tidings subscribe: printed " + std::to_string(replayed_) + " stored events, then " +
           std::to_string(live_) + " live and " + std::to_string(filled_) +
           " read from the store to fill gaps in the live stream; last seq " + std::to_string(last_);
  }

 private:
  Status OpenStoreIfPresent() {
    std::error_code ec;
    if (where_.backend == store::Backend::kSqlite && !std::filesystem::exists(where_.path, ec)) {
      return Status::Ok();
    }
    store::OpenOptions read;
    read.read_only = true;
    Status s = store::EventStore::Open(where_, read, &store_);
    if (s.code() == Status::Code::kNotFound) return Status::Ok();  // no schema yet: nothing stored
    if (!s.ok()) {
      std::cerr << "tidings subscribe: " << s.ToString() << "\n";
      ok_ = false;
      return s;
    }
    if (since_time_) {
      uint64_t seq = 0;
      if (Status t = store_->LastSeqStoredBefore(*since_time_, &seq); !t.ok()) {
        std::cerr << "tidings subscribe: " << t.ToString() << "\n";
        ok_ = false;
        return t;
      }
      last_ = std::max(last_, seq);
      since_time_.reset();
    }
    return Status::Ok();
  }

  // The topic a live subscriber would have received `e` on, or null when no prefix matches:
  // replayed events are filtered exactly like live ones.
  const std::string* Matching(const v1::Event& e) {
    cameo_ = CameoTopic(e);
    actor_ = ActorTopic(e);
    for (const auto& p : prefixes_) {
      if (cameo_.compare(0, p.size(), p) == 0) return &cameo_;
      if (actor_.compare(0, p.size(), p) == 0) return &actor_;
    }
    return nullptr;
  }

  const std::vector<std::string> prefixes_;
  const store::StoreLocation where_;
  EventPrinter& printer_;
  std::unique_ptr<store::EventStore> store_;
  std::optional<int64_t> since_time_;
  uint64_t last_ = 0;
  Clock::time_point last_store_read_ = Clock::now();
  std::string cameo_, actor_;
  bool ok_ = true;
  bool replay_done_ = false;
  uint64_t replayed_ = 0, live_ = 0, filled_ = 0;
};

int Subscribe(const SubscribeOptions& o, const std::string& endpoint) {
  std::optional<SincePoint> since;
  if (!o.since.empty()) {
    SincePoint p;
    if (Status s = ParseSince(o.since, &p); !s.ok()) {
      std::cerr << "tidings subscribe: " << s.message() << "\n";
      return 2;
    }
    since = p;
  }
  zmq::context_t ctx(1);
  zmq::socket_t sub = MakeSocket(ctx, zmq::socket_type::sub, {.recv_hwm = 100000, .linger_ms = 0});
  // Every event is published on both topic trees; with no prefix we take one tree so each
  // event prints once.
  std::vector<std::string> topics = o.topics.empty() ? std::vector<std::string>{"cameo/"} : o.topics;
  for (const auto& t : topics) sub.set(zmq::sockopt::subscribe, t);
  if (Status s = ApplyCurveClient(o.curve, o.data_dir, sub); !s.ok()) {
    std::cerr << "tidings subscribe: " << s.message() << "\n";
    return 2;
  }
  sub.connect(endpoint);
  std::signal(SIGINT, OnInterrupt);
  std::signal(SIGTERM, OnInterrupt);
  const auto deadline = Clock::now() + std::chrono::milliseconds(static_cast<long>(o.timeout_s * 1000));
  EventPrinter printer(o);

  // Subscribed first, then the store: live events published meanwhile wait in the socket.
  std::unique_ptr<CatchUpSubscriber> catch_up;
  if (since) {
    store::StoreLocation where;
    if (Status s = ResolveStore(o.store, o.data_dir, &where); !s.ok()) {
      std::cerr << "tidings subscribe: " << s.message() << "\n";
      return 2;
    }
    catch_up = std::make_unique<CatchUpSubscriber>(topics, where, printer);
    if (!catch_up->Start(*since).ok()) return 1;
    if (!catch_up->CatchUp()) {
      std::cerr << catch_up->Summary() << "\n";
      return catch_up->ok() ? 0 : 1;
    }
  }
  while (!g_interrupted) {
    if (o.timeout_s > 0 && Clock::now() >= deadline) break;
    zmq::pollitem_t items[] = {{sub.handle(), 0, ZMQ_POLLIN, 0}};
    PollSockets(items, 1, std::chrono::milliseconds(100));
    if (!(items[0].revents & ZMQ_POLLIN)) {
      if (catch_up && !catch_up->OnIdle()) break;
      continue;
    }
    zmq::message_t topic, body;
    (void)sub.recv(topic);
    if (!topic.more()) continue;
    (void)sub.recv(body);
    while (body.more()) (void)sub.recv(body);  // tolerate extra frames from newer daemons
    v1::Event event;
    if (!FromBytes(body.data(), body.size(), &event)) {
      std::cerr << "tidings subscribe: skipped a frame that is not a tidings.v1.Event\n";
      continue;
    }
    if (catch_up) {
      if (!catch_up->OnLive(event, topic.to_string())) break;
    } else if (!printer.Print(event, topic.to_string())) {
      break;
    }
  }
  if (catch_up) std::cerr << catch_up->Summary() << "\n";
  return catch_up && !catch_up->ok() ? 1 : 0;
}

}  // namespace

void RegisterSubscribeCommand(CLI::App& app) {
  auto o = std::make_shared<SubscribeOptions>();
  CLI::App* cmd = app.add_subcommand(
      "subscribe",
      "Print published events as JSON lines. Topic prefixes: cameo/<code> (cameo/05, cameo/057) "
      "or actor/<src>[/<tgt>] (actor/TUR, actor/TUR/AZE)");
  cmd->add_option("topics", o->topics, "topic prefixes (default: every event once)");
  cmd->add_option("--since", o->since,
                  "first replay stored events, then continue live with no gap or duplicate: SEQ = "
                  "events after this store sequence number (0: all), or TIME = events of articles "
                  "stored at or after a UTC time, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM]");
  cmd->add_option("--count", o->count, "exit after this many events");
  cmd->add_option("--timeout", o->timeout_s, "exit after this many seconds");
  cmd->add_flag("--with-topic", o->with_topic, "add the topic to each JSON object");
  cmd->add_option("--endpoint", o->endpoint, "override the daemon's publish endpoint");
  AddStoreOptions(cmd, &o->store);
  AddDataDirOption(cmd, &o->data_dir);
  AddCurveClientOptions(cmd, &o->curve);
  cmd->callback([o]() {
    std::string endpoint = o->endpoint;
    if (endpoint.empty()) {
      DaemonEndpoints d;
      Status s = FindDaemon(o->data_dir, &d);
      if (!s.ok()) {
        std::cerr << "tidings subscribe: " << s.message() << "\n";
        throw CLI::RuntimeError(2);
      }
      endpoint = d.publish;
    }
    int rc = Subscribe(*o, endpoint);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace tidings::cli

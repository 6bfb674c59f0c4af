// The one windowed, acknowledged pusher of articles into tidingsd's ROUTER socket, used by
// `tidings push --ack`, the tests and the benchmarks. It keeps `window` articles outstanding,
// retries "busy" answers after the delay the daemon asks for, never blocks in send, and
// survives daemon restarts: when the daemon's runtime file names a new instance, or answers
// stop while articles are outstanding, it locates the daemon again, connects a fresh socket and
// sends every unacknowledged article again. That is safe because acknowledgements are matched
// by article id and the daemon answers DUPLICATE for an id it already journaled (articles
// without a client id get a content-hash id, the same on every send). It gives up only when no
// daemon has answered at all for `give_up`.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>
#include <zmq.hpp>

#include "daemon_client.h"
#include "tidings/status.h"
#include "tidings/v1/tidings.pb.h"

namespace tidings::cli {

struct PushItem {
  v1::Article article;  // its id is set (DeriveArticleId for articles without one)
  std::string origin;   // where it came from, e.g. "file.jsonl:12", for the user
  uint32_t resends = 0;  // times it was sent again after a reconnect (AckedPusher counts)
};

// Supplies articles to push, pulled only while the window has room, so a large or endless input
// is never read ahead more than a window. Called from the pushing thread only.
class ArticleFeed {
 public:
  enum class Next { kItem, kNotYet, kEnd };
  virtual ~ArticleFeed() = default;
  // Moves the next article into *item (kItem); kNotYet when none is ready within `wait`
  // (input still coming); kEnd when there will be no more.
  virtual Next Take(PushItem* item, std::chrono::milliseconds wait) = 0;
};

// A feed over articles already in memory (tests, benchmarks). `articles` must outlive it.
class VectorFeed : public ArticleFeed {
 public:
  explicit VectorFeed(const std::vector<v1::Article>& articles) : articles_(articles) {}
  Next Take(PushItem* item, std::chrono::milliseconds wait) override;

 private:
  const std::vector<v1::Article>& articles_;
  size_t next_ = 0;
};

struct AckedPushOptions {
  size_t window = 64;
  // No answer for this long while articles are outstanding: reconnect and send them again.
  std::chrono::milliseconds silence{3000};
  // No answer at all for this long while work is left: give up.
  std::chrono::milliseconds give_up{60000};
  // How often the daemon is located again (its runtime file re-read) to notice a restart.
  std::chrono::milliseconds relocate_every{250};
  // Required: where the daemon's ack socket is now (e.g. LocateDaemon(data_dir, "ack")).
  std::function<DaemonAddress()> locate;
  // Optional: applied to each new socket before it connects (CURVE client keys). An error
  // stops the push (the keys will not get better by retrying).
  std::function<Status(zmq::socket_t&)> secure;
};

struct AckedPushResult {
  size_t accepted = 0, duplicate = 0, rejected = 0;  // final answers
  size_t busy = 0;        // "busy" answers (each retried)
  size_t resent = 0;      // re-sends after a reconnect (an article may count more than once)
  size_t reconnects = 0;  // new sockets after the first
  bool finished = false;  // every article got a final answer
  std::vector<PushItem> unanswered;  // when not finished: the articles without a final answer
  std::string problem;               // when not finished: why, a sentence for the user
  size_t acknowledged() const { return accepted + duplicate; }
};

class AckedPusher {
 public:
  // Called once per article with its final answer (ACCEPTED, DUPLICATE or REJECTED).
  using OnAnswer = std::function<void(const PushItem&, const v1::Ack&)>;

  // `ctx` must outlive the pusher.
  AckedPusher(zmq::context_t& ctx, AckedPushOptions options);

  // Pushes everything `feed` supplies until each article has a final answer, or until no
  // daemon answered for options.give_up: then result.finished is false, result.problem says
  // why and result.unanswered holds the articles taken from the feed without a final answer
  // (the rest of the feed is left unread). Blocks the calling thread; not thread-safe.
  AckedPushResult Run(ArticleFeed& feed, const OnAnswer& on_answer);

 private:
  zmq::context_t& ctx_;
  AckedPushOptions options_;
};

// Convenience for tests and benchmarks: pushes `articles`, collecting the ids acknowledged.
AckedPushResult PushAllAcked(zmq::context_t& ctx, const AckedPushOptions& options,
                             const std::vector<v1::Article>& articles,
                             std::vector<std::string>* acknowledged_ids = nullptr);

}  // namespace tidings::cli

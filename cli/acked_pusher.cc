#include "acked_pusher.h"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <thread>
#include <unordered_map>

#include "push_ledger.h"
#include "tidings/wire.h"

namespace tidings::cli {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

ArticleFeed::Next VectorFeed::Take(PushItem* item, milliseconds) {
  if (next_ >= articles_.size()) return Next::kEnd;
  item->article = articles_[next_];
  item->origin = fmt::format("#{}", next_);
  item->resends = 0;
  ++next_;
  if (item->article.id().empty()) item->article.set_id(DeriveArticleId(item->article));
  return Next::kItem;
}

namespace {

// One run of the pusher: the ledger, the articles it names, and the socket of the moment.
class PushRun {
 public:
  PushRun(zmq::context_t& ctx, const AckedPushOptions& options, ArticleFeed& feed,
          const AckedPusher::OnAnswer& on_answer)
      : ctx_(ctx), o_(options), feed_(feed), on_answer_(on_answer), ledger_(options.window) {}

  AckedPushResult Run() {
    Relocate(Clock::now(), /*force=*/true);
    while (r_.problem.empty()) {
      auto now = Clock::now();
      if (now >= next_locate_) Relocate(now, /*force=*/false);
      Pull(milliseconds(0));
      if (feed_done_ && ledger_.Done()) {
        r_.finished = true;
        break;
      }
      Send(now);
      Wait();
      DrainReplies();
      now = Clock::now();
      if (ledger_.Silent(now, o_.silence)) {
        // Answers stopped while articles are outstanding: the daemon died, or dropped our
        // replies, or was replaced without our noticing. A fresh socket to wherever it is now.
        Resend(now);
        Relocate(now, /*force=*/true);
      } else if (ledger_.Stalled(now, o_.give_up)) {
        GiveUp();
      }
    }
    return std::move(r_);
  }

 private:
  // Re-reads where the daemon is; a new instance (or none) means a new socket, and whatever was
  // outstanding with the old one is sent again.
  void Relocate(Clock::time_point now, bool force) {
    next_locate_ = now + o_.relocate_every;
    DaemonAddress found = o_.locate();
    bool changed = found.endpoint != at_.endpoint || found.instance != at_.instance;
    at_.problem = found.problem;
    if (!changed && !force && (socket_ || found.endpoint.empty())) return;
    if (changed) Resend(now);
    socket_.reset();
    at_ = found;
    if (found.endpoint.empty()) return;
    auto s = std::make_unique<zmq::socket_t>(MakeSocket(
        ctx_, zmq::socket_type::dealer,
        {.send_hwm = static_cast<int>(std::max<size_t>(1000, o_.window)),
         .recv_hwm = static_cast<int>(std::max<size_t>(1000, o_.window)),
         .linger_ms = 0}));
    if (o_.secure) {
      Status st = o_.secure(*s);
      if (!st.ok()) {
        r_.problem = st.message();
        Collect();
        return;
      }
    }
    s->connect(found.endpoint);
    socket_ = std::move(s);
    if (connected_once_) ++r_.reconnects;
    connected_once_ = true;
  }

  // Whatever was outstanding goes out again on the next socket.
  void Resend(Clock::time_point now) {
    for (PushLedger::Ticket t : ledger_.ResendOutstanding(now)) {
      ++items_.at(t).resends;
      ++r_.resent;
    }
  }

  // Takes articles from the feed while the window has room; the first waits up to `wait`.
  void Pull(milliseconds wait) {
    while (!feed_done_ && ledger_.HasRoom()) {
      PushItem item;
      ArticleFeed::Next n = feed_.Take(&item, wait);
      wait = milliseconds(0);
      if (n == ArticleFeed::Next::kEnd) feed_done_ = true;
      if (n != ArticleFeed::Next::kItem) return;
      PushLedger::Ticket t = ledger_.Add(item.article.id(), Clock::now());
      items_.emplace(t, std::move(item));
    }
  }

  void Send(Clock::time_point now) {
    if (!socket_) return;
    while (auto t = ledger_.NextToSend(now)) {
      PushItem& item = items_.at(*t);
      // Never block in send: a client blocked here reads no replies, and the daemon drops
      // replies to a client whose receive queue is full.
      if (!socket_->send(zmq::message_t(), zmq::send_flags::sndmore | zmq::send_flags::dontwait)) {
        ledger_.Unsend(*t);
        return;
      }
      socket_->send(ToMessage(item.article), zmq::send_flags::none);  // parts of a message go together
      ledger_.MarkSent(*t, now);
    }
  }

  // Waits for answers, or for input when nothing is in the window.
  void Wait() {
    constexpr milliseconds kTick(20);
    if (ledger_.Done() && !feed_done_) {
      Pull(kTick);
      return;
    }
    if (!socket_) {
      std::this_thread::sleep_for(kTick);
      return;
    }
    zmq::pollitem_t poll[] = {{socket_->handle(), 0, ZMQ_POLLIN, 0}};
    PollSockets(poll, 1, kTick);
  }

  void DrainReplies() {
    while (socket_) {
      zmq::message_t delim, body;
      if (!socket_->recv(delim, zmq::recv_flags::dontwait)) return;
      if (!delim.more() || !socket_->recv(body, zmq::recv_flags::dontwait)) continue;
      while (body.more()) {  // tolerate extra frames from a newer daemon
        zmq::message_t extra;
        if (!socket_->recv(extra, zmq::recv_flags::dontwait)) break;
        if (!extra.more()) break;
      }
      v1::Ack ack;
      if (!FromBytes(body.data(), body.size(), &ack)) continue;
      PushLedger::Ticket t = 0;
      switch (ledger_.OnAck(ack, Clock::now(), &t)) {
        case PushLedger::Outcome::kUnknown: break;
        case PushLedger::Outcome::kRetry: ++r_.busy; break;
        case PushLedger::Outcome::kFinal: {
          if (ack.status() == v1::Ack::ACCEPTED) ++r_.accepted;
          else if (ack.status() == v1::Ack::DUPLICATE) ++r_.duplicate;
          else ++r_.rejected;
          auto it = items_.find(t);
          if (on_answer_) on_answer_(it->second, ack);
          items_.erase(it);
          break;
        }
      }
    }
  }

  void GiveUp() {
    const double seconds = std::chrono::duration<double>(o_.give_up).count();
    if (at_.endpoint.empty()) {
      r_.problem = fmt::format("no tidingsd found for {:g} s: {}", seconds,
                               at_.problem.empty() ? "no endpoint" : at_.problem);
    } else {
      r_.problem = fmt::format("no answer from tidingsd at {} for {:g} s{}", at_.endpoint, seconds,
                               at_.problem.empty() ? "" : ": " + at_.problem);
    }
    Collect();
  }

  void Collect() {
    for (PushLedger::Ticket t : ledger_.Unanswered()) r_.unanswered.push_back(std::move(items_.at(t)));
  }

  zmq::context_t& ctx_;
  const AckedPushOptions& o_;
  ArticleFeed& feed_;
  const AckedPusher::OnAnswer& on_answer_;
  PushLedger ledger_;
  std::unordered_map<PushLedger::Ticket, PushItem> items_;
  std::unique_ptr<zmq::socket_t> socket_;
  DaemonAddress at_;  // what socket_ is connected to (endpoint empty: no socket)
  Clock::time_point next_locate_{};
  bool feed_done_ = false;
  bool connected_once_ = false;
  AckedPushResult r_;
};

}  // namespace

AckedPusher::AckedPusher(zmq::context_t& ctx, AckedPushOptions options)
    : ctx_(ctx), options_(std::move(options)) {}

AckedPushResult AckedPusher::Run(ArticleFeed& feed, const OnAnswer& on_answer) {
  return PushRun(ctx_, options_, feed, on_answer).Run();
}

AckedPushResult PushAllAcked(zmq::context_t& ctx, const AckedPushOptions& options,
                             const std::vector<v1::Article>& articles,
                             std::vector<std::string>* acknowledged_ids) {
  VectorFeed feed(articles);
  return AckedPusher(ctx, options).Run(feed, [&](const PushItem& item, const v1::Ack& ack) {
    if (acknowledged_ids && (ack.status() == v1::Ack::ACCEPTED || ack.status() == v1::Ack::DUPLICATE)) {
      acknowledged_ids->push_back(ack.article_id());
    }
  });
}

}  // namespace tidings::cli

#include "fetch/daemon_intake.h"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "tidings/wire.h"

namespace tidings::fetch {

namespace {

constexpr std::chrono::milliseconds kMinimumBusyWait{50};
constexpr int kMaxPumpRounds = 16;  // answers keep coming: let the rest of the loop run too

}  // namespace

DaemonIntake::DaemonIntake(zmq::context_t& context, const std::string& ack_endpoint,
                           DaemonIntakeOptions options)
    : options_(options),
      socket_(MakeSocket(context, zmq::socket_type::dealer,
                         {.send_hwm = 1000, .recv_hwm = 1000, .linger_ms = 0})) {
  if (!options_.curve_server_key.empty()) {
    socket_.set(zmq::sockopt::curve_serverkey, options_.curve_server_key);
    socket_.set(zmq::sockopt::curve_publickey, options_.curve_public_key);
    socket_.set(zmq::sockopt::curve_secretkey, options_.curve_secret_key);
  }
  socket_.connect(ack_endpoint);
}

void DaemonIntake::Offer(v1::Article article, AckHandler on_ack) {
  const std::string id = article.id();
  auto [it, fresh] = pending_.try_emplace(id);
  it->second.handlers.push_back(std::move(on_ack));
  if (!fresh) return;  // the same article is already on its way: one answer serves both
  it->second.article = std::move(article);
  waiting_.push_back(id);
}

int DaemonIntake::wake_fd() { return socket_.get(zmq::sockopt::fd); }

std::optional<std::chrono::steady_clock::time_point> DaemonIntake::NextWake() const {
  std::optional<TimePoint> next;
  for (const auto& [id, p] : pending_) {
    if (p.sent && (!next || p.resend_at < *next)) next = p.resend_at;
  }
  return next;
}

void DaemonIntake::Pump() {
  for (int round = 0; round < kMaxPumpRounds; ++round) {
    ReadAnswers();
    SendDue(std::chrono::steady_clock::now());
    // ZMQ_FD only signals changes: look at the socket's state before the loop waits on it.
    if (!(socket_.get(zmq::sockopt::events) & ZMQ_POLLIN)) return;
  }
}

void DaemonIntake::ReadAnswers() {
  while (true) {
    zmq::message_t frame;
    if (!socket_.recv(frame, zmq::recv_flags::dontwait)) return;
    zmq::message_t last = std::move(frame);
    while (last.more()) {  // ["", Ack]: the answer is the last frame
      zmq::message_t next;
      if (!socket_.recv(next, zmq::recv_flags::dontwait)) break;
      last = std::move(next);
    }
    v1::Ack ack;
    if (!FromBytes(last.data(), last.size(), &ack)) continue;
    auto it = pending_.find(ack.article_id());
    if (it == pending_.end() || !it->second.sent) continue;  // a late second answer
    if (ack.status() == v1::Ack::BUSY) {
      it->second.resend_at = std::chrono::steady_clock::now() +
                             std::max(kMinimumBusyWait, std::chrono::milliseconds(ack.retry_after_ms()));
      continue;
    }
    std::vector<AckHandler> handlers = std::move(it->second.handlers);
    pending_.erase(it);
    --in_window_;
    for (auto& handler : handlers) handler(ack);
  }
}

void DaemonIntake::SendDue(TimePoint now) {
  for (auto& [id, p] : pending_) {
    if (p.sent && p.resend_at <= now && !Send(p, now)) return;
  }
  while (in_window_ < options_.window && !waiting_.empty()) {
    auto it = pending_.find(waiting_.front());
    if (it == pending_.end()) {
      waiting_.pop_front();
      continue;
    }
    if (!Send(it->second, now)) return;  // the socket is full: later
    waiting_.pop_front();
    ++in_window_;
  }
}

bool DaemonIntake::Send(Pending& p, TimePoint now) {
  zmq::message_t body = ToMessage(p.article);
  if (!socket_.send(zmq::message_t(), zmq::send_flags::sndmore | zmq::send_flags::dontwait)) return false;
  if (!socket_.send(body, zmq::send_flags::dontwait)) {
    spdlog::warn("fetch: intake socket refused the body of article {} after its delimiter", p.article.id());
    return false;
  }
  p.sent = true;
  p.resend_at = now + options_.silence;
  return true;
}

}  // namespace tidings::fetch

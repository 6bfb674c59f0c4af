#include "daemon/intake.h"

#include "daemon/article_scan.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

namespace tidings::daemon {

Intake::Intake(zmq::context_t& ctx, const DaemonConfig& config, IntakeSink& sink, MetricsRegistry& metrics)
    : config_(config), sink_(sink), metrics_(metrics) {
  SocketOptions client{.send_hwm = 1000, .recv_hwm = 1000, .linger_ms = 1000,
                       .max_message_bytes = static_cast<int64_t>(config.max_frame_bytes)};
  // A pushing client's queue in the daemon: enough to keep the hub busy, small enough that a
  // burst of large pages (100 x 170 KB) does not grow the daemon's memory; beyond it, the
  // client's PUSH blocks (backpressure).
  SocketOptions push_options = client;
  push_options.recv_hwm = 100;
  push_ = MakeSocket(ctx, zmq::socket_type::pull, push_options);
  // Replies are small (an Ack, < 1 KiB) and one per request read, so a deep send queue is
  // cheap, and it keeps a client with a wide window from having replies dropped (a ROUTER
  // drops what does not fit; that client would then wait for its own timeout).
  SocketOptions ack_options = client;
  ack_options.send_hwm = 10000;
  ack_ = MakeSocket(ctx, zmq::socket_type::router, ack_options);
  ack_.set(zmq::sockopt::router_mandatory, 0);  // a vanished client's ack is dropped, not an error
}

Status Intake::Bind(const CurveKeys& curve, std::string* push_bound, std::string* ack_bound) {
  ApplyCurve(push_, curve);
  ApplyCurve(ack_, curve);
  Status s = BindSocket(push_, config_.push_endpoint, push_bound);
  if (!s.ok()) return s;
  return BindSocket(ack_, config_.ack_endpoint, ack_bound);
}

void Intake::AddPollItems(PollSet& poll) {
  if (busy()) return;  // the next batches gather in the queues meanwhile
  if (!stopped() && sink_.MayReadPush() && sink_.HasRoom(1, 0)) {
    poll.Add(push_, ZMQ_POLLIN, [this] { DrainPush(); }, PollSet::Use::kOnlyByHandler);
  }
  // Answers go out from the journal writer's handler too.
  poll.Add(ack_, ZMQ_POLLIN, [this] { DrainAck(); },
           answered_since_poll_ ? PollSet::Use::kAnywhere : PollSet::Use::kOnlyByHandler);
  answered_since_poll_ = false;
}

void Intake::Count(const char* socket, const char* result) {
  metrics_.GetCounter("tidings_ingest_total", "Articles offered by clients, by outcome",
                      {{"socket", socket}, {"result", result}})
      .Increment();
}

bool Intake::Validate(zmq::message_t& body, const char* socket, InboundArticle* out, std::string* reason) {
  InboundFacts facts;
  Status s = ScanInboundArticle(body.data(), body.size(), config_.max_article_bytes, &facts);
  if (!s.ok()) {
    Count(socket, "rejected");
    *reason = s.message();
    spdlog::warn("{}: rejected a message: {}", socket, s.message());
    sink_.KeepDeadLetter(
        MakeDeadLetter("ingest", s.message(), body.to_string_view(), facts.id, 0, kRejectedKeepBytes));
    out->id = std::move(facts.id);  // the rejection's ack names the client's article, when it could be read
    return false;
  }
  out->id = std::move(facts.id);
  out->needs_fetch = facts.needs_fetch;
  out->bytes = std::move(body);  // the client's exact bytes: journaled and forwarded as they are
  return true;
}

void Intake::DrainPush() {
  if (busy()) return;  // both sockets were readable, and the other one's batch filled the queue
  std::vector<InboundArticle> batch;
  uint64_t batch_bytes = 0;
  std::vector<zmq::message_t> frames;
  while (static_cast<int>(batch.size()) < kBatchArticles && batch_bytes < kBatchBytes &&
         sink_.MayReadPush() && RecvMultipart(push_, &frames)) {
    InboundArticle article;
    std::string reason;
    if (!Validate(frames.back(), "push", &article, &reason)) continue;  // the article is the last frame
    batch_bytes += article.bytes.size();
    batch.push_back(std::move(article));
    if (!sink_.HasRoom(batch.size() + 1, batch_bytes)) break;
  }
  if (batch.empty()) return;
  Pending p;
  p.from_push = true;
  p.batch = std::move(batch);
  Start(std::move(p));
}

void Intake::Start(Pending p) {
  for (auto& a : p.batch) a.routed = sink_.RouteNow(a);
  pending_.push_back(std::move(p));  // moving the batch keeps its articles where they are
  sink_.StartJournaling(pending_.back().batch);
}

void Intake::Journaled(const Status& status, const std::vector<AppendResult>& results) {
  if (pending_.empty()) return;
  Pending done = std::move(pending_.front());
  pending_.pop_front();
  if (status.ok()) sink_.Route(done.batch, results);
  if (!done.from_push) {
    Answer(done.requests, status, results);
    return;
  }
  if (!status.ok()) {
    // Not acknowledged to anyone, but we must not drop silently: keep it as a dead letter.
    spdlog::error("journal append failed: {}", status.ToString());
    for (auto& a : done.batch) {
      Count("push", "rejected");
      std::string reason = "journal write failed: " + status.message();
      if (a.routed) reason += " (it was already on its way and may still be stored)";
      sink_.KeepDeadLetter(MakeDeadLetter("ingest", reason, a.bytes.to_string_view(), a.id, 0, kRejectedKeepBytes));
    }
    return;
  }
  for (auto r : results) Count("push", r == AppendResult::kAccepted ? "accepted" : "duplicate");
}

bool Intake::AnswerBusyIfInvalid(const zmq::message_t& body, Request* req) {
  InboundFacts facts;
  if (ScanInboundArticle(body.data(), body.size(), config_.max_article_bytes, &facts).ok()) return false;
  Count("ack", "busy");
  req->ack.set_article_id(facts.id);
  req->ack.set_status(v1::Ack::BUSY);
  req->ack.set_reason("too many rejected messages waiting to be kept as dead letters; send it again later");
  req->ack.set_retry_after_ms(config_.busy_retry_ms);
  return true;
}

void Intake::DrainAck() {
  if (busy()) return;
  std::vector<Request> requests;
  std::vector<InboundArticle> batch;
  uint64_t batch_bytes = 0;
  std::vector<zmq::message_t> frames;
  while (static_cast<int>(requests.size()) < kBatchArticles && batch_bytes < kBatchBytes &&
         RecvMultipart(ack_, &frames)) {
    if (frames.size() < 2) continue;  // no identity: cannot answer
    Request req;
    zmq::message_t body = std::move(frames.back());
    frames.pop_back();
    req.route = std::move(frames);
    if (!sink_.MayKeepDeadLetter() && AnswerBusyIfInvalid(body, &req)) {
      requests.push_back(std::move(req));
      continue;
    }
    InboundArticle article;
    std::string reason;
    const uint64_t size = body.size();
    const bool valid = Validate(body, "ack", &article, &reason);
    req.ack.set_article_id(article.id);
    if (!valid) {
      req.ack.set_status(v1::Ack::REJECTED);
      req.ack.set_reason(reason);
    } else if (stopped()) {
      Count("ack", "busy");
      req.ack.set_status(v1::Ack::BUSY);
      req.ack.set_reason("shutting down");
      req.ack.set_retry_after_ms(config_.busy_retry_ms * 5);
    } else if (!sink_.HasRoom(batch.size() + 1, batch_bytes + size)) {
      Count("ack", "busy");
      req.ack.set_status(v1::Ack::BUSY);
      req.ack.set_reason(sink_.FullReason());
      req.ack.set_retry_after_ms(config_.busy_retry_ms);
    } else {
      req.article_index = static_cast<int>(batch.size());
      batch_bytes += size;
      batch.push_back(std::move(article));
    }
    requests.push_back(std::move(req));
  }
  if (requests.empty()) return;
  if (batch.empty()) {  // nothing to journal: answer at once
    Answer(requests, Status::Ok(), {});
    return;
  }
  Pending p;
  p.batch = std::move(batch);
  p.requests = std::move(requests);
  Start(std::move(p));
}

void Intake::Answer(std::vector<Request>& requests, const Status& s, const std::vector<AppendResult>& results) {
  answered_since_poll_ = true;
  for (auto& req : requests) {
    if (req.article_index >= 0) {
      if (!s.ok()) {
        Count("ack", "busy");
        req.ack.set_status(v1::Ack::BUSY);  // not journaled, so not accepted: client retries
        req.ack.set_reason("journal write failed: " + s.message());
        req.ack.set_retry_after_ms(1000);
      } else if (results[req.article_index] == AppendResult::kAccepted) {
        Count("ack", "accepted");
        req.ack.set_status(v1::Ack::ACCEPTED);
      } else {
        Count("ack", "duplicate");
        req.ack.set_status(v1::Ack::DUPLICATE);
        req.ack.set_reason(fmt::format("article {} was already accepted ({})", req.ack.article_id(),
                                       sink_.DescribeKnown(req.ack.article_id())));
      }
    }
    for (auto& f : req.route) ack_.send(f, zmq::send_flags::sndmore | zmq::send_flags::dontwait);
    ack_.send(ToMessage(req.ack), zmq::send_flags::dontwait);
  }
}

}  // namespace tidings::daemon

// tidings push: sends articles to the daemon. Without --ack, fire-and-forget on the PULL
// socket; with --ack, over the ROUTER socket, waiting for each acknowledgement and retrying
// "busy" answers after the delay the daemon asks for.
#include <fmt/format.h>

#include <chrono>
#include <deque>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <thread>
#include <zmq.hpp>

#include "article_reader.h"
#include "commands.h"
#include "curve_client.h"
#include "daemon_client.h"
#include "tidings/wire.h"

namespace tidings::cli {

namespace {

struct PushOptions {
  std::vector<std::string> files;
  bool ack = false;
  std::string data_dir, endpoint, source, published, language, id;
  int window = 64;
  int timeout_s = 60;
  bool quiet = false;
  CurveClientOptions curve;
};

// Applies the CURVE client keys (when the daemon uses CURVE); exits with 2 on bad keys.
void SecureSocket(const PushOptions& o, zmq::socket_t& s) {
  Status st = ApplyCurveClient(o.curve, o.data_dir, s);
  if (!st.ok()) {
    std::cerr << "tidings push: " << st.message() << "\n";
    throw CLI::RuntimeError(2);
  }
}

struct Pending {
  v1::Article article;
  std::string origin;
};

void Print(const PushOptions& o, const std::string& origin, const std::string& id,
           const std::string& status, const std::string& reason) {
  if (o.quiet && status == "accepted") return;
  nlohmann::ordered_json j;
  j["origin"] = origin;
  j["id"] = id;
  j["status"] = status;
  if (!reason.empty()) j["reason"] = reason;
  std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

std::vector<Pending> Collect(const PushOptions& o, int* errors) {
  std::vector<Pending> out;
  auto each = [&](v1::Article& a, const std::string& origin) {
    if (!o.source.empty() && a.source().empty()) a.set_source(o.source);
    if (!o.published.empty() && a.published().empty()) a.set_published(o.published);
    if (!o.language.empty() && a.language_hint().empty()) a.set_language_hint(o.language);
    if (!o.id.empty() && a.id().empty()) a.set_id(o.id);
    // The daemon derives the same id; setting it here lets acks be matched to articles.
    if (a.id().empty()) a.set_id(DeriveArticleId(a));
    out.push_back({std::move(a), origin});
  };
  auto on_error = [&](const std::string& origin, const Status& s) {
    ++*errors;
    Print(o, origin, "", "error", s.ToString());
  };
  std::vector<std::string> files = o.files.empty() ? std::vector<std::string>{"-"} : o.files;
  for (const auto& f : files) {
    if (f == "-") {
      ReadArticles(f, std::cin, each, on_error);
      continue;
    }
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      on_error(f, Status::NotFound("cannot read " + f));
      continue;
    }
    ReadArticles(f, in, each, on_error);
  }
  return out;
}

int PushFireAndForget(const PushOptions& o, const std::string& endpoint, std::vector<Pending>& items) {
  zmq::context_t ctx(1);
  // Linger long enough for the queue to drain to the daemon before we exit.
  zmq::socket_t s = MakeSocket(ctx, zmq::socket_type::push,
                               {.send_hwm = 1000, .linger_ms = o.timeout_s * 1000});
  s.set(zmq::sockopt::sndtimeo, o.timeout_s * 1000);
  SecureSocket(o, s);
  s.connect(endpoint);
  int failed = 0;
  for (auto& p : items) {
    if (!s.send(ToMessage(p.article), zmq::send_flags::none)) {
      ++failed;
      Print(o, p.origin, p.article.id(), "error", "timed out: the daemon is not taking articles");
      continue;
    }
    Print(o, p.origin, p.article.id(), "sent", "");
  }
  return failed ? 1 : 0;
}

int PushAcked(const PushOptions& o, const std::string& endpoint, std::vector<Pending>& items) {
  zmq::context_t ctx(1);
  zmq::socket_t s = MakeSocket(ctx, zmq::socket_type::dealer, {.send_hwm = 1000, .linger_ms = 0});
  SecureSocket(o, s);
  s.connect(endpoint);
  using Clock = std::chrono::steady_clock;
  std::deque<size_t> todo;
  for (size_t i = 0; i < items.size(); ++i) todo.push_back(i);
  std::multimap<Clock::time_point, size_t> retry_at;  // busy answers wait here
  std::map<std::string, size_t> outstanding;          // article id -> item
  int rejected = 0;
  auto last_progress = Clock::now();
  while (!todo.empty() || !retry_at.empty() || !outstanding.empty()) {
    auto now = Clock::now();
    while (!retry_at.empty() && retry_at.begin()->first <= now) {
      todo.push_back(retry_at.begin()->second);
      retry_at.erase(retry_at.begin());
    }
    while (!todo.empty() && static_cast<int>(outstanding.size()) < o.window) {
      size_t i = todo.front();
      todo.pop_front();
      if (outstanding.count(items[i].article.id())) {  // same id twice in one run: wait
        retry_at.emplace(now + std::chrono::milliseconds(50), i);
        continue;
      }
      s.send(zmq::message_t(), zmq::send_flags::sndmore);
      s.send(ToMessage(items[i].article), zmq::send_flags::none);
      outstanding[items[i].article.id()] = i;
    }
    zmq::pollitem_t poll_items[] = {{s.handle(), 0, ZMQ_POLLIN, 0}};
    PollSockets(poll_items, 1, std::chrono::milliseconds(50));
    if (poll_items[0].revents & ZMQ_POLLIN) {
      zmq::message_t delim, body;
      (void)s.recv(delim);
      if (!delim.more()) continue;
      (void)s.recv(body);
      v1::Ack ack;
      if (!FromBytes(body.data(), body.size(), &ack)) continue;
      last_progress = Clock::now();
      auto it = outstanding.find(ack.article_id());
      if (it == outstanding.end()) continue;
      size_t i = it->second;
      outstanding.erase(it);
      switch (ack.status()) {
        case v1::Ack::ACCEPTED: Print(o, items[i].origin, ack.article_id(), "accepted", ""); break;
        case v1::Ack::DUPLICATE:
          Print(o, items[i].origin, ack.article_id(), "duplicate", ack.reason());
          break;
        case v1::Ack::REJECTED:
          ++rejected;
          Print(o, items[i].origin, ack.article_id(), "rejected", ack.reason());
          break;
        case v1::Ack::BUSY:
        default:
          retry_at.emplace(Clock::now() + std::chrono::milliseconds(std::max(10u, ack.retry_after_ms())), i);
          break;
      }
    } else if (!outstanding.empty() && Clock::now() - last_progress > std::chrono::seconds(o.timeout_s)) {
      for (auto& [id, i] : outstanding) {
        Print(o, items[i].origin, id, "error",
              fmt::format("no acknowledgement within {} s: is tidingsd running at {}, and if it uses "
                          "CURVE, is this client's public key in its security.curve_allowed_clients?",
                          o.timeout_s, endpoint));
      }
      return 2;
    }
  }
  return rejected ? 1 : 0;
}

}  // namespace

void RegisterPushCommand(CLI::App& app) {
  auto o = std::make_shared<PushOptions>();
  CLI::App* cmd = app.add_subcommand(
      "push", "Send articles (HTML or text files, JSON lines, or stdin) to the daemon");
  cmd->add_option("files", o->files, "files; '-' or none reads stdin");
  cmd->add_flag("--ack", o->ack, "wait for each article's acknowledgement (retries when busy)");
  cmd->add_option("--source", o->source, "publisher name for articles that have none");
  cmd->add_option("--published", o->published, "publication date (ISO 8601) for articles that have none");
  cmd->add_option("--language", o->language, "language hint");
  cmd->add_option("--id", o->id, "article id (single article)");
  cmd->add_option("--endpoint", o->endpoint, "override the daemon's push/ack endpoint");
  cmd->add_option("--window", o->window, "acknowledgements outstanding at once")->check(CLI::Range(1, 100000));
  cmd->add_option("--timeout", o->timeout_s, "seconds to wait for the daemon");
  cmd->add_flag("--quiet", o->quiet, "print only failures");
  AddDataDirOption(cmd, &o->data_dir);
  AddCurveClientOptions(cmd, &o->curve);
  cmd->callback([o]() {
    int errors = 0;
    std::vector<Pending> items = Collect(*o, &errors);
    std::string endpoint = o->endpoint;
    if (endpoint.empty()) {
      DaemonEndpoints d;
      Status s = FindDaemon(o->data_dir, &d);
      if (!s.ok()) {
        std::cerr << "tidings push: " << s.message() << "\n";
        throw CLI::RuntimeError(2);
      }
      endpoint = o->ack ? d.ack : d.push;
    }
    int rc = o->ack ? PushAcked(*o, endpoint, items) : PushFireAndForget(*o, endpoint, items);
    if (rc == 0 && errors) rc = 1;
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace tidings::cli

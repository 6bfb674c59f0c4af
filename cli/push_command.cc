// tidings push: sends articles to the daemon. Without --ack, fire-and-forget on the PULL
// socket; with --ack, over the ROUTER socket through the shared AckedPusher (acked_pusher.h):
// a window of outstanding articles, "busy" answers retried, and unacknowledged articles sent
// again when the daemon restarts, until --timeout passes with no daemon answering.
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>
#include <zmq.hpp>

#include "acked_pusher.h"
#include "article_feed.h"
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

void Print(const PushOptions& o, const std::string& origin, const std::string& id,
           const std::string& status, const std::string& reason, uint32_t resends = 0) {
  if (o.quiet && (status == "accepted" || status == "duplicate" || status == "sent")) return;
  nlohmann::ordered_json j;
  j["origin"] = origin;
  j["id"] = id;
  j["status"] = status;
  if (!reason.empty()) j["reason"] = reason;
  if (resends > 0) j["resent"] = resends;  // sent again after the daemon went away
  std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

// The articles of the command line (files or stdin), with the command's defaults applied.
std::unique_ptr<FileFeed> OpenFeed(const PushOptions& o) {
  // By value: the reader thread may outlive this command's options (see FileFeed).
  auto prepare = [o](v1::Article& a) {
    if (!o.source.empty() && a.source().empty()) a.set_source(o.source);
    if (!o.published.empty() && a.published().empty()) a.set_published(o.published);
    if (!o.language.empty() && a.language_hint().empty()) a.set_language_hint(o.language);
    if (!o.id.empty() && a.id().empty()) a.set_id(o.id);
    // The daemon derives the same id; setting it here lets acks be matched to articles and
    // makes a re-send after a daemon restart a recognisable duplicate.
    if (a.id().empty()) a.set_id(DeriveArticleId(a));
  };
  auto on_error = [&o](const std::string& origin, const Status& s) {
    Print(o, origin, "", "error", s.ToString());
  };
  return std::make_unique<FileFeed>(o.files, prepare, on_error);
}

// Resolves the endpoint of `socket` once (fire-and-forget has nothing to re-send).
std::string EndpointOrExit(const PushOptions& o, const std::string& socket) {
  if (!o.endpoint.empty()) return o.endpoint;
  DaemonEndpoints d;
  Status s = FindDaemon(o.data_dir, &d);
  if (!s.ok()) {
    std::cerr << "tidings push: " << s.message() << "\n";
    throw CLI::RuntimeError(2);
  }
  return socket == "push" ? d.push : d.ack;
}

int PushFireAndForget(const PushOptions& o, FileFeed& feed) {
  const std::string endpoint = EndpointOrExit(o, "push");
  zmq::context_t ctx(1);
  // Linger long enough for the queue to drain to the daemon before we exit.
  zmq::socket_t s = MakeSocket(ctx, zmq::socket_type::push,
                               {.send_hwm = 1000, .linger_ms = o.timeout_s * 1000});
  s.set(zmq::sockopt::sndtimeo, o.timeout_s * 1000);
  SecureSocket(o, s);
  s.connect(endpoint);
  int failed = 0;
  PushItem item;
  for (ArticleFeed::Next n; (n = feed.Take(&item, std::chrono::hours(1))) != ArticleFeed::Next::kEnd;) {
    if (n != ArticleFeed::Next::kItem) continue;  // stdin silent for an hour: keep waiting
    if (!s.send(ToMessage(item.article), zmq::send_flags::none)) {
      ++failed;
      Print(o, item.origin, item.article.id(), "error", "timed out: the daemon is not taking articles");
    } else {
      Print(o, item.origin, item.article.id(), "sent", "");
    }
  }
  return failed ? 1 : 0;
}

int PushAcked(const PushOptions& o, FileFeed& feed) {
  AckedPushOptions options;
  options.window = static_cast<size_t>(o.window);
  options.give_up = std::chrono::milliseconds(static_cast<int64_t>(o.timeout_s) * 1000);
  if (!o.endpoint.empty()) {
    options.locate = [&o] { return DaemonAddress{o.endpoint, o.endpoint, ""}; };
  } else {
    options.locate = [&o] { return LocateDaemon(o.data_dir, "ack"); };
    if (DaemonAddress a = options.locate(); a.endpoint.empty()) {
      std::cerr << "tidings push: " << a.problem << "; waiting up to " << o.timeout_s
                << " s (--timeout) for it\n";
    }
  }
  options.secure = [&o](zmq::socket_t& s) { return ApplyCurveClient(o.curve, o.data_dir, s); };
  zmq::context_t ctx(1);
  AckedPushResult r = AckedPusher(ctx, options).Run(feed, [&](const PushItem& item, const v1::Ack& ack) {
    const char* status = ack.status() == v1::Ack::ACCEPTED    ? "accepted"
                         : ack.status() == v1::Ack::DUPLICATE ? "duplicate"
                                                              : "rejected";
    Print(o, item.origin, ack.article_id(), status, ack.reason(), item.resends);
  });
  if (!r.finished) {
    for (const auto& item : r.unanswered) {
      Print(o, item.origin, item.article.id(), "error", "not acknowledged: " + r.problem);
    }
    // What the pusher had not read yet (it reads a window ahead): named too, never sent. An
    // endless stdin is read for a few seconds only.
    size_t unsent = 0;
    PushItem item;
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    bool more = false;
    while (!(more = std::chrono::steady_clock::now() >= until) &&
           feed.Take(&item, std::chrono::milliseconds(200)) == ArticleFeed::Next::kItem) {
      ++unsent;
      Print(o, item.origin, item.article.id(), "error", "not sent: " + r.problem);
    }
    std::cerr << fmt::format(
        "tidings push: {}{} article(s) not acknowledged ({} in the window, {} never sent): {} "
        "(is tidingsd running on this data directory, and if it uses CURVE, is this client's "
        "public key in its security.curve_allowed_clients?); {} were acknowledged\n",
        more ? "at least " : "", r.unanswered.size() + unsent, r.unanswered.size(), unsent, r.problem,
        r.acknowledged());
    return 2;
  }
  if (r.reconnects > 0) {
    std::cerr << fmt::format(
        "tidings push: reconnected {} time(s) (the daemon restarted or fell silent); {} "
        "article(s) sent again; every article answered\n",
        r.reconnects, r.resent);
  }
  return r.rejected ? 1 : 0;
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
  cmd->add_option("--timeout", o->timeout_s,
                  "with --ack: give up after this many seconds without any answer from a daemon "
                  "(unacknowledged articles are sent again while a restarted daemon answers)");
  cmd->add_flag("--quiet", o->quiet, "print only failures");
  AddDataDirOption(cmd, &o->data_dir);
  AddCurveClientOptions(cmd, &o->curve);
  cmd->callback([o]() {
    std::unique_ptr<FileFeed> feed = OpenFeed(*o);
    int rc = o->ack ? PushAcked(*o, *feed) : PushFireAndForget(*o, *feed);
    if (rc == 0 && feed->errors()) rc = 1;
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace tidings::cli

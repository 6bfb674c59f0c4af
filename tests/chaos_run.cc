#include "chaos_run.h"

#include <fmt/format.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "clean/article_cleaner.h"
#include "extract/event_coder.h"
#include "generated_news.h"

namespace tidings::testing {

namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;
using EventsByArticle = std::map<std::string, std::multiset<std::string>>;

// An event as compared between runs: everything the coder decides.
std::string EventKey(const std::string& sentence_index, const std::string& code, const std::string& source,
                     const std::string& target, const std::string& date) {
  return sentence_index + "|" + code + "|" + source + "|" + target + "|" + date;
}

// What a run without faults gives: the stages' own libraries, in process, one article at a time.
EventsByArticle ReferenceEvents(const std::vector<v1::Article>& articles, std::string* problems) {
  clean::ArticleCleaner cleaner;
  std::unique_ptr<extract::EventCoder> coder;
  if (Status s = extract::EventCoder::Create({}, &coder); !s.ok()) {
    *problems += "reference coder: " + s.ToString() + "\n";
    return {};
  }
  EventsByArticle out;
  for (const auto& a : articles) {
    v1::CleanArticle clean;
    v1::CodedArticle coded;
    auto& events = out[a.id()];
    if (!cleaner.Clean(a, &clean).ok() || !coder->Code(clean, &coded).ok()) continue;
    for (const auto& e : coded.events()) {
      events.insert(EventKey(std::to_string(e.sentence_index()), e.code(), e.source().code(),
                             e.target().code(), e.date()));
    }
  }
  return out;
}

// Reads `tidings push` output: one JSON object per article.
void CountAnswers(const std::string& out, ChaosReport* r, std::set<std::string>* acknowledged) {
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object()) continue;
    const std::string status = j.value("status", "");
    if (status == "accepted") ++r->accepted;
    if (status == "duplicate") ++r->duplicate_answers;
    if (status == "rejected") ++r->rejected;
    if (status == "error") ++r->errors;
    if (status == "accepted" || status == "duplicate") acknowledged->insert(j.value("id", ""));
    if (j.value("resent", 0) > 0) ++r->sent_again;
  }
}

// The kill order: each stage plan.kills_per_stage times in random order, the daemon kills spread
// over it (the first one early, while the client is busy).
std::vector<std::string> KillPlan(const ChaosPlan& plan, std::mt19937& rng) {
  std::vector<std::string> order;
  for (const char* stage : {"fetch", "clean", "extract", "store"}) {
    for (int i = 0; i < plan.kills_per_stage; ++i) order.push_back(stage);
  }
  std::shuffle(order.begin(), order.end(), rng);
  const size_t stages = order.size();
  for (int k = plan.daemon_kills - 1; k >= 0; --k) {
    size_t at = std::min(stages, 2 + static_cast<size_t>(k) * stages / std::max(1, plan.daemon_kills));
    order.insert(order.begin() + static_cast<long>(at), "tidingsd");
  }
  return order;
}

// Runs the kill plan; counts what landed.
void Kill(DaemonUnderTest& daemon, const ChaosPlan& plan, const std::atomic<bool>& pushed, ChaosReport* r,
          std::string* problems) {
  std::mt19937 rng(plan.seed);
  std::map<std::string, pid_t> last_killed;
  for (const auto& target : KillPlan(plan, rng)) {
    std::this_thread::sleep_for(plan.kill_gap_min +
                                std::chrono::milliseconds(rng() % std::max<long>(1, plan.kill_gap_spread.count())));
    if (target == "tidingsd") {
      daemon.Kill();
      ++r->daemon_kills;
      if (!pushed) ++r->kills_during_push;
      last_killed.clear();
      std::this_thread::sleep_for(plan.daemon_down);
      std::string err;
      if (!daemon.Restart(&err)) {
        *problems += "restart after SIGKILL: " + err + "\n";
        return;
      }
      if (!daemon.WaitHealthy(30s)) *problems += "not healthy after restart: " + daemon.Log() + "\n";
      continue;
    }
    // The same stage again only once its previous process has been replaced.
    pid_t pid = daemon.StagePid(target);
    for (auto until = Clock::now() + 15s; Clock::now() < until && (pid <= 0 || pid == last_killed[target]);
         pid = daemon.StagePid(target)) {
      std::this_thread::sleep_for(10ms);
    }
    if (pid <= 0 || pid == last_killed[target] || kill(pid, SIGKILL) != 0) continue;
    last_killed[target] = pid;
    ++r->stage_kills;
    if (!pushed) ++r->kills_during_push;
  }
}

// Waits until nothing is open in the journal and nothing in flight.
void WaitDrained(DaemonUnderTest& daemon, std::chrono::seconds timeout, ChaosReport* r) {
  for (auto until = Clock::now() + timeout; Clock::now() < until; std::this_thread::sleep_for(200ms)) {
    r->health = daemon.Health();
    if (r->health.is_object() && r->health["journal"].value("open", -1) == 0 &&
        r->health.value("in_flight", -1) == 0) {
      r->drained = true;
      return;
    }
  }
}

// Compares the store with the fault-free reference for every acknowledged article.
void CheckStore(const DaemonUnderTest& daemon, const std::vector<v1::Article>& articles,
                const EventsByArticle& reference, const std::set<std::string>& acknowledged, ChaosReport* r) {
  std::map<std::string, int> stored;
  for (auto& row : daemon.QueryStore("SELECT id, status FROM articles")) {
    ++stored[row["id"]];
    if (row["status"] != "stored") ++r->not_stored_status;
  }
  EventsByArticle events;
  for (auto& e : daemon.QueryStore(
           "SELECT article_id, sentence_index, code, source_code, target_code, date FROM events")) {
    events[e["article_id"]].insert(
        EventKey(e["sentence_index"], e["code"], e["source_code"], e["target_code"], e["date"]));
    ++r->events_stored;
  }
  for (const auto& [id, ev] : reference) r->reference_events += ev.size();
  for (const auto& a : articles) {
    const std::string& id = a.id();
    if (!acknowledged.count(id)) continue;
    if (stored[id] == 0) ++r->lost;
    if (stored[id] > 1) ++r->duplicated;
    const auto& got = events[id];
    const auto& want = reference.at(id);
    for (const auto& key : got) {
      if (got.count(key) > want.count(key)) {
        ++r->duplicated;
        break;
      }
    }
    if (got != want) ++r->wrong;
  }
  auto dup = daemon.QueryStore("SELECT COUNT(*) - COUNT(DISTINCT id) AS d FROM events");
  r->duplicate_event_ids = dup.empty() ? 0 : std::stoul(dup[0]["d"]);
  std::string metrics = daemon.Metrics();
  auto at = metrics.find("\ntidings_failed_attempts_total ");
  r->failed_attempts = at == std::string::npos ? "0" : metrics.substr(at + 31, metrics.find('\n', at + 1) - at - 31);
}

}  // namespace

std::string ChaosReport::Summary() const {
  return fmt::format(
      "articles {}; client `tidings push --ack` exit code {}, acknowledged {} (accepted {}, duplicate "
      "answers {}, rejected {}, errors {}, sent again after a restart {}); kills {} (stages {}, daemon "
      "{}; {} while the client was pushing); lost {}; duplicated {}; events differing {}; events stored {} (reference {}); pushing "
      "took {:.1f} s, draining {:.1f} s more; failed attempts (articles a killed stage held) {}",
      articles, push_exit_code, acknowledged, accepted, duplicate_answers, rejected, errors, sent_again,
      stage_kills + daemon_kills, stage_kills, daemon_kills, kills_during_push, lost, duplicated, wrong, events_stored,
      reference_events, push_seconds, drain_seconds, failed_attempts);
}

ChaosReport RunChaos(DaemonUnderTest& daemon, const ChaosPlan& plan, std::string* problems) {
  ChaosReport r;
  r.articles = plan.articles;
  const std::vector<v1::Article> articles = GenerateNewsArticles(plan.articles, "chaos");
  const EventsByArticle reference = ReferenceEvents(articles, problems);
  const auto input = daemon.data_dir() / "chaos-input.jsonl";
  WriteJsonLines(articles, input);

  const auto t0 = Clock::now();
  RunResult pushed;
  std::atomic<bool> push_done{false};
  std::thread pusher([&] {
    pushed = RunProgram({(BinDir() / "tidings").string(), "push", "--ack", "--window", std::to_string(plan.window),
                         "--timeout", std::to_string(plan.push_timeout_s), input.string()},
                        daemon.CliEnv(), "", std::chrono::hours(2));
    r.push_seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    push_done = true;
  });
  Kill(daemon, plan, push_done, &r, problems);
  pusher.join();
  r.push_exit_code = pushed.exit_code;
  r.push_stderr = pushed.err;
  std::set<std::string> acknowledged;
  CountAnswers(pushed.out, &r, &acknowledged);
  r.acknowledged = acknowledged.size();

  const auto t1 = Clock::now();
  WaitDrained(daemon, std::max<std::chrono::seconds>(120s, std::chrono::seconds(plan.articles / 50)), &r);
  r.drain_seconds = std::chrono::duration<double>(Clock::now() - t1).count();
  CheckStore(daemon, articles, reference, acknowledged, &r);
  return r;
}

}  // namespace tidings::testing

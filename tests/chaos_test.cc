// Chaos: a few thousand articles pushed through the acknowledged socket at full speed while a
// killer SIGKILLs every stage process several times and the daemon itself once (restarted on
// the same data directory). Every acknowledged article must end up in the store exactly once,
// with exactly the events a run without faults gives it, and nothing may stay in flight.
#include <gtest/gtest.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <random>
#include <thread>

#include "acked_pusher.h"
#include "clean/article_cleaner.h"
#include "daemon_harness.h"
#include "extract/event_coder.h"

namespace tidings::testing {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

constexpr size_t kArticles = 3000;
constexpr int kKillsPerStage = 3;

// An event as compared between runs: everything the coder decides.
std::string EventKey(const std::string& sentence_index, const std::string& code, const std::string& source,
                     const std::string& target, const std::string& date) {
  return sentence_index + "|" + code + "|" + source + "|" + target + "|" + date;
}

// What a run without faults gives: the stages' own libraries, in process, one article at a time.
std::map<std::string, std::multiset<std::string>> ReferenceEvents(const std::vector<v1::Article>& articles) {
  clean::ArticleCleaner cleaner;
  std::unique_ptr<extract::EventCoder> coder;
  Status s = extract::EventCoder::Create({}, &coder);
  EXPECT_TRUE(s.ok()) << s.ToString();
  std::map<std::string, std::multiset<std::string>> out;
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

TEST(Chaos, EveryAcknowledgedArticleIsStoredExactlyOnceDespiteKills) {
  DaemonUnderTest daemon(
      "[supervision]\nbackoff_initial_ms = 50\nbackoff_max_ms = 400\nintensity_restarts = 100\n"
      "intensity_window_s = 60\nheartbeat_interval_ms = 200\n"
      "[replay]\ntimeout_s = 30\n"
      // A pipeline-sized intake window: the pusher is held back by "busy" answers, so the
      // pushing lasts as long as the coding and every kill lands while articles still arrive.
      "[limits]\nmax_in_flight = 250\nbusy_retry_ms = 20\n");
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  ASSERT_TRUE(daemon.WaitHealthy(30s)) << daemon.Log();

  const std::vector<v1::Article> articles = GenerateNewsArticles(kArticles, "chaos");
  const auto reference = ReferenceEvents(articles);
  size_t reference_events = 0;
  for (const auto& [id, ev] : reference) reference_events += ev.size();
  ASSERT_GT(reference_events, kArticles) << "the generated articles must produce events";

  zmq::context_t ctx(1);
  const auto t0 = Clock::now();
  auto since_start = [&] { return std::chrono::duration<double>(Clock::now() - t0).count(); };
  double push_seconds = 0, daemon_killed_at = 0;
  AckedPushResult pushed;
  std::thread pusher([&] {
    pushed = PushAllAcked(ctx, [&] { return daemon.Runtime().value("ack", ""); }, articles,
                          /*window=*/256, /*deadline=*/150s);
    push_seconds = since_start();
  });

  // The killer: each stage kKillsPerStage times and the daemon once, in random order, at
  // random moments while articles flow.
  std::vector<std::string> plan;
  for (const char* stage : {"fetch", "clean", "extract", "store"}) {
    for (int i = 0; i < kKillsPerStage; ++i) plan.push_back(stage);
  }
  std::mt19937 rng(20240314);
  std::shuffle(plan.begin(), plan.end(), rng);
  plan.insert(plan.begin() + 2, "tidingsd");  // early, while the pusher is busy
  int stage_kills = 0, daemon_kills = 0;
  double last_kill_at = 0;
  std::map<std::string, pid_t> last_killed;
  std::thread killer([&] {
    for (const auto& target : plan) {
      std::this_thread::sleep_for(std::chrono::milliseconds(40 + rng() % 200));
      if (target == "tidingsd") {
        daemon_killed_at = since_start();
        daemon.Kill();
        ++daemon_kills;
        last_killed.clear();
        std::string err;
        if (!daemon.Restart(&err)) {
          ADD_FAILURE() << "restart after SIGKILL: " << err;
          return;
        }
        if (!daemon.WaitHealthy(30s)) ADD_FAILURE() << "not healthy after restart: " << daemon.Log();
        continue;
      }
      // The same stage again only once its previous process has been replaced.
      pid_t pid = daemon.StagePid(target);
      for (auto until = Clock::now() + 15s;
           Clock::now() < until && (pid <= 0 || pid == last_killed[target]);
           pid = daemon.StagePid(target)) {
        std::this_thread::sleep_for(10ms);
      }
      if (pid <= 0 || pid == last_killed[target] || kill(pid, SIGKILL) != 0) continue;
      last_killed[target] = pid;
      ++stage_kills;
      last_kill_at = since_start();
    }
  });
  killer.join();
  pusher.join();
  ASSERT_TRUE(pushed.finished) << "pusher did not get every article answered";
  EXPECT_EQ(pushed.rejected, 0u);

  // Nothing left in flight.
  nlohmann::json health;
  auto until = Clock::now() + 120s;
  while (Clock::now() < until) {
    health = daemon.Health();
    if (health.is_object() && health["journal"].value("open", -1) == 0 && health.value("in_flight", -1) == 0) break;
    std::this_thread::sleep_for(200ms);
  }
  ASSERT_EQ(health["journal"].value("open", -1), 0) << health.dump();
  EXPECT_EQ(health.value("in_flight", -1), 0);
  EXPECT_EQ(health["journal"].value("dead", -1), 0) << "no innocent article may be set aside";

  // Every acknowledged article in the store exactly once, with the reference events.
  std::map<std::string, int> stored;
  for (auto& row : daemon.QueryStore("SELECT id, status FROM articles")) {
    ++stored[row["id"]];
    EXPECT_EQ(row["status"], "stored") << row["id"];
  }
  std::map<std::string, std::multiset<std::string>> events;
  for (auto& r : daemon.QueryStore("SELECT article_id, sentence_index, code, source_code, target_code, date FROM events")) {
    events[r["article_id"]].insert(EventKey(r["sentence_index"], r["code"], r["source_code"], r["target_code"], r["date"]));
  }
  size_t lost = 0, duplicated = 0, wrong = 0;
  for (const auto& a : articles) {
    const std::string& id = a.id();
    if (!pushed.acknowledged.count(id)) continue;
    if (stored[id] == 0) ++lost;
    if (stored[id] > 1) ++duplicated;
    const auto& got = events[id];
    const auto& want = reference.at(id);
    for (const auto& key : got) {
      if (got.count(key) > want.count(key)) { ++duplicated; break; }
    }
    if (got != want) {
      ++wrong;
      if (wrong <= 3) ADD_FAILURE() << id << ": stored events differ from the fault-free run";
    }
  }
  // Strikes: articles a killed stage was processing (each one a failed attempt, never enough
  // to set an innocent article aside).
  std::string metrics = daemon.Metrics();
  auto strikes_at = metrics.find("\ntidings_failed_attempts_total ");
  std::string strikes = strikes_at == std::string::npos
                            ? "0"
                            : metrics.substr(strikes_at + 31, metrics.find('\n', strikes_at + 1) - strikes_at - 31);
  auto dup_events = daemon.QueryStore("SELECT COUNT(*) - COUNT(DISTINCT id) AS d FROM events");
  ASSERT_EQ(dup_events.size(), 1u);
  std::printf(
      "[chaos] articles pushed %zu, acknowledged %zu (accepted %zu, duplicate answers %zu, busy "
      "answers %zu, resent %zu); kills delivered %d (stages %d, daemon %d); lost %zu; "
      "duplicates %zu; events differing %zu; events stored %zu (reference %zu); pushing took %.1f s, "
      "daemon killed at %.1f s, last stage kill at %.1f s; failed attempts after the daemon restart "
      "(articles a killed stage was processing) %s\n",
      articles.size(), pushed.acknowledged.size(), pushed.accepted, pushed.duplicate, pushed.busy,
      pushed.resent, stage_kills + daemon_kills, stage_kills, daemon_kills, lost, duplicated, wrong,
      [&] { size_t n = 0; for (auto& [k, v] : events) n += v.size(); return n; }(), reference_events,
      push_seconds, daemon_killed_at, last_kill_at, strikes.c_str());
  EXPECT_EQ(pushed.acknowledged.size(), articles.size());
  EXPECT_EQ(lost, 0u);
  EXPECT_EQ(duplicated, 0u);
  EXPECT_EQ(wrong, 0u);
  EXPECT_EQ(dup_events[0]["d"], "0");
  EXPECT_EQ(daemon_kills, 1);
  EXPECT_GE(stage_kills, 4 * kKillsPerStage - 2) << "most planned stage kills must land";
}

}  // namespace
}  // namespace tidings::testing

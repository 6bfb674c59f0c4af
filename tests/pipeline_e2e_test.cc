// End-to-end: a real tidingsd with its four real stage processes, real ZeroMQ sockets over
// tcp, a real SQLite file or PostgreSQL server as the store; articles in, CAMEO events out on
// the right topics.
#include <gtest/gtest.h>
#include <signal.h>

#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include "daemon_harness.h"
#include "tidings/wire.h"
#include "postgres_cluster.h"

namespace tidings::testing {
namespace {

using namespace std::chrono_literals;

constexpr const char* kArticleText =
    "ANKARA, June 15 (Wire) - Turkish President Recep Tayyip Erdogan pledged support to "
    "Azerbaijan on Tuesday.\n\n"
    "Turkey signed a military cooperation agreement with Azerbaijan on Monday.\n";

v1::Article TestArticle(const std::string& id) {
  v1::Article a;
  a.set_id(id);
  a.set_text(kArticleText);
  a.set_title("Turkey backs Azerbaijan");
  a.set_source("Test Wire");
  a.set_published("2021-06-16");
  return a;
}

bool HasDyad(const std::vector<std::pair<std::string, v1::Event>>& got, const std::string& code,
             const std::string& article_id) {
  for (const auto& [topic, e] : got) {
    if (e.article_id() == article_id && e.code() == code && e.source().code().rfind("TUR", 0) == 0 &&
        e.target().code().rfind("AZE", 0) == 0) {
      return true;
    }
  }
  return false;
}

// Each test runs on both store backends (names end in /sqlite and /postgresql).
class PipelineTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgresql") {
      TIDINGS_POSTGRES_OR_SKIP(cluster);
      const std::string url = NewPostgresDatabase(*cluster);
      ASSERT_FALSE(url.empty()) << cluster->last_error();
      daemon_.UsePostgres(url);
    }
    std::string error;
    ASSERT_TRUE(daemon_.Start(&error)) << error;
    ASSERT_TRUE(daemon_.WaitHealthy()) << daemon_.Log();
  }
  zmq::context_t ctx_{1};
  DaemonUnderTest daemon_;
};

INSTANTIATE_TEST_SUITE_P(Backends, PipelineTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

TEST_P(PipelineTest, ArticleIsCodedPublishedOnTopicsAndStored) {
  EventCollector by_code(ctx_, daemon_.Runtime()["publish"], {"cameo/057"});
  EventCollector by_dyad(ctx_, daemon_.Runtime()["publish"], {"actor/TUR/AZE"});
  EventCollector other(ctx_, daemon_.Runtime()["publish"], {"actor/USA", "cameo/19"});

  v1::Ack ack = daemon_.PushAcked(TestArticle("e2e-1"));
  ASSERT_EQ(ack.status(), v1::Ack::ACCEPTED) << ack.reason();
  EXPECT_EQ(ack.article_id(), "e2e-1");

  auto code_events = by_code.CollectUntil([](auto& got) { return HasDyad(got, "057", "e2e-1"); }, 30s);
  ASSERT_TRUE(HasDyad(code_events, "057", "e2e-1")) << daemon_.Log();
  for (const auto& [topic, e] : code_events) {
    EXPECT_EQ(topic.rfind("cameo/057", 0), 0u) << topic;
    EXPECT_EQ(topic, "cameo/" + e.code() + "/" + e.source().code() + "/" + e.target().code());
    EXPECT_GT(e.seq(), 0u) << "published events carry their store sequence number";
    EXPECT_EQ(e.date(), "2021-06-14") << "\"on Monday\" before the article date 2021-06-16";
  }

  auto dyad_events = by_dyad.CollectUntil(
      [](auto& got) { return got.size() >= 2; }, 10s);
  ASSERT_GE(dyad_events.size(), 2u) << "the pledge of support and the agreement";
  bool pledge = false;
  for (const auto& [topic, e] : dyad_events) {
    EXPECT_EQ(topic.rfind("actor/TUR/AZE/", 0), 0u) << topic;
    if (e.root() == "03" || e.root() == "05") pledge = pledge || e.code() != "057";
    EXPECT_EQ(e.source().code().substr(0, 3), "TUR");
  }
  EXPECT_TRUE(pledge) << "Erdogan's pledge of support codes as intent to cooperate (03) or "
                         "diplomatic cooperation (05)";
  EXPECT_TRUE(other.CollectUntil([](auto& got) { return !got.empty(); }, 1s).empty())
      << "no event matches actor/USA or cameo/19";

  // The same events are in the store.
  auto rows = daemon_.QueryStore(
      "SELECT source_code, target_code, code, seq FROM events WHERE article_id = 'e2e-1'");
  std::set<std::string> stored;
  for (auto& r : rows) stored.insert(r["source_code"] + ">" + r["target_code"] + ":" + r["code"]);
  for (const auto& [topic, e] : dyad_events) {
    EXPECT_TRUE(stored.count(e.source().code() + ">" + e.target().code() + ":" + e.code()))
        << "published event not in the store: " << topic;
  }
  auto article = daemon_.QueryStore("SELECT id FROM articles WHERE id = 'e2e-1'");
  EXPECT_EQ(article.size(), 1u);
}

TEST_P(PipelineTest, DebugLatencyShowsWhereEachArticlesTimeWent) {
  for (int i = 0; i < 3; ++i) ASSERT_EQ(daemon_.PushAcked(TestArticle("lat-" + std::to_string(i))).status(), v1::Ack::ACCEPTED);
  nlohmann::json j;
  for (int i = 0; i < 300 && (!j.is_object() || j.value("articles", 0) < 3); ++i) {
    std::this_thread::sleep_for(50ms);
    j = daemon_.Latency(0, 2);
  }
  ASSERT_TRUE(j.is_object()) << "/debug/latency answers JSON";
  ASSERT_EQ(j["articles"], 3) << j.dump();
  const double p50 = j["latency_ms"]["p50"], max = j["latency_ms"]["max"];
  EXPECT_GT(p50, 0.0);
  EXPECT_LE(p50, max);
  std::vector<std::string> stages;
  for (const auto& s : j["stages"]) {
    stages.push_back(s["stage"]);
    EXPECT_GE(s["processing_ms"]["p50"].get<double>(), 0.0) << s.dump();
  }
  EXPECT_EQ(stages, (std::vector<std::string>{"clean", "extract", "store"})) << "content skips fetch";
  ASSERT_EQ(j["slowest"].size(), 2u);
  EXPECT_DOUBLE_EQ(j["slowest"][0]["latency_ms"].get<double>(), max);
  // Articles accepted from a later time on: none yet.
  EXPECT_EQ(daemon_.Latency(NowUnixMillis() + 60'000)["articles"], 0);
}

TEST_P(PipelineTest, SyndicatedCopiesAreCountedNotCodedAgain) {
  const std::string body =
      "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday to "
      "discuss trade and energy cooperation between the two countries.\n\n"
      "The two leaders signed a series of agreements on energy supplies, transport corridors and "
      "payments in national currencies, according to statements released by both governments.\n\n"
      "Officials said further talks would take place in Beijing later this year, as the two "
      "countries deepen a partnership that has grown since 2022.\n";
  v1::Article first;
  first.set_id("wire-story");
  first.set_text("MOSCOW (Wire) - " + body);
  first.set_source("Wire Service");
  first.set_published("2023-03-22");
  v1::Article copy = first;
  copy.set_id("syndicated-copy");
  copy.set_text("Putin hosts Xi. " + body);  // a rewritten lead, same story
  copy.set_source("Daily Paper");
  ASSERT_EQ(daemon_.PushAcked(first).status(), v1::Ack::ACCEPTED);
  std::vector<std::map<std::string, std::string>> rows;
  auto deadline = std::chrono::steady_clock::now() + 30s;
  while (std::chrono::steady_clock::now() < deadline &&
         daemon_.QueryStore("SELECT id FROM articles WHERE id = 'wire-story'").empty()) {
    std::this_thread::sleep_for(50ms);
  }
  ASSERT_EQ(daemon_.PushAcked(copy).status(), v1::Ack::ACCEPTED);
  while (std::chrono::steady_clock::now() < deadline) {
    rows = daemon_.QueryStore("SELECT duplicate_of FROM articles WHERE id = 'syndicated-copy'");
    if (!rows.empty()) break;
    std::this_thread::sleep_for(50ms);
  }
  ASSERT_EQ(rows.size(), 1u) << daemon_.Log();
  EXPECT_EQ(rows[0]["duplicate_of"], "wire-story");
  EXPECT_TRUE(daemon_.QueryStore("SELECT id FROM events WHERE article_id = 'syndicated-copy'").empty());
  auto events = daemon_.QueryStore("SELECT num_articles, num_sources FROM events WHERE article_id = 'wire-story'");
  ASSERT_FALSE(events.empty());
  for (auto& e : events) {
    EXPECT_EQ(e["num_articles"], "2");
    EXPECT_EQ(e["num_sources"], "2");
  }
}

TEST_P(PipelineTest, ResentArticleIsAcknowledgedAsDuplicate) {
  ASSERT_EQ(daemon_.PushAcked(TestArticle("dup-1")).status(), v1::Ack::ACCEPTED);
  v1::Ack again = daemon_.PushAcked(TestArticle("dup-1"));
  EXPECT_EQ(again.status(), v1::Ack::DUPLICATE);
  EXPECT_NE(again.reason().find("already accepted"), std::string::npos) << again.reason();
}

TEST_P(PipelineTest, BadInputOnTheAckSocketIsRejectedWithAReason) {
  v1::Ack empty = daemon_.PushAcked(std::string());
  EXPECT_EQ(empty.status(), v1::Ack::REJECTED);
  EXPECT_NE(empty.reason().find("empty"), std::string::npos) << empty.reason();

  v1::Ack garbage = daemon_.PushAcked(std::string("\xff\xff\xff\xff not protobuf at all", 26));
  EXPECT_EQ(garbage.status(), v1::Ack::REJECTED);
  EXPECT_NE(garbage.reason().find("not a valid tidings.v1.Article"), std::string::npos) << garbage.reason();

  v1::Article nothing;
  nothing.set_title("a title but no url, html or text");
  v1::Ack no_content = daemon_.PushAcked(nothing);
  EXPECT_EQ(no_content.status(), v1::Ack::REJECTED);
  EXPECT_NE(no_content.reason().find("neither url, html nor text"), std::string::npos) << no_content.reason();

  v1::Article huge;
  huge.set_text(std::string(100u << 20, 'a'));
  v1::Ack too_big = daemon_.PushAcked(huge, 60s);
  EXPECT_EQ(too_big.status(), v1::Ack::REJECTED);
  EXPECT_NE(too_big.reason().find("limit"), std::string::npos) << too_big.reason();

  // Still serving.
  EXPECT_EQ(daemon_.PushAcked(TestArticle("after-bad")).status(), v1::Ack::ACCEPTED);
  EXPECT_TRUE(daemon_.WaitHealthy(5s));
}

TEST_P(PipelineTest, BadInputOnThePushSocketBecomesDeadLettersWithReasons) {
  daemon_.PushFireAndForget(std::string());
  daemon_.PushFireAndForget("definitely not a protobuf \xff\xfe");
  v1::Article nothing;
  nothing.set_title("no content");
  daemon_.PushFireAndForget(nothing.SerializeAsString());
  v1::Article huge;
  huge.set_text(std::string(100u << 20, 'b'));
  daemon_.PushFireAndForget(huge.SerializeAsString());
  // A fetch failure travels the pipeline and is kept too.
  v1::Article unreachable;
  unreachable.set_id("unreachable-url");
  unreachable.set_url("http://127.0.0.1:9/nothing-listens-here");
  daemon_.PushFireAndForget(unreachable.SerializeAsString());

  std::vector<std::map<std::string, std::string>> rows;
  auto deadline = std::chrono::steady_clock::now() + 30s;
  while (std::chrono::steady_clock::now() < deadline) {
    rows = daemon_.QueryStore("SELECT stage, reason, article_id FROM dead_letters ORDER BY id");
    if (rows.size() >= 5) break;
    std::this_thread::sleep_for(100ms);
  }
  ASSERT_EQ(rows.size(), 5u) << daemon_.Log();
  std::string all;
  for (auto& r : rows) all += r["stage"] + ": " + r["reason"] + "\n";
  EXPECT_NE(all.find("ingest: empty message"), std::string::npos) << all;
  EXPECT_NE(all.find("not a valid tidings.v1.Article"), std::string::npos) << all;
  EXPECT_NE(all.find("neither url, html nor text"), std::string::npos) << all;
  EXPECT_NE(all.find("limits.max_article_bytes"), std::string::npos) << all;
  EXPECT_NE(all.find("fetch: "), std::string::npos) << all;
  EXPECT_TRUE(daemon_.WaitHealthy(5s));
  EXPECT_NE(daemon_.Metrics().find("tidings_ingest_total{socket=\"push\",result=\"rejected\"} 4"),
            std::string::npos);
}

TEST_P(PipelineTest, KilledStageIsRestartedAndTheNextArticleIsCoded) {
  for (const char* stage : {"extract", "clean"}) {
    pid_t pid = daemon_.StagePid(stage);
    ASSERT_GT(pid, 0);
    ASSERT_EQ(kill(pid, SIGKILL), 0);
    auto deadline = std::chrono::steady_clock::now() + 20s;
    while (std::chrono::steady_clock::now() < deadline &&
           (daemon_.StageRestarts(stage) < 1 || daemon_.StagePid(stage) == pid)) {
      std::this_thread::sleep_for(50ms);
    }
    EXPECT_EQ(daemon_.StageRestarts(stage), 1) << stage;
    EXPECT_NE(daemon_.StagePid(stage), pid) << stage;
  }
  ASSERT_TRUE(daemon_.WaitHealthy(20s)) << daemon_.Log();
  EventCollector events(ctx_, daemon_.Runtime()["publish"], {"cameo/057"});
  ASSERT_EQ(daemon_.PushAcked(TestArticle("after-kill")).status(), v1::Ack::ACCEPTED);
  auto got = events.CollectUntil([](auto& g) { return HasDyad(g, "057", "after-kill"); }, 30s);
  EXPECT_TRUE(HasDyad(got, "057", "after-kill")) << daemon_.Log();
  EXPECT_NE(daemon_.Metrics().find("tidings_stage_restarts_total{stage=\"extract\",replica=\"0\"} 1"),
            std::string::npos);
}

TEST_P(PipelineTest, SigtermDrainsAndExitsCleanly) {
  ASSERT_EQ(daemon_.PushAcked(TestArticle("before-stop")).status(), v1::Ack::ACCEPTED);
  EXPECT_EQ(daemon_.Terminate(30s), 0) << daemon_.Log();
  EXPECT_FALSE(std::filesystem::exists(daemon_.data_dir() / "daemon.json"));
  EXPECT_NE(daemon_.Log().find("shutting down gracefully"), std::string::npos);
  auto rows = daemon_.QueryStore("SELECT id FROM articles WHERE id = 'before-stop'");
  EXPECT_EQ(rows.size(), 1u) << "the in-flight article was drained into the store";
}

TEST(Supervision, AStageThatKeepsCrashingTripsTheRestartIntensityLimit) {
  DaemonUnderTest daemon(
      "[supervision]\nintensity_restarts = 3\nintensity_window_s = 30\nbackoff_initial_ms = 20\n"
      "backoff_max_ms = 100\n[stages.clean]\nexecutable = \"/bin/false\"\n");
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  int rc = daemon.WaitExit(30s);
  EXPECT_EQ(rc, 1) << daemon.Log();
  EXPECT_NE(daemon.Log().find("restart intensity"), std::string::npos) << daemon.Log();
  EXPECT_NE(daemon.Log().find("clean"), std::string::npos);
}

TEST(Supervision, RefusesToBindClientSocketsBeyondLoopback) {
  DaemonUnderTest daemon("");
  std::filesystem::create_directories(daemon.data_dir());
  std::ofstream(daemon.data_dir() / "x.toml") << "[inbound]\npush = \"tcp://0.0.0.0:7999\"\n";
  RunResult r = RunProgram({(BinDir() / "tidingsd").string(), "--data-dir", daemon.data_dir().string(),
                            "--config", (daemon.data_dir() / "x.toml").string()});
  EXPECT_EQ(r.exit_code, 78);
  EXPECT_NE(r.err.find("not a loopback endpoint"), std::string::npos) << r.err;
}

class CliTest : public ::testing::TestWithParam<std::string> {};
INSTANTIATE_TEST_SUITE_P(Backends, CliTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

TEST_P(CliTest, PushOfTheSeedArticleYieldsATurkeyAzerbaijanEvent) {
  if (!HaveShared()) GTEST_SKIP() << "needs ../shared (the seed article)";
  DaemonUnderTest daemon;
  if (GetParam() == "postgresql") {
    TIDINGS_POSTGRES_OR_SKIP(cluster);
    const std::string url = NewPostgresDatabase(*cluster);
    ASSERT_FALSE(url.empty()) << cluster->last_error();
    daemon.UsePostgres(url);
  }
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  ASSERT_TRUE(daemon.WaitHealthy());
  auto seed = SharedDir() / "seeds" / "azernews-2021-11-11.txt";
  RunResult push = RunProgram({(BinDir() / "tidings").string(), "push", "--ack", seed.string()},
                              daemon.CliEnv());
  ASSERT_EQ(push.exit_code, 0) << push.out << push.err;
  EXPECT_NE(push.out.find("\"status\":\"accepted\""), std::string::npos) << push.out;

  RunResult query;
  auto deadline = std::chrono::steady_clock::now() + 30s;
  while (std::chrono::steady_clock::now() < deadline) {
    query = RunProgram({(BinDir() / "tidings").string(), "query", "--actor", "TUR"}, daemon.CliEnv());
    if (query.out.find("\"target\":\"AZE") != std::string::npos) break;
    std::this_thread::sleep_for(200ms);
  }
  ASSERT_EQ(query.exit_code, 0) << query.err;
  bool found = false;
  std::istringstream lines(query.out);
  for (std::string line; std::getline(lines, line);) {
    auto j = nlohmann::json::parse(line);
    for (const char* key : {"id", "article_id", "source", "target", "code", "root", "quad_class",
                            "goldstein", "date", "sentence"}) {
      EXPECT_TRUE(j.contains(key)) << key << " missing in " << line;
    }
    if (j["source"].get<std::string>().rfind("TUR", 0) == 0 &&
        j["target"].get<std::string>().rfind("AZE", 0) == 0) {
      found = true;
    }
  }
  EXPECT_TRUE(found) << query.out;

  RunResult status = RunProgram({(BinDir() / "tidings").string(), "status"}, daemon.CliEnv());
  EXPECT_EQ(status.exit_code, 0) << status.out << status.err;
  EXPECT_NE(status.out.find("\"status\": \"ok\""), std::string::npos) << status.out;
}

TEST(Cli, CommandsWithoutADaemonSayHowToFindOne) {
  RunResult r = RunProgram({(BinDir() / "tidings").string(), "status"},
                           {{"TIDINGS_DATA", "/nonexistent/tidings-data"}});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no running tidingsd"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace tidings::testing

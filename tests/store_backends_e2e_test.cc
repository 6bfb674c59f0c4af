// The store's backends end to end, with a real tidingsd and the real `tidings` CLI: a
// PostgreSQL-backed daemon SIGKILLed while acknowledged articles arrive, a PostgreSQL server
// restarted under a running daemon, articles in languages the dictionaries do not cover, and
// `tidings export` / `tidings migrate` on whichever backend the daemon uses.
#include <gtest/gtest.h>
#include <time.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <thread>

#include "daemon_harness.h"
#include "generated_news.h"
#include "postgres_cluster.h"

namespace tidings::testing {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

std::string Tidings() { return (BinDir() / "tidings").string(); }

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<std::string> Tabs(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return out;
    start = tab + 1;
  }
}

size_t CountOf(const DaemonUnderTest& d, const std::string& sql) {
  auto rows = d.QueryStore(sql);
  return rows.empty() ? 0 : std::stoul(rows[0].begin()->second);
}

bool WaitFor(const std::function<bool()>& done, std::chrono::seconds timeout) {
  for (auto until = Clock::now() + timeout; Clock::now() < until; std::this_thread::sleep_for(100ms)) {
    if (done()) return true;
  }
  return done();
}

v1::Article BakuArticle() {
  v1::Article a;
  a.set_id("baku-1");
  a.set_text("BAKU, Nov 11 (Wire) - Turkish President Recep Tayyip Erdogan pledged support to Azerbaijan "
             "in Baku on Tuesday.\n\nTurkey signed a military cooperation agreement with Azerbaijan on "
             "Monday.\n");
  a.set_published("2021-11-11");
  a.set_source("Test Wire");
  a.set_url("https://wire.example/baku-1");
  return a;
}

// Runs on both backends (test names end in /sqlite and /postgresql).
class StoreE2eTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgresql") {
      TIDINGS_POSTGRES_OR_SKIP(cluster);
      url_ = NewPostgresDatabase(*cluster);
      ASSERT_FALSE(url_.empty()) << cluster->last_error();
      daemon_.UsePostgres(url_);
    }
    std::string error;
    ASSERT_TRUE(daemon_.Start(&error)) << error;
    ASSERT_TRUE(daemon_.WaitHealthy()) << daemon_.Log();
  }
  void PushAndWait(const std::vector<v1::Article>& articles) {
    for (const auto& a : articles) ASSERT_EQ(daemon_.PushAcked(a).status(), v1::Ack::ACCEPTED) << a.id();
    ASSERT_TRUE(WaitFor([&] { return CountOf(daemon_, "SELECT count(*) AS n FROM articles") >= articles.size(); }, 60s))
        << daemon_.Log();
  }
  RunResult Cli(std::vector<std::string> args) {
    args.insert(args.begin(), Tidings());
    return RunProgram(args, daemon_.CliEnv());
  }
  std::string url_;
  DaemonUnderTest daemon_;
};
INSTANTIATE_TEST_SUITE_P(Backends, StoreE2eTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

TEST_P(StoreE2eTest, AnArticleInALanguageNotCoveredIsStoredWithAVisibleStatusAndCounted) {
  v1::Article french;
  french.set_id("le-monde-1");
  french.set_language_hint("fr");
  french.set_text(
      "Le président turc a promis son soutien à l'Azerbaïdjan mardi lors d'une visite officielle à Bakou.\n\n"
      "Les deux pays ont signé lundi un accord de coopération militaire, selon un communiqué publié par la "
      "présidence.\n");
  french.set_source("Le Journal");
  v1::Article english = BakuArticle();
  PushAndWait({french, english});

  RunResult r = Cli({"query", "--articles", "--status", "not coded"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 1u) << r.out;
  auto j = nlohmann::json::parse(lines[0]);
  EXPECT_EQ(j["id"], "le-monde-1");
  EXPECT_EQ(j["status"], "not coded: language fr");
  EXPECT_EQ(j["language"], "fr");
  EXPECT_EQ(CountOf(daemon_, "SELECT count(*) AS n FROM events WHERE article_id = 'le-monde-1'"), 0u);
  EXPECT_GT(CountOf(daemon_, "SELECT count(*) AS n FROM events WHERE article_id = 'baku-1'"), 0u);

  r = Cli({"query", "--articles"});
  EXPECT_EQ(Lines(r.out).size(), 2u) << r.out;
  EXPECT_NE(r.out.find("\"status\":\"stored\""), std::string::npos) << r.out;
  EXPECT_NE(daemon_.Metrics().find("tidings_articles_not_coded_total{reason=\"language fr\"} 1"), std::string::npos)
      << daemon_.Metrics();
}

TEST_P(StoreE2eTest, ExportWritesGdeltAndPhoenixRowsOfEveryStoredEvent) {
  std::vector<v1::Article> articles = GenerateNewsArticles(12, "export");
  articles.push_back(BakuArticle());
  PushAndWait(articles);
  const size_t events = CountOf(daemon_, "SELECT count(*) AS n FROM events");
  ASSERT_GT(events, articles.size());
  std::map<std::string, std::string> place_of_seq;  // seq -> ISO alpha-3 of the event's place
  for (auto& row : daemon_.QueryStore("SELECT seq, location_country FROM events")) {
    place_of_seq[row["seq"]] = row["location_country"];
  }

  RunResult gdelt = Cli({"export", "--format", "gdelt"});
  ASSERT_EQ(gdelt.exit_code, 0) << gdelt.err;
  const std::map<std::string, std::string> fips = {{"AZE", "AJ"}, {"TUR", "TU"}, {"DEU", "GM"}, {"CHN", "CH"},
                                                   {"RUS", "RS"}, {"JPN", "JA"}, {"ESP", "SP"}, {"UKR", "UP"}};
  size_t rows = 0, azerbaijan = 0;
  for (const auto& line : Lines(gdelt.out)) {
    auto c = Tabs(line);
    ASSERT_EQ(c.size(), 61u) << line;
    ++rows;
    EXPECT_EQ(c[1].size(), 8u) << "SQLDATE YYYYMMDD: " << line;
    EXPECT_TRUE(c[26].size() >= 3 && c[26].size() <= 4 && c[26].find_first_not_of("0123456789") == std::string::npos)
        << "EventCode: " << line;
    EXPECT_EQ(c[28], c[26].substr(0, 2));
    EXPECT_EQ(c[59].size(), 14u) << "DATEADDED: " << line;
    const std::string place = place_of_seq[c[0]];
    if (fips.count(place)) {
      EXPECT_EQ(c[53], fips.at(place)) << "ActionGeo_CountryCode of " << place;
    }
    if (c[53] == "AJ") ++azerbaijan;
  }
  EXPECT_EQ(rows, events);
  EXPECT_GT(azerbaijan, 0u) << "the Baku article's place, in FIPS 10-4";

  RunResult phoenix = Cli({"export", "--format", "phoenix"});
  ASSERT_EQ(phoenix.exit_code, 0) << phoenix.err;
  auto phoenix_rows = Lines(phoenix.out);
  EXPECT_EQ(phoenix_rows.size(), events) << "one row per event";
  for (const auto& line : phoenix_rows) EXPECT_EQ(Tabs(line).size(), 26u) << line;

  // Rotated files, named after the quarter hour the events were stored in.
  const fs::path out = daemon_.data_dir() / "exports";
  RunResult files = Cli({"export", "--format", "gdelt", "--output", out.string(), "--rotate", "15min"});
  ASSERT_EQ(files.exit_code, 0) << files.err;
  size_t in_files = 0;
  for (const auto& entry : fs::directory_iterator(out)) {
    const std::string name = entry.path().filename().string();
    EXPECT_EQ(name.size(), std::string("20250101151500.export.CSV").size()) << name;
    EXPECT_EQ(name.substr(14), ".export.CSV") << name;
    const std::string minutes = name.substr(10, 4);
    EXPECT_TRUE(minutes == "0000" || minutes == "1500" || minutes == "3000" || minutes == "4500") << name;
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line);) {
      ++in_files;
      EXPECT_EQ(Tabs(line)[59].substr(0, 10), name.substr(0, 10)) << "DATEADDED within the file's hour";
    }
  }
  EXPECT_EQ(in_files, events);

  // The range applies to the time stored: nothing was stored before 2001.
  RunResult none = Cli({"export", "--format", "gdelt", "--until", "2001-01-01"});
  ASSERT_EQ(none.exit_code, 0) << none.err;
  EXPECT_TRUE(none.out.empty()) << none.out;
  RunResult bad = Cli({"export", "--format", "gdelt", "--since", "last week"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("YYYY-MM-DD"), std::string::npos) << bad.err;
}

TEST_P(StoreE2eTest, MigrateCreatesAStoreThatQueryAndTheDaemonThenShare) {
  // A store prepared before any daemon used it (as a DBA would), then read by explicit flags.
  std::vector<std::string> where;
  fs::path file = daemon_.data_dir() / "prepared.sqlite";
  if (GetParam() == "postgresql") {
    PostgresCluster* cluster = PostgresCluster::Shared(nullptr);
    const std::string url = NewPostgresDatabase(*cluster);
    ASSERT_FALSE(url.empty());
    where = {"--backend", "postgresql", "--url", url};
  } else {
    where = {"--db", file.string()};
  }
  auto with = [&](std::vector<std::string> args) {
    args.insert(args.end(), where.begin(), where.end());
    return Cli(args);
  };
  RunResult first = with({"migrate"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find("created, schema version 3"), std::string::npos) << first.out;
  RunResult again = with({"migrate"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("schema version 3, up to date"), std::string::npos) << again.out;
  RunResult query = with({"query"});
  EXPECT_EQ(query.exit_code, 0) << query.err;
  EXPECT_TRUE(query.out.empty());

  // And without flags, `tidings migrate` finds the daemon's own store.
  RunResult own = Cli({"migrate"});
  ASSERT_EQ(own.exit_code, 0) << own.err;
  EXPECT_NE(own.out.find(GetParam() + " store"), std::string::npos) << own.out;
  EXPECT_NE(own.out.find("up to date"), std::string::npos) << own.out;
}

// ---- PostgreSQL only -------------------------------------------------------------------------

class PostgresDaemonTest : public ::testing::Test {
 protected:
  void SetUp() override {
    TIDINGS_POSTGRES_OR_SKIP(cluster);
    cluster_ = cluster;
    url_ = NewPostgresDatabase(*cluster_);
    ASSERT_FALSE(url_.empty()) << cluster_->last_error();
  }
  PostgresCluster* cluster_ = nullptr;
  std::string url_;
};

TEST_F(PostgresDaemonTest, ThreeHundredAcknowledgedArticlesSurviveASigkillAndAreStoredExactlyOnce) {
  DaemonUnderTest daemon(
      "[supervision]\nbackoff_initial_ms = 50\nbackoff_max_ms = 400\n"
      "[limits]\nmax_in_flight = 100\nbusy_retry_ms = 20\n");
  daemon.UsePostgres(url_);
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  ASSERT_TRUE(daemon.WaitHealthy(30s)) << daemon.Log();
  EXPECT_EQ(daemon.Runtime().value("store_backend", ""), "postgresql");
  EXPECT_EQ(fs::status(daemon.data_dir() / "daemon.json").permissions() & fs::perms::others_read, fs::perms::none)
      << "daemon.json names the database URL: private";

  const std::vector<v1::Article> articles = GenerateNewsArticles(300, "pg-kill");
  zmq::context_t ctx(1);
  cli::AckedPushResult pushed;
  std::thread pusher([&] { pushed = cli::PushAllAcked(ctx, PushOptionsFor(daemon, /*window=*/64, 120s), articles); });
  // SIGKILL while articles are still arriving and being stored.
  ASSERT_TRUE(WaitFor([&] { return CountOf(daemon, "SELECT count(*) AS n FROM articles") >= 40; }, 60s))
      << daemon.Log();
  daemon.Kill();
  std::string err;
  ASSERT_TRUE(daemon.Restart(&err)) << err;
  ASSERT_TRUE(daemon.WaitHealthy(30s)) << daemon.Log();
  pusher.join();
  ASSERT_TRUE(pushed.finished);
  EXPECT_EQ(pushed.acknowledged(), articles.size());
  EXPECT_EQ(pushed.rejected, 0u);

  ASSERT_TRUE(WaitFor(
      [&] {
        auto h = daemon.Health();
        return h.is_object() && h["journal"].value("open", -1) == 0 && h.value("in_flight", -1) == 0;
      },
      90s))
      << daemon.Health().dump();
  // Every article once, stored, with exactly the events it says it has.
  std::map<std::string, size_t> declared;
  for (auto& row : daemon.QueryStore("SELECT id, status, event_count FROM articles")) {
    EXPECT_EQ(row["status"], "stored") << row["id"];
    declared[row["id"]] = std::stoul(row["event_count"]);
  }
  EXPECT_EQ(declared.size(), articles.size());
  for (const auto& a : articles) EXPECT_TRUE(declared.count(a.id())) << a.id() << " lost";
  std::map<std::string, size_t> events;
  size_t total = 0;
  for (auto& row : daemon.QueryStore("SELECT article_id, count(*) AS n FROM events GROUP BY article_id")) {
    events[row["article_id"]] = std::stoul(row["n"]);
    total += std::stoul(row["n"]);
  }
  size_t mismatched = 0;
  for (const auto& [id, n] : declared) {
    if (events[id] != n) ++mismatched;
  }
  EXPECT_EQ(mismatched, 0u) << "an article's events stored twice or partly";
  EXPECT_GT(total, articles.size());

  // Readable with `tidings query`, each event once.
  RunResult query = RunProgram({Tidings(), "query"}, daemon.CliEnv());
  ASSERT_EQ(query.exit_code, 0) << query.err;
  std::set<std::string> ids;
  for (const auto& line : Lines(query.out)) ids.insert(nlohmann::json::parse(line)["id"].get<std::string>());
  EXPECT_EQ(Lines(query.out).size(), total);
  EXPECT_EQ(ids.size(), total);
  std::printf("[postgres kill] %zu articles acknowledged (%zu resent after the kill), %zu stored, %zu events\n",
              pushed.acknowledged(), pushed.resent, declared.size(), total);
}

TEST_F(PostgresDaemonTest, ADatabaseServerRestartUnderARunningDaemonLosesNothing) {
  // An outage much longer than replay.timeout_s x max_attempts: the store names the articles
  // it waits to retry in its heartbeats, so they are held, neither replayed nor set aside.
  DaemonUnderTest daemon("[replay]\ntimeout_s = 1\nmax_attempts = 2\n");
  daemon.UsePostgres(url_);
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  ASSERT_TRUE(daemon.WaitHealthy(30s)) << daemon.Log();
  const std::vector<v1::Article> articles = GenerateNewsArticles(50, "pg-restart");
  for (size_t i = 0; i < 20; ++i) ASSERT_EQ(daemon.PushAcked(articles[i]).status(), v1::Ack::ACCEPTED);
  ASSERT_TRUE(WaitFor([&] { return CountOf(daemon, "SELECT count(*) AS n FROM articles") == 20; }, 60s));
  const pid_t store_pid = daemon.StagePid("store");

  ASSERT_TRUE(cluster_->Stop()) << cluster_->last_error();
  for (size_t i = 20; i < articles.size(); ++i) {
    ASSERT_EQ(daemon.PushAcked(articles[i]).status(), v1::Ack::ACCEPTED) << "acks come from the journal";
  }
  std::this_thread::sleep_for(4s);  // the store retries with backoff meanwhile
  EXPECT_TRUE(daemon.WaitHealthy(1s)) << "the store keeps heartbeating while it waits: " << daemon.Health().dump();
  EXPECT_GT(daemon.Health().value("in_flight", 0), 0) << "the articles wait in the journal";
  ASSERT_TRUE(cluster_->StartAgain()) << cluster_->last_error();

  ASSERT_TRUE(WaitFor([&] { return CountOf(daemon, "SELECT count(*) AS n FROM articles") == articles.size(); }, 60s))
      << daemon.Log();
  EXPECT_EQ(daemon.StagePid("store"), store_pid) << "reconnected, not restarted";
  EXPECT_EQ(daemon.StageRestarts("store"), 0);
  EXPECT_EQ(CountOf(daemon, "SELECT count(*) - count(DISTINCT id) AS d FROM events"), 0u);
  ASSERT_TRUE(WaitFor([&] { return daemon.Health().value("in_flight", -1) == 0; }, 30s));
  EXPECT_NE(daemon.Log().find("envelopes wait"), std::string::npos) << "the wait is logged";
  EXPECT_EQ(CountOf(daemon, "SELECT count(*) AS n FROM dead_letters"), 0u) << "nothing set aside: " << daemon.Log();
}

}  // namespace
}  // namespace tidings::testing

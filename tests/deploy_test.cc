// The operator's files in deploy/ against the real thing: every metric the Grafana dashboard
// uses is exposed by a live daemon's /metrics (so the dashboard cannot drift from the code),
// and the systemd unit is hardened and passes `systemd-analyze verify`.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include "daemon_harness.h"
#include "generated_news.h"

namespace tidings::testing {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

std::string ReadText(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Metric names a PromQL expression uses (tidings_*).
std::set<std::string> MetricsIn(const std::string& expr) {
  std::set<std::string> out;
  static const std::regex name("tidings_[a-z_]+");
  for (auto it = std::sregex_iterator(expr.begin(), expr.end(), name); it != std::sregex_iterator(); ++it) {
    out.insert(it->str());
  }
  return out;
}

// Sample names in Prometheus text (tidings_x_bucket, tidings_y, ...).
std::set<std::string> ExposedNames(const std::string& text) {
  std::set<std::string> out;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == '#') continue;
    out.insert(line.substr(0, line.find_first_of("{ ")));
  }
  return out;
}

TEST(GrafanaDashboard, IsAGrafanaDashboardWithAPrometheusDataSourceVariable) {
  auto d = nlohmann::json::parse(ReadText(fs::path(TIDINGS_SOURCE_DIR) / "deploy" / "grafana-dashboard.json"));
  EXPECT_TRUE(d["schemaVersion"].is_number_integer());
  EXPECT_EQ(d["title"], "tidings");
  bool datasource_variable = false;
  for (const auto& v : d["templating"]["list"]) {
    if (v["type"] == "datasource" && v["query"] == "prometheus" && v["name"] == "datasource") datasource_variable = true;
  }
  EXPECT_TRUE(datasource_variable);
  std::set<int> ids;
  size_t queries = 0;
  for (const auto& p : d["panels"]) {
    EXPECT_TRUE(ids.insert(p["id"].get<int>()).second) << "panel ids are unique: " << p["id"];
    ASSERT_TRUE(p.contains("gridPos")) << p["title"];
    EXPECT_LE(p["gridPos"]["x"].get<int>() + p["gridPos"]["w"].get<int>(), 24) << p["title"];
    if (p["type"] == "row") continue;
    EXPECT_EQ(p["datasource"]["uid"], "${datasource}") << p["title"];
    ASSERT_FALSE(p["targets"].empty()) << p["title"];
    for (const auto& t : p["targets"]) {
      const std::string expr = t["expr"];
      EXPECT_FALSE(MetricsIn(expr).empty()) << expr;
      if (expr.find("histogram_quantile") != std::string::npos) {
        EXPECT_NE(expr.find("_bucket"), std::string::npos) << expr;
        EXPECT_NE(expr.find("le"), std::string::npos) << expr;
      }
      ++queries;
    }
  }
  EXPECT_GE(queries, 20u);
}

TEST(GrafanaDashboard, EveryMetricItUsesIsExposedByALiveDaemon) {
  DaemonUnderTest daemon;
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  ASSERT_TRUE(daemon.WaitHealthy(30s)) << daemon.Log();
  // Traffic that makes the lazily created families appear: accepted articles through every
  // stage (latency histograms come with the stages' heartbeats) and a rejected one (a dead letter).
  zmq::context_t ctx(1);
  auto pushed = cli::PushAllAcked(ctx, PushOptionsFor(daemon, 8, 30s), GenerateNewsArticles(10, "dash"));
  ASSERT_EQ(pushed.accepted, 10u) << pushed.problem;
  EXPECT_EQ(daemon.PushAcked(std::string("\xff\xfe not an article")).status(), v1::Ack::REJECTED);

  const auto d = nlohmann::json::parse(ReadText(fs::path(TIDINGS_SOURCE_DIR) / "deploy" / "grafana-dashboard.json"));
  std::set<std::string> used;
  for (const auto& p : d["panels"]) {
    for (const auto& t : p.value("targets", nlohmann::json::array())) {
      for (const auto& m : MetricsIn(t["expr"])) used.insert(m);
    }
  }
  for (const auto& v : d["templating"]["list"]) {
    if (v.contains("definition")) for (const auto& m : MetricsIn(v["definition"])) used.insert(m);
  }
  ASSERT_GE(used.size(), 15u);
  std::set<std::string> missing;
  for (auto until = std::chrono::steady_clock::now() + 20s; std::chrono::steady_clock::now() < until;
       std::this_thread::sleep_for(250ms)) {
    const std::set<std::string> exposed = ExposedNames(daemon.Metrics());
    missing.clear();
    for (const auto& m : used) {
      if (!exposed.count(m)) missing.insert(m);
    }
    if (missing.empty()) break;
  }
  std::string list;
  for (const auto& m : missing) list += m + " ";
  EXPECT_TRUE(missing.empty()) << "the dashboard uses metrics /metrics does not expose: " << list;
}

TEST(SystemdUnit, IsHardenedForADedicatedUser) {
  const std::string unit = ReadText(fs::path(TIDINGS_SOURCE_DIR) / "deploy" / "tidingsd.service");
  for (const char* line : {"\nUser=tidings\n", "\nGroup=tidings\n", "\nStateDirectory=tidings\n",
                           "\nProtectSystem=strict\n", "\nReadWritePaths=/var/lib/tidings\n", "\nPrivateTmp=yes\n",
                           "\nNoNewPrivileges=yes\n", "\nProtectHome=yes\n", "\nRestrictAddressFamilies=",
                           "\nRestartPreventExitStatus=78\n", "\nCapabilityBoundingSet=\n"}) {
    EXPECT_NE(unit.find(line), std::string::npos) << "missing " << line;
  }
}

TEST(SystemdUnit, PassesSystemdAnalyzeVerify) {
  if (!fs::exists("/usr/bin/systemd-analyze")) GTEST_SKIP() << "systemd-analyze is not installed";
  // The unit names the installed path; verify checks that ExecStart exists, so point it at the
  // build's tidingsd in a copy.
  std::string unit = ReadText(fs::path(TIDINGS_SOURCE_DIR) / "deploy" / "tidingsd.service");
  const std::string installed = "/opt/tidings/bin/tidingsd";
  unit.replace(unit.find(installed), installed.size(), (BinDir() / "tidingsd").string());
  DaemonUnderTest scratch;  // only for its temporary directory
  const fs::path copy = scratch.data_dir() / "tidingsd.service";
  std::ofstream(copy) << unit;
  RunResult r = RunProgram({"/usr/bin/systemd-analyze", "verify", "--man=no", copy.string()});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.err.find("Unknown"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace tidings::testing

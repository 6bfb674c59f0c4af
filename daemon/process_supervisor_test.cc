#include "daemon/process_supervisor.h"

#include <sys/resource.h>

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>

namespace tidings::daemon {
namespace {

namespace asio = boost::asio;
namespace fs = std::filesystem;
using std::chrono::milliseconds;
using std::chrono::seconds;
using Clock = std::chrono::steady_clock;

const std::string kFake = TIDINGS_FAKE_STAGE;

// Polls `pred` until it holds or `timeout` passes.
template <typename Pred>
bool WaitFor(Pred pred, milliseconds timeout = milliseconds(5000)) {
  const auto end = Clock::now() + timeout;
  while (Clock::now() < end) {
    if (pred()) return true;
    std::this_thread::sleep_for(milliseconds(5));
  }
  return pred();
}

// True when `pid` no longer exists (or is a zombie nobody reaped yet).
bool ProcessGone(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  if (!stat) return true;
  std::string content((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  const auto close = content.rfind(')');
  return close != std::string::npos && close + 2 < content.size() && content[close + 2] == 'Z';
}

std::string ReadLog(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

ChildSpec Spec(std::string name, std::vector<std::string> argv, bool heartbeats = false) {
  ChildSpec spec;
  spec.name = std::move(name);
  spec.argv = std::move(argv);
  spec.expects_heartbeats = heartbeats;
  return spec;
}

// Records what the supervisor reports through its callbacks.
struct Events {
  std::mutex mu;
  std::vector<std::pair<pid_t, Clock::time_point>> starts;
  std::vector<std::pair<pid_t, ExitStatus>> exits;
  std::vector<std::string> give_ups;

  size_t Starts() {
    std::lock_guard lock(mu);
    return starts.size();
  }
  size_t Exits() {
    std::lock_guard lock(mu);
    return exits.size();
  }
  size_t GiveUps() {
    std::lock_guard lock(mu);
    return give_ups.size();
  }
  pid_t LastPid() {
    std::lock_guard lock(mu);
    return starts.empty() ? 0 : starts.back().first;
  }
};

class SupervisorTest : public ::testing::Test {
 protected:
  SupervisorTest() : work_(asio::make_work_guard(io_)) {
    options_.backoff.initial = milliseconds(20);
    options_.backoff.max = milliseconds(200);
    options_.backoff.jitter = 0.0;
    options_.intensity.max_restarts = 50;
    options_.intensity.period = seconds(10);
    options_.heartbeat_interval = milliseconds(50);
    options_.liveness = 3;
    options_.start_grace = milliseconds(300);
  }

  void Make() {
    supervisor_ = std::make_unique<ProcessSupervisor>(io_, options_);
    supervisor_->set_on_child_started([this](const ChildSpec&, pid_t pid, int) {
      std::lock_guard lock(events_.mu);
      events_.starts.emplace_back(pid, Clock::now());
    });
    supervisor_->set_on_child_exited(
        [this](const ChildSpec&, pid_t pid, const ExitStatus& status, bool) {
          std::lock_guard lock(events_.mu);
          events_.exits.emplace_back(pid, status);
        });
    supervisor_->set_on_give_up([this](const std::string& reason) {
      std::lock_guard lock(events_.mu);
      events_.give_ups.push_back(reason);
    });
    thread_ = std::thread([this] { io_.run(); });
  }

  void TearDown() override {
    supervisor_.reset();
    work_.reset();
    io_.stop();
    if (thread_.joinable()) thread_.join();
  }

  ChildSnapshot Only() {
    auto snapshot = supervisor_->Snapshot();
    EXPECT_EQ(snapshot.size(), 1u);
    return snapshot.empty() ? ChildSnapshot{} : snapshot[0];
  }

  SupervisorOptions options_;
  asio::io_context io_;
  asio::executor_work_guard<asio::io_context::executor_type> work_;
  std::unique_ptr<ProcessSupervisor> supervisor_;
  std::thread thread_;
  Events events_;
};

TEST_F(SupervisorTest, RestartsAChildKilledWithSigkill) {
  Make();
  ASSERT_TRUE(supervisor_->Add(Spec("clean", {kFake, "sleep", "30"})).ok());
  supervisor_->Start();
  ASSERT_TRUE(WaitFor([&] { return events_.Starts() == 1; }));
  const pid_t first = events_.LastPid();
  EXPECT_EQ(Only().state, ChildState::kRunning);
  EXPECT_EQ(Only().pid, first);

  ASSERT_EQ(::kill(first, SIGKILL), 0);
  ASSERT_TRUE(WaitFor([&] { return events_.Starts() == 2; }));
  const ChildSnapshot s = Only();
  EXPECT_NE(s.pid, first);
  EXPECT_EQ(s.pid, events_.LastPid());
  EXPECT_EQ(s.state, ChildState::kRunning);
  EXPECT_EQ(s.restarts, 1);
  ASSERT_TRUE(s.last_exit.has_value());
  EXPECT_TRUE(s.last_exit->signaled);
  EXPECT_EQ(s.last_exit->code, SIGKILL);
  EXPECT_EQ(s.last_exit->Describe(), "killed by signal 9 (SIGKILL)");
  EXPECT_TRUE(ProcessGone(first));
  EXPECT_EQ(events_.GiveUps(), 0u);
}

TEST_F(SupervisorTest, BackoffGrowsBetweenRestarts) {
  options_.backoff.initial = milliseconds(40);
  options_.backoff.multiplier = 2.0;
  options_.backoff.max = milliseconds(2000);
  Make();
  ASSERT_TRUE(supervisor_->Add(Spec("crashy", {"/bin/false"})).ok());
  supervisor_->Start();
  ASSERT_TRUE(WaitFor([&] { return events_.Starts() >= 5; }));
  std::vector<Clock::time_point> times;
  {
    std::lock_guard lock(events_.mu);
    for (auto& [pid, t] : events_.starts) times.push_back(t);
  }
  // Delays 40, 80, 160, 320 ms plus the time /bin/false takes to run.
  std::vector<long> gaps;
  for (size_t i = 1; i < 5; ++i) {
    gaps.push_back(std::chrono::duration_cast<milliseconds>(times[i] - times[i - 1]).count());
  }
  // Lower bounds are exact (the restart timer never fires early); the time to run
  // /bin/false only adds, so no upper bound is asserted beyond the growth.
  for (size_t i = 0; i < gaps.size(); ++i) EXPECT_GE(gaps[i], 40L << i) << "gap " << i;
  EXPECT_LT(gaps[0], gaps[3]);
  EXPECT_EQ(Only().last_exit->Describe(), "exited with code 1");
}

TEST_F(SupervisorTest, RestartIntensityLimitGivesUpWithAClearMessage) {
  options_.backoff.initial = milliseconds(5);
  options_.backoff.max = milliseconds(5);
  options_.intensity.max_restarts = 3;
  Make();
  ASSERT_TRUE(supervisor_->Add(Spec("extract", {"/bin/false"})).ok());
  supervisor_->Start();
  ASSERT_TRUE(WaitFor([&] { return events_.GiveUps() == 1; }));
  std::string reason;
  {
    std::lock_guard lock(events_.mu);
    reason = events_.give_ups[0];
  }
  EXPECT_NE(reason.find("restart intensity exceeded: 4 restarts within 10000 ms (limit 3)"),
            std::string::npos)
      << reason;
  EXPECT_NE(reason.find("extract[0] exited with code 1"), std::string::npos) << reason;
  EXPECT_TRUE(supervisor_->gave_up());
  EXPECT_EQ(Only().state, ChildState::kFailed);
  EXPECT_EQ(Only().restarts, 3);
  std::this_thread::sleep_for(milliseconds(50));
  EXPECT_EQ(events_.Starts(), 4u);  // no restart after giving up
  EXPECT_EQ(events_.GiveUps(), 1u);
}

TEST_F(SupervisorTest, ConfigErrorExitIsNotRestarted) {
  Make();
  ASSERT_TRUE(supervisor_->Add(Spec("store", {kFake, "exit", "78"})).ok());
  supervisor_->Start();
  ASSERT_TRUE(WaitFor([&] { return events_.GiveUps() == 1; }));
  std::string reason;
  {
    std::lock_guard lock(events_.mu);
    reason = events_.give_ups[0];
  }
  EXPECT_NE(reason.find("store[0] exited with code 78 (configuration error)"), std::string::npos)
      << reason;
  std::this_thread::sleep_for(milliseconds(100));
  EXPECT_EQ(events_.Starts(), 1u);
  EXPECT_EQ(Only().state, ChildState::kFailed);
  EXPECT_EQ(Only().restarts, 0);
}

TEST_F(SupervisorTest, HeartbeatTimeoutKillsAndRestarts) {
  options_.heartbeat_interval = milliseconds(100);  // 300 ms liveness: robust on a busy host
  Make();
  ASSERT_TRUE(supervisor_->Add(Spec("clean", {kFake, "sleep", "30"}, /*heartbeats=*/true)).ok());
  supervisor_->Start();
  ASSERT_TRUE(WaitFor([&] { return events_.Starts() == 1; }));
  const pid_t first = events_.LastPid();
  // Heartbeats for well beyond the start grace and the liveness window: no kill.
  const auto until = Clock::now() + milliseconds(600);
  while (Clock::now() < until) {
    EXPECT_TRUE(supervisor_->NoteHeartbeat("clean", 0, first));
    std::this_thread::sleep_for(milliseconds(20));
  }
  EXPECT_EQ(events_.Exits(), 0u);
  EXPECT_TRUE(Only().heartbeat_seen);
  // Silence: killed after about 3 x 100 ms and restarted.
  const auto silent_from = Clock::now();
  ASSERT_TRUE(WaitFor([&] { return events_.Starts() == 2; }));
  EXPECT_GE(Clock::now() - silent_from, milliseconds(280));
  ExitStatus exit;
  {
    std::lock_guard lock(events_.mu);
    ASSERT_EQ(events_.exits.size(), 1u);
    EXPECT_EQ(events_.exits[0].first, first);
    exit = events_.exits[0].second;
  }
  EXPECT_TRUE(exit.signaled);
  EXPECT_EQ(exit.code, SIGKILL);
  EXPECT_NE(exit.Describe().find("no heartbeat for"), std::string::npos) << exit.Describe();
  EXPECT_TRUE(ProcessGone(first));
  // A late heartbeat from the old process is ignored.
  EXPECT_FALSE(supervisor_->NoteHeartbeat("clean", 0, first));
  EXPECT_TRUE(supervisor_->NoteHeartbeat("clean", 0, events_.LastPid()));
  EXPECT_FALSE(supervisor_->NoteHeartbeat("clean", 1, events_.LastPid()));
}

TEST_F(SupervisorTest, ADaemonStalledPastTheLivenessWindowDoesNotKillItsChildren) {
  options_.heartbeat_interval = milliseconds(100);  // 300 ms liveness
  Make();
  ASSERT_TRUE(supervisor_->Add(Spec("clean", {kFake, "sleep", "30"}, /*heartbeats=*/true)).ok());
  supervisor_->Start();
  ASSERT_TRUE(WaitFor([&] { return events_.Starts() == 1; }));
  const pid_t pid = events_.LastPid();
  for (int i = 0; i < 10; ++i) {
    EXPECT_TRUE(supervisor_->NoteHeartbeat("clean", 0, pid));
    std::this_thread::sleep_for(milliseconds(20));
  }
  // The daemon's own thread is blocked for 3x the liveness window and reads no heartbeat
  // meanwhile (as when the host starves it of CPU).
  asio::post(io_, [] { std::this_thread::sleep_for(milliseconds(1000)); });
  std::this_thread::sleep_for(milliseconds(1050));
  // Once it runs again, heartbeats flow: the child was never at fault.
  const auto until = Clock::now() + milliseconds(500);
  while (Clock::now() < until) {
    EXPECT_TRUE(supervisor_->NoteHeartbeat("clean", 0, pid));
    std::this_thread::sleep_for(milliseconds(20));
  }
  EXPECT_EQ(events_.Exits(), 0u) << "a stall of the supervisor is not a hang of the child";
  EXPECT_GE(supervisor_->late_checks(), 1u);
  EXPECT_EQ(Only().pid, pid);
}

TEST_F(SupervisorTest, ChildThatNeverHeartbeatsIsKilledAfterTheStartGrace) {
  Make();
  ASSERT_TRUE(supervisor_->Add(Spec("fetch", {kFake, "sleep", "30"}, /*heartbeats=*/true)).ok());
  const auto start = Clock::now();
  supervisor_->Start();
  ASSERT_TRUE(WaitFor([&] { return events_.Starts() == 2; }));
  EXPECT_GE(Clock::now() - start, milliseconds(300));
  std::lock_guard lock(events_.mu);
  EXPECT_NE(events_.exits.at(0).second.Describe().find("no first heartbeat within"),
            std::string::npos)
      << events_.exits.at(0).second.Describe();
}

TEST_F(SupervisorTest, GracefulStopTerminatesAllWithinTheDeadline) {
  Make();
  const fs::path pidfile = fs::temp_directory_path() /
                           ("tidings-grandchild-" + std::to_string(getpid()));
  fs::remove(pidfile);
  ASSERT_TRUE(supervisor_->Add(Spec("polite", {kFake, "sleep", "30"})).ok());
  ASSERT_TRUE(supervisor_->Add(Spec("stubborn", {kFake, "ignore-term", "30"})).ok());
  ASSERT_TRUE(supervisor_->Add(Spec("parent", {kFake, "grandchild", pidfile.string(), "30"})).ok());
  supervisor_->Start();
  ASSERT_TRUE(WaitFor([&] { return events_.Starts() == 3 && fs::exists(pidfile); }));
  pid_t grandchild = 0;
  std::ifstream(pidfile) >> grandchild;
  fs::remove(pidfile);
  ASSERT_GT(grandchild, 0);
  std::this_thread::sleep_for(milliseconds(50));  // let "stubborn" install its SIG_IGN

  std::vector<pid_t> pids;
  for (const auto& s : supervisor_->Snapshot()) pids.push_back(s.pid);
  std::atomic<bool> done{false};
  const auto start = Clock::now();
  supervisor_->Stop(milliseconds(300), [&] { done = true; });
  ASSERT_TRUE(WaitFor([&] { return done.load(); }, milliseconds(3000)));
  const auto took = Clock::now() - start;
  EXPECT_GE(took, milliseconds(300));  // "stubborn" lasted until the deadline
  EXPECT_LT(took, milliseconds(1500));
  for (pid_t pid : pids) EXPECT_TRUE(ProcessGone(pid)) << pid;
  EXPECT_TRUE(WaitFor([&] { return ProcessGone(grandchild); }, milliseconds(1000)));
  for (const auto& s : supervisor_->Snapshot()) {
    EXPECT_EQ(s.state, ChildState::kStopped) << s.name;
    EXPECT_EQ(s.pid, 0);
    ASSERT_TRUE(s.last_exit.has_value());
    if (s.name == "polite") {
      EXPECT_EQ(s.last_exit->Describe(), "killed by signal 15 (SIGTERM)");
    }
    if (s.name == "stubborn") {
      EXPECT_EQ(s.last_exit->Describe(),
                "killed by signal 9 (SIGKILL): still running at the stop deadline");
    }
  }
  std::this_thread::sleep_for(milliseconds(100));
  EXPECT_EQ(events_.Starts(), 3u);  // nothing restarted
  EXPECT_EQ(events_.GiveUps(), 0u);
}

TEST_F(SupervisorTest, SecondStopShortensTheDeadline) {
  Make();
  ASSERT_TRUE(supervisor_->Add(Spec("stubborn", {kFake, "ignore-term", "30"})).ok());
  supervisor_->Start();
  ASSERT_TRUE(WaitFor([&] { return events_.Starts() == 1; }));
  std::this_thread::sleep_for(milliseconds(50));  // let it install its SIG_IGN
  std::atomic<int> done{0};
  const auto start = Clock::now();
  supervisor_->Stop(seconds(20), [&] { ++done; });
  supervisor_->Stop(milliseconds(100), [&] { ++done; });
  ASSERT_TRUE(WaitFor([&] { return done.load() == 2; }, milliseconds(3000)));
  EXPECT_LT(Clock::now() - start, milliseconds(2000));
}

TEST_F(SupervisorTest, StopWithoutChildrenCompletesAtOnce) {
  Make();
  supervisor_->Start();
  std::atomic<bool> done{false};
  supervisor_->Stop(seconds(5), [&] { done = true; });
  EXPECT_TRUE(WaitFor([&] { return done.load(); }, milliseconds(500)));
}

TEST_F(SupervisorTest, PassesEnvironmentAndWritesLogFile) {
  const fs::path log = fs::temp_directory_path() / ("tidings-sup-log-" + std::to_string(getpid()));
  fs::remove(log);
  Make();
  ChildSpec spec = Spec("clean", {kFake, "print-env", "TIDINGS_TEST_VALUE", "30"});
  spec.env = {{"TIDINGS_TEST_VALUE", "hello from the daemon"}};
  spec.log_file = log.string();
  ASSERT_TRUE(supervisor_->Add(spec).ok());
  supervisor_->Start();
  std::string content;
  EXPECT_TRUE(WaitFor([&] { return !(content = ReadLog(log)).empty(); }));
  EXPECT_EQ(content, "TIDINGS_TEST_VALUE=hello from the daemon\n");
  fs::remove(log);
}

TEST_F(SupervisorTest, StartsAChildAsNiceAsItsSpecSays) {
  const fs::path log = fs::temp_directory_path() / ("tidings-sup-nice-" + std::to_string(getpid()));
  fs::remove(log);
  Make();
  ChildSpec spec = Spec("clean", {kFake, "print-nice", "30"});
  spec.nice = 7;
  spec.log_file = log.string();
  ASSERT_TRUE(supervisor_->Add(spec).ok());
  supervisor_->Start();
  std::string content;
  EXPECT_TRUE(WaitFor([&] { return !(content = ReadLog(log)).empty(); }));
  errno = 0;
  const int ours = getpriority(PRIO_PROCESS, 0);
  EXPECT_EQ(content, "nice=" + std::to_string(std::min(ours + 7, 19)) + "\n") << "ours is " << ours;
  fs::remove(log);
}

TEST_F(SupervisorTest, RespawnRestartsAChildWithItsNewSpecWithoutAStrike) {
  const fs::path log = fs::temp_directory_path() / ("tidings-sup-respawn-" + std::to_string(getpid()));
  fs::remove(log);
  options_.intensity.max_restarts = 0;  // any failure would make it give up
  Make();
  ChildSpec spec = Spec("clean", {kFake, "print-env", "TIDINGS_TEST_VALUE", "30"});
  spec.env = {{"TIDINGS_TEST_VALUE", "old"}};
  spec.log_file = log.string();
  ASSERT_TRUE(supervisor_->Add(spec).ok());
  supervisor_->Start();
  ASSERT_TRUE(WaitFor([&] { return events_.Starts() == 1; }));
  const pid_t first = events_.LastPid();
  spec.env = {{"TIDINGS_TEST_VALUE", "new"}};
  ASSERT_TRUE(supervisor_->Respawn(spec, "the main daemon moved its hops").ok());
  ASSERT_TRUE(WaitFor([&] { return events_.Starts() == 2; }));
  std::string content;
  EXPECT_TRUE(WaitFor([&] { return (content = ReadLog(log)).find("=new") != std::string::npos; })) << content;
  const ChildSnapshot s = Only();
  EXPECT_NE(s.pid, first);
  EXPECT_EQ(s.state, ChildState::kRunning);
  EXPECT_EQ(s.restarts, 1);
  ASSERT_TRUE(s.last_exit.has_value());
  EXPECT_NE(s.last_exit->Describe().find("the main daemon moved its hops"), std::string::npos)
      << s.last_exit->Describe();
  EXPECT_EQ(events_.GiveUps(), 0u);
  EXPECT_EQ(supervisor_->Respawn(Spec("extract", {kFake}), "x").code(), Status::Code::kNotFound);
  fs::remove(log);
}

TEST_F(SupervisorTest, FindsProgramsInPathAndReportsMissingOnes) {
  options_.backoff.initial = milliseconds(5);
  options_.backoff.max = milliseconds(5);
  options_.intensity.max_restarts = 2;
  Make();
  ASSERT_TRUE(supervisor_->Add(Spec("sleeper", {"sleep", "30"})).ok());  // via PATH
  ASSERT_TRUE(supervisor_->Add(Spec("ghost", {"/nonexistent/tidings-ghost"})).ok());
  supervisor_->Start();
  ASSERT_TRUE(WaitFor([&] { return events_.GiveUps() == 1; }));
  std::string reason;
  {
    std::lock_guard lock(events_.mu);
    reason = events_.give_ups[0];
  }
  EXPECT_NE(reason.find("ghost[0] could not be started: exec /nonexistent/tidings-ghost: No "
                        "such file or directory"),
            std::string::npos)
      << reason;
  for (const auto& s : supervisor_->Snapshot()) {
    if (s.name == "sleeper") {
      EXPECT_EQ(s.state, ChildState::kRunning);
    }
  }
}

TEST_F(SupervisorTest, RejectsBadSpecs) {
  Make();
  EXPECT_EQ(supervisor_->Add(Spec("", {"/bin/true"})).code(), Status::Code::kInvalidInput);
  EXPECT_EQ(supervisor_->Add(Spec("x", {})).code(), Status::Code::kInvalidInput);
  ASSERT_TRUE(supervisor_->Add(Spec("x", {"/bin/true"})).ok());
  EXPECT_EQ(supervisor_->Add(Spec("x", {"/bin/true"})).code(), Status::Code::kInvalidInput);
}

TEST_F(SupervisorTest, ChildAddedAfterStartIsStarted) {
  Make();
  supervisor_->Start();
  ASSERT_TRUE(supervisor_->Add(Spec("late", {kFake, "sleep", "30"})).ok());
  ASSERT_TRUE(WaitFor([&] { return events_.Starts() == 1; }));
  EXPECT_EQ(Only().state, ChildState::kRunning);
}

TEST_F(SupervisorTest, DestructionKillsRunningChildren) {
  Make();
  ASSERT_TRUE(supervisor_->Add(Spec("a", {kFake, "sleep", "30"})).ok());
  supervisor_->Start();
  ASSERT_TRUE(WaitFor([&] { return events_.Starts() == 1; }));
  const pid_t pid = events_.LastPid();
  supervisor_.reset();
  EXPECT_TRUE(ProcessGone(pid));
}

}  // namespace
}  // namespace tidings::daemon

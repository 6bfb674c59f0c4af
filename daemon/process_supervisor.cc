#include "daemon/process_supervisor.h"

#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <map>
#include <mutex>
#include <random>

#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>

extern char** environ;

namespace tidings::daemon {

namespace asio = boost::asio;
using std::chrono::duration_cast;

const char* ChildStateName(ChildState state) {
  switch (state) {
    case ChildState::kNotStarted: return "not_started";
    case ChildState::kRunning: return "running";
    case ChildState::kBackoff: return "backoff";
    case ChildState::kStopping: return "stopping";
    case ChildState::kStopped: return "stopped";
    case ChildState::kFailed: return "failed";
  }
  return "unknown";
}

std::string ExitStatus::Describe() const {
  if (!spawn_error.empty()) return "could not be started: " + spawn_error;
  std::string text;
  if (signaled) {
    const char* abbrev = sigabbrev_np(code);
    text = "killed by signal " + std::to_string(code) +
           (abbrev != nullptr ? std::string(" (SIG") + abbrev + ")" : std::string());
  } else {
    text = "exited with code " + std::to_string(code);
    if (code == kExitConfigError) text += " (configuration error)";
  }
  if (!killed_because.empty()) text += ": " + killed_because;
  return text;
}

namespace {

std::string ChildLabel(const ChildSpec& spec) {
  return spec.name + "[" + std::to_string(spec.replica) + "]";
}

// Sends `signal` to the child's process group (the child and anything it started).
void SignalGroup(pid_t pid, int signal) {
  if (pid <= 0) return;
  if (::kill(-pid, signal) != 0) ::kill(pid, signal);
}

// Everything the forked child needs, prepared before fork(): after fork() in a threaded
// process only async-signal-safe calls are allowed.
struct ExecPlan {
  std::vector<std::string> argv_storage;
  std::vector<std::string> env_storage;
  std::vector<char*> argv;
  std::vector<char*> envp;
  bool search_path = false;

  explicit ExecPlan(const ChildSpec& spec) : argv_storage(spec.argv) {
    std::map<std::string, std::string> env;
    for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
      std::string entry(*e);
      const auto eq = entry.find('=');
      if (eq == std::string::npos) continue;
      env[entry.substr(0, eq)] = entry.substr(eq + 1);
    }
    for (const auto& [key, value] : spec.env) env[key] = value;
    for (const auto& [key, value] : env) env_storage.push_back(key + "=" + value);
    for (auto& a : argv_storage) argv.push_back(a.data());
    argv.push_back(nullptr);
    for (auto& e : env_storage) envp.push_back(e.data());
    envp.push_back(nullptr);
    search_path = spec.argv[0].find('/') == std::string::npos;
    nice = spec.nice;
  }
  int nice = 0;
};

// Forks and execs; returns the pid, or 0 with `*error` set when the program could not be run.
pid_t Spawn(const ChildSpec& spec, std::string* error) {
  ExecPlan plan(spec);
  int log_fd = -1;
  if (!spec.log_file.empty()) {
    log_fd = ::open(spec.log_file.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (log_fd < 0) {
      *error = "cannot open log file " + spec.log_file + ": " + strerror(errno);
      return 0;
    }
  }
  // The child reports an exec failure's errno through this pipe; a successful exec closes
  // it (O_CLOEXEC) and the parent reads end-of-file.
  int report[2];
  if (::pipe2(report, O_CLOEXEC) != 0) {
    *error = std::string("pipe: ") + strerror(errno);
    if (log_fd >= 0) ::close(log_fd);
    return 0;
  }
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) {
    *error = std::string("fork: ") + strerror(errno);
    ::close(report[0]);
    ::close(report[1]);
    if (log_fd >= 0) ::close(log_fd);
    return 0;
  }
  if (pid == 0) {
    // Child: async-signal-safe calls only.
    ::setpgid(0, 0);
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(127);  // the daemon died before prctl took effect
    struct sigaction dfl;
    ::memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    for (int sig = 1; sig < NSIG; ++sig) ::sigaction(sig, &dfl, nullptr);
    sigset_t none;
    ::sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    if (log_fd >= 0) {
      ::dup2(log_fd, STDOUT_FILENO);
      ::dup2(log_fd, STDERR_FILENO);
    }
    if (plan.nice != 0) (void)::setpriority(PRIO_PROCESS, 0, ::getpriority(PRIO_PROCESS, 0) + plan.nice);
    if (plan.search_path) {
      ::execvpe(plan.argv[0], plan.argv.data(), plan.envp.data());
    } else {
      ::execve(plan.argv[0], plan.argv.data(), plan.envp.data());
    }
    const int exec_errno = errno;
    [[maybe_unused]] ssize_t n = ::write(report[1], &exec_errno, sizeof exec_errno);
    ::_exit(127);
  }
  ::setpgid(pid, pid);  // also from the parent, so signalling the group works at once
  ::close(report[1]);
  if (log_fd >= 0) ::close(log_fd);
  int exec_errno = 0;
  ssize_t n;
  do {
    n = ::read(report[0], &exec_errno, sizeof exec_errno);
  } while (n < 0 && errno == EINTR);
  ::close(report[0]);
  if (n == static_cast<ssize_t>(sizeof exec_errno)) {
    int status;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    *error = "exec " + spec.argv[0] + ": " + strerror(exec_errno);
    return 0;
  }
  return pid;
}

ExitStatus FromWaitStatus(int status) {
  ExitStatus s;
  if (WIFSIGNALED(status)) {
    s.signaled = true;
    s.code = WTERMSIG(status);
  } else {
    s.code = WEXITSTATUS(status);
  }
  return s;
}

}  // namespace

struct ProcessSupervisor::State : std::enable_shared_from_this<ProcessSupervisor::State> {
  struct Child {
    Child(ChildSpec s, const BackoffConfig& backoff_config, asio::io_context& io)
        : spec(std::move(s)), backoff(backoff_config), restart_timer(io) {}
    ChildSpec spec;
    pid_t pid = 0;
    ChildState state = ChildState::kNotStarted;
    int restarts = 0;
    std::optional<ExitStatus> last_exit;
    SteadyClock::time_point started_at;
    SteadyClock::time_point grace_from;  // start of the first-heartbeat grace (moved when the daemon was late)
    SteadyClock::time_point last_heartbeat;
    bool heartbeat_seen = false;
    bool respawn = false;  // Respawn(): start again at once when it exits, no strike
    std::string respawn_reason;
    std::string killed_because;
    Backoff backoff;
    asio::steady_timer restart_timer;
  };
  using Pending = std::vector<std::function<void()>>;

  State(asio::io_context& io_context, SupervisorOptions opts)
      : io(io_context),
        options(opts),
        intensity(opts.intensity),
        sigchld(io_context, SIGCHLD),
        watchdog(io_context),
        stop_timer(io_context),
        rng(std::random_device{}()) {}

  static void Run(Pending& pending) {
    for (auto& fn : pending) fn();
  }

  Millis TickPeriod() const {
    return std::clamp(options.heartbeat_interval / 4, Millis(10), Millis(250));
  }

  void WaitSigchld() {
    sigchld.async_wait([weak = weak_from_this()](const boost::system::error_code& ec, int) {
      auto self = weak.lock();
      if (!self || ec) return;
      Pending pending;
      {
        std::lock_guard lock(self->mu);
        if (self->shut_down) return;
        self->ReapLocked(pending);
        if (!self->idle) self->WaitSigchld();
      }
      Run(pending);
    });
  }

  void ArmWatchdog() {
    watchdog.expires_after(TickPeriod());
    watchdog.async_wait([weak = weak_from_this()](const boost::system::error_code& ec) {
      auto self = weak.lock();
      if (!self || ec) return;
      Pending pending;
      {
        std::lock_guard lock(self->mu);
        if (self->shut_down) return;
        // Reaping here too covers a SIGCHLD consumed before our handler was installed.
        self->ReapLocked(pending);
        self->CheckHeartbeatsLocked();
        if (!self->idle) self->ArmWatchdog();
      }
      Run(pending);
    });
  }

  void ReapLocked(Pending& pending) {
    for (auto& child : children) {
      if (child->pid <= 0) continue;
      int status = 0;
      const pid_t r = ::waitpid(child->pid, &status, WNOHANG);
      if (r == child->pid) {
        ExitStatus exit = FromWaitStatus(status);
        exit.killed_because = std::move(child->killed_because);
        child->killed_because.clear();
        HandleExitLocked(*child, exit, pending);
      } else if (r < 0 && errno == ECHILD) {
        // Reaped by someone else (e.g. a waitpid(-1) elsewhere in the process).
        ExitStatus exit;
        exit.killed_because = "exit status lost (reaped elsewhere)";
        HandleExitLocked(*child, exit, pending);
      }
    }
  }

  void CheckHeartbeatsLocked() {
    if (options.liveness <= 0 || stopping) return;
    const auto now = SteadyClock::now();
    const Millis allowed = options.heartbeat_interval * options.liveness;
    // This check runs every TickPeriod(). When it comes more than a heartbeat interval late,
    // the daemon itself was stalled (starved of CPU, or this thread blocked), and so perhaps
    // was the reading of heartbeats: the silence is ours, not the children's. Give each child
    // a fresh window instead of killing healthy stages for the daemon's own lateness.
    const bool daemon_was_late = last_check != SteadyClock::time_point{} &&
                                 now - last_check > options.heartbeat_interval;
    last_check = now;
    if (daemon_was_late) {
      for (auto& child : children) {
        child->last_heartbeat = std::max(child->last_heartbeat, now - options.heartbeat_interval);
        child->grace_from = std::max(child->grace_from, now - options.heartbeat_interval);
      }
      ++late_checks;
      return;
    }
    for (auto& child : children) {
      if (child->pid <= 0 || child->state != ChildState::kRunning ||
          !child->spec.expects_heartbeats || !child->killed_because.empty()) {
        continue;
      }
      const auto deadline = child->heartbeat_seen
                                ? child->last_heartbeat + allowed
                                : child->grace_from + std::max(options.start_grace, allowed);
      if (now <= deadline) continue;
      const auto silent = duration_cast<Millis>(
          now - (child->heartbeat_seen ? child->last_heartbeat : child->grace_from));
      child->killed_because =
          child->heartbeat_seen
              ? "no heartbeat for " + std::to_string(silent.count()) + " ms (liveness " +
                    std::to_string(options.liveness) + " x " +
                    std::to_string(options.heartbeat_interval.count()) + " ms)"
              : "no first heartbeat within " + std::to_string(silent.count()) +
                    " ms of starting";
      SignalGroup(child->pid, SIGKILL);
    }
  }

  void SpawnLocked(Child& child, Pending& pending) {
    std::string error;
    const pid_t pid = Spawn(child.spec, &error);
    child.started_at = SteadyClock::now();
    child.grace_from = child.started_at;
    child.heartbeat_seen = false;
    child.killed_because.clear();
    if (pid == 0) {
      // Treated like a crash at once: backoff and intensity apply, so a missing binary ends
      // in a give-up naming it instead of a tight loop.
      child.state = ChildState::kRunning;
      ExitStatus exit;
      exit.code = 127;
      exit.spawn_error = error;
      HandleExitLocked(child, exit, pending);
      return;
    }
    child.pid = pid;
    child.state = ChildState::kRunning;
    if (on_started) {
      pending.push_back([cb = on_started, spec = child.spec, pid, n = child.restarts] {
        cb(spec, pid, n);
      });
    }
  }

  // Forks on an io_context thread, never on the caller's: the children's death signal
  // (PR_SET_PDEATHSIG) follows the thread that forked them.
  void PostSpawn(Child* target) {
    asio::post(io, [weak = weak_from_this(), target] {
      auto self = weak.lock();
      if (!self) return;
      Pending pending;
      {
        std::lock_guard lock(self->mu);
        if (self->shut_down || self->stopping || self->gave_up ||
            target->state != ChildState::kNotStarted) {
          return;
        }
        self->SpawnLocked(*target, pending);
      }
      Run(pending);
    });
  }

  void GiveUpLocked(std::string reason, Pending& pending) {
    if (gave_up) return;
    gave_up = true;
    for (auto& child : children) {
      if (child->state == ChildState::kBackoff || child->state == ChildState::kNotStarted) {
        child->restart_timer.cancel();
        child->state = ChildState::kFailed;
      }
    }
    if (on_give_up) pending.push_back([cb = on_give_up, reason = std::move(reason)] { cb(reason); });
  }

  void HandleExitLocked(Child& child, const ExitStatus& exit, Pending& pending) {
    const auto now = SteadyClock::now();
    const pid_t old_pid = child.pid;
    const Millis ran_for = duration_cast<Millis>(now - child.started_at);
    child.pid = 0;
    child.last_exit = exit;
    bool will_restart = false;
    std::string give_up_reason;

    if (stopping) {
      child.state = ChildState::kStopped;
    } else if (child.respawn && !gave_up) {
      child.respawn = false;
      ExitStatus ordered = exit;
      if (ordered.killed_because.empty()) ordered.killed_because = std::move(child.respawn_reason);
      child.last_exit = ordered;
      ++child.restarts;
      if (on_exited) {
        pending.push_back([cb = on_exited, spec = child.spec, old_pid, ordered] { cb(spec, old_pid, ordered, true); });
      }
      SpawnLocked(child, pending);
      return;
    } else if (gave_up) {
      child.state = ChildState::kFailed;
    } else if (!exit.signaled && exit.code == kExitConfigError) {
      child.state = ChildState::kFailed;
      give_up_reason = "stage " + ChildLabel(child.spec) + " exited with code " +
                       std::to_string(kExitConfigError) +
                       " (configuration error): not restarting it; fix its configuration "
                       "(see its log) and start the daemon again";
    } else if (!intensity.RecordRestart(now)) {
      child.state = ChildState::kFailed;
      give_up_reason = "restart intensity exceeded: " +
                       std::to_string(intensity.RestartsInWindow(now)) + " restarts within " +
                       std::to_string(intensity.config().period.count()) + " ms (limit " +
                       std::to_string(intensity.config().max_restarts) + "); last: " +
                       ChildLabel(child.spec) + " " + exit.Describe() + " after running " +
                       std::to_string(ran_for.count()) + " ms";
    } else {
      will_restart = true;
      child.state = ChildState::kBackoff;
      const Millis delay =
          child.backoff.NextDelay(ran_for, std::uniform_real_distribution<double>(0, 1)(rng));
      child.restart_timer.expires_after(delay);
      child.restart_timer.async_wait(
          [weak = weak_from_this(), target = &child](const boost::system::error_code& ec) {
            auto self = weak.lock();
            if (!self || ec) return;
            Pending later;
            {
              std::lock_guard lock(self->mu);
              if (self->shut_down || target->state != ChildState::kBackoff) return;
              ++target->restarts;
              self->SpawnLocked(*target, later);
            }
            Run(later);
          });
    }
    if (on_exited) {
      pending.push_back([cb = on_exited, spec = child.spec, old_pid, exit, will_restart] {
        cb(spec, old_pid, exit, will_restart);
      });
    }
    if (!give_up_reason.empty()) GiveUpLocked(std::move(give_up_reason), pending);
    if (stopping) MaybeFinishStopLocked(pending);
  }

  void ArmStopTimerLocked(SteadyClock::time_point kill_at) {
    stop_timer.expires_at(kill_at);
    stop_timer.async_wait([weak = weak_from_this()](const boost::system::error_code& ec) {
      auto self = weak.lock();
      if (!self || ec) return;
      std::lock_guard lock(self->mu);
      if (self->shut_down) return;
      for (auto& child : self->children) {
        if (child->pid > 0) {
          child->killed_because = "still running at the stop deadline";
          SignalGroup(child->pid, SIGKILL);
        }
      }
    });
  }

  void MaybeFinishStopLocked(Pending& pending) {
    for (auto& child : children) {
      if (child->pid > 0) return;
    }
    stop_timer.cancel();
    idle = true;
    sigchld.cancel();
    watchdog.cancel();
    for (auto& done : stop_done) pending.push_back(std::move(done));
    stop_done.clear();
  }

  asio::io_context& io;
  const SupervisorOptions options;
  mutable std::mutex mu;
  std::vector<std::unique_ptr<Child>> children;  // stable addresses for timer handlers
  RestartIntensity intensity;
  asio::signal_set sigchld;
  asio::steady_timer watchdog;
  asio::steady_timer stop_timer;
  std::mt19937 rng;
  bool started = false;
  SteadyClock::time_point last_check{};  // of CheckHeartbeatsLocked()
  uint64_t late_checks = 0;              // checks skipped because the daemon itself was late
  bool stopping = false;
  bool gave_up = false;
  bool idle = false;       // stopped: no more waits are armed
  bool shut_down = false;  // destructor ran
  std::vector<std::function<void()>> stop_done;
  GiveUpCallback on_give_up;
  StartedCallback on_started;
  ExitedCallback on_exited;
};

ProcessSupervisor::ProcessSupervisor(asio::io_context& io, SupervisorOptions options)
    : state_(std::make_shared<State>(io, options)) {}

ProcessSupervisor::~ProcessSupervisor() {
  std::lock_guard lock(state_->mu);
  state_->shut_down = true;
  state_->sigchld.cancel();
  state_->watchdog.cancel();
  state_->stop_timer.cancel();
  for (auto& child : state_->children) {
    child->restart_timer.cancel();
    if (child->pid > 0) {
      SignalGroup(child->pid, SIGKILL);
      int status;
      while (::waitpid(child->pid, &status, 0) < 0 && errno == EINTR) {
      }
      child->pid = 0;
    }
  }
}

void ProcessSupervisor::set_on_give_up(GiveUpCallback cb) {
  std::lock_guard lock(state_->mu);
  state_->on_give_up = std::move(cb);
}

void ProcessSupervisor::set_on_child_started(StartedCallback cb) {
  std::lock_guard lock(state_->mu);
  state_->on_started = std::move(cb);
}

void ProcessSupervisor::set_on_child_exited(ExitedCallback cb) {
  std::lock_guard lock(state_->mu);
  state_->on_exited = std::move(cb);
}

Status ProcessSupervisor::Add(ChildSpec spec) {
  if (spec.name.empty()) return Status::InvalidInput("child has no name");
  if (spec.argv.empty() || spec.argv[0].empty()) {
    return Status::InvalidInput("child " + ChildLabel(spec) + " has no program to run");
  }
  std::lock_guard lock(state_->mu);
  for (const auto& child : state_->children) {
    if (child->spec.name == spec.name && child->spec.replica == spec.replica) {
      return Status::InvalidInput("child " + ChildLabel(spec) + " was added twice");
    }
  }
  state_->children.push_back(
      std::make_unique<State::Child>(std::move(spec), state_->options.backoff, state_->io));
  if (state_->started) state_->PostSpawn(state_->children.back().get());
  return Status::Ok();
}

Status ProcessSupervisor::Respawn(ChildSpec spec, const std::string& reason) {
  std::lock_guard lock(state_->mu);
  for (auto& child : state_->children) {
    if (child->spec.name != spec.name || child->spec.replica != spec.replica) continue;
    child->spec = std::move(spec);
    if (child->pid > 0 && child->state == ChildState::kRunning && !state_->stopping) {
      child->respawn = true;
      child->respawn_reason = reason;
      SignalGroup(child->pid, SIGTERM);
    }
    return Status::Ok();
  }
  return Status::NotFound("no child " + ChildLabel(spec) + " to respawn");
}

void ProcessSupervisor::Start() {
  std::lock_guard lock(state_->mu);
  if (state_->started) return;
  state_->started = true;
  state_->WaitSigchld();
  state_->ArmWatchdog();
  for (auto& child : state_->children) state_->PostSpawn(child.get());
}

bool ProcessSupervisor::NoteHeartbeat(const std::string& name, int replica, pid_t pid) {
  std::lock_guard lock(state_->mu);
  for (auto& child : state_->children) {
    if (child->spec.name == name && child->spec.replica == replica) {
      if (child->pid <= 0 || child->pid != pid) return false;
      child->last_heartbeat = SteadyClock::now();
      child->heartbeat_seen = true;
      return true;
    }
  }
  return false;
}

void ProcessSupervisor::Stop(std::chrono::milliseconds deadline, std::function<void()> done) {
  State::Pending pending;
  {
    std::lock_guard lock(state_->mu);
    if (done) state_->stop_done.push_back(std::move(done));
    const auto kill_at = SteadyClock::now() + deadline;
    if (!state_->stopping) {
      state_->stopping = true;
      for (auto& child : state_->children) {
        child->restart_timer.cancel();
        if (child->pid > 0) {
          SignalGroup(child->pid, SIGTERM);
          child->state = ChildState::kStopping;
        } else if (child->state != ChildState::kFailed) {
          child->state = ChildState::kStopped;
        }
      }
      state_->ArmStopTimerLocked(kill_at);
    } else if (kill_at < state_->stop_timer.expiry()) {
      state_->ArmStopTimerLocked(kill_at);  // a second, more urgent Stop() shortens the wait
    }
    state_->MaybeFinishStopLocked(pending);
  }
  if (!pending.empty()) {
    asio::post(state_->io, [pending = std::move(pending)]() mutable { State::Run(pending); });
  }
}

uint64_t ProcessSupervisor::late_checks() const {
  std::lock_guard lock(state_->mu);
  return state_->late_checks;
}

bool ProcessSupervisor::gave_up() const {
  std::lock_guard lock(state_->mu);
  return state_->gave_up;
}

std::vector<ChildSnapshot> ProcessSupervisor::Snapshot() const {
  std::lock_guard lock(state_->mu);
  std::vector<ChildSnapshot> out;
  const auto now = SteadyClock::now();
  for (const auto& child : state_->children) {
    ChildSnapshot s;
    s.name = child->spec.name;
    s.replica = child->spec.replica;
    s.pid = child->pid;
    s.state = child->state;
    s.restarts = child->restarts;
    s.last_exit = child->last_exit;
    if (child->pid > 0) s.uptime = duration_cast<Millis>(now - child->started_at);
    s.heartbeat_seen = child->heartbeat_seen;
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace tidings::daemon

// ProcessSupervisor: starts the daemon's stage processes, notices when they exit or stop
// sending heartbeats, restarts them with capped exponential backoff, and gives up loudly
// (OTP restart intensity) when the tree keeps crashing.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <boost/asio/io_context.hpp>

#include "daemon/restart_policy.h"
#include "tidings/status.h"

namespace tidings::daemon {

// A child exiting with this code says "my configuration is wrong; restarting me cannot
// help": it is not restarted and the supervisor gives up (sysexits.h EX_CONFIG).
inline constexpr int kExitConfigError = 78;

struct ChildSpec {
  std::string name;                 // the stage, e.g. "clean"
  int replica = 0;                  // 0..n-1 for replicas of one stage
  std::vector<std::string> argv;    // argv[0] is the program: a path, or searched in PATH
  std::vector<std::pair<std::string, std::string>> env;  // added to (or replacing in) ours
  std::string log_file;             // stdout+stderr appended here; empty = inherit ours
  bool expects_heartbeats = true;   // false: only exits are watched
  int nice = 0;                     // added to the child's niceness (setpriority) before exec
};

struct SupervisorOptions {
  BackoffConfig backoff;
  IntensityConfig intensity;
  Millis heartbeat_interval{1000};  // how often children send a heartbeat
  int liveness = 3;                 // missed intervals before a child is declared hung
                                    // (never counted while the supervisor itself ran late)
  Millis start_grace{5000};         // time a new child has before its first heartbeat is due
};

enum class ChildState {
  kNotStarted,  // added, Start() not called yet
  kRunning,     // process alive
  kBackoff,     // exited; waiting to be restarted
  kStopping,    // SIGTERM sent by Stop()
  kStopped,     // exited after Stop()
  kFailed,      // will not be restarted (config error or the supervisor gave up)
};
const char* ChildStateName(ChildState state);

// How a process ended.
struct ExitStatus {
  bool signaled = false;    // killed by a signal
  int code = 0;             // exit code, or the signal number when signaled
  std::string spawn_error;  // set when the program could not be executed at all
  std::string killed_because;  // set when the supervisor killed it (e.g. no heartbeat)
  // "exited with code 1", "killed by signal 9 (SIGKILL): no heartbeat for 3000 ms",
  // "could not be started: execve ./x: No such file or directory"
  std::string Describe() const;
};

struct ChildSnapshot {
  std::string name;
  int replica = 0;
  pid_t pid = 0;                         // 0 when not running
  ChildState state = ChildState::kNotStarted;
  int restarts = 0;                      // restarts since the supervisor started
  std::optional<ExitStatus> last_exit;   // of the previous process, when any
  std::chrono::milliseconds uptime{0};   // of the current process, 0 when not running
  bool heartbeat_seen = false;           // the current process sent at least one
};

// Children are permanent (OTP terms): any exit while the supervisor is not stopping is
// restarted, whatever the code, except kExitConfigError.
//
// Thread-safety: every public method may be called from any thread (state is guarded by a
// mutex); internal work (reaping, timers) runs on the io_context, which must outlive the
// supervisor. Callbacks run on an io_context thread without the supervisor's lock held, so
// they may call back into it (e.g. Stop() from on_give_up).
//
// Children are forked on an io_context thread, each in its own process group, and signals
// go to that group. On Linux each child gets PR_SET_PDEATHSIG=SIGKILL, so children die with
// the daemon even when it is SIGKILLed; the threads running the io_context must therefore
// live as long as the children (the death signal follows the forking thread).
//
// Destruction SIGKILLs and reaps any child still running.
class ProcessSupervisor {
 public:
  // reason names the child and the counts, e.g. "restart intensity exceeded: 6 restarts
  // within 10000 ms (limit 5); last: clean[0] exited with code 1".
  using GiveUpCallback = std::function<void(const std::string& reason)>;
  using StartedCallback = std::function<void(const ChildSpec& spec, pid_t pid, int restarts)>;
  // pid is 0 when the program could not be started at all (see ExitStatus::spawn_error).
  using ExitedCallback = std::function<void(const ChildSpec& spec, pid_t pid,
                                            const ExitStatus& status, bool will_restart)>;

  ProcessSupervisor(boost::asio::io_context& io, SupervisorOptions options);
  ~ProcessSupervisor();
  ProcessSupervisor(const ProcessSupervisor&) = delete;
  ProcessSupervisor& operator=(const ProcessSupervisor&) = delete;

  // Set before Start().
  void set_on_give_up(GiveUpCallback cb);
  void set_on_child_started(StartedCallback cb);
  void set_on_child_exited(ExitedCallback cb);

  // Adds a child; started at once (on the io_context) when the supervisor is already
  // started. InvalidInput for
  // an empty name or argv, or a (name, replica) that exists already.
  Status Add(ChildSpec spec);

  // Replaces the spec of the child (spec.name, spec.replica), e.g. with new endpoints, and
  // restarts it with it: SIGTERM to its process (`reason` noted as why it was killed), then a
  // new one at once, not counted against the restart intensity (an ordered restart, not a
  // failure). A child not running now just starts with the new spec next time. NotFound for
  // an unknown child. Thread-safe.
  Status Respawn(ChildSpec spec, const std::string& reason);

  // Starts every child added so far (the processes are forked by the io_context's thread,
  // so they run once it runs). Call once.
  void Start();

  // A heartbeat from (name, replica) sent by process `pid`. Returns false when no such child
  // runs with that pid (e.g. a late heartbeat from a process already replaced).
  bool NoteHeartbeat(const std::string& name, int replica, pid_t pid);

  // Graceful stop: no more restarts, SIGTERM to every child, SIGKILL to those still alive
  // after `deadline`; `done` runs (on the io_context) once every child has exited. Calling
  // it again adds another `done` and can only shorten the deadline (e.g. a second SIGINT).
  void Stop(std::chrono::milliseconds deadline, std::function<void()> done);

  // True after on_give_up was called (once at most).
  bool gave_up() const;
  // Liveness checks skipped because the supervisor itself ran late (its io thread was
  // stalled): silence it may have caused is not held against the children.
  uint64_t late_checks() const;

  std::vector<ChildSnapshot> Snapshot() const;

 private:
  struct State;
  std::shared_ptr<State> state_;
};

}  // namespace tidings::daemon

// tidings status: the daemon's health (GET /healthz on its loopback HTTP port), as JSON, or its
// /metrics; with --watch, a screen redrawn once a second with per-stage rates, queue depths,
// restarts, in-flight articles and recent errors (status_view.h).
#include <curl/curl.h>
#include <unistd.h>

#include <csignal>
#include <iostream>
#include <thread>

#include "commands.h"
#include "daemon_client.h"
#include "status_view.h"

namespace tidings::cli {

namespace {

volatile std::sig_atomic_t g_stop = 0;
extern "C" void OnStopSignal(int) { g_stop = 1; }

size_t Append(char* data, size_t size, size_t n, void* out) {
  static_cast<std::string*>(out)->append(data, size * n);
  return size * n;
}

// GET http://<host:port><path>; false (with the reason in *error) when nothing answered.
bool HttpGet(const std::string& url, std::string* body, long* code, std::string* error) {
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, Append);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, body);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, 5000L);
  curl_easy_setopt(curl, CURLOPT_NOPROXY, "*");
  CURLcode rc = curl_easy_perform(curl);
  *code = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, code);
  curl_easy_cleanup(curl);
  if (rc != CURLE_OK) *error = curl_easy_strerror(rc);
  return rc == CURLE_OK;
}

// One look at the daemon; the runtime file is read each time, so a restarted daemon is found.
StatusSnapshot Look(const std::string& data_dir) {
  StatusSnapshot s;
  s.at = std::chrono::steady_clock::now();
  DaemonEndpoints d;
  if (Status st = FindDaemon(data_dir, &d); !st.ok()) {
    s.problem = st.message();
    return s;
  }
  std::string health, metrics, error;
  long code = 0;
  if (!HttpGet("http://" + d.http + "/healthz", &health, &code, &error)) {
    s.problem = "pid " + std::to_string(d.pid) + " does not answer at " + d.http + ": " + error + " (restarting?)";
    return s;
  }
  s.health = nlohmann::json::parse(health, nullptr, false);
  if (HttpGet("http://" + d.http + "/metrics", &metrics, &code, &error)) s.metrics = ParsePrometheusText(metrics);
  return s;
}

int Watch(const std::string& data_dir, long count, double interval_s) {
  const bool tty = ::isatty(STDOUT_FILENO);
  std::signal(SIGINT, OnStopSignal);
  std::signal(SIGTERM, OnStopSignal);
  StatusSnapshot previous;
  bool have_previous = false;
  auto next = std::chrono::steady_clock::now();
  for (long frame = 0; !g_stop && (count <= 0 || frame < count); ++frame) {
    if (frame > 0) {
      next += std::chrono::milliseconds(static_cast<long>(interval_s * 1000));
      while (!g_stop && std::chrono::steady_clock::now() < next) std::this_thread::sleep_for(std::chrono::milliseconds(20));
      if (g_stop) break;
    }
    StatusSnapshot now = Look(data_dir);
    std::string screen = RenderStatus(now, have_previous ? &previous : nullptr);
    if (tty) {
      std::cout << "\x1b[H\x1b[2J" << screen;  // home, clear: redraw in place
    } else {
      if (frame > 0) std::cout << "----\n";  // frames one after another, separated by a line
      std::cout << screen;
    }
    std::cout.flush();
    if (now.health.is_object()) {
      previous = std::move(now);
      have_previous = true;
    }
  }
  return 0;
}

}  // namespace

void RegisterStatusCommand(CLI::App& app) {
  auto data_dir = std::make_shared<std::string>();
  auto path = std::make_shared<std::string>("/healthz");
  auto watch = std::make_shared<bool>(false);
  auto count = std::make_shared<long>(0);
  auto interval = std::make_shared<double>(1.0);
  CLI::App* cmd = app.add_subcommand("status", "Show the running daemon's health (exit 0 when healthy)");
  AddDataDirOption(cmd, data_dir.get());
  cmd->add_flag("--metrics{/metrics}", *path, "print the Prometheus metrics instead");
  cmd->add_flag("--watch", *watch,
                "redraw a screen once a second: per-stage rates, queue depths, restarts, in-flight "
                "articles, recent errors (Ctrl-C stops)");
  cmd->add_option("--count", *count, "with --watch: stop after this many screens");
  cmd->add_option("--interval", *interval, "with --watch: seconds between screens")->check(CLI::Range(0.1, 3600.0));
  cmd->callback([data_dir, path, watch, count, interval]() {
    if (*watch) {
      int rc = Watch(*data_dir, *count, *interval);
      if (rc != 0) throw CLI::RuntimeError(rc);
      return;
    }
    DaemonEndpoints d;
    Status s = FindDaemon(*data_dir, &d);
    if (!s.ok()) {
      std::cerr << "tidings status: " << s.message() << "\n";
      throw CLI::RuntimeError(2);
    }
    std::string url = "http://" + d.http + *path, body, error;
    long code = 0;
    if (!HttpGet(url, &body, &code, &error)) {
      std::cerr << "tidings status: daemon (pid " << d.pid << ") does not answer at " << url << ": " << error
                << " (stale " << d.data_dir << "/daemon.json?)\n";
      throw CLI::RuntimeError(2);
    }
    std::cout << body;
    if (!body.empty() && body.back() != '\n') std::cout << "\n";
    if (code != 200) throw CLI::RuntimeError(1);
  });
}

}  // namespace tidings::cli

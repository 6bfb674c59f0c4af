// tidings status: the daemon's health (GET /healthz on its loopback HTTP port), as JSON.
#include <curl/curl.h>

#include <iostream>

#include "commands.h"
#include "daemon_client.h"

namespace tidings::cli {

namespace {

size_t Append(char* data, size_t size, size_t n, void* out) {
  static_cast<std::string*>(out)->append(data, size * n);
  return size * n;
}

}  // namespace

void RegisterStatusCommand(CLI::App& app) {
  auto data_dir = std::make_shared<std::string>();
  auto path = std::make_shared<std::string>("/healthz");
  CLI::App* cmd = app.add_subcommand("status", "Show the running daemon's health (exit 0 when healthy)");
  AddDataDirOption(cmd, data_dir.get());
  cmd->add_flag("--metrics{/metrics}", *path, "print the Prometheus metrics instead");
  cmd->callback([data_dir, path]() {
    DaemonEndpoints d;
    Status s = FindDaemon(*data_dir, &d);
    if (!s.ok()) {
      std::cerr << "tidings status: " << s.message() << "\n";
      throw CLI::RuntimeError(2);
    }
    std::string url = "http://" + d.http + *path, body;
    CURL* curl = curl_easy_init();
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, Append);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, 5000L);
    curl_easy_setopt(curl, CURLOPT_NOPROXY, "*");
    CURLcode rc = curl_easy_perform(curl);
    long code = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
    curl_easy_cleanup(curl);
    if (rc != CURLE_OK) {
      std::cerr << "tidings status: daemon (pid " << d.pid << ") does not answer at " << url << ": "
                << curl_easy_strerror(rc) << " (stale " << d.data_dir << "/daemon.json?)\n";
      throw CLI::RuntimeError(2);
    }
    std::cout << body;
    if (!body.empty() && body.back() != '\n') std::cout << "\n";
    if (code != 200) throw CLI::RuntimeError(1);
  });
}

}  // namespace tidings::cli

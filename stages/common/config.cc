#include "tidings/config.h"

#include <toml++/toml.h>
#include <zmq.h>

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <sstream>

namespace tidings {

DaemonConfig DefaultDaemonConfig() {
  DaemonConfig c;
  for (const char* name : {"fetch", "clean", "extract", "store"}) {
    StageConfig s;
    s.name = name;
    s.replicas_auto = s.name == "clean" || s.name == "extract";
    // Every stage at the daemon's own niceness. Clean at nice 10 (short tasks first) was
    // measured worse on 2 cores: each preemption stretches the page clean holds, the next
    // pages queue behind it, and the switches cost CPU (p99 acceptance -> stored 35 -> 26 ms,
    // 8.7 -> 7.1 ms CPU per article, README "Benchmarks").
    c.stages.push_back(s);
  }
  return c;
}

int AutoReplicas(const std::string& stage, int cores) {
  cores = std::max(cores, 1);
  if (stage == "clean") return std::min(cores, 64);
  if (stage == "extract") return std::max(1, std::min(cores / 4, 64));
  return 1;
}

void ResolveAutoReplicas(DaemonConfig* config, int cores) {
  for (auto& stage : config->stages) {
    if (stage.replicas_auto) stage.replicas = AutoReplicas(stage.name, cores);
    stage.replicas_auto = false;
  }
}

namespace {

// Reads typed values and reports keys nobody asked for.
class TableReader {
 public:
  TableReader(const toml::table& table, std::string path, std::vector<std::string>* errors)
      : table_(table), path_(std::move(path)), errors_(errors) {}

  template <typename T>
  void Get(const char* key, T* out) {
    seen_.insert(key);
    const toml::node* node = table_.get(key);
    if (node == nullptr) return;
    if constexpr (std::is_same_v<T, std::string>) {
      if (auto v = node->value<std::string>()) { *out = *v; return; }
    } else if constexpr (std::is_same_v<T, bool>) {
      if (auto v = node->value<bool>()) { *out = *v; return; }
    } else {
      if (auto v = node->value<int64_t>()) {
        if (*v < 0) {
          errors_->push_back(fmt::format("{}{}: must not be negative", Prefix(), key));
          return;
        }
        *out = static_cast<T>(*v);
        return;
      }
    }
    errors_->push_back(fmt::format("{}{}: wrong type", Prefix(), key));
  }

  void GetStrings(const char* key, std::vector<std::string>* out) {
    seen_.insert(key);
    const toml::node* node = table_.get(key);
    if (node == nullptr) return;
    const toml::array* arr = node->as_array();
    if (arr == nullptr) {
      errors_->push_back(fmt::format("{}{}: must be an array of strings", Prefix(), key));
      return;
    }
    out->clear();
    for (const auto& el : *arr) {
      if (auto v = el.value<std::string>()) out->push_back(*v);
      else errors_->push_back(fmt::format("{}{}: must be an array of strings", Prefix(), key));
    }
  }

  const toml::table* Table(const char* key) {
    seen_.insert(key);
    const toml::node* node = table_.get(key);
    if (node == nullptr) return nullptr;
    if (!node->is_table()) {
      errors_->push_back(fmt::format("{}{}: must be a table", Prefix(), key));
      return nullptr;
    }
    return node->as_table();
  }

  const toml::array* Array(const char* key) {
    seen_.insert(key);
    const toml::node* node = table_.get(key);
    if (node == nullptr) return nullptr;
    if (!node->is_array()) {
      errors_->push_back(fmt::format("{}{}: must be an array of tables ([[{}]])", Prefix(), key, key));
      return nullptr;
    }
    return node->as_array();
  }

  // Marks `key` as read (its value was handled by the caller).
  void Skip(const char* key) { seen_.insert(key); }

  void RejectUnknown() {
    for (const auto& [k, v] : table_) {
      if (!seen_.count(std::string(k.str()))) {
        errors_->push_back(fmt::format("unknown key {}{}", Prefix(), k.str()));
      }
    }
  }

 private:
  std::string Prefix() const { return path_.empty() ? "" : path_ + "."; }
  const toml::table& table_;
  std::string path_;
  std::vector<std::string>* errors_;
  std::set<std::string> seen_;
};

// [fetch]: every key optional; limits that would stall or flood the crawler are errors.
void ApplyFetch(const toml::table& t, FetchConfig* f, std::vector<std::string>* errors) {
  TableReader r(t, "fetch", errors);
  r.Get("max_in_flight", &f->max_in_flight);
  r.Get("per_host", &f->per_host);
  r.Get("host_delay_ms", &f->host_delay_ms);
  r.Get("robots", &f->robots);
  r.Get("user_agent", &f->user_agent);
  r.Get("connect_timeout_ms", &f->connect_timeout_ms);
  r.Get("timeout_ms", &f->timeout_ms);
  r.Get("deadline_s", &f->deadline_s);
  r.Get("max_bytes", &f->max_bytes);
  r.Get("max_redirects", &f->max_redirects);
  r.Get("max_attempts", &f->max_attempts);
  r.Get("retry_base_ms", &f->retry_base_ms);
  r.Get("max_queued", &f->max_queued);
  r.Get("seen_ttl_s", &f->seen_ttl_s);
  r.RejectUnknown();
  auto at_least = [errors](int value, int min, const char* key) {
    if (value < min) errors->push_back(fmt::format("fetch.{}: must be at least {}", key, min));
  };
  at_least(f->max_in_flight, 1, "max_in_flight");
  at_least(f->per_host, 1, "per_host");
  at_least(f->connect_timeout_ms, 1, "connect_timeout_ms");
  at_least(f->timeout_ms, 1, "timeout_ms");
  at_least(f->deadline_s, 1, "deadline_s");
  at_least(f->max_attempts, 1, "max_attempts");
  at_least(f->max_queued, 1, "max_queued");
  if (f->max_bytes < 1) errors->push_back("fetch.max_bytes: must be at least 1");
  if (f->user_agent.empty()) errors->push_back("fetch.user_agent: must not be empty");
}

// [[feeds]]: url required (http or https, each once), interval_s at least 1.
void ApplyFeeds(const toml::array& feeds, DaemonConfig* c, std::vector<std::string>* errors) {
  c->feeds.clear();
  for (size_t i = 0; i < feeds.size(); ++i) {
    const std::string path = fmt::format("feeds[{}]", i);
    const toml::table* t = feeds[i].as_table();
    if (t == nullptr) {
      errors->push_back(path + ": must be a table with at least url = \"...\"");
      continue;
    }
    FeedConfig f;
    TableReader r(*t, path, errors);
    r.Get("url", &f.url);
    r.Get("interval_s", &f.interval_s);
    r.Get("source", &f.source);
    r.Get("language", &f.language);
    r.RejectUnknown();
    if (f.url.empty()) {
      errors->push_back(path + ".url: required (the feed's http or https URL)");
    } else if (f.url.rfind("http://", 0) != 0 && f.url.rfind("https://", 0) != 0) {
      errors->push_back(fmt::format("{}.url: '{}' is not an http or https URL", path, f.url));
    }
    if (f.interval_s < 1) errors->push_back(path + ".interval_s: must be at least 1 (seconds)");
    for (size_t k = 0; k < c->feeds.size(); ++k) {
      if (!f.url.empty() && c->feeds[k].url == f.url) {
        errors->push_back(fmt::format("{}.url: '{}' is already feeds[{}]", path, f.url, k));
      }
    }
    c->feeds.push_back(std::move(f));
  }
}

Status Apply(const toml::table& root, const std::string& origin, DaemonConfig* c) {
  std::vector<std::string> errors;
  TableReader top(root, "", &errors);
  top.Get("data_dir", &c->data_dir);
  top.Get("log_level", &c->log_level);
  if (const auto* t = top.Table("inbound")) {
    TableReader r(*t, "inbound", &errors);
    r.Get("push", &c->push_endpoint);
    r.Get("ack", &c->ack_endpoint);
    r.RejectUnknown();
  }
  if (const auto* t = top.Table("outbound")) {
    TableReader r(*t, "outbound", &errors);
    r.Get("publish", &c->publish_endpoint);
    r.RejectUnknown();
  }
  if (const auto* t = top.Table("http")) {
    TableReader r(*t, "http", &errors);
    r.Get("listen", &c->http_listen);
    r.RejectUnknown();
  }
  if (const auto* t = top.Table("hops")) {
    TableReader r(*t, "hops", &errors);
    r.Get("bind", &c->hop_bind);
    for (const auto& [k, v] : *t) {
      std::string key(k.str());
      if (key == "bind") continue;
      std::string value;
      r.Get(key.c_str(), &value);
      c->hop_endpoints[key] = value;
    }
    r.RejectUnknown();
  }
  if (const auto* t = top.Table("limits")) {
    TableReader r(*t, "limits", &errors);
    r.Get("max_article_bytes", &c->max_article_bytes);
    r.Get("max_frame_bytes", &c->max_frame_bytes);
    r.Get("hop_hwm", &c->hop_hwm);
    r.Get("max_in_flight", &c->max_in_flight);
    r.Get("busy_retry_ms", &c->busy_retry_ms);
    r.Get("max_in_flight_bytes", &c->max_in_flight_bytes);
    r.RejectUnknown();
  }
  if (const auto* t = top.Table("supervision")) {
    TableReader r(*t, "supervision", &errors);
    r.Get("heartbeat_interval_ms", &c->heartbeat_interval_ms);
    r.Get("liveness", &c->liveness);
    r.Get("start_grace_ms", &c->start_grace_ms);
    r.Get("backoff_initial_ms", &c->backoff_initial_ms);
    r.Get("backoff_max_ms", &c->backoff_max_ms);
    r.Get("stable_after_s", &c->stable_after_s);
    r.Get("intensity_restarts", &c->intensity_restarts);
    r.Get("intensity_window_s", &c->intensity_window_s);
    r.Get("drain_deadline_ms", &c->drain_deadline_ms);
    r.RejectUnknown();
  }
  if (const auto* t = top.Table("replay")) {
    TableReader r(*t, "replay", &errors);
    r.Get("timeout_s", &c->replay_timeout_s);
    r.Get("max_attempts", &c->max_attempts);
    r.Get("max_deliveries", &c->max_deliveries);
    r.RejectUnknown();
  }
  if (const auto* t = top.Table("journal")) {
    TableReader r(*t, "journal", &errors);
    r.Get("retention_s", &c->journal_retention_s);
    r.Get("forget_after_s", &c->journal_forget_after_s);
    r.Get("compact_interval_s", &c->journal_compact_interval_s);
    r.Get("retention_bytes", &c->journal_retention_bytes);
    r.Get("codec", &c->journal_codec);
    r.RejectUnknown();
  }
  if (const auto* t = top.Table("cluster")) {
    TableReader r(*t, "cluster", &errors);
    r.Get("listen", &c->cluster_listen);
    r.Get("join", &c->cluster_join);
    r.Get("name", &c->cluster_name);
    r.RejectUnknown();
  }
  if (const auto* t = top.Table("store")) {
    TableReader r(*t, "store", &errors);
    r.Get("backend", &c->store_backend);
    r.Get("url", &c->store_url);
    r.RejectUnknown();
  }
  if (const auto* t = top.Table("security")) {
    TableReader r(*t, "security", &errors);
    r.Get("curve_secret_key", &c->curve_secret_key);
    r.Get("curve_public_key", &c->curve_public_key);
    r.GetStrings("curve_allowed_clients", &c->curve_allowed_clients);
    r.Get("curve_allow_any_client", &c->curve_allow_any_client);
    r.RejectUnknown();
  }
  if (const auto* t = top.Table("fetch")) ApplyFetch(*t, &c->fetch, &errors);
  if (const auto* t = top.Table("stages")) {
    TableReader r(*t, "stages", &errors);
    for (auto& stage : c->stages) {
      if (const auto* st = r.Table(stage.name.c_str())) {
        TableReader sr(*st, "stages." + stage.name, &errors);
        if (const toml::node* n = st->get("replicas"); n != nullptr && n->is_string()) {
          // replicas = "auto": sized to the cores when the daemon starts.
          if (n->value<std::string>() == "auto") stage.replicas_auto = true;
          else errors.push_back("stages." + stage.name + ".replicas: a number or \"auto\"");
          sr.Skip("replicas");
        } else {
          if (st->get("replicas") != nullptr) stage.replicas_auto = false;
          sr.Get("replicas", &stage.replicas);
        }
        sr.Get("executable", &stage.executable);
        sr.GetStrings("args", &stage.args);
        sr.Get("remote", &stage.remote);
        sr.Get("nice", &stage.nice);
        sr.RejectUnknown();
      }
    }
    r.RejectUnknown();
  }
  if (const auto* feeds = top.Array("feeds")) ApplyFeeds(*feeds, c, &errors);
  top.RejectUnknown();

  for (const auto& stage : c->stages) {
    if (stage.replicas < 0 || stage.replicas > 64) {
      errors.push_back(fmt::format("stages.{}.replicas: must be 0..64", stage.name));
    }
    if (stage.nice < 0 || stage.nice > 19) {
      errors.push_back(fmt::format("stages.{}.nice: must be 0..19 (0 runs as the daemon does)", stage.name));
    }
    if (stage.name == "store" && stage.replicas > 1) {
      errors.push_back("stages.store.replicas: the store is a single writer; use 1");
    }
  }
  if (c->max_in_flight < 1) errors.push_back("limits.max_in_flight: must be at least 1");
  if (c->heartbeat_interval_ms < 10) errors.push_back("supervision.heartbeat_interval_ms: at least 10");
  if (c->max_attempts < 1) errors.push_back("replay.max_attempts: must be at least 1");
  if (c->max_deliveries < 1) errors.push_back("replay.max_deliveries: must be at least 1");
  if (c->journal_compact_interval_s < 1) errors.push_back("journal.compact_interval_s: at least 1");
  if (!c->cluster_listen.empty() && !c->cluster_join.empty()) {
    errors.push_back("cluster: a daemon either listens (main) or joins (worker), not both");
  }
  if (c->journal_codec != "lz4" && c->journal_codec != "zstd" && c->journal_codec != "none") {
    errors.push_back("journal.codec: must be \"lz4\", \"zstd\" or \"none\", not \"" + c->journal_codec + "\"");
  }
  if (c->store_backend != "sqlite" && c->store_backend != "postgresql") {
    errors.push_back("store.backend: must be \"sqlite\" or \"postgresql\", not \"" + c->store_backend + "\"");
  } else if (c->store_backend == "postgresql" && c->store_url.empty()) {
    errors.push_back("store.url: the postgresql backend needs a URL, e.g. \"postgresql://user@host:5432/db\"");
  }
  if (Status cs = ValidateCurveConfig(*c); !cs.ok()) errors.push_back(cs.message());
  if (errors.empty()) return Status::Ok();
  std::ostringstream msg;
  msg << origin << ": ";
  for (size_t i = 0; i < errors.size(); ++i) msg << (i ? "; " : "") << errors[i];
  return Status::Config(msg.str());
}

}  // namespace

Status ParseDaemonConfig(const std::string& text, const std::string& origin, DaemonConfig* config) {
  try {
    toml::table root = toml::parse(text, origin);
    return Apply(root, origin, config);
  } catch (const toml::parse_error& e) {
    std::ostringstream msg;
    msg << origin << ":" << e.source().begin.line << ":" << e.source().begin.column << ": "
        << e.description();
    return Status::Config(msg.str());
  }
}

Status LoadDaemonConfig(const std::string& path, DaemonConfig* config) {
  try {
    toml::table root = toml::parse_file(path);
    return Apply(root, path, config);
  } catch (const toml::parse_error& e) {
    std::ostringstream msg;
    msg << path << ":" << e.source().begin.line << ":" << e.source().begin.column << ": "
        << e.description();
    return Status::Config(msg.str());
  }
}

Status ValidateCurveConfig(const DaemonConfig& c) {
  const bool any_key = !c.curve_secret_key.empty() || !c.curve_public_key.empty() ||
                       !c.curve_allowed_clients.empty() || c.curve_allow_any_client;
  if (!any_key) return Status::Ok();
  auto decodes = [](const std::string& z85) {
    uint8_t raw[32];
    return z85.size() == 40 && zmq_z85_decode(raw, z85.c_str()) != nullptr;
  };
  if (!zmq_has("curve")) {
    return Status::Config("security: this libzmq was built without CURVE support (zmq_has(\"curve\") is false)");
  }
  if (!decodes(c.curve_secret_key) || !decodes(c.curve_public_key)) {
    return Status::Config(
        "security.curve_secret_key and security.curve_public_key must both be set to 40-character "
        "Z85 keys (run `tidings keygen --prefix curve_` and copy its two lines)");
  }
  char derived[41];
  if (zmq_curve_public(derived, c.curve_secret_key.c_str()) != 0 || c.curve_public_key != derived) {
    return Status::Config("security.curve_public_key does not belong to security.curve_secret_key");
  }
  for (const auto& k : c.curve_allowed_clients) {
    if (!decodes(k)) {
      return Status::Config("security.curve_allowed_clients: '" + k +
                            "' is not a 40-character Z85 public key");
    }
  }
  if (c.curve_allowed_clients.empty() && !c.curve_allow_any_client && c.cluster_join.empty()) {
    return Status::Config(
        "security: list the client public keys to serve in curve_allowed_clients, or set "
        "curve_allow_any_client = true to serve any client that has a key pair");
  }
  return Status::Ok();
}

std::vector<std::string> FetchStageArgs(const FetchConfig& f) {
  return {"--max-in-flight", std::to_string(f.max_in_flight),
          "--per-host", std::to_string(f.per_host),
          "--host-delay-ms", std::to_string(f.host_delay_ms),
          "--robots", f.robots ? "true" : "false",
          "--user-agent", f.user_agent,
          "--connect-timeout-ms", std::to_string(f.connect_timeout_ms),
          "--timeout-ms", std::to_string(f.timeout_ms),
          "--deadline-s", std::to_string(f.deadline_s),
          "--max-bytes", std::to_string(f.max_bytes),
          "--max-redirects", std::to_string(f.max_redirects),
          "--max-attempts", std::to_string(f.max_attempts),
          "--retry-base-ms", std::to_string(f.retry_base_ms),
          "--max-queued", std::to_string(f.max_queued),
          "--seen-ttl-s", std::to_string(f.seen_ttl_s)};
}

void ResolveHopBind(DaemonConfig* config, const std::string& data_dir) {
  if (!config->hop_bind.empty()) return;
  // sockaddr_un holds 108 bytes; the longest hop file name is "extract.out".
  constexpr size_t kLongestHopFile = sizeof("/hops/extract.out");
  const bool fits = !data_dir.empty() && data_dir.front() == '/' && data_dir.size() + kLongestHopFile < 100;
  config->hop_bind = config->cluster_listen.empty() && fits ? "ipc://" + data_dir + "/hops/*" : "tcp://127.0.0.1:*";
}

std::string HopBindEndpoint(const std::string& bind, const std::string& hop) {
  if (bind.rfind("ipc://", 0) == 0 && bind.size() > 8 && bind.ends_with("/*")) {
    return bind.substr(0, bind.size() - 1) + hop;
  }
  return bind;
}

bool IsLoopbackEndpoint(const std::string& ep) {
  if (ep.rfind("ipc://", 0) == 0 || ep.rfind("inproc://", 0) == 0) return true;
  if (ep.rfind("tcp://", 0) != 0) return false;
  std::string host = ep.substr(6);
  if (host.rfind("127.", 0) == 0 || host.rfind("localhost:", 0) == 0 ||
      host.rfind("[::1]:", 0) == 0) {
    return true;
  }
  return false;
}

}  // namespace tidings

// The daemon's configuration: one TOML file, every key optional. With no file, the embedded
// defaults give a working service on loopback with its data under ./tidings-data.
// The README documents every key; `tidingsd --print-config` prints the effective values.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "tidings/status.h"

namespace tidings {

// The User-Agent of every request the fetch stage makes; its product token ("tidings") is
// what robots.txt groups are matched against.
inline constexpr const char* kDefaultFetchUserAgent =
    "tidings/0.1 (news event coder; +https://github.com/tidings/tidings)";

// [fetch]: the fetch stage's crawler. The daemon passes these to tidings-fetch as arguments
// (FetchStageArgs).
struct FetchConfig {
  int max_in_flight = 64;           // transfers on the network at once, per fetch process
  int per_host = 2;                 // transfers to one host at once
  int host_delay_ms = 1000;         // minimum gap between two requests to one host
  bool robots = true;               // obey robots.txt (Disallow/Allow, Crawl-delay)
  std::string user_agent = kDefaultFetchUserAgent;
  int connect_timeout_ms = 10000;
  int timeout_ms = 30000;           // one transfer
  int deadline_s = 300;             // one article: waits, retries and redirects included
  uint64_t max_bytes = 16ull << 20; // decoded body, cut while streaming
  int max_redirects = 5;
  int max_attempts = 4;             // transfers of one URL when failures are transient
  int retry_base_ms = 2000;         // backoff before the 2nd attempt, doubling, with jitter
  int max_queued = 256;             // articles one fetch process holds (waiting or downloading)
  int seen_ttl_s = 30 * 24 * 3600;  // a fetched URL is a duplicate for this long
};

// The tidings-fetch options for `fetch` ("--max-in-flight", "64", ...).
std::vector<std::string> FetchStageArgs(const FetchConfig& fetch);

struct StageConfig {
  std::string name;                 // fetch, clean, extract, store
  int replicas = 1;
  std::string executable;           // empty: tidings-<name> beside tidingsd
  std::vector<std::string> args;    // extra arguments (e.g. dictionary files for extract)
  bool remote = false;              // true: started elsewhere; the daemon only binds its hops
  bool replicas_auto = false;       // replicas = "auto": sized to the cores (ResolveAutoReplicas)
  int nice = 0;                     // CPU niceness added to its replicas', 0..19
};

// One [[feeds]] entry: a feed the fetch stage polls.
struct FeedConfig {
  std::string url;                  // required; http(s)
  int interval_s = 300;             // poll period, at least 1
  std::string source;               // publisher name given to its articles
  std::string language;             // optional hint ("en")
};

struct DaemonConfig {
  std::string data_dir;             // empty: ResolveDataDir()
  // Client-facing endpoints (ZeroMQ).
  std::string push_endpoint = "tcp://127.0.0.1:7410";     // PULL, fire-and-forget Articles
  std::string ack_endpoint = "tcp://127.0.0.1:7411";      // ROUTER, Article -> Ack
  std::string publish_endpoint = "tcp://127.0.0.1:7412";  // PUB, [topic][Event]
  std::string http_listen = "127.0.0.1:7413";             // /healthz, /metrics
  // Internal hops and the control channel: bound by the daemon, stages connect. "*" port means
  // ephemeral; remote stages need fixed tcp endpoints here. "ipc://DIR/*" binds one unix socket
  // per hop in DIR, named after the hop. Empty: ResolveHopBind() picks.
  std::string hop_bind;
  std::map<std::string, std::string> hop_endpoints;  // "<stage>.in"/"<stage>.out"/"control" -> endpoint

  std::vector<StageConfig> stages;  // pipeline order: fetch, clean, extract, store
  std::vector<FeedConfig> feeds;    // [[feeds]]: synced into <data dir>/feeds.sqlite

  // Limits.
  uint64_t max_article_bytes = 32ull << 20;   // larger articles are rejected with a reason
  uint64_t max_frame_bytes = 256ull << 20;    // ZMQ_MAXMSGSIZE on client sockets
  int hop_hwm = 1000;                         // per-hop high-water mark (messages)
  int max_in_flight = 2000;                   // accepted but not completed; beyond: "busy"
  uint32_t busy_retry_ms = 200;
  // Bytes of the articles in flight (as accepted); beyond: "busy". Bounds the daemon's memory
  // whatever the size of the articles.
  uint64_t max_in_flight_bytes = 256ull << 20;

  // Supervision.
  int heartbeat_interval_ms = 1000;
  int liveness = 3;                  // missed heartbeats before a stage is restarted
  int start_grace_ms = 10000;        // time a new stage gets before its first heartbeat
  int backoff_initial_ms = 100;
  int backoff_max_ms = 10000;
  int stable_after_s = 30;           // a run this long resets the backoff
  int intensity_restarts = 10;       // more than this many restarts ...
  int intensity_window_s = 60;       // ... within this window stops the daemon
  int drain_deadline_ms = 10000;     // graceful shutdown: time to finish in-flight articles

  // Replay of acknowledged articles.
  int replay_timeout_s = 60;         // stuck this long at one stage: re-injected (InFlightTable)
  // Failed attempts (the article was being processed by a stage process that crashed, hung or
  // was killed, or it timed out) before it is set aside as a dead letter (poison input).
  // Articles merely re-injected because a stage restarted do not count.
  int max_attempts = 3;
  // Deliveries of any kind (first one and every re-injection) before an article is set aside
  // anyway: the guarantee that nothing is retried forever.
  int max_deliveries = 25;

  // Journal compaction: payloads of completed entries are dropped after `retention_s` (0: in
  // the completion's own transaction, so their pages serve the next articles and the file
  // does not grow with the traffic; the store has the article by then); their ids are
  // forgotten after `forget_after_s` (0 = remembered forever, so a re-sent article is always
  // a duplicate). Checked every `compact_interval_s`.
  int journal_retention_s = 0;
  int journal_forget_after_s = 30 * 24 * 3600;
  int journal_compact_interval_s = 60;
  // Payloads kept in the journal in all: beyond, those of the oldest completed (or dead)
  // entries are dropped whatever their age. 0 = no bound.
  uint64_t journal_retention_bytes = 1ull << 30;
  // How new payloads are compressed in their segment files: "none" (the default: a page
  // costs one write, where LZ4 took ~0.3 ms of the daemon's CPU for a 200 KB page), "lz4"
  // (~3.4x fewer bytes on disk) or "zstd" (level 1: ~4.9x, for disk-bound hosts). Entries
  // already journaled are read with the codec they were written with.
  std::string journal_codec = "none";

  // Cluster mode. A main daemon with `cluster_listen` hands its hop endpoints (and its CURVE
  // server key when the hops leave the host) to worker daemons; a worker daemon with
  // `cluster_join` runs and supervises its own [stages.X] replicas, connected to the main
  // daemon's hops. `cluster_name` names a worker (default: its host name).
  std::string cluster_listen;
  std::string cluster_join;
  std::string cluster_name;

  // ZeroMQ CURVE on the client-facing sockets (inbound.push, inbound.ack, outbound.publish).
  // Required as soon as one of them binds beyond loopback; applied whenever configured.
  // Keys are Z85 text (40 characters), as printed by `tidings keygen`.
  std::string curve_secret_key;                 // the daemon's secret key
  std::string curve_public_key;                 // its public key (given to clients)
  std::vector<std::string> curve_allowed_clients;  // client public keys served
  bool curve_allow_any_client = false;          // true: any client with a key pair is served
  bool CurveEnabled() const { return !curve_secret_key.empty(); }

  std::string log_level = "info";

  FetchConfig fetch;                // [fetch]
  // [store]: where the store stage keeps articles and events. "sqlite" (the file
  // <data dir>/events.sqlite) or "postgresql" (the database at store_url, a libpq URL or
  // key=value conninfo; a password may also come from PGPASSWORD or ~/.pgpass).
  std::string store_backend = "sqlite";
  std::string store_url;
};

// Embedded defaults (four stages; clean and extract with replicas = "auto", fetch and store one).
DaemonConfig DefaultDaemonConfig();

// Replicas of a stage for "auto" on a machine with `cores` cores: clean (the costliest stage
// per article) one per core, extract one per four cores, others one. Explicit counts stay.
int AutoReplicas(const std::string& stage, int cores);
void ResolveAutoReplicas(DaemonConfig* config, int cores);

// Reads a TOML file over the defaults. Unknown keys are errors (a typo must not be ignored).
Status LoadDaemonConfig(const std::string& path, DaemonConfig* config);
// Same, from TOML text (for tests).
Status ParseDaemonConfig(const std::string& toml_text, const std::string& origin, DaemonConfig* config);

// Checks the [security] keys: both keys valid Z85 and a matching pair, every allowed client key
// valid, and at least one way for clients to be served. Ok when CURVE is not configured.
Status ValidateCurveConfig(const DaemonConfig& config);

// Fills an empty hop_bind: unix sockets in <data_dir>/hops ("ipc://.../*") when no
// [cluster] listen is set and the path fits a socket address, else "tcp://127.0.0.1:*" (workers
// on other hosts connect to tcp hops). Unix sockets cost less per message than loopback tcp.
void ResolveHopBind(DaemonConfig* config, const std::string& data_dir);

// The endpoint a hop binds for `bind`: "ipc://DIR/*" becomes "ipc://DIR/<hop>" (each hop
// needs its own socket file); any other endpoint is returned unchanged.
std::string HopBindEndpoint(const std::string& bind, const std::string& hop);

// True when the endpoint is loopback-only (tcp://127.x, tcp://localhost, tcp://[::1], ipc://, inproc://).
bool IsLoopbackEndpoint(const std::string& endpoint);

}  // namespace tidings

// e2e_bench: the whole pipeline at the speed of its slowest stage. Starts a real tidingsd on
// the default configuration (only the endpoints moved to ephemeral loopback ports, data in a
// temporary directory) and pushes real news HTML (the article-extraction dev pages, each
// round with its digits permuted so that no copy is a near-duplicate of another) as bare
// tidings.v1.Article messages on the PUSH socket, as a client would:
//
//   flat out    N articles as fast as the socket takes them; articles/s completed in the
//               store, CPU milliseconds per article of every process (from /proc), the
//               daemon's RSS and the data directory's size
//   paced       open loop at R articles/s (default: half the flat-out rate) for S seconds;
//               p50/p99/p999 of push -> publish latency per article (the first event of each
//               article as a subscriber receives it, against the time it was due to be sent)
//               and of acceptance -> stored (the daemon's histogram, and exact from its
//               /debug/latency with where the time went per stage: wait, processing, its CPU)
//   clean alone `tidings clean` on the same pages written to files (median of three runs),
//               pages/s, and the ratio flat-out articles/s : clean-alone pages/s
//
//   soak        (--soak S) the burst, then half its rate for S seconds; prints the peaks of
//               the daemon's RSS and of the data directory over both, stage restarts, the
//               latency quantiles and the completed count (no clean-alone run)
//
//   build/bin/e2e_bench [--articles N] [--rate R] [--seconds S] [--soak S] [--slowest N] [--pages DIR] [--toml EXTRA]
// --articles 0 skips the flat-out run (then --rate is needed). TIDINGS_BIN_DIR=DIR runs the
// binaries of another build (e.g. a saved one, for before/after figures).
#include <fmt/format.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <random>
#include <regex>
#include <sstream>
#include <thread>

#include "daemon_harness.h"
#include "steal_sampler.h"
#include "tidings/allocator.h"
#include "tidings/wire.h"

using namespace tidings::testing;
using namespace std::chrono_literals;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Options {
  size_t articles = 2400;
  double rate = 0;  // 0: half the flat-out rate
  int seconds = 30;
  fs::path pages = SharedDir() / "corpora" / "article-extraction" / "dev" / "html";
  std::string toml;
  bool soak = false;  // --soak S: burst, then half the burst rate for S seconds, and a verdict
  int slowest = 3;    // --slowest N: the paced run's N slowest articles, with their breakdown
};

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Page `page` of round `round`: every digit outside tags and character references replaced
// through a permutation of 0-9 chosen by the round, so copies differ in their numbers (the
// cleaner's near-duplicate check requires equal numbers) while the markup stays valid.
std::string VaryPage(const std::string& html, size_t round) {
  if (round == 0) return html;
  std::array<char, 10> perm{'0', '1', '2', '3', '4', '5', '6', '7', '8', '9'};
  std::mt19937 rng(static_cast<unsigned>(round) * 7919u);
  while (true) {
    std::shuffle(perm.begin(), perm.end(), rng);
    bool moves_all = true;
    for (int d = 0; d < 10; ++d) moves_all = moves_all && perm[d] != '0' + d;
    if (moves_all) break;
  }
  std::string out = html;
  bool in_tag = false, in_ref = false;
  for (char& c : out) {
    if (c == '<') in_tag = true;
    else if (c == '>') in_tag = false;
    else if (c == '&') in_ref = true;
    else if (in_ref && (c == ';' || c == ' ' || c == '<')) in_ref = false;
    else if (!in_tag && !in_ref && c >= '0' && c <= '9') c = perm[c - '0'];
  }
  return out;
}

struct Corpus {
  std::vector<std::string> names;
  std::vector<std::string> pages;
};

Corpus LoadPages(const fs::path& dir) {
  Corpus c;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".html") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    c.names.push_back(f.stem().string());
    c.pages.push_back(ReadFile(f));
  }
  return c;
}

tidings::v1::Article MakeArticle(const Corpus& c, size_t i, const std::string& run) {
  const size_t n = c.pages.size();
  tidings::v1::Article a;
  a.set_id(run + "-" + std::to_string(i));
  a.set_url("https://bench.example/" + std::to_string(i / n) + "/" + c.names[i % n]);
  a.set_html(VaryPage(c.pages[i % n], i / n));
  return a;
}

// utime + stime of a process, in seconds.
// A message that points at `bytes` instead of copying them, as pyzmq sends frames over 64 KB:
// `bytes` must stay unchanged until the daemon has completed the article (ZeroMQ's I/O thread
// reads it after send() returns).
zmq::message_t ZeroCopy(std::string& bytes) { return zmq::message_t(bytes.data(), bytes.size(), nullptr, nullptr); }

// utime + stime of a process, in seconds, and its minor page faults (on this machine a fault
// on fresh memory costs ~13 us, so they tell how much of the CPU went to touching new pages).
struct ProcessCpu {
  double seconds = 0;
  double minor_faults = 0;
};

ProcessCpu ProcessCpuOf(pid_t pid) {
  std::string stat = ReadFile("/proc/" + std::to_string(pid) + "/stat");
  auto close = stat.rfind(')');
  if (close == std::string::npos) return {};
  std::istringstream in(stat.substr(close + 2));
  std::string field;
  ProcessCpu cpu;
  double ticks = 0;
  for (int i = 3; i <= 15 && in >> field; ++i) {
    if (i == 10) cpu.minor_faults = std::stod(field);
    if (i == 14 || i == 15) ticks += std::stod(field);
  }
  cpu.seconds = ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
  return cpu;
}

double SelfCpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
}

// The machine's load averages (1, 5, 15 min), printed with every phase: on a shared machine
// the figures mean little without them.
std::string LoadAverage() {
  std::istringstream in(ReadFile("/proc/loadavg"));
  std::string one, five, fifteen;
  in >> one >> five >> fifteen;
  return one + " " + five + " " + fifteen;
}

// Every process of the pipeline: "tidingsd" and "<stage>[<replica>]" -> pid.
std::map<std::string, pid_t> Processes(const DaemonUnderTest& d) {
  std::map<std::string, pid_t> out{{"tidingsd", d.pid()}};
  auto h = d.Health();
  if (h.is_object() && h.contains("stages")) {
    for (const auto& s : h["stages"]) {
      if (s.value("pid", 0) > 0 && s.value("host", "") == "") {
        out[s.value("stage", "") + "[" + std::to_string(s.value("replica", 0)) + "]"] = s.value("pid", 0);
      }
    }
  }
  return out;
}

uint64_t Completed(const DaemonUnderTest& d) {
  auto h = d.Health();
  if (!h.is_object() || !h.contains("journal")) return 0;
  return h["journal"].value("completed", 0ull) + h["journal"].value("dead", 0ull);
}

uint64_t DirBytes(const fs::path& dir) {
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& e : fs::recursive_directory_iterator(dir, ec)) {
    if (e.is_regular_file(ec)) total += e.file_size(ec);
  }
  return total;
}

// Peaks of the daemon's RSS and of the data directory's size, sampled every 250 ms on a
// thread of its own while it lives.
class PeakSampler {
 public:
  explicit PeakSampler(const DaemonUnderTest& d) : thread_([this, &d] {
    while (!stop_) {
      rss_kb_ = std::max(rss_kb_.load(), d.RssKb());
      dir_bytes_ = std::max(dir_bytes_.load(), DirBytes(d.data_dir()));
      std::this_thread::sleep_for(250ms);
    }
  }) {}
  ~PeakSampler() { Stop(); }
  void Stop() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
  }
  double PeakRssMb() const { return rss_kb_ / 1024.0; }
  double PeakDirMb() const { return dir_bytes_ / 1e6; }

 private:
  std::atomic<bool> stop_{false};
  std::atomic<long> rss_kb_{0};
  std::atomic<uint64_t> dir_bytes_{0};
  std::thread thread_;
};

// Restarts of every local stage replica so far (from /healthz).
int StageRestarts(const DaemonUnderTest& d) {
  int total = 0;
  auto h = d.Health();
  if (h.is_object() && h.contains("stages")) {
    for (const auto& s : h["stages"]) total += s.value("restarts", 0);
  }
  return total;
}

// Cumulative buckets of a histogram series of the daemon (`series`: the name and, when the
// metric has other labels, the start of its label set, e.g. `x_bucket{op="append",`).
std::vector<std::pair<double, double>> Buckets(const std::string& metrics, const std::string& series) {
  std::vector<std::pair<double, double>> out;
  size_t pos = 0;
  while ((pos = metrics.find(series, pos)) != std::string::npos) {
    size_t le = metrics.find("le=\"", pos);
    size_t end_le = metrics.find('"', le + 4);
    size_t value = metrics.find("} ", end_le);
    if (le == std::string::npos || end_le == std::string::npos || value == std::string::npos) break;
    std::string bound = metrics.substr(le + 4, end_le - le - 4);
    out.emplace_back(bound == "+Inf" ? 1e9 : std::stod(bound), std::stod(metrics.substr(value + 2, 32)));
    pos = value;
  }
  return out;
}

std::vector<std::pair<double, double>> LatencyBuckets(const std::string& metrics) {
  return Buckets(metrics, "tidings_article_latency_seconds_bucket{");
}

// The bucket bound below which quantile q of the observations made between two scrapes fall.
double HistogramQuantile(const std::vector<std::pair<double, double>>& before,
                         const std::vector<std::pair<double, double>>& after, double q) {
  if (after.empty()) return 0;
  double total = after.back().second - (before.empty() ? 0 : before.back().second);
  for (size_t i = 0; i < after.size(); ++i) {
    double n = after[i].second - (i < before.size() ? before[i].second : 0);
    if (n >= q * total) return after[i].first;
  }
  return after.back().first;
}

double Quantile(std::vector<double> v, double q) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(q * v.size()))];
}

// Receives events and keeps, per article, when its first event arrived.
class FirstEventClock {
 public:
  FirstEventClock(zmq::context_t& ctx, const std::string& endpoint) : thread_([this, &ctx, endpoint] {
    zmq::socket_t sub(ctx, zmq::socket_type::sub);
    sub.set(zmq::sockopt::linger, 0);
    sub.set(zmq::sockopt::rcvhwm, 0);
    sub.set(zmq::sockopt::subscribe, "cameo/");
    sub.connect(endpoint);
    while (!stop_) {
      zmq::pollitem_t items[] = {{sub.handle(), 0, ZMQ_POLLIN, 0}};
      zmq::poll(items, 1, 100ms);
      while (true) {
        zmq::message_t topic, body;
        if (!sub.recv(topic, zmq::recv_flags::dontwait)) break;
        (void)sub.recv(body);
        auto now = Clock::now();
        tidings::v1::Event e;
        e.ParseFromArray(body.data(), static_cast<int>(body.size()));
        std::lock_guard lock(mu_);
        first_.emplace(e.article_id(), now);
      }
    }
  }) {
    std::this_thread::sleep_for(300ms);  // the subscription reaches the publisher
  }
  ~FirstEventClock() {
    stop_ = true;
    thread_.join();
  }
  std::map<std::string, Clock::time_point> Snapshot() {
    std::lock_guard lock(mu_);
    return first_;
  }

 private:
  std::atomic<bool> stop_{false};
  std::mutex mu_;
  std::map<std::string, Clock::time_point> first_;
  std::thread thread_;
};

struct CpuSample {
  std::map<std::string, ProcessCpu> processes;
  double client = 0;
};

CpuSample SampleCpu(const std::map<std::string, pid_t>& procs) {
  CpuSample s;
  for (const auto& [name, pid] : procs) s.processes[name] = ProcessCpuOf(pid);
  s.client = SelfCpuSeconds();
  return s;
}

// CPU milliseconds per completed article of every process between two samples.
void PrintCpu(const CpuSample& cpu0, const CpuSample& cpu1, uint64_t done) {
  std::printf("  %-14s %10s %16s\n", "process", "CPU ms/article", "minor faults/art.");
  double total = 0;
  const double articles = static_cast<double>(std::max<uint64_t>(done, 1));
  for (const auto& [name, after] : cpu1.processes) {
    auto it = cpu0.processes.find(name);
    const ProcessCpu before = it != cpu0.processes.end() ? it->second : ProcessCpu{};
    double ms = 1000.0 * (after.seconds - before.seconds) / articles;
    total += ms;
    std::printf("  %-14s %10.3f %16.1f\n", name.c_str(), ms, (after.minor_faults - before.minor_faults) / articles);
  }
  double client_ms = 1000.0 * (cpu1.client - cpu0.client) / std::max<uint64_t>(done, 1);
  total += client_ms;
  std::printf("  %-14s %10.3f   (this program: pushing and subscribing)\n", "client", client_ms);
  std::printf("  %-14s %10.3f   (ceiling on %ld cores: %.0f articles/s)\n", "all", total,
              sysconf(_SC_NPROCESSORS_ONLN), 1000.0 * sysconf(_SC_NPROCESSORS_ONLN) / total);
}

// Since the daemon started: per stage, p50/p99 of the wait before it (queues and transfer, from
// the envelopes' trace); per journal operation, how long it took on the journal writer's
// thread (and how often > 50 ms).
// Exact acceptance -> stored quantiles of the paced articles (the daemon's /debug/latency),
// where their time went per stage, and the slowest few.
// What the slowest 1% of the paced articles (at least `show`) are made of: per stage the mean
// wait before it and processing in it, the time after the store, and which pages they were
// (the paced run's article i is page i % pages, so the id names the page).
void PrintSlowestPercent(const nlohmann::json& slowest, const Corpus& corpus, const tidings::bench::StealSampler& steal) {
  if (slowest.empty()) return;
  double stolen = 0;  // the mean stolen share of the CPU while each was in flight
  std::vector<std::string> order;
  struct Sums {
    double wait = 0, processing = 0, cpu = 0;
  };
  std::map<std::string, Sums> sums;
  double after = 0, latency = 0;
  std::map<size_t, int> pages;  // page index -> count
  for (const auto& a : slowest) {
    latency += a["latency_ms"].get<double>();
    const int64_t accepted_ms = a.value("accepted_unix_ms", int64_t{0});
    stolen += steal.FractionDuring(accepted_ms, accepted_ms + static_cast<int64_t>(a["latency_ms"].get<double>()) + 1);
    after += a["after_last_stage_ms"].get<double>();
    for (const auto& s : a["stages"]) {
      const std::string stage = s["stage"].get<std::string>();
      if (!sums.count(stage)) order.push_back(stage);
      sums[stage].wait += s["wait_ms"].get<double>();
      sums[stage].processing += s["processing_ms"].get<double>();
      sums[stage].cpu += s.value("cpu_ms", 0.0);
    }
    const std::string id = a.value("id", "");
    const auto dash = id.rfind('-');
    if (dash != std::string::npos) pages[std::stoul(id.substr(dash + 1)) % corpus.pages.size()]++;
  }
  const double n = static_cast<double>(slowest.size());
  std::string parts;
  for (const auto& stage : order) {
    const Sums& t = sums[stage];
    parts += fmt::format(" {} {:.1f}+{:.1f}({:.1f})", stage, t.wait / n, t.processing / n, t.cpu / n);
  }
  std::printf("  slowest %zu (mean %.1f ms) =%s (wait+processing(cpu)), then %.1f ms\n", slowest.size(), latency / n,
              parts.c_str(), after / n);
  std::vector<std::pair<int, size_t>> by_count;
  for (const auto& [page, count] : pages) by_count.emplace_back(count, page);
  std::sort(by_count.rbegin(), by_count.rend());
  std::string list;
  for (size_t k = 0; k < std::min<size_t>(8, by_count.size()); ++k) {
    const size_t page = by_count[k].second;
    list += fmt::format(" {}x {:.8} ({:.0f} KB)", by_count[k].first, corpus.names[page], corpus.pages[page].size() / 1e3);
  }
  std::printf("    their pages (%zu distinct):%s\n", pages.size(), list.c_str());
  std::printf("  CPU stolen by the hypervisor in the paced run: %.1f s (%.1f%% of the CPU); worst 100 ms %.0f%%; "
              "while the slowest 1%% were in flight %.0f%%\n",
              steal.StolenSeconds(), 100 * steal.FractionOfRun(), 100 * steal.WorstFraction(100), 100 * stolen / n);
}

void PrintExactLatency(const DaemonUnderTest& d, int64_t since_unix_ms, int slowest, const Corpus& corpus,
                       const tidings::bench::StealSampler& steal) {
  nlohmann::json j = d.Latency(since_unix_ms, std::max(slowest, 1000));  // the daemon gives at most 1000
  if (!j.is_object() || j.value("articles", 0) == 0) return;
  auto q = [](const nlohmann::json& x) {
    return fmt::format("p50 {:.1f}  p99 {:.1f}  p999 {:.1f}  max {:.1f} ms", x.value("p50", 0.0), x.value("p99", 0.0),
                       x.value("p999", 0.0), x.value("max", 0.0));
  };
  std::printf("  acceptance -> stored (exact, last %d articles, /debug/latency): %s\n", j["articles"].get<int>(),
              q(j["latency_ms"]).c_str());
  for (const auto& s : j["stages"]) {
    std::printf("    %-8s wait p50 %.2f p99 %.2f ms; processing p50 %.2f p99 %.2f ms; its CPU p50 %.2f p99 %.2f ms\n",
                s["stage"].get<std::string>().c_str(), s["wait_ms"].value("p50", 0.0), s["wait_ms"].value("p99", 0.0),
                s["processing_ms"].value("p50", 0.0), s["processing_ms"].value("p99", 0.0),
                s["cpu_ms"].value("p50", 0.0), s["cpu_ms"].value("p99", 0.0));
  }
  std::printf("    after the store p50 %.2f p99 %.2f ms\n", j["after_last_stage_ms"].value("p50", 0.0),
              j["after_last_stage_ms"].value("p99", 0.0));
  int shown = slowest;
  for (const auto& a : j["slowest"]) {
    if (shown <= 0) break;
    std::string parts;
    for (const auto& s : a["stages"]) {
      parts += fmt::format(" {} {:.1f}+{:.1f}({:.1f})", s["stage"].get<std::string>(), s["wait_ms"].get<double>(),
                           s["processing_ms"].get<double>(), s.value("cpu_ms", 0.0));
    }
    std::printf("    slow: %.1f ms =%s (wait+processing(cpu)), then %.1f %s\n", a["latency_ms"].get<double>(), parts.c_str(),
                a["after_last_stage_ms"].get<double>(), a.value("id", "").c_str());
    if (--shown == 0) break;
  }
  const size_t percent = std::max<size_t>(1, j["articles"].get<size_t>() / 100);
  nlohmann::json tail = nlohmann::json::array();
  for (size_t i = 0; i < percent && i < j["slowest"].size(); ++i) tail.push_back(j["slowest"][i]);
  PrintSlowestPercent(tail, corpus, steal);
}

// The buckets of `series` observed between two scrapes of the metrics.
std::vector<std::pair<double, double>> BucketsBetween(const std::string& before, const std::string& after,
                                                      const std::string& series) {
  auto b0 = Buckets(before, series), b1 = Buckets(after, series);
  for (size_t i = 0; i < b1.size() && i < b0.size(); ++i) b1[i].second -= b0[i].second;
  return b1;
}

// Between two scrapes (the paced run): per stage the wait before it and each replica's
// processing (bucket bounds), and per journal operation how long it took on the journal
// writer's thread. An append holds the articles of its batch before acceptance, and lets them
// go to the first stage together.
void PrintWhereTimeGoes(const std::string& before, const std::string& metrics) {
  for (const char* stage : {"fetch", "clean", "extract", "store"}) {
    auto b = BucketsBetween(before, metrics, std::string("tidings_hop_wait_seconds_bucket{stage=\"") + stage + "\",");
    if (b.empty() || b.back().second == 0) continue;
    std::printf("  wait before %-8s (%6.0f articles): p50 <= %g ms  p99 <= %g ms\n", stage, b.back().second,
                1000 * HistogramQuantile({}, b, 0.5), 1000 * HistogramQuantile({}, b, 0.99));
  }
  for (const char* stage : {"clean", "extract", "store"}) {
    for (int replica = 0; replica < 8; ++replica) {
      auto b = BucketsBetween(before, metrics,
                              fmt::format("tidings_stage_latency_seconds_bucket{{stage=\"{}\",replica=\"{}\",", stage, replica));
      if (b.empty() || b.back().second == 0) continue;
      std::printf("  processing %s[%d] (%6.0f envelopes): p50 <= %g ms  p99 <= %g ms\n", stage, replica, b.back().second,
                  1000 * HistogramQuantile({}, b, 0.5), 1000 * HistogramQuantile({}, b, 0.99));
    }
  }
  for (const char* op : {"append_batch", "mark_completed", "compact_step"}) {
    auto b = BucketsBetween(before, metrics, std::string("tidings_journal_op_seconds_bucket{op=\"") + op + "\",");
    if (b.empty() || b.back().second == 0) continue;
    double over = b.back().second;
    for (const auto& [le, n] : b) {
      if (le >= 0.05) {
        over = b.back().second - n;
        break;
      }
    }
    std::printf("  journal %-15s %8.0f calls: p50 <= %g ms, p99 <= %g ms, max bucket <= %g ms, %0.f over 50 ms\n", op,
                b.back().second, 1000 * HistogramQuantile({}, b, 0.5), 1000 * HistogramQuantile({}, b, 0.99),
                1000 * HistogramQuantile({}, b, 1.0), over);
  }
  // The hub's own work per turn: a long turn holds every article waiting for a hop.
  auto turns = BucketsBetween(before, metrics, "tidings_hub_turn_seconds_bucket{");
  if (!turns.empty() && turns.back().second > 0) {
    double over = 0;
    for (const auto& [le, n] : turns) {
      if (le >= 0.01) {
        over = turns.back().second - n;
        break;
      }
    }
    std::printf("  hub turns %17.0f: p99 <= %g ms, max bucket <= %g ms, %0.f over 10 ms\n", turns.back().second,
                1000 * HistogramQuantile({}, turns, 0.99), 1000 * HistogramQuantile({}, turns, 1.0), over);
  }
}

double FlatOut(DaemonUnderTest& d, zmq::socket_t& push, const Corpus& corpus, const Options& o) {
  std::vector<std::string> bodies;
  for (size_t i = 0; i < o.articles; ++i) bodies.push_back(MakeArticle(corpus, i, "flat").SerializeAsString());
  auto procs = Processes(d);
  const uint64_t before = Completed(d);
  CpuSample cpu0 = SampleCpu(procs);
  PeakSampler peaks(d);
  auto t0 = Clock::now();
  std::thread pusher([&] {
    for (auto& b : bodies) push.send(ZeroCopy(b), zmq::send_flags::none);
  });
  while (Completed(d) < before + o.articles && Clock::now() - t0 < 300s && d.WaitExit(0s) < 0) {
    std::this_thread::sleep_for(20ms);
  }
  double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
  pusher.join();
  CpuSample cpu1 = SampleCpu(procs);
  const uint64_t done = Completed(d) - before;
  double rate = done / seconds;
  if (done < o.articles) std::printf("\nWARNING: only %llu of %zu completed within the time limit:\n%s\n",
                                     static_cast<unsigned long long>(done), o.articles, d.Log().substr(d.Log().size() > 3000 ? d.Log().size() - 3000 : 0).c_str());
  std::printf("\nflat out: %llu of %zu articles (%.1f MB of HTML) completed in %.2f s: %.1f articles/s; load average %s\n",
              static_cast<unsigned long long>(done), o.articles,
              [&] { double b = 0; for (auto& x : bodies) b += x.size(); return b / 1e6; }(), seconds, rate, LoadAverage().c_str());
  PrintCpu(cpu0, cpu1, done);
  peaks.Stop();
  std::printf("  tidingsd peak RSS %.1f MB; data directory peak %.1f MB, now %.1f MB\n", peaks.PeakRssMb(),
              peaks.PeakDirMb(), DirBytes(d.data_dir()) / 1e6);
  return rate;
}

struct PacedResult {
  size_t pushed = 0;
  uint64_t completed = 0;
  double peak_rss_mb = 0, peak_dir_mb = 0;
  double p50_ms = 0, p99_ms = 0, p999_ms = 0;  // push -> publish
};

// Open loop at `rate` for `seconds`. The bodies are made before the clock starts when they fit
// in kPrebuiltBytes, as a client replaying stored pages would have them: making one (varying
// and serialising 200 KB) costs this program ~0.5 ms of CPU, taken from the daemon's cores
// within the measured window. A soak's would not fit: they are made on the fly, just before
// their due time.
constexpr double kPrebuiltBytes = 2e9;

PacedResult Paced(DaemonUnderTest& d, zmq::socket_t& push, FirstEventClock& events, const Corpus& corpus,
                  double rate, int seconds, int slowest) {
  const size_t n = static_cast<size_t>(rate * seconds);
  double corpus_bytes = 0;
  for (const auto& p : corpus.pages) corpus_bytes += p.size();
  std::vector<std::string> prebuilt;
  if (n * corpus_bytes / corpus.pages.size() < kPrebuiltBytes) {
    for (size_t i = 0; i < n; ++i) prebuilt.push_back(MakeArticle(corpus, i, "paced").SerializeAsString());
  }
  const std::string metrics0 = d.Metrics();
  auto hist0 = LatencyBuckets(metrics0);
  const int64_t since_unix_ms = tidings::NowUnixMillis();
  const uint64_t before = Completed(d);
  auto procs = Processes(d);
  CpuSample cpu0 = SampleCpu(procs);
  std::vector<Clock::time_point> due(n);
  PeakSampler peaks(d);
  tidings::bench::StealSampler steal;
  auto t0 = Clock::now();
  for (size_t i = 0; i < n; ++i) {
    due[i] = t0 + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(i / rate));
    if (!prebuilt.empty()) {
      std::this_thread::sleep_until(due[i]);
      push.send(ZeroCopy(prebuilt[i]), zmq::send_flags::none);
      continue;
    }
    std::string body = MakeArticle(corpus, i, "paced").SerializeAsString();
    std::this_thread::sleep_until(due[i]);
    push.send(zmq::buffer(body), zmq::send_flags::none);
  }
  while (Completed(d) < before + n && Clock::now() - t0 < std::chrono::seconds(seconds + 120) &&
         d.WaitExit(0s) < 0) {
    std::this_thread::sleep_for(20ms);
  }
  std::this_thread::sleep_for(300ms);  // the last events reach the subscriber
  auto hist1 = LatencyBuckets(d.Metrics());
  CpuSample cpu1 = SampleCpu(procs);
  auto first = events.Snapshot();
  std::vector<double> ms;
  for (size_t i = 0; i < n; ++i) {
    auto it = first.find("paced-" + std::to_string(i));
    if (it != first.end()) ms.push_back(std::chrono::duration<double, std::milli>(it->second - due[i]).count());
  }
  peaks.Stop();
  steal.Stop();
  PacedResult result{n, Completed(d) - before, peaks.PeakRssMb(), peaks.PeakDirMb(),
                     Quantile(ms, 0.5), Quantile(ms, 0.99), Quantile(ms, 0.999)};
  std::printf("\npaced: %zu articles at %.1f/s open loop (%d s); %llu completed; load average %s\n", n, rate, seconds,
              static_cast<unsigned long long>(result.completed), LoadAverage().c_str());
  std::printf("  push -> publish (first event, %zu articles with events): p50 %.1f ms  p99 %.1f ms  p999 %.1f ms\n",
              ms.size(), result.p50_ms, result.p99_ms, result.p999_ms);
  std::printf("  acceptance -> stored (daemon histogram, bucket bounds): p50 <= %g ms  p99 <= %g ms  p999 <= %g ms\n",
              1000 * HistogramQuantile(hist0, hist1, 0.5), 1000 * HistogramQuantile(hist0, hist1, 0.99),
              1000 * HistogramQuantile(hist0, hist1, 0.999));
  PrintExactLatency(d, since_unix_ms, slowest, corpus, steal);
  PrintCpu(cpu0, cpu1, result.completed);
  std::printf("  tidingsd peak RSS %.1f MB; data directory peak %.1f MB, now %.1f MB\n", result.peak_rss_mb,
              result.peak_dir_mb, DirBytes(d.data_dir()) / 1e6);
  std::printf("  in the paced run:\n");
  PrintWhereTimeGoes(metrics0, d.Metrics());
  return result;
}

// The soak's verdict: the figures an operator's acceptance run checks.
void PrintSoak(const DaemonUnderTest& d, const PacedResult& r, const PeakSampler& peaks, int seconds, double rate) {
  const uint64_t stored = Completed(d);
  const int restarts = StageRestarts(d);
  std::printf("\nsoak: %d s at %.1f/s after the burst\n", seconds, rate);
  std::printf("  completed %llu of %zu paced articles; %llu in the journal in all; in flight now %d\n",
              static_cast<unsigned long long>(r.completed), r.pushed, static_cast<unsigned long long>(stored),
              d.Health().is_object() ? d.Health().value("in_flight", -1) : -1);
  std::printf("  stage restarts %d\n", restarts);
  std::printf("  push -> publish p50 %.1f ms  p99 %.1f ms  p999 %.1f ms\n", r.p50_ms, r.p99_ms, r.p999_ms);
  std::printf("  burst and soak: tidingsd peak RSS %.1f MB (target < 150); data directory peak %.1f MB (target < 1500)\n",
              peaks.PeakRssMb(), peaks.PeakDirMb());
}

// `tidings clean` alone on the same pages as files: pages/s of wall time.
double CleanAlone(const Corpus& corpus, size_t count) {
  fs::path dir = fs::temp_directory_path() / ("e2e-bench-pages-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::vector<std::string> argv{(BinDir() / "tidings").string(), "clean", "--format", "jsonl"};
  for (size_t i = 0; i < count; ++i) {
    fs::path p = dir / (std::to_string(i) + ".html");
    std::ofstream(p, std::ios::binary) << MakeArticle(corpus, i, "clean").html();
    argv.push_back(p.string());
  }
  // Three runs, the median: one run of ~1.5 s swings by 15% on a shared VM.
  std::vector<double> seconds;
  for (int run = 0; run < 3; ++run) {
    auto t0 = Clock::now();
    RunResult r = RunProgram(argv, {}, "", 600s);
    seconds.push_back(std::chrono::duration<double>(Clock::now() - t0).count());
    if (r.exit_code != 0) {
      std::fprintf(stderr, "tidings clean failed (%d): %s\n", r.exit_code, r.err.substr(0, 500).c_str());
      fs::remove_all(dir);
      return 0;
    }
  }
  fs::remove_all(dir);
  std::sort(seconds.begin(), seconds.end());
  double rate = count / seconds[1];
  std::printf("\ntidings clean alone: %zu pages in %.2f s (median of 3 runs: %.2f/%.2f/%.2f s): %.1f pages/s; load average %s\n",
              count, seconds[1], seconds[0], seconds[1], seconds[2], rate, LoadAverage().c_str());
  return rate;
}

}  // namespace

int main(int argc, char** argv) {
  tidings::TuneAllocatorForPages();  // the client builds page after page too
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string k = argv[i], v = argv[i + 1];
    if (k == "--articles") o.articles = std::stoul(v);
    else if (k == "--rate") o.rate = std::stod(v);
    else if (k == "--seconds") o.seconds = std::stoi(v);
    else if (k == "--pages") o.pages = v;
    else if (k == "--toml") o.toml = v;
    else if (k == "--slowest") o.slowest = std::stoi(v);
    else if (k == "--soak") {
      o.soak = true;
      o.seconds = std::stoi(v);
    } else {
      std::fprintf(stderr,
                   "usage: e2e_bench [--articles N] [--rate R] [--seconds S] [--soak S] [--slowest N] [--pages DIR] [--toml EXTRA]\n");
      return 2;
    }
  }
  if (!fs::exists(o.pages)) {
    std::fprintf(stderr, "e2e_bench: %s is missing (../shared is needed for real pages)\n", o.pages.c_str());
    return 1;
  }
  Corpus corpus = LoadPages(o.pages);
  // First, on a machine nothing else of ours loads (after the runs, the daemon's and the
  // kernel's writeback of the data directory would slow it and flatter the ratio).
  const double alone = o.soak ? 0 : CleanAlone(corpus, 8 * corpus.pages.size());
  DaemonUnderTest daemon(o.toml);
  std::string error;
  if (!daemon.Start(&error) || !daemon.WaitHealthy(60s)) {
    std::fprintf(stderr, "e2e_bench: tidingsd did not start: %s\n", error.c_str());
    return 1;
  }
  std::printf("e2e_bench: %zu dev pages, varied per round; tidingsd on its default config; %ld cores\n",
              corpus.pages.size(), sysconf(_SC_NPROCESSORS_ONLN));
  zmq::context_t ctx(1);
  zmq::socket_t push(ctx, zmq::socket_type::push);
  push.set(zmq::sockopt::linger, 60000);
  push.connect(daemon.Runtime().value("push", ""));
  FirstEventClock events(ctx, daemon.Runtime().value("publish", ""));

  PeakSampler whole_run(daemon);  // the burst and the paced run
  double flat = o.articles > 0 ? FlatOut(daemon, push, corpus, o) : 0;
  double rate = o.rate > 0 ? o.rate : flat / 2;
  PacedResult paced;
  if (rate > 0) paced = Paced(daemon, push, events, corpus, rate, o.seconds, o.slowest);
  if (o.soak) {
    whole_run.Stop();
    PrintSoak(daemon, paced, whole_run, o.seconds, rate);
    daemon.Terminate();
    return 0;
  }
  if (alone > 0 && flat > 0) std::printf("\nratio completed articles/s : tidings clean pages/s = %.2f\n", flat / alone);
  daemon.Terminate();
  return 0;
}

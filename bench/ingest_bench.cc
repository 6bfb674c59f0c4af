// ingest_bench: what the durable journal costs at intake. Starts a real tidingsd (ephemeral
// loopback ports, temporary data directory) and pushes generated news articles:
//   acked, window 1     one article at a time: each waits for its fsync'd journal commit
//   acked, window 256   a busy client: the daemon group-commits up to 256 per fsync
//   fire-and-forget     PUSH socket: no ack; journaled the same way, measured until journaled
// Prints articles/s for each. max_in_flight is raised so the intake, not the coding pipeline
// (which runs alongside on the same cores), is measured.
//
//   build-rel/bin/ingest_bench [articles]
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

#include "generated_news.h"
#include "daemon_harness.h"

using namespace tidings::testing;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

uint64_t Journaled(const DaemonUnderTest& d) {
  auto h = d.Health();
  if (!h.is_object() || !h.contains("journal")) return 0;
  return h["journal"].value("open", 0ull) + h["journal"].value("completed", 0ull) +
         h["journal"].value("dead", 0ull);
}

}  // namespace

int main(int argc, char** argv) {
  const size_t n = argc > 1 ? std::stoul(argv[1]) : 10000;
  DaemonUnderTest daemon("[limits]\nmax_in_flight = 1000000\n");
  std::string error;
  if (!daemon.Start(&error) || !daemon.WaitHealthy(60s)) {
    std::fprintf(stderr, "ingest_bench: tidingsd did not start: %s\n", error.c_str());
    return 1;
  }
  zmq::context_t ctx(1);
    std::printf("ingest_bench: %zu generated articles (~%zu bytes each) into tidingsd\n", n,
              GenerateNewsArticles(1, "x")[0].ByteSizeLong());

  // One at a time: the latency of a durable acknowledgement.
  const size_t single = std::min<size_t>(n / 10, 1000);
  auto one_by_one = GenerateNewsArticles(single, "bench-w1", 1);
  auto t0 = Clock::now();
  tidings::cli::AckedPushResult r1 = tidings::cli::PushAllAcked(ctx, PushOptionsFor(daemon, 1, 600s), one_by_one);
  double s1 = std::chrono::duration<double>(Clock::now() - t0).count();

  auto windowed = GenerateNewsArticles(n, "bench-w256", 2);
  t0 = Clock::now();
  tidings::cli::AckedPushResult r2 = tidings::cli::PushAllAcked(ctx, PushOptionsFor(daemon, 256, 600s), windowed);
  double s2 = std::chrono::duration<double>(Clock::now() - t0).count();

  auto fire = GenerateNewsArticles(n, "bench-fire", 3);
  const uint64_t before = Journaled(daemon);
  t0 = Clock::now();
  {
    zmq::socket_t s(ctx, zmq::socket_type::push);
    s.set(zmq::sockopt::linger, 60000);
    s.connect(daemon.Runtime().value("push", ""));
    for (const auto& a : fire) s.send(zmq::buffer(a.SerializeAsString()), zmq::send_flags::none);
    while (Journaled(daemon) < before + n && Clock::now() - t0 < 600s) std::this_thread::sleep_for(5ms);
  }
  double s3 = std::chrono::duration<double>(Clock::now() - t0).count();
  bool all = r1.acknowledged() == single && r2.acknowledged() == n && Journaled(daemon) >= before + n;

  std::printf("%-34s %10s %12s\n", "mode", "articles", "articles/s");
  std::printf("%-34s %10zu %12.0f   (%.2f ms per durable ack)\n", "acked, window 1 (fsync each)", single,
              single / s1, 1000.0 * s1 / single);
  std::printf("%-34s %10zu %12.0f   (busy answers %zu)\n", "acked, window 256 (group commit)", n, n / s2, r2.busy);
  std::printf("%-34s %10zu %12.0f   (until journaled)\n", "fire-and-forget (PUSH)", n, n / s3);
  if (!all) std::printf("WARNING: not every article was acknowledged/journaled\n");
  return all ? 0 : 1;
}

// Clean-stage throughput on one core: reads every page of a directory (default: the
// article-extraction dev pages) into memory, then cleans them repeatedly and prints pages/s,
// MB of HTML/s and peak RSS for: libxml2's parse alone (SAX into HtmlTree: the floor), the cleaner without
// sentence splitting and language detection (extraction), and the full cleaner.
//
// Then, per page, the stage's CPU milliseconds on the slowest pages (--slowest N, default 5)
// and the quantiles over all pages: the latency tail of the pipeline is made of these.
//
// usage: clean_bench [DIR] [--seconds S] [--slowest N]   (--biggest N: the same, its old name)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench_util.h"
#include "clean/article_cleaner.h"
#include "clean/charset_decoder.h"
#include "clean/html_document.h"
#include "clean/near_duplicate_index.h"
#include "tidings/v1/tidings.pb.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Result {
  size_t pages = 0;
  size_t bytes = 0;
  double seconds = 0;
};

using tidings::bench::ThreadCpuSeconds;

template <typename F>
Result Measure(const std::vector<std::string>& pages, double min_seconds, F&& fn) {
  Result r;
  double start = ThreadCpuSeconds();
  do {
    for (const auto& p : pages) {
      fn(p);
      ++r.pages;
      r.bytes += p.size();
    }
    r.seconds = ThreadCpuSeconds() - start;
  } while (r.seconds < min_seconds);
  return r;
}

void Print(const char* name, const Result& r) {
  std::printf("%-36s %8.1f pages/s  %7.1f MB/s  (%zu pages in %.2f s CPU)\n", name, r.pages / r.seconds,
              r.bytes / r.seconds / 1e6, r.pages, r.seconds);
}

// The daemon's near-duplicate check (one index for all replicas, on its hub thread) once the
// window is full of the same stories with other figures, as a soak of the dev pages makes it:
// every text shares its LSH bands with hundreds of others.
void PrintDuplicateCheck(const std::vector<std::string>& pages, tidings::clean::ArticleCleaner& cleaner) {
  std::vector<std::string> texts;
  for (const auto& html : pages) {
    tidings::v1::Article article;
    article.set_html(html);
    tidings::v1::CleanArticle out;
    if (cleaner.Clean(article, &out).ok()) texts.push_back(out.text());
  }
  if (texts.empty()) return;
  tidings::clean::NearDuplicateIndex index;
  std::vector<tidings::clean::NearDuplicateIndex::Signature> signatures;
  const size_t n = 25000;
  for (size_t i = 0; i < n; ++i) {
    std::string text = texts[i % texts.size()];
    const size_t round = i / texts.size();
    for (char& c : text) {  // other figures each round: not copies, same bands
      if (c >= '0' && c <= '9') c = static_cast<char>('0' + (c - '0' + round) % 10);
    }
    text += " Round" + std::to_string(round) + " Edition" + std::to_string(round * 7) + " Desk" + std::to_string(round * 13);
    signatures.push_back(index.Sign(text));
  }
  const double start = ThreadCpuSeconds();
  size_t copies = 0;
  for (size_t i = 0; i < n; ++i) copies += !index.CheckAndAdd("a" + std::to_string(i), signatures[i]).id.empty();
  const double seconds = ThreadCpuSeconds() - start;
  std::printf("near-duplicate check, %zu stories x %zu rounds: %.1f us per article (%zu called copies)\n",
              texts.size(), n / texts.size(), 1e6 * seconds / n, copies);
}

// Per page, the stage's work (as in "stage work" above) in CPU ms, the minimum of `repeats`
// runs (the least disturbed by other processes on the machine): the N slowest pages by name,
// and p50/p90/p99/max over all pages.
template <typename F>
void PrintPerPage(const std::vector<std::string>& names, const std::vector<std::string>& wire, size_t slowest,
                  int repeats, F&& stage_work) {
  std::vector<double> ms(wire.size(), 1e300);
  for (int r = 0; r < repeats; ++r) {
    for (size_t i = 0; i < wire.size(); ++i) {
      double start = ThreadCpuSeconds();
      stage_work(wire[i]);
      ms[i] = std::min(ms[i], 1e3 * (ThreadCpuSeconds() - start));
    }
  }
  std::vector<size_t> by_time(wire.size());
  for (size_t i = 0; i < by_time.size(); ++i) by_time[i] = i;
  std::sort(by_time.begin(), by_time.end(), [&](size_t a, size_t b) { return ms[a] > ms[b]; });
  std::printf("per page, stage work (CPU ms, best of %d), slowest first:\n", repeats);
  for (size_t k = 0; k < std::min(slowest, by_time.size()); ++k) {
    size_t i = by_time[k];
    std::printf("  %8.1f KB  %7.2f ms  %5.3f ms/KB  %.16s\n", wire[i].size() / 1e3, ms[i], ms[i] / (wire[i].size() / 1e3),
                names[i].c_str());
  }
  std::vector<double> sorted = ms;
  std::sort(sorted.begin(), sorted.end());
  auto at = [&](double q) { return sorted[std::min(sorted.size() - 1, static_cast<size_t>(q * sorted.size()))]; };
  double sum = 0;
  for (double x : ms) sum += x;
  std::printf("  all %zu pages: mean %.2f  p50 %.2f  p90 %.2f  p99 %.2f  max %.2f ms\n", ms.size(), sum / ms.size(), at(0.5),
              at(0.9), at(0.99), sorted.back());
}

}  // namespace

int main(int argc, char** argv) {
  fs::path dir = fs::path(TIDINGS_SHARED_DIR) / "corpora" / "article-extraction" / "dev" / "html";
  double seconds = 3.0;
  size_t slowest = 5;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--seconds") && i + 1 < argc) seconds = std::atof(argv[++i]);
    else if ((!std::strcmp(argv[i], "--slowest") || !std::strcmp(argv[i], "--biggest")) && i + 1 < argc)
      slowest = std::strtoul(argv[++i], nullptr, 10);
    else dir = argv[i];
  }
  std::vector<std::string> pages, names;
  size_t total = 0;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    pages.push_back(ss.str());
    names.push_back(e.path().filename().string());
    total += pages.back().size();
  }
  if (pages.empty()) {
    std::fprintf(stderr, "clean_bench: no pages in %s\n", dir.c_str());
    return 1;
  }
  std::printf("clean_bench: %zu pages, %.1f MB, from %s (one thread)\n", pages.size(), total / 1e6, dir.c_str());
  long rss_loaded = tidings::bench::PeakRssKiB();

  size_t failures = 0;
  Result raw = Measure(pages, seconds, [&](const std::string& html) {
    tidings::clean::HtmlDocument doc;
    if (!tidings::clean::HtmlDocument::Parse(html, "", &doc, /*strip_raw_text=*/false).ok()) ++failures;
  });
  Print("libxml2 HTML parse alone (floor)", raw);
  Result parse = Measure(pages, seconds, [&](const std::string& html) {
    tidings::clean::DecodedText decoded;
    if (!tidings::clean::DecodeToUtf8(html, "", &decoded).ok()) ++failures;
    tidings::clean::HtmlDocument doc;
    if (!tidings::clean::HtmlDocument::Parse(decoded.utf8, "", &doc, true, tidings::clean::AttributesTheCleanerReads()).ok())
      ++failures;
  });
  Print("decode + strip scripts, attrs + parse", parse);

  tidings::clean::CleanerOptions lean;
  lean.split_sentences = false;
  lean.detect_language = false;
  tidings::clean::ArticleCleaner extraction_only(lean);
  tidings::v1::Article article;
  tidings::v1::CleanArticle out;
  Result extract = Measure(pages, seconds, [&](const std::string& html) {
    article.set_html(html);
    if (!extraction_only.Clean(article, &out).ok()) ++failures;
  });
  Print("clean (extraction + metadata)", extract);

  tidings::clean::ArticleCleaner full;
  Result all = Measure(pages, seconds, [&](const std::string& html) {
    article.set_html(html);
    if (!full.Clean(article, &out).ok()) ++failures;
  });
  Print("clean (+ language + sentences)", all);
  // What the stage does per envelope, sockets aside: the Article parsed from its wire bytes
  // into fresh objects, cleaned, signed for the near-duplicate check, the result serialised.
  std::vector<std::string> wire;
  for (const auto& html : pages) {
    tidings::v1::Envelope env;
    env.set_article_id("bench");
    env.mutable_article()->set_html(html);
    wire.push_back(env.SerializeAsString());
  }
  tidings::clean::NearDuplicateIndex signer;
  auto stage_work = [&](const std::string& bytes) {
    tidings::v1::Envelope env;
    if (!env.ParseFromString(bytes)) ++failures;
    tidings::v1::CleanArticle clean;
    if (!full.Clean(env.article(), &clean).ok()) ++failures;
    auto sig = signer.Sign(clean.text());
    env.mutable_signature()->set_shingles(sig.shingles);
    *env.mutable_clean() = std::move(clean);
    std::string result = env.SerializeAsString();
    if (result.empty()) ++failures;
  };
  Result stage = Measure(wire, seconds, stage_work);
  Print("stage work (parse, clean, sign, out)", stage);
  std::printf("per page: libxml2 parse %.2f ms; our decode+parse %.2f ms; extraction+metadata beyond it %.2f ms\n",
              1e3 * raw.seconds / raw.pages, 1e3 * parse.seconds / parse.pages,
              1e3 * (extract.seconds / extract.pages - parse.seconds / parse.pages));
  PrintPerPage(names, wire, slowest, 3, stage_work);
  PrintDuplicateCheck(pages, full);
  std::printf("peak RSS: %.1f MB (%.1f MB with the pages loaded)\n", tidings::bench::PeakRssKiB() / 1024.0, rss_loaded / 1024.0);
  if (failures) std::printf("failures: %zu\n", failures);
  return failures ? 1 : 0;
}

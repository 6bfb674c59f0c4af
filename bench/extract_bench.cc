// extract_bench: sentences per second per core of the event coder with the full OEDA
// dictionaries (PETRARCH2's default set), dictionary load time and peak memory, on two corpora:
//
// - real news prose: the sentences of the article-extraction dev pages
//   (../shared/corpora/article-extraction/dev/html, read at run time, never copied), cleaned by
//   tidings' own cleaner (English pages only) and repeated up to --sentences N. Coded one
//   sentence per article, as `tidings code` codes a TSV, and as whole articles.
// - generated: news-style sentences built from templates over real countries, agents, verbs
//   and fillers (subject clauses, dates, places, reported speech, passives, compounds,
//   negation), grouped into articles of 10 sentences.
//
// Usage: extract_bench [--sentences N] [--dict DIR] [--builtin] [--pages DIR]
//                      [--corpus prose|generated|all] [--write-tsv FILE]
// --write-tsv writes the prose sentences as a `tidings code` TSV (sentence_id, date, text), so
// the whole process can be timed on the same corpus:
//   extract_bench --corpus prose --write-tsv /tmp/prose.tsv
//   time tidings code --verbs .../CAMEO.2.0.txt --actors ... /tmp/prose.tsv > /dev/null
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "bench_util.h"
#include "clean/article_cleaner.h"
#include "extract/event_coder.h"

namespace {

const char* kCountries[] = {"Turkey", "Azerbaijan", "Russia", "Armenia", "Georgia", "Iran", "Iraq", "Syria", "Israel",
                            "Egypt", "France", "Germany", "China", "Japan", "India", "Pakistan", "Afghanistan",
                            "Ukraine", "Poland", "Brazil", "Mexico", "Canada", "Nigeria", "Kenya", "Ethiopia",
                            "South Africa", "Saudi Arabia", "Qatar", "Lebanon", "Jordan", "Libya", "Sudan",
                            "the United States", "Britain", "Italy", "Spain", "Greece", "Serbia", "Vietnam",
                            "Indonesia", "the Philippines", "North Korea", "South Korea", "Venezuela", "Colombia"};
const char* kAdjectives[] = {"Turkish", "Azerbaijani", "Russian", "Armenian", "Iranian", "Iraqi", "Syrian", "Israeli",
                             "Egyptian", "French", "German", "Chinese", "Japanese", "Indian", "Pakistani", "Afghan",
                             "Ukrainian", "Polish", "Brazilian", "Mexican", "Nigerian", "Kenyan", "Saudi", "Lebanese",
                             "Libyan", "Sudanese", "British", "Italian", "Greek", "Serbian", "Venezuelan"};
const char* kAgents[] = {"president", "government", "military", "foreign minister", "prime minister", "police",
                         "parliament", "army", "troops", "officials", "rebels", "opposition leader", "defense ministry",
                         "security forces", "ambassador", "lawmakers", "activists", "court"};
const char* kVerbs[] = {"met with", "accused", "attacked", "criticized", "praised", "signed an agreement with",
                        "pledged support to", "condemned", "threatened", "urged", "invited", "welcomed", "warned",
                        "rejected demands from", "sent troops to", "imposed sanctions on", "expelled diplomats from",
                        "held talks with", "called on", "agreed to cooperate with", "appealed to", "arrested",
                        "released prisoners to", "thanked", "congratulated", "visited", "bombed", "negotiated with",
                        "apologized to", "denied claims by", "supported", "helped", "investigated", "blamed"};
const char* kDates[] = {"on Monday", "on Tuesday", "last week", "on November 17, 2020", "in 1992", "on June 15",
                        "yesterday", "last year", "on 8 November", "earlier this month", "", "", ""};
const char* kPlaces[] = {"in Baku", "in Moscow", "in Ankara", "in Geneva", "at the United Nations", "in the capital",
                         "near the border", "in Brussels", "", "", ""};
const char* kTails[] = {"", "", ", officials said", ", state media reported", ", according to a statement",
                        " over the disputed region", " to discuss trade and security", " amid rising tensions",
                        " after months of negotiations", ", the ministry said on its website"};

std::string Actor(std::mt19937& rng) {
  std::uniform_int_distribution<int> kind(0, 3);
  auto pick = [&](auto& arr) { return std::string(arr[std::uniform_int_distribution<size_t>(0, std::size(arr) - 1)(rng)]); };
  switch (kind(rng)) {
    case 0: return pick(kCountries);
    case 1: return "the " + pick(kAdjectives) + " " + pick(kAgents);
    case 2: return pick(kAdjectives) + " " + pick(kAgents);
    default: return pick(kCountries) + "'s " + pick(kAgents);
  }
}

std::string Sentence(std::mt19937& rng) {
  auto pick = [&](auto& arr) { return std::string(arr[std::uniform_int_distribution<size_t>(0, std::size(arr) - 1)(rng)]); };
  std::uniform_int_distribution<int> shape(0, 9);
  std::string s;
  std::string date = pick(kDates), place = pick(kPlaces);
  switch (shape(rng)) {
    case 0: s = Actor(rng) + " said " + Actor(rng) + " had " + pick(kVerbs) + " " + Actor(rng); break;
    case 1: s = Actor(rng) + " and " + Actor(rng) + " " + pick(kVerbs) + " " + Actor(rng); break;
    case 2: s = Actor(rng) + " did not " + "attack " + Actor(rng); break;
    case 3: s = Actor(rng) + " was attacked by " + Actor(rng); break;
    case 4: s = "The economy of " + pick(kCountries) + " grew by 3 percent as exports of oil and gas rose"; break;
    default: s = Actor(rng) + " " + pick(kVerbs) + " " + Actor(rng); break;
  }
  if (!place.empty()) s += " " + place;
  if (!date.empty()) s += " " + date;
  s += pick(kTails) + ".";
  s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

using tidings::bench::PeakRssKiB;
using tidings::bench::ThreadCpuSeconds;

struct ProseSentence {
  std::string text, date;  // date YYYY-MM-DD
};

// The sentences of every English page of `dir`, cleaned by tidings' cleaner.
std::vector<ProseSentence> ReadProse(const std::string& dir, size_t* pages) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file()) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  tidings::clean::ArticleCleaner cleaner;
  std::vector<ProseSentence> out;
  *pages = 0;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    tidings::v1::Article article;
    article.set_html(ss.str());
    tidings::v1::CleanArticle clean;
    if (!cleaner.Clean(article, &clean).ok() || clean.language() != "en") continue;
    ++*pages;
    std::string date = clean.published().size() >= 10 ? clean.published().substr(0, 10) : "2021-11-11";
    for (const auto& sentence : clean.sentences()) {
      std::string text = sentence.text();
      std::replace(text.begin(), text.end(), '\t', ' ');
      std::replace(text.begin(), text.end(), '\n', ' ');
      if (!text.empty()) out.push_back(ProseSentence{text, date});
    }
  }
  return out;
}

size_t Words(const std::string& s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = std::isspace(static_cast<unsigned char>(c));
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

struct Run {
  size_t sentences = 0, events = 0;
  double cpu = 0, wall = 0;
};

// Codes every article once after a warm-up pass over the first 50, on this thread.
Run CodeAll(const tidings::extract::EventCoder& coder, const std::vector<tidings::v1::CleanArticle>& articles,
            size_t sentences) {
  tidings::v1::CodedArticle out;
  for (size_t i = 0; i < std::min<size_t>(articles.size(), 50); ++i) (void)coder.Code(articles[i], &out);
  Run r;
  r.sentences = sentences;
  auto t0 = std::chrono::steady_clock::now();
  double cpu0 = ThreadCpuSeconds();
  for (const auto& a : articles) {
    if (!coder.Code(a, &out).ok()) {
      std::fprintf(stderr, "extract_bench: article %s failed\n", a.id().c_str());
      std::exit(1);
    }
    r.events += static_cast<size_t>(out.events_size());
  }
  r.cpu = ThreadCpuSeconds() - cpu0;
  r.wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return r;
}

void Print(const char* what, const Run& r) {
  std::printf("  %-34s %8.0f sentences/s per core (%.2f us/sentence; %.0f/s wall), %.2f events/sentence\n", what,
              r.sentences / r.cpu, r.cpu * 1e6 / r.sentences, r.sentences / r.wall,
              static_cast<double>(r.events) / r.sentences);
}

void BenchProse(const tidings::extract::EventCoder& coder, const std::string& pages_dir, size_t n,
                const std::string& tsv) {
  size_t pages = 0;
  std::vector<ProseSentence> prose = ReadProse(pages_dir, &pages);
  if (prose.empty()) {
    std::printf("real prose: no English pages in %s (skipped)\n", pages_dir.c_str());
    return;
  }
  size_t words = 0;
  for (const auto& p : prose) words += Words(p.text);
  std::printf("real prose: %zu sentences from %zu English pages (%s), %.1f words/sentence; repeated to %zu\n",
              prose.size(), pages, pages_dir.c_str(), static_cast<double>(words) / prose.size(), n);
  if (!tsv.empty()) {
    std::ofstream f(tsv);
    f << "sentence_id\tdate\ttext\n";
    for (size_t i = 0; i < n; ++i) {
      const ProseSentence& p = prose[i % prose.size()];
      std::string date = p.date.substr(0, 4) + p.date.substr(5, 2) + p.date.substr(8, 2);
      f << "prose-" << i << "\t" << date << "\t" << p.text << "\n";
    }
    std::printf("  wrote %zu sentences to %s\n", n, tsv.c_str());
  }
  // One sentence per article, as `tidings code` reads a TSV.
  std::vector<tidings::v1::CleanArticle> singles;
  singles.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    const ProseSentence& p = prose[i % prose.size()];
    tidings::v1::CleanArticle a;
    a.set_id("prose-" + std::to_string(i));
    a.set_published(p.date);
    a.add_sentences()->set_text(p.text);
    singles.push_back(std::move(a));
  }
  Print("one sentence per article", CodeAll(coder, singles, n));
  // Whole articles of up to 25 sentences.
  std::vector<tidings::v1::CleanArticle> articles;
  for (size_t i = 0; i < n; i += 25) {
    tidings::v1::CleanArticle a;
    a.set_id("prose-article-" + std::to_string(i / 25));
    a.set_published(prose[i % prose.size()].date);
    for (size_t k = i; k < std::min(n, i + 25); ++k) a.add_sentences()->set_text(prose[k % prose.size()].text);
    articles.push_back(std::move(a));
  }
  Print("articles of 25 sentences", CodeAll(coder, articles, n));
}

void BenchGenerated(const tidings::extract::EventCoder& coder, size_t n) {
  std::mt19937 rng(20211111);
  std::vector<tidings::v1::CleanArticle> articles;
  size_t words = 0;
  for (size_t i = 0; i < n; i += 10) {
    tidings::v1::CleanArticle a;
    a.set_id("bench-" + std::to_string(i / 10));
    a.set_published("2021-11-11");
    std::string text;
    for (size_t k = 0; k < 10 && i + k < n; ++k) {
      std::string sentence = Sentence(rng);
      words += Words(sentence);
      text += sentence + " ";
    }
    a.set_text(text);
    articles.push_back(std::move(a));
  }
  std::printf("generated: %zu sentences in %zu articles, %.1f words/sentence\n", n, articles.size(),
              static_cast<double>(words) / n);
  Print("articles of 10 sentences (text)", CodeAll(coder, articles, n));
}

}  // namespace

int main(int argc, char** argv) {
  size_t n = 25000;
  std::string dict = std::string(TIDINGS_SHARED_DIR) + "/dictionaries/oeda";
  std::string pages = std::string(TIDINGS_SHARED_DIR) + "/corpora/article-extraction/dev/html";
  std::string corpus = "all", tsv;
  bool builtin = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--sentences") && i + 1 < argc) n = std::strtoul(argv[++i], nullptr, 10);
    else if (!std::strcmp(argv[i], "--dict") && i + 1 < argc) dict = argv[++i];
    else if (!std::strcmp(argv[i], "--pages") && i + 1 < argc) pages = argv[++i];
    else if (!std::strcmp(argv[i], "--corpus") && i + 1 < argc) corpus = argv[++i];
    else if (!std::strcmp(argv[i], "--write-tsv") && i + 1 < argc) tsv = argv[++i];
    else if (!std::strcmp(argv[i], "--builtin")) builtin = true;
    else {
      std::fprintf(stderr,
                   "usage: extract_bench [--sentences N] [--dict DIR] [--builtin] [--pages DIR] "
                   "[--corpus prose|generated|all] [--write-tsv FILE]\n");
      return 2;
    }
  }
  if (n == 0) n = 1;
  long rss_before = PeakRssKiB();
  tidings::extract::CoderOptions o;
  if (!builtin) {
    o.verbs_file = dict + "/CAMEO.2.0.txt";
    o.actor_files = {dict + "/Phoenix.Countries.actors.txt", dict + "/Phoenix.International.actors.txt",
                     dict + "/Phoenix.MilNonState.actors.txt"};
    o.agents_file = dict + "/Phoenix.agents.txt";
    o.discards_file = dict + "/Phoenix.discards.txt";
    o.issues_file = dict + "/Phoenix.IssueCoding.txt";
  }
  auto t0 = std::chrono::steady_clock::now();
  double cpu0 = ThreadCpuSeconds();
  std::unique_ptr<tidings::extract::EventCoder> coder;
  tidings::Status s = tidings::extract::EventCoder::Create(o, &coder);
  double load_cpu = ThreadCpuSeconds() - cpu0;
  double load = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!s.ok()) {
    std::fprintf(stderr, "extract_bench: %s\n", s.ToString().c_str());
    return 1;
  }
  long rss_loaded = PeakRssKiB();
  std::printf("extract_bench: dictionaries %s\n", builtin ? "built-in" : (dict + " (CAMEO.2.0 + Phoenix)").c_str());
  std::printf("  load time            %.3f s CPU, %.3f s wall (%zu warnings)\n", load_cpu, load, coder->warnings().size());
  if (corpus == "prose" || corpus == "all") BenchProse(*coder, pages, n, tsv);
  if (corpus == "generated" || corpus == "all") BenchGenerated(*coder, n);
  std::printf("peak RSS %.1f MiB (dictionaries: +%.1f MiB)\n", PeakRssKiB() / 1024.0,
              (rss_loaded - rss_before) / 1024.0);
  return 0;
}

// extract_bench: sentences per second per core of the event coder with the full OEDA
// dictionaries (PETRARCH2's default set), dictionary load time and peak memory.
//
// The corpus is generated: news-style sentences built from templates over real countries,
// agents, verbs and fillers (subject clauses, dates, places, reported speech, passives,
// compounds, negation), grouped into articles of 10 sentences. Usage:
//   extract_bench [--sentences N] [--dict DIR] [--builtin]
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <iterator>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

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

// CPU time of this thread: the per-core figure, unaffected by other processes on the machine.
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

long PeakRssKiB() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  size_t n = 20000;
  std::string dict = std::string(TIDINGS_SHARED_DIR) + "/dictionaries/oeda";
  bool builtin = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--sentences") && i + 1 < argc) n = std::strtoul(argv[++i], nullptr, 10);
    else if (!std::strcmp(argv[i], "--dict") && i + 1 < argc) dict = argv[++i];
    else if (!std::strcmp(argv[i], "--builtin")) builtin = true;
    else {
      std::fprintf(stderr, "usage: extract_bench [--sentences N] [--dict DIR] [--builtin]\n");
      return 2;
    }
  }
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
  std::unique_ptr<tidings::extract::EventCoder> coder;
  tidings::Status s = tidings::extract::EventCoder::Create(o, &coder);
  double load = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!s.ok()) {
    std::fprintf(stderr, "extract_bench: %s\n", s.ToString().c_str());
    return 1;
  }
  long rss_loaded = PeakRssKiB();

  // Corpus: articles of 10 generated sentences (text split by the coder, as in production).
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
      words += static_cast<size_t>(std::count(sentence.begin(), sentence.end(), ' ')) + 1;
      text += sentence + " ";
    }
    a.set_text(text);
    articles.push_back(std::move(a));
  }
  // Warm-up pass, then the measured pass (one thread: the figure is per core).
  tidings::v1::CodedArticle out;
  size_t events = 0;
  for (size_t i = 0; i < std::min<size_t>(articles.size(), 50); ++i) (void)coder->Code(articles[i], &out);
  auto t1 = std::chrono::steady_clock::now();
  double cpu0 = ThreadCpuSeconds();
  for (const auto& a : articles) {
    if (!coder->Code(a, &out).ok()) return 1;
    events += static_cast<size_t>(out.events_size());
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
  double cpu = ThreadCpuSeconds() - cpu0;
  std::printf("extract_bench: dictionaries %s\n", builtin ? "built-in" : (dict + " (CAMEO.2.0 + Phoenix)").c_str());
  std::printf("  load time            %.3f s (%zu warnings)\n", load, coder->warnings().size());
  std::printf("  corpus               %zu sentences in %zu articles, %.1f words/sentence\n", n, articles.size(),
              static_cast<double>(words) / n);
  std::printf("  events               %zu (%.2f per sentence)\n", events, static_cast<double>(events) / n);
  std::printf("  throughput           %.0f sentences/s per core of CPU time (%.2f us/sentence); %.0f/s wall clock\n",
              n / cpu, cpu * 1e6 / n, n / secs);
  std::printf("  peak RSS             %.1f MiB (dictionaries: +%.1f MiB)\n", PeakRssKiB() / 1024.0,
              (rss_loaded - rss_before) / 1024.0);
  return 0;
}

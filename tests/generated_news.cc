#include "generated_news.h"

#include <fstream>
#include <random>

#include <fmt/format.h>

namespace tidings::testing {

cli::AckedPushOptions PushOptionsFor(const DaemonUnderTest& daemon, size_t window,
                                     std::chrono::seconds give_up, std::chrono::milliseconds silence) {
  cli::AckedPushOptions o;
  o.window = window;
  o.give_up = give_up;
  o.silence = silence;
  o.locate = [dir = daemon.data_dir().string()] { return cli::LocateDaemon(dir, "ack"); };
  return o;
}

void WriteJsonLines(const std::vector<v1::Article>& articles, const std::filesystem::path& path) {
  std::ofstream out(path);
  for (const auto& a : articles) {
    nlohmann::ordered_json j{{"id", a.id()},         {"title", a.title()}, {"text", a.text()},
                             {"source", a.source()}, {"published", a.published()}};
    out << j.dump() << "\n";
  }
}

std::vector<v1::Article> GenerateNewsArticles(size_t count, const std::string& id_prefix, unsigned seed) {
  static const char* kCountries[][2] = {
      {"Turkey", "Turkish"},   {"Azerbaijan", "Azerbaijani"}, {"France", "French"},
      {"Germany", "German"},   {"Japan", "Japanese"},         {"Brazil", "Brazilian"},
      {"India", "Indian"},     {"Egypt", "Egyptian"},         {"Kenya", "Kenyan"},
      {"Mexico", "Mexican"},   {"Canada", "Canadian"},        {"Poland", "Polish"},
      {"Spain", "Spanish"},    {"Italy", "Italian"},          {"Nigeria", "Nigerian"},
      {"Pakistan", "Pakistani"}, {"Greece", "Greek"},         {"Sweden", "Swedish"},
      {"Chile", "Chilean"},    {"Vietnam", "Vietnamese"},     {"Iran", "Iranian"},
      {"Israel", "Israeli"},   {"Ukraine", "Ukrainian"},      {"Russia", "Russian"},
      {"China", "Chinese"},    {"Australia", "Australian"},   {"Argentina", "Argentine"},
      {"Peru", "Peruvian"},    {"Norway", "Norwegian"},       {"Morocco", "Moroccan"}};
  static const char* kTemplates[] = {
      "{A} President pledged support to {B} on Tuesday.",
      "{a} officials signed a trade agreement with {B} on Monday.",
      "The government of {A} condemned {B} on Wednesday.",
      "{A} accused {B} of violating the ceasefire on Thursday.",
      "{a} Foreign Minister met with officials from {B} on Friday.",
      "{A} praised {B} for its help after the floods on Sunday.",
      "Police in {A} arrested citizens of {B} on Saturday.",
      "{A} threatened {B} with sanctions on Tuesday.",
  };
  const size_t n = std::size(kCountries), t = std::size(kTemplates);
  std::mt19937 rng(seed);
  std::vector<v1::Article> out;
  out.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    auto fill = [&](std::string s) {
      size_t a = rng() % n, b = (a + 1 + rng() % (n - 1)) % n;
      for (auto [key, value] : {std::pair{"{A}", kCountries[a][0]}, std::pair{"{a}", kCountries[a][1]},
                                std::pair{"{B}", kCountries[b][0]}}) {
        for (size_t p; (p = s.find(key)) != std::string::npos;) s.replace(p, 3, value);
      }
      return s;
    };
    std::string text = fill(kTemplates[rng() % t]) + "\n\n" + fill(kTemplates[rng() % t]) +
                       "\n\nThe report was number " + std::to_string(i) + " of the day.\n\n" +
                       // Distinct names and numbers per article, so that no two generated
                       // articles are near-duplicates (which the store would count as copies).
                       fmt::format("Dispatch {} from desk {}, file {}, edition E{}.\n", 1000 + i, 7 * i + 3,
                                   7919 * i % 100000, i);
    v1::Article a;
    a.set_id(fmt::format("{}-{:05}", id_prefix, i));
    a.set_text(text);
    a.set_title(fmt::format("World news {}", i));
    a.set_source("Generated Wire");
    a.set_published("2024-03-14");
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace tidings::testing

// Helpers shared by the extract tests: writing small dictionaries to temporary files and
// coding one sentence.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "extract/event_coder.h"

namespace tidings::extract::testing {

inline std::string WriteTemp(const std::string& name, const std::string& contents) {
  auto dir = std::filesystem::temp_directory_path() / ("extract_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto path = dir / name;
  std::ofstream(path) << contents;
  return path.string();
}

inline std::string SharedDir() { return TIDINGS_SHARED_DIR; }
inline std::string Oeda(const std::string& f) { return SharedDir() + "/dictionaries/oeda/" + f; }
inline bool HaveShared() { return std::filesystem::exists(Oeda("Phoenix.agents.txt")); }

// Small dictionaries written from strings (verbs, actors, agents), named `name`.*.
inline CoderOptions SmallOptions(const std::string& name, const std::string& verbs, const std::string& actors,
                                 const std::string& agents) {
  CoderOptions o;
  o.verbs_file = WriteTemp(name + ".verbs", verbs);
  o.actor_files = {WriteTemp(name + ".actors", actors)};
  o.agents_file = WriteTemp(name + ".agents", agents);
  return o;
}

// PETRARCH2's default configuration over the OEDA files.
inline CoderOptions OedaOptions(const std::string& verbs = "CAMEO.2.0.txt") {
  CoderOptions o;
  o.verbs_file = Oeda(verbs);
  o.actor_files = {Oeda("Phoenix.Countries.actors.txt"), Oeda("Phoenix.International.actors.txt"),
                   Oeda("Phoenix.MilNonState.actors.txt")};
  o.agents_file = Oeda("Phoenix.agents.txt");
  o.discards_file = Oeda("Phoenix.discards.txt");
  o.issues_file = Oeda("Phoenix.IssueCoding.txt");
  return o;
}

// The coder with the built-in dictionaries, made once per test program; exits with the reason
// when they do not load.
inline const EventCoder& BuiltinCoder() {
  static const std::unique_ptr<EventCoder> coder = [] {
    std::unique_ptr<EventCoder> c;
    Status s = EventCoder::Create(CoderOptions{}, &c);
    if (!s.ok()) {
      std::fprintf(stderr, "the built-in dictionaries do not load: %s\n", s.ToString().c_str());
      std::exit(1);
    }
    return c;
  }();
  return *coder;
}

inline v1::CodedArticle CodeText(const EventCoder& coder, const std::string& text, const std::string& date = "2021-11-11",
                                 const std::string& id = "t") {
  v1::CleanArticle a;
  a.set_id(id);
  a.set_text(text);
  a.set_published(date);
  v1::CodedArticle out;
  Status s = coder.Code(a, &out);
  if (!s.ok()) std::fprintf(stderr, "code failed: %s\n", s.ToString().c_str());
  return out;
}

// "SRC CODE TGT" triples of an article's events ("-" for an absent target, as the devset writes it).
inline std::vector<std::string> Triples(const v1::CodedArticle& coded) {
  std::vector<std::string> out;
  for (const auto& e : coded.events()) {
    out.push_back(e.source().code() + " " + e.code() + " " + (e.has_target() ? e.target().code() : std::string("-")));
  }
  return out;
}

}  // namespace tidings::extract::testing

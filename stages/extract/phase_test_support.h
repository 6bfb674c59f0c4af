// Helpers for the tests of the coder's phases (mentions, clauses, pattern matching, article
// context): small dictionaries loaded from strings, and a sentence taken through the phases.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "extract/article_context.h"
#include "extract/clauses.h"
#include "extract/coder_dictionaries.h"
#include "extract/mentions.h"
#include "extract/sentence.h"
#include "extract/test_support.h"

namespace tidings::extract::testing {

// Dictionaries from the given texts (built-in CAMEO table and gazetteer); fails the test on
// a load error.
inline std::unique_ptr<Dictionaries> LoadSmall(const std::string& name, const std::string& verbs,
                                               const std::string& actors, const std::string& agents) {
  CoderOptions o = SmallOptions(name, verbs, actors, agents);
  auto d = std::make_unique<Dictionaries>();
  std::vector<std::string> warnings;
  Status s = LoadDictionaries(o, d.get(), &warnings);
  if (!s.ok()) {
    ADD_FAILURE() << s.ToString();
    return nullptr;
  }
  for (const std::string& w : warnings) ADD_FAILURE() << w;
  return d;
}

// One sentence taken through the phases, in an article context that persists between calls.
struct PhaseRun {
  explicit PhaseRun(const Dictionaries& dict) : d(dict) { ctx.date = 20211111; }
  // Tokenises and finds the mentions (and, with `verbs`, the verbs).
  void Prepare(const std::string& sentence, bool verbs = true) {
    text = sentence;
    Tokenize(text, d.lexicon, &work.tokens);
    work.IndexWords(d);
    MentionFinder(d, &ctx, &work, text, nullptr).Run();
    if (verbs) VerbFinder(d, &work, text, nullptr).Run();
  }
  // "CODE CODE" per group, "+" between the members of a compound.
  std::vector<std::string> Groups() const {
    std::vector<std::string> out;
    for (const Group& g : work.groups) {
      std::string s;
      for (int m : g.members) s += (s.empty() ? "" : "+") + work.mentions[m].code;
      out.push_back(s);
    }
    return out;
  }
  // The group whose text starts with `word` (upper case), or -1.
  int GroupAt(const std::string& word) const {
    for (size_t g = 0; g < work.groups.size(); ++g) {
      if (work.tokens[work.groups[g].begin].upper == word) return static_cast<int>(g);
    }
    return -1;
  }
  // The verb whose head is `word` (upper case), or -1.
  int VerbAt(const std::string& word) const {
    for (size_t v = 0; v < work.verbs.size(); ++v) {
      if (work.tokens[work.verbs[v].head].upper == word) return static_cast<int>(v);
    }
    return -1;
  }
  const Dictionaries& d;
  ArticleContext ctx;
  SentenceWork work;
  std::string text;
};

}  // namespace tidings::extract::testing

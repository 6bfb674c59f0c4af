// Readers for the extraction development set (tests/extract_devset): the hand-coded sentences
// (devset.jsonl) and the score floors the devset test asserts (floors.tsv). README.md beside
// this file describes both formats and the coding conventions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tidings/status.h"

namespace tidings::devset {

// One event as (source actor, CAMEO event code, target actor); an absent actor is "".
struct Triple {
  std::string source;
  std::string code;
  std::string target;
};

// One hand-coded sentence. Sentences sharing `article` are one article, in file order.
struct Record {
  std::string id;
  std::string category;
  std::string article;  // defaults to id
  std::string date;     // YYYY-MM-DD, the article's publication date
  std::string text;
  std::vector<Triple> events;  // what a careful human coder takes from this sentence
  int line = 0;                // 1-based line in the file, for messages
};

// Parses "SRC CODE TGT" ("-" for an absent actor), e.g. "TURGOV 111 ISR".
// Fails with InvalidInput naming the text when it is not three fields.
Status ParseTriple(const std::string& text, Triple* out);

// Reads a devset file: one JSON object a line (blank lines and lines starting with '#'
// skipped). Fails with IoError when unreadable, InvalidInput naming "file:line" and the problem
// for a malformed record (missing or mistyped field, bad event, duplicate id, an article whose
// records disagree on the date). *out is left unchanged on failure.
Status ReadDevset(const std::string& path, std::vector<Record>* out);

// The devset file the tests read: $TIDINGS_DEVSET_FILE when set (a writer checks a draft kept
// elsewhere, e.g. in another worktree, with an existing build), else devset.jsonl in `dir`.
std::string DevsetFile(const std::string& dir);

// A floor the devset test asserts: for `dictionaries` ("builtin" or "oeda" over all records,
// "builtin-blind" or "oeda-blind" over the blind records, ids "blind-...", and likewise
// "-blind2" and "-blind3" over the second and third held-out sets), `scope` (a
// category or "overall") at `match` ("loose" or "exact"), precision, recall and F1 at least the
// minimum given, false positives at most the maximum given.
struct Floor {
  std::string dictionaries;
  std::string scope;
  std::string match;
  std::optional<double> min_precision, min_recall, min_f1;
  std::optional<long> max_false_positives;
  int line = 0;
};

// Reads floors.tsv (header `dictionaries scope match min_precision min_recall min_f1
// max_false_positives`, '-' for no limit, '#' comments). Same failure contract as ReadDevset.
Status ReadFloors(const std::string& path, std::vector<Floor>* out);

}  // namespace tidings::devset

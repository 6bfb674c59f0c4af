// EventCoder: codes raw news text into CAMEO events with TABARI/PETRARCH dictionaries, with
// no parser. Per sentence: tokens -> actor mentions (mentions.h: longest dictionary match,
// agents composed onto countries, pronoun and definite-reference carry-over within the
// article, article_context.h) -> verbs (clauses.h: inflected forms, voice, negation) -> the
// most specific verb pattern (pattern_matcher.h) -> source and target (sentence_coder.h:
// pattern slots, else subject/object position; passive "by"; compounds; reported speech) ->
// events with dates, places and issues (date_resolver.h, sentence_extras.h).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "tidings/status.h"
#include "tidings/v1/tidings.pb.h"

namespace tidings::extract {

struct CoderOptions {
  std::string verbs_file;                // empty -> built-in verbs
  std::vector<std::string> actor_files;  // empty -> built-in actors (several files allowed)
  std::string agents_file;               // empty -> built-in agents
  std::string discards_file;             // empty -> none
  std::string issues_file;               // empty -> none
  std::string cameo_codes_file;          // empty -> built-in CAMEO table
  std::string gazetteer_file;            // empty -> built-in gazetteer
};

struct Dictionaries;  // the compiled dictionaries (coder_dictionaries.h)

// Counts of what was loaded, for logs and tests.
struct CoderStats {
  size_t verb_blocks = 0, verb_patterns = 0, verb_forms = 0, transformations = 0;
  size_t actor_records = 0, actor_phrases = 0, agent_records = 0;
  size_t discards = 0, issue_phrases = 0, cameo_codes = 0, places = 0, words = 0;
};

class EventCoder {
 public:
  // Loads and compiles the dictionaries. A file that cannot be read fails with IoError; lines
  // that cannot be understood are skipped and listed in warnings() as "file:line: reason".
  static Status Create(const CoderOptions& options, std::unique_ptr<EventCoder>* coder);
  ~EventCoder();

  // Codes every sentence of the article (article.sentences when present, else its text split
  // into sentences). article.published is the reference date for relative dates and
  // date-restricted actor codes. Fills out->article (a copy) and out->events.
  // Thread-safe: the coder is immutable after Create.
  Status Code(const v1::CleanArticle& article, v1::CodedArticle* out) const;
  // Like Code, but moves the article into out->article() instead of copying it; `article` is
  // left valid with unspecified contents (callers reuse it for the next article).
  Status Code(v1::CleanArticle&& article, v1::CodedArticle* out) const;

  // Like Code, and appends to *explanation, per sentence, the tokens, the actors and verbs
  // found, and why each pattern matched or not.
  Status Explain(const v1::CleanArticle& article, v1::CodedArticle* out, std::string* explanation) const;

  const std::vector<std::string>& warnings() const { return warnings_; }
  CoderStats stats() const;

 private:
  EventCoder();
  // Codes out->article() into out->events.
  Status CodeArticle(v1::CodedArticle* out, std::string* explanation) const;
  std::unique_ptr<Dictionaries> dict_;
  std::vector<std::string> warnings_;
};

}  // namespace tidings::extract

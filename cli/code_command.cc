// `tidings code`: the extract stage's coder on files or stdin, without the daemon.
//
// Input: sentences as TSV with a header (sentence_id, date as YYYYMMDD, text), or articles as
// JSON lines (id, title, text, published, url, source). Output: one event a line, in the JSON
// shape every command shares (tidings/event_json.h).
#include <CLI/CLI.hpp>

#include <google/protobuf/arena.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "commands.h"
#include "extract/event_coder.h"
#include "tidings/event_json.h"

namespace tidings::cli {
namespace {

struct CodeOptions {
  std::vector<std::string> files;
  extract::CoderOptions coder;
  bool explain = false;
  bool show_warnings = false;
};

std::string TsvDate(const std::string& yyyymmdd) {
  if (yyyymmdd.size() != 8) return yyyymmdd;
  return yyyymmdd.substr(0, 4) + "-" + yyyymmdd.substr(4, 2) + "-" + yyyymmdd.substr(6, 2);
}

// Codes one input stream; returns false on unreadable input (reported with file:line).
bool CodeStream(std::istream& in, const std::string& name, const extract::EventCoder& coder, bool explain) {
  std::string line;
  int number = 0;
  enum class Format { kUnknown, kTsv, kJson } format = Format::kUnknown;
  bool ok = true;
  // Each line's messages live in an arena that is reset for the next line: no allocation per
  // string and event (which showed in the profile at a sentence a line).
  google::protobuf::ArenaOptions arena_options;
  constexpr size_t kArenaBlock = 1 << 20;
  std::unique_ptr<char[]> arena_block(new char[kArenaBlock]);  // not zeroed: untouched pages cost nothing
  arena_options.initial_block = arena_block.get();
  arena_options.initial_block_size = kArenaBlock;
  google::protobuf::Arena arena(arena_options);
  std::string explanation;
  std::string output;  // events, written in large chunks
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    arena.Reset();
    v1::CleanArticle& article = *google::protobuf::Arena::CreateMessage<v1::CleanArticle>(&arena);
    v1::CodedArticle& coded = *google::protobuf::Arena::CreateMessage<v1::CodedArticle>(&arena);
    if (format == Format::kUnknown) {
      if (line.front() == '{') {
        format = Format::kJson;
      } else if (line.rfind("sentence_id\t", 0) == 0) {
        format = Format::kTsv;
        continue;
      } else {
        std::cerr << name << ":" << number
                  << ": expected a TSV header 'sentence_id<TAB>date<TAB>text' or a JSON object per line\n";
        std::cout.write(output.data(), static_cast<std::streamsize>(output.size()));
        return false;
      }
    }
    if (format == Format::kJson) {
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.is_object()) {
        std::cerr << name << ":" << number << ": not a JSON object; line skipped\n";
        ok = false;
        continue;
      }
      auto str = [&](const char* k) { return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : std::string(); };
      article.set_id(str("id"));
      article.set_title(str("title"));
      article.set_text(str("text"));
      article.set_published(str("published").substr(0, 10));
      article.set_url(str("url"));
      article.set_source(str("source"));
      if (article.text().empty()) {
        std::cerr << name << ":" << number << ": article has no \"text\"; line skipped\n";
        ok = false;
        continue;
      }
    } else {
      size_t t1 = line.find('\t');
      size_t t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
      if (t2 == std::string::npos) {
        std::cerr << name << ":" << number << ": expected 3 tab-separated fields (sentence_id, date, text); line skipped\n";
        ok = false;
        continue;
      }
      article.set_id(line.data(), t1);
      article.set_published(TsvDate(line.substr(t1 + 1, t2 - t1 - 1)));
      article.add_sentences()->set_text(line.data() + t2 + 1, line.size() - t2 - 1);
    }
    explanation.clear();
    Status s = explain ? coder.Explain(article, &coded, &explanation) : coder.Code(std::move(article), &coded);
    if (!s.ok()) {
      std::cerr << name << ":" << number << ": " << s.ToString() << "\n";
      ok = false;
      continue;
    }
    if (explain) output += "# article " + article.id() + "\n" + explanation;
    for (const auto& e : coded.events()) {
      output += EventToJsonLine(e);
      output.push_back('\n');
    }
    if (output.size() >= (1 << 16)) {
      std::cout.write(output.data(), static_cast<std::streamsize>(output.size()));
      output.clear();
    }
  }
  std::cout.write(output.data(), static_cast<std::streamsize>(output.size()));
  std::cout.flush();
  return ok;
}

int RunCode(const CodeOptions& o) {
  std::unique_ptr<extract::EventCoder> coder;
  Status s = extract::EventCoder::Create(o.coder, &coder);
  if (!s.ok()) {
    std::cerr << "tidings code: " << s.ToString() << "\n";
    return 2;
  }
  if (o.show_warnings || o.explain) {
    for (const std::string& w : coder->warnings()) std::cerr << "warning: " << w << "\n";
  } else if (!coder->warnings().empty()) {
    std::cerr << "tidings code: " << coder->warnings().size()
              << " dictionary lines were skipped (--warnings lists them)\n";
  }
  bool ok = true;
  if (o.files.empty() || (o.files.size() == 1 && o.files[0] == "-")) {
    ok = CodeStream(std::cin, "<stdin>", *coder, o.explain);
  } else {
    for (const std::string& f : o.files) {
      std::ifstream in(f);
      if (!in) {
        std::cerr << "tidings code: cannot read " << f << "\n";
        ok = false;
        continue;
      }
      ok = CodeStream(in, f, *coder, o.explain) && ok;
    }
  }
  // The process ends here: freeing the dictionaries' few hundred thousand objects would cost
  // as much as coding a thousand sentences, and the operating system reclaims them anyway.
  (void)coder.release();
  return ok ? 0 : 1;
}

}  // namespace

void RegisterCodeCommand(CLI::App& app) {
  auto opts = std::make_shared<CodeOptions>();
  CLI::App* cmd = app.add_subcommand("code", "Code sentences (TSV) or articles (JSON lines) into CAMEO events, offline");
  cmd->add_option("files", opts->files, "Input files (default: stdin)");
  cmd->add_option("--verbs", opts->coder.verbs_file, "Verb pattern dictionary (replaces the built-in verbs)");
  cmd->add_option("--actors", opts->coder.actor_files, "Actor dictionary; repeat for several (replaces the built-in actors)");
  cmd->add_option("--agents", opts->coder.agents_file, "Agent dictionary (replaces the built-in agents)");
  cmd->add_option("--discards", opts->coder.discards_file, "Discard list");
  cmd->add_option("--issues", opts->coder.issues_file, "Issue coding dictionary");
  cmd->add_flag("--explain", opts->explain, "Print, per sentence, tokens, actors, verbs and why each pattern matched or not");
  cmd->add_flag("--warnings", opts->show_warnings, "List dictionary lines that could not be read");
  cmd->callback([opts]() {
    int rc = RunCode(*opts);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace tidings::cli

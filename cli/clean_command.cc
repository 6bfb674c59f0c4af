// tidings clean FILE...: runs the clean stage's library on files, without the daemon, and
// prints per file one JSON object: file, id (the file name without its extensions), text
// (paragraphs separated by blank lines) and the metadata; a file that cannot be read or
// cleaned gets an object with "error" instead. Near-duplicates among the files are marked.
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "clean/article_cleaner.h"
#include "clean/near_duplicate_index.h"
#include "commands.h"

namespace tidings::cli {

namespace {

struct CleanOptions {
  std::vector<std::string> files;
  std::string format = "json";
  bool sentences = false;
};

std::string FileId(const std::string& file) {
  std::string name = std::filesystem::path(file).filename().string();
  return name.substr(0, name.find('.'));
}

bool ReadWholeFile(const std::string& path, std::string* out, std::string* error) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    *error = "is a directory";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = std::string("cannot open: ") + std::strerror(errno);
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    *error = "read error";
    return false;
  }
  *out = ss.str();
  return true;
}

nlohmann::json CleanFile(const std::string& file, clean::ArticleCleaner& cleaner, clean::NearDuplicateIndex& index,
                         bool with_sentences) {
  nlohmann::json j;
  j["file"] = file;
  j["id"] = FileId(file);
  std::string bytes, error;
  if (!ReadWholeFile(file, &bytes, &error)) {
    j["error"] = file + ": " + error;
    return j;
  }
  v1::Article article;
  article.set_id(FileId(file));
  std::string ext = std::filesystem::path(file).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".txt" || ext == ".text") {
    article.set_text(bytes);  // the cleaner repairs invalid UTF-8
  } else {
    article.set_html(bytes);  // markup or not: the cleaner sniffs
  }
  v1::CleanArticle clean;
  Status s = cleaner.Clean(article, &clean);
  if (!s.ok()) {
    j["error"] = s.message();
    return j;
  }
  index.Check(&clean);
  j["text"] = clean.text();
  j["title"] = clean.title();
  j["published"] = clean.published();
  j["modified"] = clean.modified();
  j["authors"] = std::vector<std::string>(clean.authors().begin(), clean.authors().end());
  j["site_name"] = clean.site_name();
  j["canonical_url"] = clean.canonical_url();
  j["language"] = clean.language();
  j["language_confidence"] = std::round(static_cast<double>(clean.language_confidence()) * 100.0) / 100.0;
  j["dateline"] = clean.dateline();
  j["paragraph_count"] = clean.paragraph_count();
  j["sentence_count"] = clean.sentences_size();
  if (with_sentences) {
    nlohmann::json sentences = nlohmann::json::array();
    for (const auto& sentence : clean.sentences())
      sentences.push_back({{"text", sentence.text()}, {"paragraph", sentence.paragraph()}});
    j["sentences"] = std::move(sentences);
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(clean.simhash()));
  j["simhash"] = hex;
  j["duplicate_of"] = clean.duplicate_of();
  return j;
}

int RunClean(const CleanOptions& o) {
  clean::ArticleCleaner cleaner;
  clean::NearDuplicateIndex index;
  bool jsonl = o.format == "jsonl";
  int failed = 0;
  if (!jsonl) std::cout << "[\n";
  for (size_t i = 0; i < o.files.size(); ++i) {
    nlohmann::json j = CleanFile(o.files[i], cleaner, index, o.sentences);
    if (j.contains("error")) ++failed;
    // Text is valid UTF-8 by construction; file names may not be.
    std::string line = j.dump(jsonl ? -1 : 2, ' ', false, nlohmann::json::error_handler_t::replace);
    if (jsonl) {
      std::cout << line << "\n";
    } else {
      std::cout << line << (i + 1 < o.files.size() ? ",\n" : "\n");
    }
  }
  if (!jsonl) std::cout << "]\n";
  std::cout.flush();
  return failed == 0 ? 0 : 1;
}

}  // namespace

void RegisterCleanCommand(CLI::App& app) {
  auto o = std::make_shared<CleanOptions>();
  CLI::App* cmd = app.add_subcommand(
      "clean",
      "Extract the article body and metadata of HTML or text files (offline, no daemon); "
      "prints one JSON object per file (exit status 1 when any file failed)");
  cmd->add_option("files", o->files, "HTML files (any charset) or plain-text files (.txt)")->required();
  cmd->add_option("--format", o->format, "json (an array, default) or jsonl (one object per line)")
      ->check(CLI::IsMember({"json", "jsonl"}));
  cmd->add_flag("--sentences", o->sentences, "also print the sentences the coder receives");
  cmd->callback([o]() {
    int rc = RunClean(*o);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace tidings::cli

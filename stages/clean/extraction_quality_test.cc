// Scores the cleaner on the article-extraction dev corpus with the benchmark's own scorer.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "clean/article_cleaner.h"

namespace tidings::clean {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(ExtractionQuality, DevCorpusF1AtLeast095) {
  fs::path corpus = fs::path(TIDINGS_SHARED_DIR) / "corpora" / "article-extraction";
  if (!fs::exists(corpus / "dev" / "ground-truth.json")) GTEST_SKIP() << "needs ../shared/corpora/article-extraction";
  if (!fs::exists("/usr/bin/python3")) GTEST_SKIP() << "needs /usr/bin/python3 to run the benchmark's score.py";
  auto truth = nlohmann::json::parse(ReadFile(corpus / "dev" / "ground-truth.json"));
  fs::path predictions = fs::path(TIDINGS_BINARY_DIR) / "clean_dev_predictions.jsonl";
  std::ofstream out(predictions);
  CleanerOptions options;
  options.split_sentences = false;
  ArticleCleaner cleaner(options);
  int pages = 0;
  for (const auto& entry : fs::directory_iterator(corpus / "dev" / "html")) {
    std::string id = entry.path().filename().string();
    id = id.substr(0, id.find('.'));
    v1::Article article;
    article.set_id(id);
    article.set_html(ReadFile(entry.path()));
    if (truth.contains(id)) article.set_url(truth[id].value("url", ""));
    v1::CleanArticle clean;
    Status s = cleaner.Clean(article, &clean);
    EXPECT_TRUE(s.ok()) << id << ": " << s.ToString();
    nlohmann::json rec = {{"id", id}, {"text", clean.text()}, {"method", cleaner.last_method()}};
    out << rec.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    ++pages;
  }
  out.close();
  EXPECT_EQ(pages, 60);
  std::string cmd = "/usr/bin/python3 " + (corpus / "score.py").string() + " " +
                    (corpus / "dev" / "ground-truth.json").string() + " " + predictions.string();
  FILE* pipe = popen(cmd.c_str(), "r");
  ASSERT_NE(pipe, nullptr) << "cannot run " << cmd;
  std::string output;
  char buf[512];
  while (fgets(buf, sizeof buf, pipe)) output += buf;
  int rc = pclose(pipe);
  ASSERT_EQ(rc, 0) << cmd << "\n" << output;
  // "pages 60 missing 0 precision 0.967 recall 0.958 F1 0.962"
  size_t pos = output.rfind("F1 ");
  ASSERT_NE(pos, std::string::npos) << output;
  double f1 = std::stod(output.substr(pos + 3));
  std::printf("%s", output.c_str());
  EXPECT_GE(f1, 0.95) << output << "per page: python3 score.py ground-truth.json " << predictions << " --per-page";
}

}  // namespace
}  // namespace tidings::clean

// Runs `tidings clean` (cli/clean_command.cc) through CLI11 on real files.
#include <gtest/gtest.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "commands.h"

namespace tidings::cli {
namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("clean_command_test_" + std::to_string(::getpid()));
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  std::string Write(const std::string& name, const std::string& content) {
    std::ofstream(path / name, std::ios::binary) << content;
    return (path / name).string();
  }
};

int RunCli(std::vector<std::string> args, std::string* out) {
  CLI::App app{"tidings"};
  RegisterCleanCommand(app);
  std::vector<const char*> argv = {"tidings"};
  for (const auto& a : args) argv.push_back(a.c_str());
  testing::internal::CaptureStdout();
  int rc = 0;
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError& e) {
    rc = e.get_exit_code();
  }
  *out = testing::internal::GetCapturedStdout();
  return rc;
}

const char* kHtml =
    "<html><head><title>Talks</title><meta property='article:published_time' content='2021-11-11'></head>"
    "<body><nav><a href=/>Home</a></nav><article><p>The first paragraph of the article, which is long "
    "enough, with commas, to be the body.</p><p>The second paragraph of the article follows it here, "
    "also with enough words.</p></article></body></html>";

TEST(CleanCommand, JsonLinesOnePerFileWithIdsAndErrors) {
  TempDir dir;
  std::string html = dir.Write("page-1.html", kHtml);
  std::string txt = dir.Write("wire.story.txt", " date 2021-11-11 By Azernews\n\nBy Ann Lee\n\nFirst body paragraph.\n\nSecond body paragraph.\n");
  std::string missing = (dir.path / "missing.html").string();
  std::string out;
  int rc = RunCli({"clean", "--format", "jsonl", html, txt, missing}, &out);
  EXPECT_EQ(rc, 1);  // one file failed
  std::istringstream lines(out);
  std::vector<nlohmann::json> objs;
  for (std::string line; std::getline(lines, line);) objs.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(objs.size(), 3u) << out;
  EXPECT_EQ(objs[0]["id"], "page-1");
  EXPECT_EQ(objs[0]["file"], html);
  EXPECT_EQ(objs[0]["published"], "2021-11-11");
  EXPECT_EQ(objs[0]["title"], "Talks");
  std::string text = objs[0]["text"];
  EXPECT_NE(text.find("body.\n\nThe second paragraph"), std::string::npos) << text;
  EXPECT_EQ(text.find("Home"), std::string::npos);
  EXPECT_EQ(objs[1]["id"], "wire");
  EXPECT_EQ(objs[1]["text"], "First body paragraph.\n\nSecond body paragraph.");
  EXPECT_EQ(objs[1]["authors"][0], "Ann Lee");
  EXPECT_EQ(objs[2]["id"], "missing");
  EXPECT_TRUE(objs[2].contains("error"));
  EXPECT_FALSE(objs[2].contains("text"));
}

TEST(CleanCommand, JsonArrayByDefaultAndDuplicatesMarked) {
  TempDir dir;
  std::string a = dir.Write("a.html", kHtml);
  std::string b = dir.Write("b.html", kHtml);
  std::string out;
  EXPECT_EQ(RunCli({"clean", a, b}, &out), 0);
  nlohmann::json arr = nlohmann::json::parse(out);
  ASSERT_TRUE(arr.is_array());
  ASSERT_EQ(arr.size(), 2u);
  EXPECT_EQ(arr[0]["duplicate_of"], "");
  EXPECT_EQ(arr[1]["duplicate_of"], "a");
  EXPECT_EQ(arr[0]["language"], "en");
}

}  // namespace
}  // namespace tidings::cli

#include "clean/article_cleaner.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "clean/charset_decoder.h"
#include "clean/plain_text.h"
#include "clean/sentence_splitter.h"

namespace tidings::clean {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

double SecondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

TEST(ArticleCleaner, SeedArticlePlainText) {
  fs::path seed = fs::path(TIDINGS_SHARED_DIR) / "seeds" / "azernews-2021-11-11.txt";
  if (!fs::exists(seed)) GTEST_SKIP() << "needs ../shared/seeds";
  v1::Article a;
  a.set_id("azernews");
  a.set_text(ReadFile(seed));
  a.mutable_labels()->insert({"feed", "seed"});
  ArticleCleaner cleaner;
  v1::CleanArticle out;
  Status s = cleaner.Clean(a, &out);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(out.id(), "azernews");
  EXPECT_EQ(out.labels().at("feed"), "seed");
  EXPECT_EQ(out.published(), "2021-11-11");
  EXPECT_EQ(out.text().rfind("Turkish President Recep Tayyip Erdogan has pledged", 0), 0u) << out.text().substr(0, 200);
  EXPECT_EQ(out.text().find("date 2021"), std::string::npos);
  EXPECT_EQ(out.text().find("By Vafa"), std::string::npos);
  ASSERT_EQ(out.authors_size(), 1);
  EXPECT_EQ(out.authors(0), "Vafa Ismayilova");
  EXPECT_EQ(out.site_name(), "Azernews");
  EXPECT_EQ(out.source(), "Azernews");
  EXPECT_EQ(out.paragraph_count(), 12u);
  EXPECT_NE(out.text().find("\n\nIn a letter of congratulation"), std::string::npos);
  EXPECT_EQ(out.language(), "en");
  EXPECT_GT(out.language_confidence(), 0.5f);
  ASSERT_GE(out.sentences_size(), 12);
  EXPECT_EQ(out.sentences(0).paragraph(), 0u);
  EXPECT_EQ(out.sentences(out.sentences_size() - 1).paragraph(), 11u);
  EXPECT_TRUE(out.text().back() != '\n');
}

TEST(ArticleCleaner, HtmlPageWithDatelineAndMetadata) {
  std::string html = R"(<!doctype html><html lang="en"><head><meta charset="windows-1252">
    <title>Leaders meet | Wire</title><meta property="og:site_name" content="The Wire">
    <meta property="article:published_time" content="2021-11-11T08:00:00Z"></head><body>
    <nav><a href="/">Home</a></nav><article>
    <p>WASHINGTON (AP) )" "\x97" R"( President Joe Biden met Gen. Mark Milley and Sen. Jon Tester on Tuesday at the White House, officials said.</p>
    <p>The meeting, which lasted two hours, covered the withdrawal, the budget and the new defense bill, aides said.</p>
    <p>Milley told reporters that the U.S. military would keep forces in the region. He declined to give numbers.</p>
    </article></body></html>)";
  v1::Article a;
  a.set_id("x");
  a.set_url("https://example.com/2021/11/11/leaders");
  a.set_html(html);
  ArticleCleaner cleaner;
  v1::CleanArticle out;
  Status s = cleaner.Clean(a, &out);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(out.dateline(), "WASHINGTON");
  EXPECT_EQ(out.title(), "Leaders meet | Wire");  // two-word head: the suffix may be part of it
  EXPECT_EQ(out.site_name(), "The Wire");
  EXPECT_EQ(out.published(), "2021-11-11T08:00:00Z");
  EXPECT_EQ(out.paragraph_count(), 3u);
  EXPECT_NE(out.text().find("(AP) \xE2\x80\x94 President"), std::string::npos) << out.text();  // cp1252 em dash
  EXPECT_EQ(out.url(), "https://example.com/2021/11/11/leaders");
  // "Gen.", "Sen." and "U.S." do not end sentences.
  ASSERT_EQ(out.sentences_size(), 4) << out.sentences(0).text();
  EXPECT_EQ(out.sentences(2).text(), "Milley told reporters that the U.S. military would keep forces in the region.");
  EXPECT_EQ(out.sentences(3).paragraph(), 2u);
}

TEST(SentenceSplitter, NewsAbbreviations) {
  SentenceSplitter splitter;
  auto s = splitter.Split("Lt. Col. Ann Lee arrived in Washington, D.C. on Nov. 11. She met Rep. Smith. Then left!");
  ASSERT_EQ(s.size(), 3u) << s[0] << "|" << s[1] << "|" << s[2];
  EXPECT_EQ(s[0], "Lt. Col. Ann Lee arrived in Washington, D.C. on Nov. 11.");
  EXPECT_EQ(s[2], "Then left!");
  EXPECT_EQ(splitter.Split("A headline without a full stop").size(), 1u);
}

TEST(Dateline, WireForms) {
  Dateline d;
  ASSERT_TRUE(ParseDateline("BAKU, Nov. 11, 2021 (Reuters) - Azerbaijan said", &d));
  EXPECT_EQ(d.location, "BAKU");
  EXPECT_EQ(d.agency, "Reuters");
  EXPECT_EQ(d.date, "2021-11-11");
  ASSERT_TRUE(ParseDateline("MADRID \xE2\x80\x94 Rafael Nadal kept Spain\xE2\x80\x99s hopes alive", &d));
  EXPECT_EQ(d.location, "MADRID");
  ASSERT_TRUE(ParseDateline("Hong Kong (CNN Business) A muddled view of US-China trade", &d));
  EXPECT_EQ(d.location, "Hong Kong");
  EXPECT_EQ(d.agency, "CNN Business");
  EXPECT_FALSE(ParseDateline("The president said on Tuesday - in a speech - that", &d));
  EXPECT_FALSE(ParseDateline("Tested by: John Milbank RRP: 49.95 Euro", &d));
}

TEST(PlainText, HeadlineHeaderFieldsAndWrappedLines) {
  PlainTextArticle p = ParsePlainText(
      "Title: Border talks resume\r\nDate: November 11, 2021\r\n\r\nThe talks resumed on\r\nThursday in Geneva.\r\n\r\n"
      "Second paragraph here.\r\n");
  EXPECT_EQ(p.title, "Border talks resume");
  EXPECT_EQ(p.published, "2021-11-11");
  ASSERT_EQ(p.paragraphs.size(), 2u);
  EXPECT_EQ(p.paragraphs[0], "The talks resumed on Thursday in Geneva.");
  PlainTextArticle lines = ParsePlainText("One line.\nAnother line.\nThird.");
  EXPECT_EQ(lines.paragraphs.size(), 3u);
}

TEST(ArticleCleaner, UnusableInputGetsAClearError) {
  ArticleCleaner cleaner;
  v1::CleanArticle out;
  v1::Article empty;
  Status s = cleaner.Clean(empty, &out);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("no content"), std::string::npos);

  v1::Article png;
  png.set_html(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20));
  s = cleaner.Clean(png, &out);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("binary"), std::string::npos) << s.message();

  v1::Article nothing;
  nothing.set_html("<html><head><title>x</title><script>var a=1;</script></head><body><nav><a href=/>Home</a></nav></body></html>");
  s = cleaner.Clean(nothing, &out);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("no article text"), std::string::npos) << s.message();

  v1::Article whitespace;
  whitespace.set_text(" \n\n \t ");
  EXPECT_FALSE(cleaner.Clean(whitespace, &out).ok());
}

TEST(ArticleCleaner, RandomBytesNeverCrashAndNeverYieldInvalidUtf8) {
  ArticleCleaner cleaner;
  std::mt19937 rng(1);
  for (int round = 0; round < 100; ++round) {
    std::string bytes(1 + rng() % 3000, '\0');
    for (auto& c : bytes) c = static_cast<char>(rng());
    if (round % 2) bytes = "<html><body><p>" + bytes;
    v1::Article a;
    a.set_html(bytes);
    v1::CleanArticle out;
    Status s = cleaner.Clean(a, &out);
    if (s.ok()) {
      EXPECT_TRUE(IsValidUtf8(out.text()));
      EXPECT_TRUE(IsValidUtf8(out.title()));
    } else {
      EXPECT_FALSE(s.message().empty());
    }
  }
}

TEST(ArticleCleaner, TruncatedDocumentsStillGiveTheirText) {
  fs::path dir = fs::path(TIDINGS_SHARED_DIR) / "corpora" / "article-extraction" / "dev" / "html";
  if (!fs::exists(dir)) GTEST_SKIP() << "needs ../shared/corpora/article-extraction";
  ArticleCleaner cleaner;
  int ok = 0, pages = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (++pages > 10) break;
    std::string html = ReadFile(e.path());
    for (double cut : {0.3, 0.6, 0.9}) {
      v1::Article a;
      a.set_html(html.substr(0, static_cast<size_t>(html.size() * cut)));
      v1::CleanArticle out;
      Status s = cleaner.Clean(a, &out);
      if (s.ok()) {
        ++ok;
        EXPECT_TRUE(IsValidUtf8(out.text()));
      } else {
        EXPECT_EQ(s.code(), Status::Code::kInvalidInput) << s.ToString();
      }
    }
  }
  EXPECT_GT(ok, 15);  // most cut pages still hold some article text
}

TEST(ArticleCleaner, FiftyMegabytePageIsRefusedQuickly) {
  std::string html = "<html><body>";
  std::string p = "<p>" + std::string(1000, 'x') + "</p>";
  while (html.size() < (50u << 20)) html += p;
  v1::Article a;
  a.set_html(std::move(html));
  ArticleCleaner cleaner;
  v1::CleanArticle out;
  auto t = Clock::now();
  Status s = cleaner.Clean(a, &out);
  EXPECT_LT(SecondsSince(t), 1.0);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("limit"), std::string::npos) << s.message();
}

TEST(ArticleCleaner, LargePageWithinTheLimitIsCleanedInBoundedTime) {
  // 12 MB of paragraphs, just under the default 16 MiB limit.
  std::string html = "<html><body><article>";
  const std::string p =
      "<p>The committee, which met for the third time this week, said the budget would be published, "
      "debated and voted on before the end of the month, officials confirmed on Monday.</p>\n";
  while (html.size() < (12u << 20)) html += p;
  html += "</article></body></html>";
  v1::Article a;
  a.set_html(html);
  ArticleCleaner cleaner;
  v1::CleanArticle out;
  auto t = Clock::now();
  Status s = cleaner.Clean(a, &out);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_LT(SecondsSince(t), 20.0);
  EXPECT_LE(out.text().size(), CleanerOptions{}.max_text_bytes);
  EXPECT_GT(out.paragraph_count(), 1000u);
}

TEST(ArticleCleaner, HundredThousandLevelsOfNesting) {
  for (const char* open : {"<div>", "<b><i>", "<table><tr><td>", "<p><span>"}) {
    std::string html = "<html><body>";
    for (int i = 0; i < 100000; ++i) html += open;
    html += "The text at the bottom of a very deep tree, which is still a sentence, and has commas.";
    v1::Article a;
    a.set_html(html);
    ArticleCleaner cleaner;
    v1::CleanArticle out;
    auto t = Clock::now();
    Status s = cleaner.Clean(a, &out);
    EXPECT_LT(SecondsSince(t), 10.0) << open;
    if (s.ok()) {
      EXPECT_NE(out.text().find("bottom of a very deep tree"), std::string::npos) << open;
    } else {
      EXPECT_EQ(s.code(), Status::Code::kInvalidInput) << s.ToString();
    }
  }
}

TEST(ArticleCleaner, TextFieldWithMarkupIsTreatedAsHtml) {
  v1::Article a;
  a.set_text("<p>First paragraph of a pasted article, which has enough words to count as one.</p>"
             "<p>Second paragraph of the same article, with more words in it for good measure.</p>");
  ArticleCleaner cleaner;
  v1::CleanArticle out;
  ASSERT_TRUE(cleaner.Clean(a, &out).ok());
  EXPECT_EQ(out.paragraph_count(), 2u);
  EXPECT_EQ(out.text().find("<p>"), std::string::npos);
}

}  // namespace
}  // namespace tidings::clean

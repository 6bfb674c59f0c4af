#include "clean/article_cleaner.h"

#include <string>

#include "clean/charset_decoder.h"
#include "clean/date_parser.h"
#include "clean/html_document.h"
#include "clean/language_detector.h"
#include "clean/metadata_extractor.h"
#include "clean/plain_text.h"
#include "clean/text_util.h"

namespace tidings::clean {

bool LooksLikeMarkup(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 4096);
  // Skip a BOM and leading whitespace.
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  size_t i = 0;
  while (i < head.size() && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) ++i;
  if (i < head.size() && head[i] == '<') return true;
  std::string lower = AsciiLower(head);
  for (const char* tag : {"<html", "<body", "<p>", "<p ", "<div", "<br", "<!doctype", "<article", "<head"})
    if (lower.find(tag) != std::string::npos) return true;
  return false;
}

ArticleCleaner::ArticleCleaner(CleanerOptions options) : options_(options), extractor_(options.extractor) {}
ArticleCleaner::~ArticleCleaner() = default;

SentenceSplitter& ArticleCleaner::SplitterFor(const std::string& language) {
  std::string key = language.empty() ? "en" : language;
  auto it = splitters_.find(key);
  if (it == splitters_.end()) it = splitters_.emplace(key, std::make_unique<SentenceSplitter>(key)).first;
  return *it->second;
}

Status ArticleCleaner::Clean(const v1::Article& article, v1::CleanArticle* out) {
  out->Clear();
  last_method_.clear();
  const std::string& html = article.html();
  if (html.empty() && article.text().empty())
    return Status::InvalidInput("article has no content: neither html nor text is set");
  size_t size = std::max(html.size(), article.text().size());
  if (size > options_.max_input_bytes)
    return Status::InvalidInput("article body is " + std::to_string(size >> 20) + " MiB, over the clean stage's limit of " +
                                std::to_string(options_.max_input_bytes >> 20) + " MiB");
  if (!html.empty()) {
    if (LooksLikeMarkup(html)) return CleanHtml(article, out);
    DecodedText decoded;
    Status s = DecodeToUtf8(html, article.content_type(), &decoded);
    if (!s.ok()) return s;
    return CleanText(decoded.utf8, article, out);
  }
  std::string repaired;
  RepairUtf8(article.text(), &repaired);
  if (LooksLikeMarkup(repaired)) {
    v1::Article as_html = article;
    as_html.set_html(repaired);
    as_html.set_content_type("text/html; charset=utf-8");
    return CleanHtml(as_html, out);
  }
  return CleanText(repaired, article, out);
}

Status ArticleCleaner::CleanHtml(const v1::Article& article, v1::CleanArticle* out) {
  DecodedText decoded;
  Status s = DecodeToUtf8(article.html(), article.content_type(), &decoded);
  if (!s.ok()) return s;
  HtmlDocument doc;
  s = HtmlDocument::Parse(decoded.utf8, article.url(), &doc, /*strip_raw_text=*/true, AttributesTheCleanerReads());
  if (!s.ok()) return s;
  PageMetadata md = ExtractPageMetadata(doc, article.url());
  ContentHints hints;
  hints.title = md.title;
  hints.json_ld_body = md.json_ld_body;
  ExtractedContent content;
  s = extractor_.Extract(doc, hints, &content);
  if (!s.ok()) return s;
  last_method_ = "html:" + content.method;

  out->set_title(article.title().empty() ? md.title : article.title());
  out->set_published(!article.published().empty() ? article.published() : md.published);
  out->set_modified(md.modified);
  for (const auto& a : md.authors) out->add_authors(a);
  out->set_site_name(md.site_name);
  out->set_canonical_url(md.canonical_url);
  std::string lang_hint = !article.language_hint().empty() ? article.language_hint() : md.html_lang;
  out->set_language(lang_hint);  // replaced by detection in Finish when it is confident
  Finish(article, std::move(content.paragraphs), out);
  if (out->text().empty()) return Status::InvalidInput("no article text found in the page");
  return Status::Ok();
}

Status ArticleCleaner::CleanText(std::string_view utf8, const v1::Article& article, v1::CleanArticle* out) {
  PlainTextArticle parsed = ParsePlainText(utf8);
  last_method_ = "text";
  out->set_title(!article.title().empty() ? article.title() : parsed.title);
  out->set_published(!article.published().empty() ? article.published() : parsed.published);
  for (const auto& a : parsed.authors) out->add_authors(a);
  if (!parsed.source.empty()) out->set_site_name(parsed.source);
  out->set_language(article.language_hint());
  Finish(article, std::move(parsed.paragraphs), out);
  if (out->text().empty()) return Status::InvalidInput("the text article has no body paragraphs");
  return Status::Ok();
}

void ArticleCleaner::Finish(const v1::Article& article, std::vector<std::string> paragraphs, v1::CleanArticle* out) {
  out->set_id(article.id());
  out->set_url(article.url());
  out->mutable_labels()->insert(article.labels().begin(), article.labels().end());
  out->set_source(!article.source().empty() ? article.source() : out->site_name());

  // Body: paragraphs separated by blank lines, bounded.
  std::string text;
  size_t kept = 0;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (paragraphs[i].empty()) continue;
    if (text.size() + paragraphs[i].size() + 2 > options_.max_text_bytes && kept > 0) break;
    if (!text.empty()) text += "\n\n";
    text += paragraphs[i];
    if (kept != i) paragraphs[kept] = std::move(paragraphs[i]);
    ++kept;
  }
  paragraphs.resize(kept);
  out->set_text(text);
  out->set_paragraph_count(static_cast<uint32_t>(kept));
  if (kept == 0) return;

  // The dateline opens the story, sometimes after a photo credit or an "Updated" line.
  for (size_t i = 0; i < paragraphs.size() && i < 3; ++i) {
    Dateline dateline;
    if (ParseDateline(paragraphs[i], &dateline)) {
      out->set_dateline(dateline.location);
      if (out->published().empty() && !dateline.date.empty()) out->set_published(dateline.date);
      break;
    }
  }
  if (out->published().empty()) {
    std::string head = paragraphs[0];
    if (paragraphs.size() > 1) head += " " + paragraphs[1];
    out->set_published(FindDateInText(head, 300));
  }
  if (out->published().empty()) out->set_published(DateFromUrl(article.url()));

  if (options_.detect_language) {
    LanguageGuess guess = DetectLanguage(text, out->language());
    if (!guess.code.empty()) {
      out->set_language(guess.code);
      out->set_language_confidence(guess.confidence);
    } else {
      // Keep the hint, lowercased primary subtag, with no confidence of our own.
      std::string hint = AsciiLower(out->language());
      out->set_language(hint.substr(0, hint.find_first_of("-_")));
      out->set_language_confidence(0);
    }
  }
  if (options_.split_sentences) {
    SentenceSplitter& splitter = SplitterFor(out->language());
    for (size_t i = 0; i < paragraphs.size(); ++i) {
      for (auto& s : splitter.Split(paragraphs[i])) {
        v1::Sentence* sentence = out->add_sentences();
        sentence->set_text(std::move(s));
        sentence->set_paragraph(static_cast<uint32_t>(i));
      }
    }
  }
}

}  // namespace tidings::clean

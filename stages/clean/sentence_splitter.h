// Sentence breaking with ICU, taught the abbreviations of news copy.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace tidings::clean {

// Splits paragraphs into sentences. Uses ICU's sentence rules for the language with break
// suppression after abbreviations (ICU's own list plus news ones: titles "Gen.", "Sen.",
// "Rep.", "Gov.", "Lt.", "Col.", months "Nov.", "Jan.", "U.S.", "No.", "St." ...). A line
// that has no sentence-ending punctuation (a headline, a list item) is one sentence.
// Thread-compatible: one instance per thread (the ICU iterator is stateful).
class SentenceSplitter {
 public:
  explicit SentenceSplitter(std::string_view language = "en");
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  std::vector<std::string> Split(std::string_view paragraph);

 private:
  std::unique_ptr<icu::BreakIterator> iter_;
};

}  // namespace tidings::clean

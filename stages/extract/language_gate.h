// Which article languages the loaded dictionaries can code. The built-in and OEDA dictionaries
// are English: a French or German story would simply yield no events, silently. The extract
// stage asks the gate first and marks such an article "not coded: language fr" instead, which
// the store keeps as the article's status.
#pragma once

#include <string>
#include <vector>

namespace tidings::extract {

class LanguageGate {
 public:
  // `covered`: language tags the dictionaries cover ("en"); only the primary subtag counts
  // and case does not ("EN-gb" is "en"). An empty list covers every language.
  explicit LanguageGate(std::vector<std::string> covered);

  // Empty when an article in `language` (a BCP 47 tag, CleanArticle.language) is to be coded:
  // the language is covered, or unknown ("", "und", "un": coded as before). Otherwise the
  // reason it is not, "language fr".
  std::string NotCodedReason(const std::string& language) const;

  // "en" -> {"en"}; "en, es" -> {"en", "es"}.
  static std::vector<std::string> ParseList(const std::string& comma_separated);

 private:
  std::vector<std::string> covered_;  // primary subtags, lower case
};

}  // namespace tidings::extract

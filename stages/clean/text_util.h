// Small UTF-8 text helpers shared by the clean stage.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tidings::clean {

std::string AsciiLower(std::string_view s);
void AsciiLowerInPlace(std::string* s);
// Trims ASCII and Unicode spaces (NBSP, ideographic space...) at both ends.
std::string_view Trim(std::string_view s);
// Collapses runs of whitespace (including NBSP) into one space and trims.
std::string CollapseWhitespace(std::string_view s);
// Lowercased (ASCII), letters and digits only, single spaces: for "is this the same line".
std::string NormalizeForCompare(std::string_view s);
bool HasLetterOrDigit(std::string_view s);
size_t CountCodePoints(std::string_view s);
// Splits text into paragraphs at line breaks; each paragraph whitespace-collapsed, empty
// ones dropped.
std::vector<std::string> SplitParagraphs(std::string_view text);
// Lowercase words (letters/digits runs, Unicode-aware via ICU) of a text.
std::vector<std::string> Words(std::string_view text);
bool StartsWith(std::string_view s, std::string_view prefix);
// Decodes HTML character references (&amp; &#8211; &#x2014; and the HTML 4 named ones) left
// in text that skipped the HTML parser (meta content is decoded by it; JSON-LD strings that
// were escaped twice are not).
std::string DecodeHtmlEntities(std::string_view s);
bool IStartsWith(std::string_view s, std::string_view prefix);
// True when `s` equals `lower` (lowercase ASCII) but for the case of its ASCII letters.
bool IEqualsLower(std::string_view s, std::string_view lower);

}  // namespace tidings::clean

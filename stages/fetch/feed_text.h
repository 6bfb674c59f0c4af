// Text helpers for feed fields: HTML snippets reduced to plain text, character references,
// whitespace, base64 and the windows-1252 characters that mislabelled feeds carry.
#pragma once

#include <string>
#include <string_view>

namespace tidings::fetch {

// Appends the UTF-8 encoding of `code_point` (U+FFFD for surrogates and values past U+10FFFF).
void AppendUtf8(char32_t code_point, std::string* out);

// The character a reference names: "amp", "#8217", "#x2019", "eacute" (HTML 4 names via
// libxml2's table, and "apos"). C1 code points (U+0080..U+009F) become the windows-1252
// characters feeds mean by them. 0 when unknown.
char32_t ResolveCharacterReference(std::string_view name);

// Decodes HTML character references in `text` (named ones with ';', and a few legacy ones
// without it); unknown references are kept as written.
std::string DecodeCharacterReferences(std::string_view text);

// True when `text` reads as an HTML snippet rather than plain text: a tag of a known HTML
// element ("<b>", "</a>", "<br/>", "<p class=x>") or a character reference ("&amp;", "&#39;").
bool LooksLikeHtml(std::string_view text);

// Reduces an HTML snippet to text: tags dropped (block-level ones separate words), script and
// style bodies and comments dropped, character references decoded, whitespace collapsed.
// Hand-written rather than libxml2's HTML parser: a snippet needs no tree, and this runs for
// every title and summary of every feed item.
std::string HtmlToText(std::string_view html);

// Collapses runs of whitespace (ASCII, NBSP and the other Unicode spaces) into one space and
// trims both ends; C1 control characters are read as windows-1252, other controls dropped.
std::string CollapseWhitespace(std::string_view text);

// Decodes base64 (whitespace ignored); false on characters outside the alphabet.
bool DecodeBase64(std::string_view text, std::string* out);

// The windows-1252 character for a byte 0x80..0x9F (0 for the five unassigned bytes).
char32_t Windows1252Extra(unsigned char byte);

}  // namespace tidings::fetch

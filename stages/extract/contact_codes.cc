#include "extract/contact_codes.h"

#include <string_view>

namespace tidings::extract {
namespace {

bool Phone(std::string_view t) { return t == "TELEPHONE" || t == "PHONE" || t == "VIDEO"; }

// The medium read at token k: "by telephone", "by phone", "by video link", "on the phone",
// "in a (telephone|phone|video) call", "in a telephone conversation".
bool MediumAt(const SentenceWork& w, size_t k) {
  auto at = [&](size_t i) { return i < w.tokens.size() ? std::string_view(w.tokens[i].upper) : std::string_view(); };
  std::string_view t = at(k);
  if (t == "BY" && (at(k + 1) == "TELEPHONE" || at(k + 1) == "PHONE" || (at(k + 1) == "VIDEO" && at(k + 2) == "LINK")))
    return true;
  if (t == "ON" && at(k + 1) == "THE" && at(k + 2) == "PHONE") return true;
  if (t == "IN" && (at(k + 1) == "A" || at(k + 1) == "THEIR") && Phone(at(k + 2)) &&
      (at(k + 3) == "CALL" || at(k + 3) == "CONVERSATION"))
    return true;
  return false;
}

// The verb's object is the call: "held a telephone call", "had a phone call with".
bool CallAsObject(const SentenceWork& w, size_t from) {
  auto at = [&](size_t i) { return i < w.tokens.size() ? std::string_view(w.tokens[i].upper) : std::string_view(); };
  return (at(from) == "A" || at(from) == "THEIR") && Phone(at(from + 1)) && at(from + 2) == "CALL";
}

}  // namespace

std::string CodeOfContact(const std::string& code, const SentenceWork& w, size_t from) {
  if (code != "040") return code;
  if (CallAsObject(w, from)) return "041";
  // The clause after the verb: a comma, a semicolon or a clause of time ends it ("met in Paris
  // on Friday, a week after they spoke by telephone" is a meeting).
  for (size_t k = from; k < w.tokens.size() && k < from + 30; ++k) {
    std::string_view t = w.tokens[k].upper;
    if (t == "," || t == ";" || t == "AFTER" || t == "BEFORE" || t == "SINCE" || t == "FOLLOWING" || t == "WHEN" ||
        t == "THAT" || t == "WHILE")
      break;
    if (MediumAt(w, k)) return "041";
  }
  return code;
}

}  // namespace tidings::extract

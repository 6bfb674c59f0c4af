// CAMEO's appeals (02) by what is appealed for: to meet or negotiate (026), to de-escalate
// (0256) or for humanitarian aid (0233). The dictionary's verbs ("urged X to", "called on X to",
// "appealed to X for") code the plain 020 when the complement is no dictionary verb ("to sit
// down", "to hold their fire", "to exercise maximum restraint", "for emergency food aid"); the
// complement's words name the kind. A pure function, thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/sentence.h"

namespace tidings::extract {

// The code of an appeal coded 020 whose complement reads `words` (the upper-case words after the
// verb, in order): the first word that names a kind decides ("to get back to the table" 026,
// "to lay down their arms" 0256, "for more humanitarian aid" 0233). Else 020.
std::string CodeOfAppeal(const std::vector<std::string_view>& words);

// The code of an appeal coded `code` whose verb ends at token `from` of `w`: for 020, the kind its
// complement names, read up to the clause's end or a reason after a comma; else `code`.
std::string CodeOfAppeal(const std::string& code, const SentenceWork& w, size_t from);

}  // namespace tidings::extract

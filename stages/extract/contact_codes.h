// CAMEO's consultations (04) by how they were held: a discussion "by telephone", "in a phone
// call" or "by video link" is a phone call (041). The dictionary's patterns code 041 when the
// medium follows the verb closely; after a long object ("discussed U.S. tariffs and the
// resilience of supply chains by telephone") the verb's plain 040 applies, and the medium read
// in the rest of the clause decides. A pure function, thread-safe.
#pragma once

#include <string>

#include "extract/sentence.h"

namespace tidings::extract {

// The code of a consultation coded `code` whose verb ends at token `from` of `w`: for 040, 041
// when the clause after the verb, up to a comma or a clause of time ("after", "before"), names a
// telephone or video medium; else `code`.
std::string CodeOfContact(const std::string& code, const SentenceWork& w, size_t from);

}  // namespace tidings::extract

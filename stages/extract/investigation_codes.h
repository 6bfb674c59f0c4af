// CAMEO's investigations by what is investigated: crime or corruption (091), human rights
// abuses (092), military action (093) or war crimes (094). The dictionary's verbs ("opened
// an inquiry into", "is looking into reports that", "is investigating X over") code the plain
// 090; the investigation's object names the kind. A pure function, thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tidings::extract {

// The code of an investigation coded 090 by `source` of `target`, whose object reads `words`
// (the upper-case words after the verb, in order): the first word that names a kind decides
// ("into the killing of protesters by police" 092, "into an army drone strike that killed"
// 093, "over alleged bribes" 091, "into alleged war crimes" 094). Abuses count only done by a
// state's side or an armed group or suffered by protesters, students or migrants, military
// action only by forces or a state. The ICC
// investigates only war crimes (094); prosecutors or police investigating a public figure
// or company over what the object does not name investigate a crime (091). Else 090.
std::string CodeOfInvestigation(const std::vector<std::string_view>& words, std::string_view source,
                                std::string_view target);

}  // namespace tidings::extract

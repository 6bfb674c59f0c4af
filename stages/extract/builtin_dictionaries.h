// The built-in dictionaries embedded in the library (see CMakeLists.txt). Each is empty when
// its data file was absent at build time.
#pragma once

#include <string_view>

namespace tidings::extract {

std::string_view BuiltinVerbs();      // data/builtin.verbpatterns.txt
std::string_view BuiltinActors();     // data/builtin.actors.txt
std::string_view BuiltinAgents();     // data/builtin.agents.txt
std::string_view BuiltinCameoCodes(); // data/cameo_codes.tsv
std::string_view BuiltinGazetteer();  // data/gazetteer.tsv

}  // namespace tidings::extract

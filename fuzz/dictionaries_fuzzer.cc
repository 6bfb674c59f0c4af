// Fuzzes the dictionary readers of the extract stage (users load their own dictionary files):
// the first byte picks the reader, the rest is the file's contents. Verb dictionaries are also
// compiled (Finish), since that is where patterns and synsets get resolved.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/actor_dictionary.h"
#include "extract/agent_dictionary.h"
#include "extract/cameo_table.h"
#include "extract/dictionary_lines.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "extract/phrase_lists.h"
#include "extract/verb_dictionary.h"

namespace ex = tidings::extract;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view contents(reinterpret_cast<const char*>(data + 1), size - 1);
  std::vector<std::string> warnings;
  ex::WarningSink sink(&warnings, "fuzz.txt");
  ex::Lexicon lexicon;
  switch (data[0] % 8) {
    case 0: {
      ex::VerbDictionary verbs;
      verbs.Load(contents, sink, &lexicon);
      verbs.Finish(lexicon);
      break;
    }
    case 1: {
      ex::ActorDictionary actors;
      actors.Load(contents, sink, &lexicon);
      for (size_t i = 0; i < actors.record_count(); ++i) (void)actors.record(static_cast<int32_t>(i)).CodeOn(20211111);
      break;
    }
    case 2: {
      ex::AgentDictionary agents;
      agents.Load(contents, sink, &lexicon);
      break;
    }
    case 3: {
      ex::DiscardList discards;
      discards.Load(contents, sink, &lexicon);
      break;
    }
    case 4: {
      ex::IssueList issues;
      issues.Load(contents, sink, &lexicon);
      break;
    }
    case 5: {
      ex::CameoTable cameo;
      cameo.Load(contents, sink);
      break;
    }
    case 6: {
      ex::Gazetteer gazetteer;
      gazetteer.Load(contents, sink, &lexicon);
      break;
    }
    default: {
      for (bool semicolons : {true, false}) {
        size_t chars = 0;
        for (const ex::DictionaryLine& line : ex::ReadDictionaryLines(contents, semicolons)) chars += line.text.size();
        if (chars > contents.size()) __builtin_trap();  // lines are pieces of the input
      }
      ex::DatedCode code;
      bool restricted = false;
      std::string error;
      (void)ex::ParseDatedCode(contents, &code, &restricted, &error);
      (void)ex::ParseDictionaryDate(contents);
      break;
    }
  }
  return 0;
}

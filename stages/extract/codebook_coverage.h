// Helpers of the codebook coverage tests (codebook_coverage_*_test.cc): tables of phrasings
// and the event each must, or must not, code with the built-in dictionaries.
#pragma once

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/test_support.h"

namespace tidings::extract::testing {

// A phrasing and the event it must code: "SRC CODE TGT", or a prefix of it ("SRC CODE",
// "SRC 04") when the target or the exact code is not the point of the case.
struct Coded {
  const char* text;
  const char* event;
};

// A phrasing that must not code an event whose code starts with `code` ("19": no fight of
// any kind); an empty `code` means no event at all.
struct NotCoded {
  const char* text;
  const char* code;
};

inline std::vector<std::string> CodeWithBuiltins(const std::string& text) {
  return Triples(CodeText(BuiltinCoder(), text, "2024-03-05"));
}

inline void ExpectCoded(const std::vector<Coded>& cases) {
  for (const Coded& c : cases) {
    std::vector<std::string> events = CodeWithBuiltins(c.text);
    bool found = false;
    for (const std::string& e : events) found = found || e.rfind(c.event, 0) == 0;
    EXPECT_TRUE(found) << c.text << "\n  wanted " << c.event << ", got " << ::testing::PrintToString(events);
  }
}

// Every event the sentence codes with the built-in dictionaries, and no other.
inline void ExpectExactly(const char* text, const std::vector<std::string>& events) {
  EXPECT_THAT(CodeWithBuiltins(text), ::testing::UnorderedElementsAreArray(events)) << text;
}

inline void ExpectNotCoded(const std::vector<NotCoded>& cases) {
  for (const NotCoded& c : cases) {
    std::vector<std::string> events = CodeWithBuiltins(c.text);
    std::string code = c.code;
    if (code.empty()) {
      EXPECT_THAT(events, ::testing::IsEmpty()) << c.text;
      continue;
    }
    for (const std::string& e : events) {
      std::string got = e.substr(e.find(' ') + 1);
      EXPECT_NE(got.rfind(code, 0), 0u) << c.text << "\n  coded " << e;
    }
  }
}

}  // namespace tidings::extract::testing

// Shared by the fuzzers: protobuf's log quieted (invalid UTF-8 in string fields is expected
// input here, and logging it per input slows fuzzing tenfold) and the invariant every stage
// relies on: what a component hands to the next process must parse there.
#pragma once

#include <google/protobuf/stubs/logging.h>

#include <string>

#include "tidings/wire.h"

namespace tidings::fuzz {

inline void QuietProtobuf() {
  static const bool quiet = [] {
    google::protobuf::SetLogHandler(nullptr);
    return true;
  }();
  (void)quiet;
}

// Traps (a fuzzer crash, with the input kept) when `message` would not survive the socket hop
// to the next process: serialised, it must parse back as the same type (proto3 string fields
// must hold valid UTF-8, or the receiver's parse fails).
template <typename Message>
void RequireRoundTrip(const Message& message) {
  const std::string wire = message.SerializeAsString();
  Message back;
  if (!FromBytes(wire.data(), wire.size(), &back)) __builtin_trap();
}

}  // namespace tidings::fuzz

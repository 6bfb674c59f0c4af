// Outbound topic scheme. Every event is published once per tree, so a subscriber picks one
// tree and selects with a single ZeroMQ prefix:
//   cameo/<code>/<source>/<target>           "cameo/05" = root 05, "cameo/057" = code 057
//   actor/<src country>/<tgt country>/<code> "actor/TUR" = source Turkey, "actor/TUR/AZE" = dyad
// Codes are written as in the dictionary; a missing actor or country is "-".
#pragma once

#include <string>
#include <vector>

#include "tidings/v1/tidings.pb.h"

namespace tidings {

std::string CameoTopic(const v1::Event& event);
std::string ActorTopic(const v1::Event& event);
// The country part of an actor code: its first three letters when they look like a CAMEO
// country/IGO prefix, else the whole code.
std::string ActorCountry(const v1::Actor& actor);

}  // namespace tidings

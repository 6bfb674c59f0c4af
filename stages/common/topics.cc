#include "tidings/topics.h"

namespace tidings {

namespace {
std::string OrDash(const std::string& s) { return s.empty() ? "-" : s; }
}  // namespace

std::string ActorCountry(const v1::Actor& actor) {
  if (!actor.country().empty()) return actor.country();
  const std::string& code = actor.code();
  if (code.size() >= 3) return code.substr(0, 3);
  return code;
}

std::string CameoTopic(const v1::Event& e) {
  // "cameo/057/TURGOV/AZE": a prefix "cameo/05" also matches "cameo/050".."cameo/059x", the
  // whole root, because CAMEO codes of one root share their first two digits.
  return "cameo/" + OrDash(e.code()) + "/" + OrDash(e.source().code()) + "/" +
         OrDash(e.target().code());
}

std::string ActorTopic(const v1::Event& e) {
  return "actor/" + OrDash(ActorCountry(e.source())) + "/" + OrDash(ActorCountry(e.target())) +
         "/" + OrDash(e.code());
}

}  // namespace tidings

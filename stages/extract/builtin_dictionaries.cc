#include "extract/builtin_dictionaries.h"

#include <cstddef>

namespace tidings::extract::blobs {
extern const char* const k_verbs;
extern const std::size_t k_verbs_size;
extern const char* const k_actors;
extern const std::size_t k_actors_size;
extern const char* const k_agents;
extern const std::size_t k_agents_size;
extern const char* const k_cameo_codes;
extern const std::size_t k_cameo_codes_size;
extern const char* const k_gazetteer;
extern const std::size_t k_gazetteer_size;
}  // namespace tidings::extract::blobs

namespace tidings::extract {
namespace {
std::string_view View(const char* p, std::size_t n) { return p == nullptr ? std::string_view() : std::string_view(p, n); }
}  // namespace

std::string_view BuiltinVerbs() { return View(blobs::k_verbs, blobs::k_verbs_size); }
std::string_view BuiltinActors() { return View(blobs::k_actors, blobs::k_actors_size); }
std::string_view BuiltinAgents() { return View(blobs::k_agents, blobs::k_agents_size); }
std::string_view BuiltinCameoCodes() { return View(blobs::k_cameo_codes, blobs::k_cameo_codes_size); }
std::string_view BuiltinGazetteer() { return View(blobs::k_gazetteer, blobs::k_gazetteer_size); }

}  // namespace tidings::extract

// CAMEO's codes for killing people who are no party to a fight. The codebook keeps
// conventional force (19: armed forces and groups fighting each other) apart from
// unconventional violence against civilians (180) and mass killing (202). A dictionary verb
// "kill" codes 190 whoever dies; these functions give the code a careful coder gives once
// both sides are known. Pure functions, thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace tidings::extract {

// True when an actor code is a non-state armed actor: an armed group, insurgents, gunmen,
// gangs or separatists of a country (agent REB, INS, UAF, CRM or SEP after the country) or an
// international militant group (IMG...).
bool NonStateArmedActor(std::string_view code);

// True when an actor code names people who take no part in fighting: civilians, worshippers,
// students, journalists, farmers, doctors, workers, businesspeople or refugees (CVL REL EDU
// MED AGR HLH LAB BUS REF), with no armed or state role besides.
bool NoPartyToFighting(std::string_view code);

// The code of a killing coded `code` (the verb's, 190) by `source` of `target`: a non-state
// armed actor killing people who are no party to fighting uses unconventional violence (180),
// or commits a mass killing (202) when `victims` (the number killed, 0 when not given) is
// fifty or more or the sentence calls it a massacre. Otherwise `code` unchanged.
std::string CodeOfKilling(const std::string& code, std::string_view source, std::string_view target, long victims,
                          bool massacre);

}  // namespace tidings::extract

// CAMEO's codes for killing public figures and people who are no party to a fight. The
// codebook keeps conventional force (19: armed forces and groups fighting each other) apart
// from assassination (186), unconventional violence against civilians (180) and mass killing
// (202). A dictionary verb "kill" codes 190 whoever dies; these functions give the code a
// careful coder gives once both sides are known. Pure functions, thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace tidings::extract {

// True when an actor code is a non-state armed actor: an armed group, insurgents, gunmen,
// gangs or separatists of a country (agent REB, INS, UAF, CRM or SEP after the country) or an
// international militant group (IMG...).
bool NonStateArmedActor(std::string_view code);

// True when an actor code names an armed side: forces, police, spies or a non-state armed actor.
bool ArmedSide(std::string_view code);

// True when an actor code names people who take no part in fighting: civilians, worshippers,
// students, journalists, farmers, doctors, workers, businesspeople or refugees (CVL REL EDU
// MED AGR HLH LAB BUS REF), with no armed or state role besides.
bool NoPartyToFighting(std::string_view code);

// True when an actor code names a public figure: an official, politician, opposition
// figure, judge, journalist or activist (GOV LEG OPP PTY JUD ELI MED HRI), not an armed side.
bool PublicFigure(std::string_view code);
// True for workers, doctors and students (LAB, HLH, EDU) with no armed agent: their "strike"
// is a labour strike.
bool WorkersOrStudents(std::string_view code);

// How the victims of a killing are named.
struct Victims {
  long count = 0;       // the number killed, 0 when not given
  bool one = false;     // one victim, named by a singular noun ("the mayor", "a journalist")
  bool massacre = false;  // the sentence calls it a massacre
  bool person = false;    // one person named ("Prime Minister Robert Fico"), not a body
  bool leader = false;    // one named person at the head of a side ("X, the commander of ...", "leader X")
};

// The code of a killing coded `code` (the verb's plain 190, or 193 for shooting dead) by
// `source` of `target`: a non-state armed actor killing one public figure assassinates
// (186); killing people who are no party to fighting is unconventional violence (180), or a
// mass killing (202) for forty victims or more or a massacre. A state's soldiers or police
// killing forty or more such people is a mass killing too, and a state killing (190) one named
// leader or public figure assassinates (186). Otherwise `code` unchanged.
std::string CodeOfKilling(const std::string& code, std::string_view source, std::string_view target,
                          const Victims& victims);

// The code of force `code` (190, or 193 for shooting) that kills no one, used by `source` on
// `target`: a non-state armed actor firing on or wounding one named public figure attempts an
// assassination (185). Otherwise `code` unchanged.
std::string CodeOfAttemptOnALife(const std::string& code, std::string_view source, std::string_view target,
                                 const Victims& victims);
// The code of force `code` (19x) used by `source` on `target`: a state's soldiers or police
// firing on, shelling or killing its own protesters or students (OPP, EDU; a country unknown
// yet counts as the same, as both take the place's) use violent repression (175). Otherwise
// `code` unchanged.
std::string CodeOfForceOnProtesters(const std::string& code, std::string_view source, std::string_view target);

}  // namespace tidings::extract

// What an event takes from its sentence besides its actors and code: the issue codes of the
// issue dictionary, the place the sentence names (gazetteer), and whether a discard phrase
// stops the sentence or the whole story. Pure functions of the dictionaries and the sentence;
// thread-safe.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/article_context.h"
#include "extract/coder_dictionaries.h"
#include "extract/sentence.h"

namespace tidings::extract {

// The first discard phrase in the tokens (by start, then shortest): its record index, or -1.
// As PETRARCH2 compares phrases with the sentence's blank-separated words, a phrase with
// punctuation glued to its first or last word ("World Cup.", "months ago,") does not match.
int32_t FindDiscard(const Dictionaries& d, const std::vector<Token>& tokens);

// Issue codes of the phrases in the tokens, each once, in order of first match; none when an
// ignore phrase ("~phrase") occurs anywhere in the sentence, as in PETRARCH.
std::vector<std::string> FindIssues(const Dictionaries& d, const std::vector<Token>& tokens);

// The place of the sentence's events: a gazetteer place after in/at/near, else any city the
// sentence names; null when none. A place is only a whole capitalised name: "Union" in "The
// European Union" or "Georgia" in "Georgia Tech" is a fragment of a longer name, not a place.
// A designator may follow it ("Borno state", "Idlib Province", "in the Ituri province of Congo")
// and then means the province of that name. After in/at/near, a country's possessive gives the
// place inside it ("in Congo's Ituri province": Ituri, COD). Without in/at/near, a province
// counts only with a designator, a possessive before it ("Mexico's Guerrero") or an agent after
// it ("Guerrero police"), since a bare "Guerrero" may be a person, and never where someone goes
// ("sent troops to Mexico's Guerrero state"). Words of an actor phrase name the actor ("Moscow said"), except
// after in/at/near ("met in Beijing"). A name several countries share (Gazetteer::Contested) is
// the place of the one country `in_context` accepts (the countries of the sentence's actors, the
// dateline, the article), and no place when none or several are.
const Place* FindPlace(const Dictionaries& d, const SentenceWork& w, size_t* at = nullptr,
                       const std::function<bool(std::string_view country)>& in_context = nullptr);

// A title-case headline ("Kenya Recalls Envoy From Uganda Over Fuel Import Row"): every word
// after the first is capitalised but for short function words, and at least three are. Its
// capitals then say nothing about names, so they are kept only on words that can start an
// actor's name and on a place name after in/at/near ("... In North Kivu"); the verbs among the
// rest become verbs again. Returns true for a headline.
bool UncapitaliseHeadline(const Dictionaries& d, std::vector<Token>* tokens);

// A sentence about sport or entertainment: it uses a word only they use ("championship",
// "wickets", "charts"), or a score follows an actor ("Spain beat France 2-1"). Its conflict
// verbs are figures of speech: the coder gives it no events.
bool SportOrEntertainment(const Dictionaries& d, const SentenceWork& w);

// A sentence about a contest for a company: a takeover offer, bid or battle, a hostile bid or a
// buyout ("launched a renewed assault on Japan's Seven & i, sweetening its takeover offer"). Its
// words of force are figures of speech: the coder gives it no events of force (CAMEO 17-20).
bool CorporateContest(const SentenceWork& w);

// A word placing a name within its area: "northern", "southeastern", "central" ("in central Mali").
bool IsCompassWord(std::string_view w);

// A question the text asks ("Did Iran arm the Houthis?", "Will China Invade Taiwan?"): it
// reports nothing.
bool DirectQuestion(const SentenceWork& w);

// A business's dealings: a company acting on another company or its shareholders, trading with
// a country's market, or "force" used by a company ("launched an assault on the luxury
// market", "fought off a takeover bid"): market talk, not a political event. `code` is the
// event's CAMEO code.
// A country ("TUR") or one of its state organs ("TURGOV", "TURMIL", "TURCOP", "TURJUD",
// "TURLEG", "TURSPY").
bool StateOrItsOrgan(std::string_view code);

bool BusinessDealing(const std::string& source_code, const std::string& target_code, std::string_view code);

// Actors with no country in their noun phrase ("Police", "Militants", "the demonstrators",
// code "---COP") take the country of the place the sentence names (`place`, may be null),
// else of the article's dateline, else the country the article is mostly about so far, as
// CAMEO coders do; they are then remembered for later references ("The militants had ...").
// A place at token `place_at` (npos: anywhere) serves only the actors of its own clause: with
// two verbs or more between them ("jailed a man for helping militants join a group in Lebanon")
// the place is another clause's, and the dateline or article decides.
// Notes each change on *explain when not null.
void GiveDomesticActorsACountry(const Dictionaries& d, const Place* place, ArticleContext* ctx, SentenceWork* w,
                                std::string* explain, size_t place_at = std::string::npos);

// A quote opening the sentence whose subject is a country ('"Hungary will not send weapons,"
// Foreign Minister Peter Szijjarto told reporters'): the country is coded as the government or
// military official of its own who speaks it right after the quote (HUNGOV).
void QuotedCountrySpeaksThroughItsSpeaker(const Dictionaries& d, SentenceWork* w, std::string* explain);

// Protesters, rebels or strikers with no country of their own who protest against or fight
// a state organ ("Protesters stormed Kenya's parliament") are that state's. With
// `victims_country` (the built-in dictionaries' convention) so are gunmen or rebels who attack
// a country or its people ("Gunmen carried off Nigerian pupils"). `confronting` holds
// (source, target) mention pairs of protest and force events (CAMEO 14, 18-20).
void GiveOpponentsTheStateTheyConfront(const std::vector<std::pair<int, int>>& confronting, SentenceWork* w,
                                       std::string* explain, bool victims_country = false);

// What is left with no country after GiveDomesticActorsACountry: an opposition, armed group or
// security force acted on by a state organ (GOV, MIL, COP, JUD, LEG, SPY) of a country is that
// country's ("Venezuela's government broke off talks with the opposition": VENOPP), and a
// state organ acted on by a country's opposition, rebels or workers is their own state's
// ("Pakistan's opposition accused the army": PAKMIL). People, companies and the like acted on
// by a state may be foreigners and keep no country; acted on by a country's armed groups,
// gunmen or gangs (REB, INS, UAF, CRM, SEP) they are that country's ("Al-Shabaab fighters
// beheaded five villagers": SOMCVL). `source_target`: mention indexes of the sentence's events.
// With the built-in agents (`builtin_agents`), its own prosecutors and judges too.
void GiveStateTargetsTheSourcesCountry(const std::vector<std::pair<int, int>>& source_target, SentenceWork* w,
                                       std::string* explain, bool builtin_agents);

// Its mirror: police, a court, soldiers or spies of no country acting on a country's own
// opposition, former leaders, parties or officials, in a sentence naming no other country,
// are that country's ("Senegalese opposition leader X was detained by police": SENCOP).
void GiveStateSourcesTheTargetsCountry(const std::vector<std::pair<int, int>>& source_target, SentenceWork* w,
                                       std::string* explain);

// A targetless event (a posture of a state's own forces, "SRC 151 -") holds only when its
// source is a state or organ with a country, the sentence's place is in that country and its
// actors are all that state's own forces and organs: no other party it might be aimed at
// (targetless_events.cc).
bool TargetlessEventHolds(const SentenceWork& w, const Mention& source, const Place* place);

// The country of an article's dateline ("DHAKA, July 16 -"): its place in the gazetteer;
// empty when the dateline names no known place.
std::string DatelineCountry(const Dictionaries& d, std::string_view dateline, std::vector<Token>* scratch);

// The sentence names protests or a disaster a posture may be readied for ("ahead of planned
// opposition rallies", "after floods"): its organisers, not the place, are whom it is aimed at
// (targetless_events.cc).
bool ReadiedForProtestsOrDisaster(const SentenceWork& w);

}  // namespace tidings::extract

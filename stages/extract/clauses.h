// The clause phase of coding a sentence, with no parser: which words are verbs (VerbFinder:
// inflected forms of dictionary verbs in a verb position, not nouns like "the attack"), their
// voice, negation and refutation ("denied that it had supplied"), and the roles around a verb
// (ClauseRoles: its subject, its object, the agent of a passive). ComposeCodes gives CAMEO's
// combined codes for a verb of intent, appeal, demand, rejection or threat over the act it
// governs.
#pragma once

#include <string>
#include <string_view>

#include "extract/sentence.h"

namespace tidings::extract {

class VerbFinder : public SentenceView {
 public:
  using SentenceView::SentenceView;
  // Fills w->verbs and w->verb_at from the tokens and the groups found by MentionFinder.
  void Run();

 private:
  // The verb form at token i (a multi-word verb may start before it): the form's index and
  // its token range, or -1.
  int32_t FormAt(size_t i, size_t* begin, size_t* end) const;
  // True when the base form vf (ending at token e, p the content word before it) is to be
  // read as its participle twin (VerbForm::participle): after "be", or before a "by" agent.
  bool ReadAsParticiple(const VerbForm& vf, size_t e, size_t p) const;
  // True when the past participle or gerund at token b (p: the content word before it)
  // modifies a noun instead of being a verb: the second half of a hyphenated compound
  // ("government-held"), or a past form after a preposition, a number or another verb ("with
  // exiled dissidents", "frees jailed Americans").
  bool AdjectivalParticiple(const VerbForm& form, size_t b, size_t p) const;
  // True when token p is a verb of care ("treating", "caring for"): a past form after it
  // describes the cared-for ("treating wounded soldiers").
  bool AfterCareVerb(size_t p) const;
  // True when token p is a verb of feeling or seeming ("feels threatened"). (relative_clauses.cc)
  bool AfterLinkingVerb(size_t p) const;
  // True when the phrase ending just before the verb can be its subject.
  bool SubjectBefore(size_t p, const VerbForm& form) const;
  // The group before "wearing", "carrying", "armed with" ... and what it names, when those
  // words end at token p ("Gunmen wearing masks stormed"); -1 if none.
  // "a girl killed in Gaza": verb form vf after token p, ending at e, describes a plain noun.
  bool ParticipleOfAPlainNoun(const VerbForm& vf, size_t p, size_t e) const;
  int SubjectBeforeItsGear(size_t p) const;
  bool AfterStateNoun(size_t of) const;  // "OF" after "nation", "country", "kingdom", ...
  // True when the one-word plural agent noun at b (its actor code `code`) is of force or protest
  // and follows a count or a plain adjective that opens the clause ("Angry protesters set").
  bool CountedActorsOpenClause(size_t b, std::string_view code) const;
  // True when the context makes the word at [b, e) a verb of this inflection; fills the
  // infinitive/finite marks of *h.
  bool InVerbPosition(const VerbForm& form, size_t p, bool after_subject, bool after_pronoun, VerbHit* h) const;
  // True when token p is a nationality adjective and a past form starts at token e, or a finite
  // verb comes right before the adjective: the present form between ("Israeli forces killed",
  // "shelled Russian positions") is a noun.
  bool MeansOfADemonym(size_t p, size_t e) const;
  // True when token p is a nationality adjective alone after a determiner ("the Israeli").
  bool DemonymAfterDeterminer(size_t p) const;
  // True when the actor ending at token p is a nationality adjective alone ("Azerbaijani"): a
  // claim or request noun after it is no verb ("Azerbaijani claims that"). (counted_subjects.cc)
  bool BareDemonymBefore(size_t p) const;
  // True when the -ing form after the comma at p is a participle clause of a verbal act
  // (CAMEO 01, 02, 10-13) after a clause with its own verb.
  bool IngSubjectOfAClause(size_t e) const;  // "after rioting (and looting) left": the -ing form is its clause's subject
  bool FightingAdjective(size_t k) const;     // "renewed", "heavy", "fierce" before "fighting", "shelling"
  bool MeansAfterBy(size_t by) const;  // "retaliated by expelling six diplomats": no passive's agent
  bool VerbalParticipleAfterComma(const VerbForm& form, size_t p) const;
  // "passed a resolution demanding that ...": the document's -ing verb of saying or demanding.
  bool ParticipleOfADocument(const VerbForm& form, size_t p) const;
  // True when the word at p is a plain plural noun right after an actor ("Russian missiles"),
  // which makes the base form after it a verb.
  bool AfterActorsMeans(size_t p) const;
  // True when the word at p ends a place the dictionaries do not know, after an actor that
  // opens its clause ("Protesters in Leh set fire"), which makes the base form after it a verb.
  bool AfterSubjectsUnknownPlace(size_t p, const VerbForm& form) const;
  // True when the word at p ends "armed with clubs" after an actor, the base form's subject.
  bool AfterSubjectsWeapons(size_t p, const VerbForm& form) const;
  // True when the past form ends right before its object's preposition ("blamed for").
  bool PassiveByItsComplement(const VerbHit& h) const;
  // True when a modal follows token `from` within its clause ("that talks ... would resume").
  bool ModalLaterInClause(size_t from) const;
  // True when the verb before the coordinator at `coord` is a present tense close before it.
  bool AfterPresentVerb(size_t coord) const;
  void MarkPassive(const VerbForm& form, size_t p, bool after_subject, bool after_pronoun, VerbHit* h) const;
  // True when a "by" agent follows the verb after a prepositional phrase ("forced on Qatar by
  // Saudi Arabia"), the verb at e having no object of its own.
  bool AgentFollows(size_t e) const;
  // True when the phrase ending at p is the subject of "there is/are/was/were": "there were ten
  // soldiers killed" is a passive.
  bool ExistentialSubject(size_t p) const;
  // True when the past form v, right after a noun phrase, is followed only by prepositional
  // phrases up to a "be" or auxiliary: a reduced relative before its clause's main verb.
  bool ReducedBeforeMainVerb(const VerbHit& v) const;
  // True when the past form vi follows the object of the verb before it, a verb of an act that
  // takes no clause, and has no object of its own: "arrested men sought in ...".
  bool ReducedAfterObject(size_t vi) const;
  // True when verb vi opens a background relative clause (VerbHit::background).
  bool BackgroundRelative(size_t vi) const;
  // True when the plain noun phrase ending before token b is the object of "under", "in", "on",
  // "over", "from", "against", "about", "after" or "despite" ("under a security agreement"
  // signed by ...), or an appositive after a comma.
  bool ObjectOfAPreposition(size_t b) const;
  // True when verb vi's subject, an actor, follows a plain noun of an earlier verb's clause: a
  // relative clause with no relative word ("a protocol the two governments signed").
  bool ActorAfterPlainNoun(size_t vi) const;
  // True when verb vi is a gerund after "after" / "before" / "for" (token p) adjoined to the
  // verb of a "who" / "which" clause: what that clause's noun had done (relative_clauses.cc).
  bool GerundAdjoinedToARelative(size_t vi, size_t p) const;
  bool NounOfAPhrase(size_t k) const;  // a lowercase noun-like word: no grammatical class, no verb
  // "week", "today", "twelve": a time or a count, no noun a clause describes.
  bool TimeNoun(size_t k) const;
  // True when the noun phrase ending just before token `end` is the object of verb vi - 1, an
  // act that takes no clause (CAMEO 04-09, 14-20), with nothing but its words between.
  // True when tokens [from, to) name a year ("in 2021").
  bool NamesAYear(size_t from, size_t to) const;
  bool WarBeforeComma(size_t from) const;
  // True when the relative word at `relative` follows a noun of an adjunct opened by after,
  // over, amid, following, since or during, with no verb or comma between.
  bool PlainNoun(size_t k) const;  // a lowercase word with no grammatical role, not a verb
  // True when only "since" and a subject come before the verb starting at `verb_begin`.
  bool SinceClause(size_t verb_begin) const;
  // True when the verb's clause opens with "<a day, two weeks ...> after|before" and a subject.
  bool AfterADurationClause(size_t verb_begin) const;
  // "after a week in which Chinese jets flew into ...": a time noun's relative clause.
  bool TimeNounRelative(size_t verb_begin) const;
  // "demanded the release of two Canadians held in China": where those to be freed are held.
  bool HeldForRelease(size_t vi) const;
  // A past form describing a name's appositive ("Assadi, an Iranian diplomat jailed in Belgium").
  bool AppositiveParticiple(size_t vi) const;
  // True when the -ING form at `b` right after "after" at `p` is a gerund of meeting with an
  // actor as its object ("after meeting U.S. envoy X", "after meeting with X"), not a noun.
  bool MeetingGerundAfter(const VerbForm& form, size_t b, size_t p) const;
  bool InTimeOrTopicAdjunct(size_t relative) const;
  // True when a comma closes verb vi's clause before the next verb begins.
  bool ClosedBeforeNextVerb(size_t vi) const;
  // No finite verb before verb vi that is not background: vi is in the clause of the subject.
  bool NoMainVerbBefore(size_t vi) const;
  // True when the noun phrase that ends right before `comma` opens a subordinate clause as its
  // subject ("as Israeli jets, which had ..."): a subordinating word before it, no verb between.
  bool OpensASubordinateClause(size_t comma) const;
  bool ObjectOfPreviousAct(size_t vi, size_t end) const;
  // True when the token before b is a plain noun (no actor) that is the object of a verb.
  bool AfterObjectNoun(size_t b) const;
  // Negation and whether an act happened: unrealized_acts.cc.
  void MarkNegation(VerbHit* h) const;
  bool NoClauseBreak(size_t from, size_t to) const;  // at most 8 tokens, no comma or clause word
  // True when the verb at token b says what help is for: "to help Niger fight jihadists".
  bool HelpedToDo(size_t b) const;
  // True for an -ing form after "stop", "halt" or "cease" (what is to stop: "demanded that
  // Japan stop sending warships") or in a "while ... was" clause (a circumstance: "while Israel
  // was bombing Iranian cities").
  bool StoppedOrCircumstance(const VerbHit& h) const;
  // True for an infinitive that is the purpose of what an appeal or demand asks for ("asked
  // Oman to lend its good offices to ease the tension"). `h` is not yet in w_.verbs.
  bool PurposeOfAnAppeal(const VerbHit& h) const;
  bool PurposeOfAForcePosture(const VerbHit& h) const;
  // True when the verb h names no act that happened (VerbHit::unrealized says which).
  bool Unrealized(const VerbHit& h) const;
  // True when the word at `next` is a verb form other than a gerund or third person, and no
  // particle: the base form before it is a noun ("a drone attack set fire to").
  bool NounBeforeVerb(size_t next) const;
  bool PastFormAt(size_t k) const;  // a past or irregular form of a verb starts at k
  // True when the -ING form at [b, end) is a noun, the subject of the past tense after it: "as
  // fighting reached the outskirts of Goma". (gerund_nouns.cc)
  bool GerundAsSubject(size_t b, size_t end) const;
  // True when -ING verb vi after "while" or "when" says what the subject of the finite passive
  // before it was doing ("were detained while reporting on"): background. (gerund_nouns.cc)
  bool VictimsCircumstance(size_t vi) const;
  // Marks verbs that share the object of the verb coordinated right after them.
  void MarkSharedObjects();
  bool NoCommaBetween(size_t from, size_t to) const;
  // True when STRIKING at [b, end) is the adjective of workers on strike ("striking doctors").
  bool StrikersAdjective(size_t b, size_t end) const;
  bool CoordinatedPast(const VerbForm& form, size_t p) const;  // "... and took", after a past tense
  bool IngNounAfterDeterminer(size_t b) const;  // "their first high-level | meeting"
  bool Adjective(size_t k) const;  // an adjective by its ending: "deadly", "fierce"
  // True when the actor ending at token p is the object of the verb just before it, one that
  // takes no clause (not saying, appealing, demanding, threatening); with `only_root`, a verb
  // of that root ("03": "offered Turkish help").
  bool ObjectOfActBefore(size_t p, std::string_view only_root = {}) const;
  // True when verb vi is that of an object relative clause ("a deal that the two sides
  // accepted") on the object of the verb before, which did not happen.
  bool RelativeOnARejectedText(size_t vi) const;  // "vetoed a draft resolution that called for"
  bool ObjectRelativeOfUnrealized(size_t vi) const;
  // True when the verb at token `b` is what a refuted report says: the refuted verb just before
  // is one of saying ("rejected a report that said ... were fighting").
  bool SaidByRefutedReport(size_t b) const;
  // True when a comma comes at or after token `from` before the clause ends.
  bool CommaClosesBefore(size_t from) const;
  // True when the clause before token b holds "of", "for" or "with" and an -ing word after a
  // verb of praise, accusation, sanction or arrest: b is inside its charge or reason.
  bool InChargeOrReason(size_t b) const;
  // True when would, will or won't comes shortly before token k in its clause.
  bool ModalBefore(size_t k) const;
  // True when the infinitive whose "to" is at token `to` completes a noun of plan or demand:
  // "plans to", "pressure from Shi'ite parties to", "a request from the EU on Monday to".
  bool InfinitiveOfPlanNoun(size_t to) const;
  // True when verb h, after "that will" or "which would", says what a deal named shortly before
  // will do: "a trade deal ... that will cut tariffs".
  bool ProvisionOfAnAgreement(const VerbHit& h) const;
  // True when the clause holding the verb at token `b` is the "that" complement of a verb of
  // refutation: <deny|reject|dismiss ...> [the|these ... claims|reports ...] that <subject> <verb>.
  bool RefutedClause(size_t b) const;
  // The token a claim's "that" at `that` follows once the claim's source is passed over
  // ("accusations by Congo that": the token after "accusations"); `that` when no source.
  size_t BeforeClaimSource(size_t that) const;
};

class ClauseRoles : public SentenceView {
 public:
  using SentenceView::SentenceView;
  // The group that is the subject of verb vi, or -1: the nearest actor before it in its
  // clause, not inside a prepositional phrase; a coordinated verb shares the previous verb's
  // subject (w->subject_of_verb must hold the subjects of the verbs before vi).
  int SubjectOf(size_t vi) const;
  // The first actor after verb vi before `limit` and the clause's end, skipping `skip_group`
  // and the words of the pattern that matched; -1 when none, or when that actor is the
  // subject of an embedded clause (*embedded_subject is then set).
  // `code`, when known, is the event's code: the place after in/at/near is no object of
  // meetings, agreements and cooperation (03-08 but visits and third-place meetings), and a
  // region there is no object of anything.
  int ObjectOf(size_t vi, size_t limit, int skip_group, bool* embedded_subject,
               const PatternSlots* slots = nullptr, std::string_view code = {}) const;
  // The actor after "by" following a passive verb, or -1.
  // "in", "near", "at" ...: a place's preposition, which ends a passive's agent phrase.
  static bool PlacePreposition(std::string_view upper);
  int AgentOfPassive(size_t vi, size_t limit) const;
  // The target of a protest (14) whose object is the place group `place` ("marched through
  // Tbilisi"): another actor named after it in the clause or in the purpose its infinitive
  // states ("to demand the resignation of the Georgian government"); else the place.
  int BeyondProtestPlace(int place, size_t limit) const;
  // The author after "by" of what an inquiry (09) into group g investigates, when the clause
  // names one before its next verb ("into the killing of protesters by Iranian security
  // forces"); else g.
  int AuthorInInquiry(int g, size_t limit) const;
  // The party named after "against" when the target g of a complaint (11) is an international
  // body it is lodged with ("a complaint with the U.N. Security Council against Ethiopia");
  // else g.
  int BeyondTheForum(int g, size_t limit) const;
  // The group a refusal (12) of verb vi resists, named after "despite" ("despite pressure from
  // the European Union", "despite an ICC warrant"); else tgt.
  int PressureResisted(size_t vi, size_t limit, int tgt) const;
  // True when group g comes after "in response to", "after", "following" or "amid" after verb vi:
  // the reason's actor, no partner of a cooperation.
  bool InAReason(size_t vi, int g) const;

 private:
  // True when the comma at `comma` separates plain nouns of a list ("gallium, germanium and
  // antimony"), not clauses.
  bool InListOfThings(size_t comma) const;
  // ", a city held by the Rapid Support Forces": the group holding the place, else -1.
  int HolderInAppositive(size_t comma, size_t limit) const;
  // True when a preposition other than with/to/between, at or after token `from`, introduces
  // the group (past determiners and quantities): "under Turkish mediation".
  bool OutsideWithOrTo(const Group& g, size_t from) const;
  // The preposition at or after token `from` that introduces group g past determiners, counts
  // and name words, else npos.
  size_t PrepositionBefore(const Group& g, size_t from) const;
  // The group right after a "with" from token `from` on, in the same clause (no comma, verb or
  // clause end before it); -1 when none.
  int PartnerNamedWith(size_t from, size_t limit) const;
  // True when group g's country is that of a member of the compound group (the compound's own
  // side: "Vietnam and Laos signed ... during a visit to Hanoi").
  bool MemberCountry(int compound, int g) const;
  // True when token k opens an adjunct of time or concession (after, before, until, despite).
  bool AdjunctOpening(size_t k) const;
  // True when the "as" at k opens a clause of its own: an actor and its verb after it.
  bool AsClauseOpening(size_t k) const;
  // True when the word at `at` opens a subordinate clause (after, as, when ...) whose words up
  // to the verb at `verb` are one noun phrase, its subject.
  bool SubordinateOpening(size_t at, size_t verb) const;
  // The subject verb vi shares with the verb before it ("and signed", ", accusing", a headline's
  // comma), p being the token before it; *decided is false when that verb gives none.
  int SubjectSharedWithVerbBefore(size_t vi, size_t p, bool* decided) const;
  // The actor a "who" or "which" clause describes, when group g ends that clause right before
  // verb vi ("A gunman who had published a manifesto attacking immigrants opened fire"); -1 if none.
  int AntecedentOfRelativeEndingIn(int g, size_t vi) const;
  // "... and was willing to extend": the previous verb's subject, or -1.
  int ReadinessJoinedByAnd(size_t vi) const;
  // A gerund right after "after" ("said on Thursday after meeting X") takes the subject of the
  // verb of its clause; *decided is false when it is no such gerund.
  int SubjectOfGerundAfter(size_t vi, size_t p, bool* decided) const;
  // True when the group is the possessor right after a preposition of topic ("on Tehran's").
  bool TopicPossessor(const Group& g) const;
  // True when in/at/near ... (and perhaps "the") come right before the group: a place.
  bool AfterPlaceWord(const Group& g) const;
  // A border noun ends its phrase at k: "near the Afghan border", not "the Afghan border town".
  bool BorderAfter(size_t k) const;
  // A participle that names whose a thing is after an actor's hyphen: "Chinese-made", "British-flagged".
  static bool OwnerParticiple(std::string_view upper);
  // True when a finite verb (or a modal, auxiliary or "be") after group g makes it the subject
  // of an embedded clause ("said India would keep buying") rather than an object.
  bool OpensEmbeddedClause(int g, size_t limit) const;
  // True when the actor `g` is the subject of a passive of force or punishment after a threat:
  // "warned that protesters would be arrested".
  bool ThreatenedInPassive(int g, size_t limit) const;
  // True when the actor `g` opens the condition of a threat: "... if striking workers did not
  // lift their roadblocks", "unless Chisinau paid".
  bool SubjectOfCondition(int g) const;
  // True when `g` is one actor with an agent and no country: "journalists", "political prisoners".
  bool PeopleWithoutCountry(int g) const;
  // True when the noun phrase ending at token `end` lies inside a prepositional phrase ("for
  // an air strike"), no verb or actor between.
  // True for a noun of what no one does: a disaster, an accident, fighting between sides
  // ("earthquake", "fire", "clashes").
  static bool ImpersonalEvent(std::string_view upper);
  // True when the clause before the verb at `verb` opens with such a noun and "between"
  // ("Clashes between A and B near X killed ..."): the verb has no actor as its subject.
  bool SubjectIsAFightBetween(size_t verb) const;
  // True when the group follows "investment in" ("investment in the United States"): a recipient.
  bool InvestedIn(const Group& g) const;
  bool ThingInPrepositionalPhrase(size_t end) const;
  // "over what it called unprovoked shelling that killed ...": the noun before the relative
  // word at q is what someone else named it, not that namer's act (relative_clauses.cc).
  bool NamedByWhatSomeoneCalled(size_t q) const;
  // True when the words [first, close) after a comma are an article and a short noun phrase
  // describing the actor before it ("Jordan's King Abdullah, a close U.S. ally,") (appositives.cc).
  bool DescriptionReaches(size_t first, size_t close) const;
  bool StateReaches(size_t first, size_t close) const;
  // True when [first, close) is an attribution set off by commas: an actor and a verb of
  // saying ("Russia, Ukraine's foreign ministry said, had shelled ...") (appositives.cc).
  bool AttributionReaches(size_t first, size_t close) const;
  // True when a plain plural noun at b after "as" opens a clause ("as talks with Ethiopia
  // stalled") (adjuncts.cc).
  bool PlainNounClauseAfterAs(size_t b) const;
  // True when the group names only regions, not countries ("the Gulf of Aden" EAF, "the
  // South China Sea" SEA): after in/at/near they are where something happens, never a party.
  bool IsRegion(const Group& g) const;
  // When the comma at `close` ends a parenthetical after an actor — a relative clause
  // ("Kenya, which leads a UN mission in Haiti, sent"), a participle ("Taiwan's ministry,
  // citing radar data, said"; "Ugandan troops, backed by Congolese soldiers, attacked") or an
  // appositive ("Erdogan, Turkey's president, said") — the comma that opens it; else npos.
  size_t ParentheticalStart(size_t close) const;
  // True when the infinitive at token `b` completes an appositive's noun (", a project meant to
  // ease shortages"): what the noun is for, with no actor as its subject.
  bool PurposeOfAnAppositive(size_t b) const;
  // "the strongest storm ever to strike": the infinitive at `b` follows a superlative's plain noun.
  bool AfterASuperlativesNoun(size_t b) const;
  // True when an appositive's noun phrase ending at `end` runs on to the comma at `close`:
  // at once, through its own relative clause, or through "and" and a second title.
  bool AppositiveReaches(size_t end, size_t close) const;
  // "Mohamed Muizzu, the Maldivian president, asked": the appositive group when a name no
  // dictionary knows opens the sentence and the comma at `close` ends its appositive; else -1.
  int AppositiveOfUnknownName(size_t close) const;
  // The comma closing an appositive that says what a weapon is (", a choking agent banned in
  // war,") when a preposition of aim follows it; else npos.
  size_t WeaponAppositiveEnd(size_t comma, size_t limit) const;
};

// True when verb v is an -ING form: a generated gerund, or one listed in braces (read as
// irregular, since PETRARCH's lists mix all forms).
bool IngForm(const Dictionaries& d, const SentenceWork& w, const VerbHit& v);

// True when token k opens a reason: "for" and an -ing verb form ("jailed a man for helping
// militants join a group in Lebanon"), or whose counsel or command is followed ("on the advice
// of", "on the orders of"). Neither an object nor the place of the act lies past it.
bool OpensReason(const Dictionaries& d, const std::vector<Token>& tokens, size_t k);

// CAMEO's combined categories: an intent (03), appeal (02), demand (10) or rejection (12) of a
// cooperative action (05 diplomatic, 06 material, 07 aid, 08 yield; a meeting 04 after a
// demand or rejection), and the threat (13) of a hostile act (14, 16-20: "threatened to impose
// sanctions" 1312, "vowed to retaliate" 138). A refusal, demand or threat of any other act is
// the refusal, demand or threat (the outer code). As in PETRARCH2, a consultation (04)
// outranks the intent to consult, but not mediation (045), whose intent, appeal, demand and
// refusal CAMEO names (039, 028, 108, 126). Otherwise returns `inner`.
std::string ComposeCodes(const std::string& outer, const std::string& inner);

// CAMEO's refusal of cooperative act `act`: refusing to meet or negotiate is 125, to mediate
// 126, to sign an agreement 127, to cooperate 121 (1211, 1212), to give aid 122 (1221-1224),
// to yield 124 (1241-1246; political reform 123); an intent (03x) refused is its act refused.
// Empty for any other act.
std::string RefusalOf(const std::string& act);

}  // namespace tidings::extract

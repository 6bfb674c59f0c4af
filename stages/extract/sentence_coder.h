// SentenceCoder: codes one sentence into raw events. Runs the phases in order — mentions
// (MentionFinder), verbs (VerbFinder), then for each verb the pattern that matches
// (PatternMatcher), its code (active, passive, or the reversed "[:CODE]" form), its source and
// target (pattern slots, else the clause's subject and object; the "by" agent of a passive;
// a compound acting on each other), the combined code with a governing verb of intent or
// demand ("agreed to help" -> 033) — and finally the dictionary's transformations of events
// embedded under saying or wanting verbs. Not thread-safe: one per sentence being coded.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/article_context.h"
#include "extract/clauses.h"
#include "extract/pattern_matcher.h"
#include "extract/sentence.h"

namespace tidings::extract {

class SentenceCoder : public SentenceView {
 public:
  struct RawEvent {
    int source = -1, target = -1;  // mention indexes
    std::string code, pattern, verb;
    size_t verb_token = 0;
  };

  // `ctx` and `w` must outlive the coder; w->tokens must be filled (and indexed, see
  // SentenceWork::IndexWords) before Run.
  SentenceCoder(const Dictionaries& d, ArticleContext* ctx, SentenceWork* w, std::string_view text,
                std::string* explain)
      : SentenceView(d, w, text, explain),
        ctx_(*ctx),
        roles_(d, w, text, explain),
        matcher_(d, w, text, explain),
        outcomes_(w->outcomes) {}

  // Appends the sentence's events to *events.
  void Run(std::vector<RawEvent>* events);

  const Mention& mention(int i) const { return w_.mentions[i]; }

 private:
  using Outcome = VerbOutcome;
  // Source and target groups of a verb's event; target kEachOther: the source is a compound
  // whose members act on each other.
  static constexpr int kEachOther = -2;
  struct Roles {
    int source = -1, target = -1;
    bool embedded = false;  // the object is the subject of an embedded clause
    bool reflexive = false;  // "attacked themselves": the target is the source
  };

  void CodeVerb(size_t vi, std::vector<RawEvent>* events);
  // CodeVerb's phases. A verb whose code is null may still govern an act (its block's frame)
  // or be readied (030): true when it goes on with *code.
  bool ReadNullCode(size_t vi, const VerbPattern* chosen, const VerbBlock& block, std::string* code);
  // The verb's event source -> target (and, for a TABARI paired code, the other side's).
  void EmitVerbEvents(size_t vi, int src, int tgt, const std::string& code, const std::string& pattern,
                      const std::string& paired_code, bool reflexive, std::vector<RawEvent>* events);
  void ExplainVerb(size_t vi) const;
  // The roles and code as the context changes them: a reversed "[:CODE]" swaps the actors; a
  // show of force is 150 against whom it was shown to; a statement's audience is no target.
  void AdjustToContext(size_t vi, bool reversed, std::string* code, int* src, int* tgt) const;
  // True when verb vi, a participle after a comma, sends aid (07) as the means of the force or
  // show of force the verb before it coded ("staged drills around Taiwan, sending warships").
  bool MeansOfForceBefore(size_t vi, const std::string& code) const;
  // The group after "to" that an extradited person is sent to, else `person`.
  int ExtraditedTo(int person, size_t limit) const;
  // True when verb vi is part of the event the verb before it made.
  bool ComplementOfPreviousEvent(size_t vi) const;
  // When verb vi (code `code`) is the infinitive complement of an intent, appeal, demand,
  // refusal or threat that already made events, gives those events the combined code.
  void SpecifyGoverningEvent(size_t vi, const std::string& code, std::vector<RawEvent>* events);
  // True when the compound group src, with no target, acts on each other with this code.
  // "each other", "one another" or "mutual" within ten words of `from`, in one clause.
  bool SaysEachOther(size_t from) const;
  // True when "with" opens the list that ends in the group at b ("with missile boats, drones").
  bool WithBefore(size_t b) const;
  bool ActsOnEachOther(size_t vi, int src, const PatternSlots& slots, const std::string& code) const;
  // True when `tgt` is only where a compound subject fought each other ("exchanged fire around a
  // monastery"): a place, not a third side.
  bool PlaceOfAMutualFight(size_t vi, int src, int tgt, const PatternSlots& slots, const std::string& code) const;
  // True when `tgt` is a countryless noun after an act a compound does together ("Canada and
  // Saudi Arabia agreed to restore relations and exchange ambassadors"): each other, not it.
  bool CountrylessObjectOfAMutualAct(size_t vi, int src, int tgt, const PatternSlots& slots,
                                     const std::string& code) const;
  // A posture (15x) of the source's own forces with no other party: events with no target
  // (targetless_events.cc). False when it is not one.
  bool EmitOwnPostureWithoutTarget(size_t vi, int src, const std::string& code, bool pattern_matched,
                                   std::vector<RawEvent>* events);
  // True when the group is media named by a common noun ("reporters"): the audience of a
  // statement, not its target.
  bool AudienceOfStatement(int group) const;
  // True when the clause after verb vi says its force was shown, not used ("in a show of
  // force against X", "fired into the sea", "in a joint exercise"); *shown_to: the group it was
  // shown to, when named; *exercise: it was an exercise.
  bool ShowOfForce(size_t vi, int* shown_to, bool* exercise) const;  // (reactions.cc)
  int AimOfAShow(size_t after) const;
  // "Russian and Chinese bombers flew a joint patrol close to Alaska": besides cooperating, the
  // sides of a joint flight or voyage show their force to the third state it nears (150).
  void EmitJointShowOfForce(size_t vi, int src, const std::string& code, int tgt, const std::string& pattern,
                            std::vector<RawEvent>* events);
  // The actor whose act an attitude (012, 013) of verb vi expects ("optimistic that Baghdad
  // would ..."), unless the source's own country is among it; -1 when none.
  int ExpectedActor(size_t vi, int src, size_t limit) const;
  // The armed group or force a toll after force used on a place names (", killing three members
  // of the PKK"); with `people`, also the people no party to fighting it names (", killing 37
  // farmers"); -1 when none.
  int ArmedToll(size_t vi, int src, bool people = false) const;
  // True when verb vi follows "and"/"or" after verb vi - 1 and shares its subject.
  bool CoordinatedWithPrevious(size_t vi) const;
  // The code of the pattern or verb for the verb's voice; *reversed when "[:CODE]" makes the
  // subject the one the event happens to.
  static std::string CodeForVoice(const CodePair& pair, bool passive, bool* reversed);
  // The roles a pattern's $ + % slots give.
  static Roles FromSlots(const PatternSlots& slots);
  Roles PassiveRoles(size_t vi, const PatternSlots& slots, const std::string& code, int subject, size_t limit) const;
  Roles ActiveRoles(size_t vi, const PatternSlots& slots, const VerbPattern* pattern, const std::string& code,
                    int subject, size_t limit) const;
  // The first group from token `from` to the clause's end whose country is another than the
  // source's (not unknown), or -1.
  int OtherSideInRefutedClause(size_t from, int src, size_t limit) const;
  // True when the group's first member has no country ("troops" in a headline).
  bool Unowned(int group) const;
  // The place force verb vi is used on when it names no actor ("shelled the outskirts of
  // Kherson"): a new group of the place's country, or -1 (also when it is the source's own).
  // With `own_country`, a place of the source's own country too (rebels seizing a town).
  static bool StateOfEmergencyOrCurfew(const std::string& code);  // 0813, 0814, 1723, 1724
  // A fight one side has with another before token k ("killed in a clash with Chinese troops"):
  // its "with" names who fought the passive's subject.
  bool FightBefore(size_t k) const;
  // A new mention of the government of the source's country, for its people's protest with no
  // target; -1 when the source is no people of a country.
  int OwnGovernment(size_t vi, int src, const std::string& code);
  bool PurposeCodesItself(size_t vi, int src) const;  // a purpose clause after a protest that codes on its own
  // The object of a protest's purpose infinitive right after it ("downed tools to protest against
  // the government"); -1 when there is none.
  int ProtestPurposeTarget(size_t vi, int src) const;
  bool RegionOnly(int g) const;  // a world region (CRB), no state: a place
  int TargetOfCoercion(size_t vi, const std::string& code, int src, size_t limit);  // 1712, 175, 063 with none named
  int HolderOfTheReleased(size_t vi, const std::string& code, int src, int tgt) const;  // "release of X held in Y"
  int AttackAnswered(size_t vi, int src, size_t limit) const;  // "vowed to retaliate after Indian strikes"
  int CityVisited(size_t vi, int src);  // "visited Lviv", "arrived in Karachi": the city's country
  bool TradeMeasureObject(size_t k) const;  // "slapped tariffs on": a tariff or sanction within the object
  bool FireFromUnarmed(size_t vi, int src) const;  // "came under fire from lawmakers": criticism, no gunfire
  bool ChemicalMeans(size_t vi) const;  // "dropped chlorine bombs on", "fired sarin-filled rockets at"
  std::string CodeOfTheMeans(size_t vi, int src, const std::string& code) const;  // 1831, 2041 by the means
  bool SuicideBomber(int src) const;  // "a suicide bomber struck a market": the attacker names the act (1831)
  int AimOfAWarning(size_t vi, int src) const;  // "in what it called a warning to the Philippines"
  int ReceivingState(size_t vi, int src) const;  // "extradited X, the gang leader ..., to the United States"
  int ClaimantOfThePlace(size_t vi, int src) const;  // "in waters also claimed by the Philippines"
  bool MediaOnly(const Group& group) const;  // news outlets and journalists alone
  // True when the people verb vi sends away (group tgt) are named as a state's embassy,
  // consulate or high commission staff.
  bool DiplomaticStaffSentAway(size_t vi, int tgt) const;
  // True when a plain noun follows group tgt as its possessor or modifier ("Washington's move").
  bool ThingOfTheTarget(int tgt) const;
  // Two countries' sides trading fire or clashing ("exchanged gunfire"): mutual, whatever toll
  // follows (verb_adjustments.cc).
  bool SidesFightingEachOther(size_t vi, int src) const;
  // The verb before vi is a hope or doubt (012, 013) whose "could"/"might" clause vi is in.
  bool HopedFor(size_t vi) const;
  int CrowdRepressed(int src) const;  // the protesters tear gas was fired at, none named
  bool FireInAnExercise(size_t vi) const;  // "fired ... as part of their annual exercises"
  int OwnersOfPropertyDestroyed(size_t vi, int src, size_t limit);  // whose homes were burned, none named
  int OwnCountry(size_t vi, int src);  // a new group: the source's country (a domestic source's people)
  // Sides an act implies when none is named (implied_sides.cc), each a new group or -1:
  // "ordered an investigation into an air force strike": the source's own forces.
  int OwnForcesInvestigated(size_t vi, int src, size_t limit);
  // "resigned, bowing to weeks of protests": the source country's protesters.
  int ProtestersYieldedTo(size_t vi, int src, size_t limit);
  // "the president vetoed a bill": the source country's legislature.
  int LegislatureVetoed(size_t vi, int src, size_t limit);
  // "vetoed a U.S.-drafted Security Council resolution": the drafter, as the target of the veto.
  int DrafterOfVetoed(size_t vi, size_t limit);
  // A new group of one actor named by no words, placed after verb vi.
  int UnnamedActor(size_t vi, std::string code, std::string country, std::string how);
  int PlaceActedOn(size_t vi, size_t limit, int src, bool own_country = false, bool left = false);
  // The country of a city of another country relief after verb vi is sent to ("airlifted tents to
  // Yangon"), as a new group; -1 when none. (verb_adjustments.cc)
  int ReliefDestination(size_t vi, size_t limit, int src);
  // "Several homes in Zaporizhzhia were hit by ...": the place named in a passive's subject.
  int PlaceStruckInSubject(size_t vi, int src);
  // A new group for the place found at [begin, end), standing for its country.
  int GroupOfPlace(size_t begin, size_t end, const Place& place);
  // TargetNamedElsewhere's protests and force postures: whom a purpose or a reason names.
  int TargetOfProtestOrPosture(size_t vi, const std::string& code, int src, size_t limit);
  // CodeVerb's adjustments of an event's code and sides: a killing by "fighting between A and
  // B" is their fight (190 both ways); an act said to be done later ("would") is an intent.
  void AdjustForFight(size_t vi, std::string* code, int* src, int* tgt) const;
  void AdjustForIntent(size_t vi, const VerbPattern* chosen, std::string* code) const;
  // A statement (010) of what another must or should do, or telling someone to act, is a
  // demand (100) of them: sets `code` (and `tgt`, the one obliged); true when `tgt` changed to
  // the subject of the statement's clause.
  bool StatementIsADemand(size_t vi, int src, size_t limit, std::string* code, int* tgt) const;
  // The actor a statement (verb vi) says was behind an act ("saying Moscow was behind a
  // sabotage attempt"), whom it accuses; -1 when none or the speaker itself.
  int SaidToBeBehind(size_t vi, int src) const;
  // A show of force (150) by the forces of several countries with no one else as its target is
  // their military cooperation (062, each with the others): "U.S., Japanese and South Korean
  // warships held exercises off the Korean peninsula".
  void AdjustForJointForces(size_t vi, std::string* code, int src, int* tgt) const;
  // CodeVerb's target when the verb's own phrase names none: the actor of a threat's
  // condition, the place force was used on, the accuser a denial answers; or -1.
  int TargetNamedElsewhere(size_t vi, const std::string& composed, const std::string& code, int src, size_t limit);
  // The target of verb vi - 1's event for a second act of breaking off or refusing after "and",
  // with none of its own; else -1 (shared_targets.cc).
  int TargetOfTheVerbBefore(size_t vi, int src, const std::string& composed, const std::vector<RawEvent>& events) const;
  // An infinitive right after a call's or visit's object ("telephoned Erdogan to offer his
  // condolences") is the caller's act on the one called: sets *src and *tgt so, returns true.
  bool PurposeOfACall(size_t vi, const std::string& code, const std::vector<RawEvent>& events, int* src, int* tgt) const;
  int TargetGroupOfVerb(size_t vj, const std::vector<RawEvent>& events) const;  // of verb vj's event, or -1
  int GroupOfMention(int mention) const;  // the group holding the mention, or -1 (shared_targets.cc)
  // "and Kyiv swiftly responded in kind": the act just done to the subject, done back; true when emitted.
  bool ReciprocatedInKind(size_t vi, int src, std::vector<RawEvent>* events);
  // "offered condolences to Myanmar ..., and said Tokyo was ready to send a relief team": aid
  // with no target goes to whom the same side consoled before in the sentence, or -1.
  int AidToTheOneConsoled(int src, const std::string& composed, const std::vector<RawEvent>& events) const;
  // "police, who responded with tear gas": the group that acted on the responders, or -1.
  int AnsweredWithForce(size_t vi, int src, const std::vector<RawEvent>& events) const;  // of verb vj's event, or -1
  // "Clashes between Kyrgyz and Tajik border guards killed 24 people": a compound after a noun
  // of fighting right before verb vi, the sides of the fight (-1 when there is none).
  int SidesOfFightingBefore(size_t vi) const;
  // "denied the charge" with no one named: a new group for the accuser of an earlier sentence
  // when the denier is of the country accused, or -1. (reactions.cc)
  int AccuserAnswered(size_t vi, int src);
  // "condemned the arrest", "rejected the proposal" with no one named: a new group for the
  // source of the latest act of an earlier sentence that the noun can name, when that is
  // another side than src; or -1. (reactions.cc)
  int ActAnswered(size_t vi, int src);
  // "put its forces on high alert after Turkey sent warships", "..., citing intelligence of an
  // imminent Indian strike": the state whose act a force posture answers, named later in the
  // sentence after a word giving the reason; or -1. (reactions.cc)
  int PostureAgainstAThreat(size_t vi, int src) const;
  // Police massing or alerted (15) with protesters named later in the clause: those protesters.
  int ProtestersPoliced(size_t vi, const std::string& code, int src) const;
  // True when group g (with its noun phrase's plain words) is the subject of a passive verb:
  // "two Swedish football fans were shot dead".
  bool SubjectOfAPassive(int g) const;
  bool DemonymOfAnAct(int g) const;
  // "Tanzania and Burundi began building a railway", "launched a joint venture", "began joint
  // patrols": two or more countries starting something together cooperate with each other
  // (061, or 062 for security work). True, with *code set, for a verb of starting whose source
  // is a compound of countries and whose object is joint work. (verb_adjustments.cc)
  bool JointUndertaking(size_t vi, int src, std::string* code) const;
  // CodeVerb's use of JointUndertaking: with no code, or cooperation aimed at a third country,
  // the compound works with each other (*tgt = kEachOther).
  void AdjustForJointWork(size_t vi, int src, std::string* code, int* tgt) const;
  // "Thai and Cambodian commanders met in Kuala Lumpur": sides of several countries meeting in
  // the place of none of them meet at a third location, 044 for 040. (verb_adjustments.cc)
  void AdjustForThirdLocation(size_t vi, int src, std::string* code, int* tgt) const;
  // The group named after "by" in what an investigation (09) is into ("an inquiry into killings
  // of civilians by government forces"), or -1. (verb_adjustments.cc)
  int PerpetratorInvestigated(size_t vi, int src, size_t limit) const;
  // The subject of the "that" clause a no-comment is about ("declined to comment on reports
  // that Ethiopia had begun ..."), or -1. (verb_adjustments.cc)
  // (With `own_country`, also one of the source's own country: an inquiry into its police.)
  int SubjectOfTopicClause(size_t vi, int src, size_t limit, bool own_country = false) const;
  // The noun naming an act right after verb vi ("the arrest", "the latest move"), or the
  // token count when there is none.
  size_t ActNounAfter(size_t vi) const;
  // The side that did `act` (an earlier sentence's) as a new group at token `at`, when it is of
  // another country than group src; -1 otherwise. (reactions.cc)
  int AnsweredSide(const ArticleContext::PastAct* act, int src, size_t at);
  // A group of the act's source and of the other sources coded with it (same sentence, code
  // and target country) but those `own` holds for, each marked Mention::answers.
  int GroupOfActSources(const ArticleContext::PastAct& act, size_t at,
                        const std::function<bool(const KnownActor&)>& own, const char* how);
  // The last hostile act's doer of an earlier sentence, for a threat of verb vi with no target;
  // or -1. (reactions.cc)
  int ThreatAnswersLastAct(size_t vi, int src);
  // The speaker an attribution after an opening quote names, when verb vi is inside that quote
  // with a first-person subject ("'We are ready to sit down with Pyongyang,' Kishida told
  // parliament"); or -1. (quotes.cc)
  int SpeakerOfOpeningQuote(size_t vi) const;
  // The speaker of an attribution starting at token `after` (", Kishida told", ", said the
  // minister"); or -1. (quotes.cc)
  int SpeakerAttributedAt(size_t after) const;
  // Verb vi follows "must" or "should"; the act is then no fact but what the speaker an
  // attribution after it names demands of its subject (EmitObligation). (fronted_demands.cc,
  // after FrontedObligation)
  bool ObligedAct(size_t vi) const;
  void EmitObligation(size_t vi, int obliged, const std::string& code, std::vector<RawEvent>* events);
  // "A man stabbed the opposition leader": an unnamed man attacking an actor is an unidentified
  // attacker (UAF) of the victim's country, as a new group; -1 when not so (implied_sides.cc).
  int UnnamedAssailant(size_t vi, const std::string& code, int tgt);
  // "Gunmen shot dead a man in Manipur", "killed a father and his son": a person no dictionary
  // names, right after an act of force, is a civilian victim (---CVL; the domestic pass gives
  // it the country of the place), not the place; -1 when not so (implied_sides.cc).
  int UnnamedVictim(size_t vi, size_t limit);
  // "shelled Druze villages west of Sweida": the villages a force struck, with no country or
  // actor named (implied_sides.cc): their civilians, of the place's country.
  int PopulatedPlaceStruck(size_t vi, size_t limit, std::string_view code);
  // A new group of one unnamed civilian (---CVL; a place gives its country later) at token k.
  int CiviliansAt(size_t k, const char* how);
  // "warned that Lithuania would face consequences", "... would pay a heavy price": the one a
  // threat says will suffer is the one threatened; -1 when not so (implied_sides.cc).
  int ThreatenedWithConsequences(size_t vi, int src, size_t limit) const;
  // Adds a mention the coder found itself (a place acted on, an earlier accuser) as a group of
  // its own, not indexed by position; returns the group.
  int GroupOfNewMention(Mention m);
  // A group of its own for an actor of an earlier sentence, named at token `at`; `how` explains.
  int GroupOfEarlierActor(const KnownActor& actor, size_t at, const char* how);
  // The country a force posture (15) faces: the group after "near", "along", "toward", "close
  // to" or "the border with" later in the clause, not the source's own; or -1.
  int PostureToward(size_t vi, int src, size_t limit) const;
  // The group named with a charge later in the sentence ("the Indian army's claims", "charges
  // by Kyiv"), not the denier's own side; or -1. (reactions.cc)
  int AccuserNamedWithTheCharge(size_t vi, int src) const;
  // True when the group is one country acting as a whole or its government (TUR, TURGOV).
  bool StateActor(int group) const;
  // True when group tgt is a pronoun or reference that names the source group src again, or,
  // for a threat (`code` 13x), the source's own country.
  bool OnlyTheSourceAgain(int src, int tgt, const std::string& code) const;
  // The actor an unknown name after verb vi is described as in an appositive ("Carlos Manzo,
  // the mayor of Uruapan"), or what "what X said were" names; -1 when none. (verb_adjustments.cc)
  int ObjectNamedAroundAName(size_t vi, int src, size_t limit, bool own_country) const;
  // The country of non-state armed group src, as a new group, for its retreat from a place no
  // gazetteer knows; -1 otherwise. (verb_adjustments.cc)
  int OwnStateOfRebels(size_t vi, int src);
  // The parties to talks a passive participle says a third side mediated ("A and B resumed
  // talks mediated by C", "talks between A and B mediated by C"): their group, or -1 when the
  // talks name none. (verb_adjustments.cc)
  int PartiesMediated(size_t vi, int src) const;
  // True when `words` are written right before verb v ("will" of a transformation's
  // WILL_ATTACK); true for none.
  bool AuxiliariesBefore(const VerbHit& v, const std::vector<std::string>& words) const;
  // Makes each slot that holds part of a compound (PatternSlots::parts) a group of its own.
  void GroupSlotParts(PatternSlots* slots);
  // True when verb vi is a present participle right after an actor an earlier verb acts on:
  // it describes that actor ("to support Somali forces fighting al-Shabaab"), it reports nothing.
  bool DescribesItsNoun(size_t vi) const;
  // The actor group g is the object of "with", "from" or "to" (verb_adjustments.cc).
  bool AfterWith(int g) const;
  // True (with the reason noted) when verb `vi` names no act that happened: a participle or
  // relative clause describing its noun, an unrealized act, a negation no pattern codes.
  bool NotAnAct(size_t vi, const VerbPattern* chosen);
  // True when the first members of both groups have the same (known) country.
  bool SameCountry(int group_a, int group_b) const;
  // True when token k is a plain noun, no actor: the thing force is aimed at ("fight smuggling").
  bool ForceOnAThing(size_t k) const;
  // "withdrew its ambassador from Israel", "send American forces into Nigeria": when target
  // group tgt is the source's own side, the other country named right after it with "to",
  // "into", "from" or "out of" (for a reduction of relations "in" too), or -1. own_side.cc.
  int CountryItsOwnSideGoesTo(int src, int tgt, const std::string& code) const;
  // "vowed to retaliate if North Korea launched ...", "threatened ... unless Kabul acted": the
  // group opening the condition after verb vi (not the source's side), or -1.
  int ConditionSubject(size_t vi, int src, size_t limit) const;
  // "wants to help", "agreed to meet": the governing verb's intent composes with the
  // complement's event into CAMEO's combined codes.
  // A punitive act that will be done unless or if another acts: its threat (13x); else `composed`.
  std::string ConditionalThreat(size_t vi, const std::string& composed) const;
  std::string ComposeWithGoverningVerb(size_t vi, const std::string& code) const;
  // The code once both sides of verb vi are known (KillingCode, CodeOfForceOnProtesters), or
  // empty when the act is no event (AidToItsOwnPlace). `code` as composed; src, tgt groups.
  std::string CodeForTheSides(size_t vi, const std::string& code, int src, int tgt) const;
  // The code of a plain killing (190, or 193 shot dead) once both sides are known: a non-state
  // armed actor killing one public figure is 186, civilians 180, or 202 for fifty or more or a
  // massacre (violence_codes.h).
  // The number right before a group of people after `from` ("more than 20,000 migrants"), or 0.
  long CountAt(size_t k) const;  // the count a token gives ("60", "hundreds"), else -1
  long CountBefore(size_t from, const Group& people) const;
  std::string KillingCode(size_t vi, const std::string& code, int src, int tgt) const;
  // 173 (or 171 of a vessel with its crew) by a non-state armed actor of no armed side is
  // abduction 181 (abductions.cc).
  std::string AbductionCode(size_t vi, const std::string& code, int src, int tgt) const;
  // "He said he had been tortured by police": the speaker accuses the abuser, 1122 (victim_claims.cc).
  void AdjustForVictimsClaim(size_t vi, std::string* code, int* src, int* tgt) const;
  // "handed over poet X to the United Arab Emirates": a person handed over to another state is
  // judicial cooperation, 063 to that state (persons_handed_over.cc).
  void AdjustForPersonHandedOver(size_t vi, std::string* code, int* tgt) const;
  // The token opening the recipient after "to" past a person named from `from`, else npos.
  size_t RecipientAfterPerson(size_t from, size_t limit) const;
  // An investigation (090) refined by what it is into (investigation_codes.h), for dictionaries
  // written the TABARI way; a PETRARCH2 dictionary's codes are kept as written.
  std::string InvestigationCode(size_t vi, const std::string& code, int src, int tgt) const;
  // True when aid or protection (07) goes to a place of the sender's own country ("Peru's
  // government sent police officers to Lima"): forces deployed at home, no aid to anyone.
  long TollAfter(size_t from) const;  // ", killing at least 42 ...": the count, else -1
  // True when the victims are one person named by a title only a person bears (killing_codes.cc).
  bool Commands(size_t group_begin) const;  // a leader's title right before the group's "of" (killing_codes.cc)
  bool TitledPerson(const Group& victims) const;
  bool LeaderTitled(const Mention& victim) const;  // a named person with a leader's title in the mention
  // True for people of no armed or state role, or opponents (CVL, OPP, EDU, MED ...; not AGR,
  // which is fishing boats too).
  static bool NoPartyOrOpponents(std::string_view code);
  // 174 against an organisation (IGO, NGO) is its expulsion (166, 1661, 1662, 1663).
  static std::string CodeOfExpelledOrganisation(const std::string& code, std::string_view target);
  bool PeopleNotPlace(const Group& g) const;  // "a senior commander", not a town or its holder
  bool AidToItsOwnPlace(const std::string& code, int src, int tgt) const;
  // True when verb vi is the act a threat, promise, demand or refusal before it says would be
  // done ("warned that it would cut off gas").
  bool ModalComplement(size_t vi) const;
  // True when infinitive vi states the purpose of the protest (14) verb vi - 1 made: "marched
  // in Baghdad on Friday to demand ..." is the protest, for what it demands.
  bool PurposeOfProtest(size_t vi) const;
  // True when the infinitive starting at token b completes "is ready|prepared|willing to".
  bool ReadinessBefore(size_t b) const;
  // True when verb vi, an -ing form of demanding after a comma, says what the protest just coded
  // (vi - 1) is for: it composes with it as "to demand" does.
  bool DemandOfProtest(size_t vi) const;
  // The protest code (141x) when verb vi, an -ing demand or appeal (`code`) after a comma, is
  // voiced by the crowd that filled or thronged the streets at vi - 1 (no event alone); else "".
  std::string DemandOfCrowd(size_t vi, int src, const std::string& code) const;
  // Composes the protest events of verb vi - 1 with demand `code` of vi and turns them to the
  // one the demand is made of (group `tgt`); vi codes no event of its own.
  void FoldDemandIntoProtest(size_t vi, const std::string& code, int tgt, std::vector<RawEvent>* events);
  // True when the next verb is verb vi's infinitive complement ("refused (on Monday) to sign").
  bool GovernsInfinitive(size_t vi) const;
  // The verb of the appeal or demand that asks for the act of verb vi ("demanded that Israel
  // release all prisoners"; past "and that", the one before's: "... and that the rebels halt
  // their offensive"), or -1. That act is part of the demand, never done.
  int DemandingVerb(size_t vi) const;
  size_t AndThatBefore(size_t vi) const;  // where "and that" stands between verbs vi - 1 and vi, or npos
  // Verb vi (code `code`, its subject `asked`) is demanded by verb d: no event of its own; the
  // demand, when it made none for want of an object or asks a second actor, is made of `asked`.
  void EmitDemand(size_t vi, size_t d, int asked, const std::string& code, std::vector<RawEvent>* events);
  // "China must pull its troops back ..., India's army chief said": an obligation opening the
  // sentence, attributed after it, is the speaker's demand of the obliged actor (10x), not the
  // act; of the speaker's own country, no event. True when it decided (fronted_demands.cc).
  bool FrontedObligation(size_t vi, int obliged, const std::string& code, std::vector<RawEvent>* events);
  // The speaker of an attribution after a comma or a closing quote past verb vi (", Moldovan
  // President Maia Sandu told Moscow"), or -1.
  int SpeakerAfterClause(size_t vi) const;
  // `reflexive`: an actor acting on itself is kept for the transformations ("said that Iraq had
  // attacked themselves" accuses Iraq); the article's events leave such events out.
  void Emit(int src_group, int tgt_group, const std::string& code, const std::string& pattern, size_t vi,
            std::vector<RawEvent>* events, bool reflexive = false) const;
  // PETRARCH2 transformations: an event embedded under a saying/wanting verb becomes another
  // event of the outer source ("~ a (a b ATTACK) SAY = a b 015").
  void ApplyTransformations(std::vector<RawEvent>* events);
  size_t VerbStart(size_t head) const;
  // A bare statement (010) of an actor whose act the sentence codes more precisely says
  // nothing more ("..., speaking in Helsinki, praised ..." is the praise), nor does one to the
  // speaker's own country: both are dropped, as a human coder gives the specific act alone. A
  // bare intent (030) towards one its source acts on more precisely is dropped too.
  void DropBareStatements(std::vector<RawEvent>* events) const;
  // Drops the assaults and shootings a mass killing (202) of the same source and target is made of.
  void DropActsOfAMassKilling(std::vector<RawEvent>* events) const;
  // The sides a noun of fighting opening its clause sets "between" fight each other
  // ("Clashes between A and B killed dozens"): 190 each way (fighting_nouns.cc).
  void EmitFightingBetween(std::vector<RawEvent>* events);
  bool OpensClauseAt(size_t k) const;  // token k opens a clause (sentence, comma, dash, subordinator)
  // True when token k is should, must, ought, or has/have/need(s) before "to".
  bool ObligationAt(size_t k) const;
  // The actor statement vi says must or should act ("said that Armenia must change its
  // constitution"), not of the speaker's country; -1 when there is none.
  // (kObligationOfAnother: what must be done to the clause's subject, a passive, is asked of
  // the addressee.)
  static constexpr int kObligationOfAnother = -2;
  int ObligedActor(size_t vi, int src, size_t limit) const;
  // True when token k reads as a base form with no inflection (a subjunctive after "insist").
  bool SubjunctiveAt(size_t k) const;
  // True when verb vi's own or its block's code names an act ("ALLOW [---]" does not).
  bool CodesOfItsOwn(size_t vi) const;
  // True when "to" and a verb follow group `told`, the object of a statement ("told X to resign").
  bool ToldToAct(int told) const;
  // The modal before verb vi past adverbs and a negation ("would still not"), or empty;
  // *negated says whether a negation was passed.
  std::string_view ModalOf(size_t vi, bool* negated) const;
  // True when verb vi follows "would": an act announced, not done.
  bool IntendedAct(size_t vi) const;
  // True when verb vi, an act of force, repression or cutting ties (16-20 in `code`), follows
  // could, might or may: a threat, not the act.
  bool AfterModalOfPossibility(size_t vi) const;  // "could", "might", "may" before the verb
  // "were due to sign", "had been scheduled to meet": an act planned, as a past tense reports it.
  bool ScheduledInThePast(size_t vi) const;
  bool ForceItMightUse(size_t vi, const std::string& code) const;
  // A cooperative act (03-09) after "could", "might" or "may", and whether a pronoun is its subject.
  bool CooperationThatMayHappen(size_t vi, const std::string& code) const;
  bool ModalAfterPronoun(size_t vi) const;
  // True when negated verb vi follows "would not", "will never", "won't": a stated refusal.
  bool StatedRefusal(size_t vi) const;
  // True when infinitive vi is the act a stated refusal just coded names ("would never agree
  // to negotiate").
  bool ActOfStatedRefusal(size_t vi) const;
  // For a verb StatedRefusal or ActOfStatedRefusal holds for: whether it still codes. A stated
  // refusal of a cooperative act turns `code` into the refusal (12x); the act it names stays.
  bool RefuseTheAct(size_t vi, std::string* code) const;
  // A demand, appeal, offer or statement the sentence backs with "or face ..." becomes an
  // ultimatum (139).
  void MarkUltimatums(std::vector<RawEvent>* events) const;

  ArticleContext& ctx_;
  ClauseRoles roles_;
  PatternMatcher matcher_;
  std::vector<Outcome>& outcomes_;  // w->outcomes
  int named_object_ = -1;  // the group an unknown name's appositive gave as a target (ObjectNamedAroundAName)
};

}  // namespace tidings::extract

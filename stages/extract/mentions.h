// MentionFinder: the first phase of coding a sentence. Finds the actor mentions — dictionary
// actors (longest match from a capitalised word), agents composed onto the country they
// belong to ("Turkish military" -> TURMIL, "President of Azerbaijan" -> AZEGOV), named
// people with their titles, pronouns and definite references resolved through the article
// context ("he", "its military", "the two countries", "the president", "the group", "her
// party") — and joins them into
// groups: one noun phrase each, or a compound ("A, B and C", "A as well as B").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/article_context.h"
#include "extract/sentence.h"

namespace tidings::extract {

// True when a word of a dictionary phrase names a body ("STATE_DUMA_", "RAPID_SUPPORT_FORCES_").
bool NamesABody(std::string_view phrase);

class MentionFinder : public SentenceView {
 public:
  // `ctx` must outlive the finder; actors named in the sentence are remembered in it at once,
  // so that a later pronoun of the same sentence can refer to them ("Obama said he ...").
  MentionFinder(const Dictionaries& d, ArticleContext* ctx, SentenceWork* w, std::string_view text,
                std::string* explain)
      : SentenceView(d, w, text, explain), ctx_(*ctx) {}

  // Fills w->mentions, w->groups and the group_starting_at / group_ending_at indexes.
  void Run();

 private:
  using Unit = PhraseUnit;
  Unit UnitAt(size_t i) const;  // cached: phrases look units up many times
  Unit ComputeUnitAt(size_t i) const;
  // One past the last token of gapped actor phrase g starting at token i; 0 when it does not
  // match there.
  size_t GappedPhraseEnd(const ActorDictionary::GappedPhrase& g, size_t i) const;
  bool IsNameWord(size_t i) const;
  // A region named as where something is ("in the South China Sea"), not as an actor.
  bool RegionAsPlace(const Mention& m) const;
  // "X said it ...": "it" at token i is the speaker, the sentence's first actor that is no
  // place; adds that mention and returns true, or returns false.
  bool SpeakerOfThisSentence(size_t i);
  bool OpensTheSentence(const Mention& m) const;  // only articles before it (pronoun_speakers.cc)
  bool SpeakerOfTheClause(size_t pronoun);  // "he" opening what the sentence's subject says (pronoun_speakers.cc)
  // True when mention m is one person: named, or one office holder by title.
  bool OnePerson(const Mention& m) const;

  // Each returns the token after what it recognised at i, or 0 when it recognised nothing.
  // "demanding that Brussels restore permits", "warnings from Brussels": the capital acting is
  // the European Union's institutions, unless Belgium is named in the sentence or was in the
  // article ("accused Belgium ... cut ties with Brussels"), or it is a place ("in Brussels").
  // "the U.N.-brokered truce", "a Qatari-mediated deal": the actor ending before `end` is the
  // go-between who made the thing after it, no party to what is done with it.
  bool MadeTheThingAfter(size_t end) const;
  // "Armenia recognised ..., its foreign ministry said", "Taipei cut ties with Honduras, and its
  // foreign minister ...": a possessive "its" or "their" opening a clause after a comma is the
  // sentence's opening subject's. True, with it in *subject, when so.
  bool SubjectBeforeClause(size_t i, KnownActor* subject) const;
  // "... and seized their trawlers": the plural people the verb before acted on own "their"
  // (phrase_owners.cc).
  bool ObjectOwnsTheirs(size_t i, KnownActor* owner) const;
  bool HisOrHer(size_t i) const { return w_.tokens[i].upper == "HIS" || w_.tokens[i].upper == "HER"; }
  // "..., diplomats and residents said": the group at index g (before merging), with those
  // joined to it by "and", is the subject of a verb of saying right after: an attribution
  // set off by a comma, not the end of a list. (references.cc)
  bool AttributionAfterComma(size_t g) const;
  // "Russia's Vladimir Putin": a country and 's before one of its own people named by the
  // dictionaries is one actor, the person. Before MergeCompounds. (references.cc)
  void JoinCountriesToTheirPeople();
  bool BrusselsMeansTheEu(size_t begin, size_t end) const;
  size_t GroupReferenceAt(size_t i);     // "the two countries", "both sides"
  // "they" after a list of countries in this sentence ("Mali, Burkina Faso and Niger said
  // they"): adds the group and returns true.
  bool CountryListBefore(size_t i);
  size_t CountryReferenceAt(size_t i);   // "the country"
  size_t KoreanHalfAt(size_t i);         // "the North", "the South" after a Korea (country_epithets.cc)
  size_t MonarchyAt(size_t i);           // "the kingdom", "the emirate" after one is named (country_epithets.cc)
  size_t IslandReferenceAt(size_t i);    // "the island" (an island state)
  // "The Security Council" (no country named with it): IGOUNO. Returns the end, or 0.
  size_t UnitedNationsCouncilAt(size_t i);
  size_t OrganisationReferenceAt(size_t i);  // "the group", "the movement": ArticleContext::LastOrganisation
  size_t ActReferenceAt(size_t i);  // "The decision drew ...": who did the act it names (ArticleContext::acts)
  // The country of the sentence's subject when the group reference [i, end) is its verb's
  // object ("He urged the two countries to"), else empty.
  std::string_view UrgerOfTheGroup(size_t i, size_t end) const;
  // "the two sides" [i, end) as the two who last acted on each other in an earlier sentence;
  // false when none did.
  bool TwoSidesOfAMutualAct(size_t i, size_t end);
  // The last n countries named but `except` (of people only if asked) into *out; true if n.
  bool OtherCountries(size_t n, std::string_view except, bool people_only,
                      std::array<std::string_view, ArticleContext::kMaxCountries>* out) const;
  void PronounAt(size_t i);              // "he", "it", "they"
  // "them", "him", "her" as another actor of this sentence than its subject (references.cc).
  bool ObjectOfThisSentence(size_t i, const std::string& word);
  // k, unless the pronoun at i is the object of a verb whose subject is k: then the actor
  // named before k (of the same kind, person or not), else k.
  const KnownActor* NotTheClauseSubject(size_t i, const KnownActor* k) const;
  // "it" as a subject is not a country named before it only as a place (references.cc).
  const KnownActor* NotThePlaceNamed(size_t i, const KnownActor* k) const;
  // True when the pronoun at i opens the sentence and the sentence names k again by name.
  // The plural people (an agent's plural noun with a country) this sentence named last before a
  // "they" that opens a clause at i ("struck Hamas leaders in Doha as they met"), else null.
  const Mention* PluralPeopleBefore(size_t i) const;
  bool NamedAgainAfter(size_t i, const KnownActor& k) const;
  // The last person before other than k (and than whom the other pronoun stands for), else
  // the last office holder named by a title other than k, else null.
  const KnownActor* OtherPersonThan(const KnownActor& k, bool female) const;
  size_t PossessedAgentAt(size_t i);     // "its military", "his government"
  size_t PossessedCountryAt(size_t i);   // "his country" (references.cc)
  // "his country", else "its military": PossessedCountryAt, else PossessedAgentAt.
  size_t ObjectHerAt(size_t i);         // "accusing her of" (references.cc)
  size_t NeighbourAt(size_t i);         // "its neighbour": the other country named
  size_t CrewOfVesselAt(size_t i);      // "its crew": the owner of the vessel just named
  size_t SpeakerOfficeAt(size_t i);    // "said his office was investigating" (references.cc)
  size_t PossessedAt(size_t i) {
    if (size_t end = ObjectHerAt(i)) return end;
    if (size_t end = SpeakerOfficeAt(i)) return end;
    if (size_t end = NeighbourAt(i)) return end;
    if (size_t end = CrewOfVesselAt(i)) return end;
    size_t end = PossessedCountryAt(i);
    return end > 0 ? end : PossessedAgentAt(i);
  }
  void ShareAgentOfList(const Group& list);  // "troops from A, B and C"
  bool CountryAfterBareAgent(const std::vector<Unit>& units, size_t k) const;
  bool ObjectComplementAt(size_t j, size_t k) const;
  bool HostBody(size_t end, const AgentRecord& agent, const KnownActor& last_of_kind, KnownActor* host) const;
  bool PostedTo(const std::vector<Unit>& units, size_t j, size_t k, const Unit& next) const;
  bool CountryAsSurname(const std::vector<Unit>& units, size_t j, size_t k) const;
  // "Paraguayan President Santiago Pena", "Russian Deputy Defence Minister Yunus-Bek Yevkurov":
  // another country's place or one-word name right after a title, before a plain name, is a
  // given name.
  bool GivenNameAfterTitle(const std::vector<Unit>& units, size_t k) const;
  bool HeadsTitle(size_t k) const;
  bool OwnedBy(const std::vector<Unit>& units, size_t k) const;  // "Chinese-owned chipmaker"
  // "chief", "head", "boss" between a body and its head's name
  bool BodyAsGivenName(const std::vector<Unit>& units, size_t i, size_t j) const;  // "Botswana's Duma Boko"
  bool NamesAStructure(size_t begin, size_t end) const;  // "the Ambassador Bridge", "Embassy Suites"
  size_t BackedAgentAfter(const Unit& agent, size_t j) const;  // "army-backed government": the government's unit
  bool NounBeforeAgent(size_t q) const;     // "a French uranium company": the noun before the agent
  size_t PossessedAgentAfter(size_t j) const;  // "Turkey's president": the agent's unit, else npos
  size_t OwnerAfterAgent(size_t j, const std::vector<Unit>& units) const;  // "President of X": X's unit, else npos
  size_t NounPhraseAt(size_t i, const Unit& first);

  void AddGroup(const Group& g);
  void AddMentionGroup(Mention m);  // a group of one
  void AddSingle(size_t b, size_t e, const std::string& code, const std::string& country, bool person,
                 const std::string& how);
  // Adds one mention per country for a group reference.
  void AddCountryGroup(size_t b, size_t e, const std::string_view* countries, size_t count, const std::string& agent,
                       const std::string& how);
  // True when the lowercase agent phrase [begin, end) modifies the noun after it ("police
  // cooperation", "military aid"): an ordinary noun phrase, not an actor.
  bool ModifiesNoun(size_t begin, size_t end) const;
  bool ListGoesOn(size_t from) const;  // an adjective list continues with "and"/"or"
  // True when the government agent at agent_at names whose measure the noun at noun_at is
  // ("government plans", "a government decision"): an actor, not a modifier.
  bool StateMeasure(size_t agent_at, size_t noun_at) const;
  // An adjective by its form: part of a hyphenated word, or an adjective's ending ("federal")
  // (mention_word_forms.cc).
  bool LooksAdjectival(size_t i) const;
  // "Su-35", "H-6", "MiG-29": the number of an aircraft's model after its letters, a modifier.
  bool ModelNumber(size_t i) const {
    const auto& tk = w_.tokens;
    return tk[i].is_number && tk[i].joined && i > 0 && tk[i - 1].capitalized && tk[i - 1].upper.size() <= 3;
  }
  // A lowercase word of no grammatical class and no verb: most likely a plain noun ("oil")
  // (mention_word_forms.cc).
  bool PlainLowercaseWord(size_t i) const;
  // True when token k ("-linked", "-affiliated", "-aligned", "-allied", "-inspired") ties the
  // noun after it to the transnational movement (IMG...) of the last unit.
  bool TiedToAMovement(const std::vector<Unit>& units, size_t k) const;
  // True when a weapon or platform follows the nationality adjective `country` (starting at
  // token begin): "Israeli jets", "Iranian ballistic missiles", "Armenian positions"; its
  // forces are the actor (weapon_owners.cc).
  bool WeaponAfterDemonym(const Unit& country, size_t begin) const;
  void WeaponsLaunchedBy();  // "drones launched by X": X's (weapon_owners.cc)
  // The mention of a noun phrase built from its units (surname_token: the last word of a
  // trailing personal name, npos when none).
  void Compose(size_t begin, size_t end, const std::vector<Unit>& units, size_t surname_token);
  // Compose's first step: the most specific actor code among the units (pointing into the
  // dictionaries or the article context; empty when none), whether it names a person, and the
  // units' agents (into w_.phrase_agents).
  std::string_view BestActorCode(const std::vector<Unit>& units, bool* person, std::string* how);
  // A named actor's code with up to two agents appended ("AZE" + "GOV") and prefix agents in
  // front ("IGO" before "UNO..."), none twice.
  static std::string WithAgentCodes(std::string_view actor, const std::vector<const AgentRecord*>& agents);
  // True when group hi is an appositive of group g: a title of the same country between
  // commas right after a named person ("Ilham Aliyev, the president of Azerbaijan,").
  bool AppositiveOf(const Group& g, size_t hi) const;
  // Compound groups: mentions joined by "and" / "," / "as well as" / "&".
  void MergeCompounds();
  // Members a and b of a compound, b right after a, share what one of them leaves out:
  // "Indian and Chinese commanders" (a takes b's agent), "Syrian banks and airlines" (b takes
  // a's country).
  void ShareAdjectiveOrNoun(Mention& a, Mention& b) const;
  // True when group nx follows cur after "and", ",", ", and", "as well as" or "&" (*and_word:
  // a word joined them, not a bare comma) (compound_joins.cc).
  bool Joined(const Group& cur, const Group& nx, bool* and_word) const;
  // True when the word at p, after the conjunction, is an adjective that may open member nx of
  // a compound ("and neighbouring Egypt") (compound_joins.cc).
  bool DescribesArmedMen(size_t p) const;  // "around 30 heavily armed" before a member
  bool OpensMember(size_t p, const Group& nx) const;
  // True when the "and" between cur and nx joins two clauses, not two actors: a verb acts on
  // cur and nx is followed by its own verb ("A attacked B and C criticized D"). A verb of
  // speech before cur takes the compound as its clause's subject ("said B and C attacked").
  bool JoinsClauses(const Group& cur, const Group& nx) const;
  // Groups [first, last] of a chain whose last join is a bare comma, into *merged.
  void PushListUpToLastAnd(size_t first, size_t last, const std::vector<bool>& with_and,
                           std::vector<Group>* merged) const;

  ArticleContext& ctx_;
};

}  // namespace tidings::extract

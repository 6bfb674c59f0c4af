#include "extract/coder_dictionaries.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <string_view>

#include "extract/builtin_dictionaries.h"
#include "tidings/calendar.h"

namespace tidings::extract {

void Dictionaries::AddFlag(std::initializer_list<const char*> words, uint64_t flag) {
  for (const char* w : words) AddFlag(std::string_view(w), flag);
}

void Dictionaries::AddFlag(std::string_view word, uint64_t flag) {
  uint32_t id = lexicon.Intern(word);
  if (flags.size() <= id) flags.resize(id + 1, 0);
  flags[id] |= flag;
}

void Dictionaries::InitGrammar() {
  AddFlag({"IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "AM", "GET", "GOT", "GETS", "GOTTEN"}, kBe);
  AddFlag({"OF", "IN", "TO", "FROM", "AT", "ON", "FOR", "WITH", "NEAR", "INTO", "AGAINST", "BETWEEN", "OVER",
           "ABOUT", "BY", "AMONG", "TOWARD", "TOWARDS", "UNDER", "AFTER", "BEFORE", "DURING", "WITHIN", "ACROSS",
           "THROUGH", "AROUND", "OUTSIDE", "INSIDE", "BEHIND", "VIA", "AMID", "SINCE", "UPON", "ONTO", "ALONGSIDE", "ALONG", "BEYOND"}, kPrep);
  AddFlag({"THE", "A", "AN", "THIS", "THESE", "THOSE", "ANY", "EACH", "EVERY", "SOME", "SUCH", "'S", "ANOTHER",
           "OUR", "MY", "YOUR", "NO"}, kDet);
  AddFlag({"ITS", "HIS", "HER", "THEIR"}, kPossPron | kDet);
  AddFlag({"NOT", "N'T", "NEVER"}, kNeg);
  AddFlag({"WILL", "WOULD", "CAN", "CA", "COULD", "SHOULD", "MAY", "MIGHT", "MUST", "SHALL", "WO"}, kModal);
  AddFlag({"HAS", "HAVE", "HAD", "DO", "DOES", "DID", "HAVING"}, kAux);
  AddFlag({"AND", "OR", "BUT", "&"}, kCoord);
  AddFlag({"THAT", "WHICH", "WHO", "WHOM", "WHILE", "BECAUSE", "ALTHOUGH", "THOUGH", "IF", "WHEN", "WHERE",
           "WHETHER", "UNLESS", "AS", "UNTIL"}, kSubord);
  AddFlag({"WHO", "WHICH", "THAT", "WHOSE", "WHOM"}, kRelative);
  AddFlag({"HE", "SHE", "HIM"}, kPersonPron);
  AddFlag({"IT"}, kThingPron);
  AddFlag({"THEY", "THEM"}, kGroupPron);
  AddFlag({"ALSO", "AGAIN", "ALREADY", "REPORTEDLY", "RECENTLY", "PREVIOUSLY", "JOINTLY", "OFFICIALLY",
           "FORMALLY", "STRONGLY", "FURTHER", "FIRST", "LATER", "THEN", "NOW", "STILL", "JUST", "REPEATEDLY",
           "REPORTEDLY", "ALLEGEDLY", "FINALLY", "QUICKLY", "EARLIER", "ONCE", "SUCCESSFULLY", "UNANIMOUSLY",
           "PUBLICLY", "SHARPLY", "FIRMLY", "SEVERELY", "BRIEFLY", "EVEN", "ONLY", "ALSO", "EFFECTIVELY",
           "OPENLY", "DIRECTLY", "SUDDENLY", "APPARENTLY", "REPORTEDLY", "SOON", "EVER", "YET", "OVERNIGHT",
           "AHEAD",  // "ahead of the summit": never a noun an agent word modifies
           "EACH"},  // "India and Pakistan each ordered their forces to hold fire"
          kAdverb);
  AddFlag({"ITSELF", "THEMSELVES", "HIMSELF", "HERSELF"}, kReflexive);
  AddFlag({"TO"}, kTo);
  AddFlag({"BY"}, kBy);
  AddFlag({"FORMER", "SENIOR", "TOP", "CHIEF", "DEPUTY", "ACTING", "NEW", "LOCAL", "VISITING", "OUTGOING",
           "INCOMING", "INTERIM", "JOINT", "ELITE", "RULING", "HIGH-RANKING", "VETERAN", "NATIONAL", "SPECIAL",
           "UNIDENTIFIED", "ARMED", "HARDLINE", "MODERATE", "RADICAL", "SUSPECTED", "-", "ALLIED", "SAID"}, kModifier);
  AddFlag({"BETWEEN", "AMONG"}, kBetween);
  AddFlag({"AFTER", "BEFORE", "WHILE", "BY", "WITHOUT", "SINCE", "ON", "UPON"}, kGerundIntro);
  AddFlag({"COUNTRIES", "NATIONS", "SIDES", "STATES", "PARTIES", "NEIGHBORS", "NEIGHBOURS", "ALLIES",
           "COUNTRY", "NATION"}, kCountNoun);
  AddFlag({"TWO", "BOTH"}, kTwo);
  AddFlag({"IN", "AT", "NEAR", "OUTSIDE", "INSIDE", "AROUND", "ACROSS", "THROUGH", "TOWARD", "TOWARDS"}, kPlaceIntro);
  AddFlag({";", ":"}, kClauseEnd);
  AddFlag({","}, kComma);
  AddFlag({"TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "DOZENS", "HUNDREDS", "THOUSANDS",
           "SEVERAL", "MANY", "FEW", "OVER", "SOME", "ABOUT", "AROUND", "NEARLY", "ALMOST", "AT", "LEAST", "MORE",
           "THAN", "OF", "ALL", "BOTH"}, kQuantity);
  AddFlag({"CHAMPIONSHIP", "CHAMPIONSHIPS", "TOURNAMENT", "GOALS", "GOALKEEPER", "STRIKER", "MIDFIELDER", "RELAY",
           "INNINGS", "WICKET", "WICKETS", "CHESS", "NBA", "NFL", "NHL", "FIFA", "UEFA", "SEMIFINAL", "QUARTERFINAL",
           "TOUCHDOWN", "PLAYOFF", "PLAYOFFS", "ALBUM", "CHARTS", "BOX-OFFICE", "BILLBOARD", "GRANDMASTER",
           "REFEREE", "REFEREES", "BOWLERS", "BATSMEN", "HALFTIME", "HALF-TIME", "EQUALISER", "EQUALIZER",
           "CYCLIST", "CYCLISTS", "PELOTON", "SPRINTER", "SPRINTERS", "GOLFER", "GOLFERS", "MEDALLIST",
           "MEDALIST", "GRAMMYS", "GRAMMY", "OSCARS", "EMMYS", "BAFTAS"}, kSport);
  AddFlag({"FOOTBALL", "SOCCER", "CRICKET", "BASKETBALL", "RUGBY", "TENNIS", "HOCKEY", "VOLLEYBALL", "HANDBALL",
           "BASEBALL", "BADMINTON", "GOLF", "BOXING", "WRESTLING", "JUDO", "FENCING", "SWIMMING", "ATHLETICS",
           "SKIING", "CYCLING", "ROWING", "GYMNASTICS", "WEIGHTLIFTING", "TAEKWONDO"}, kSportName);
  // (And what is won at it: "seize the Olympic table tennis gold", "the boxing title".)
  AddFlag({"TEAM", "TEAMS", "SQUAD", "SIDE", "PLAYERS", "PLAYER", "MATCH", "MATCHES", "SERIES", "GAME", "GAMES",
           "STAR", "STARS", "COACH", "SEASON", "GOLD", "SILVER", "BRONZE", "MEDAL", "MEDALS", "TITLE", "FINAL",
           "CHAMPION", "CHAMPIONS"}, kPlaying);
  // Month and weekday names are not personal names ("Tuesday", "June"), nor are these two;
  // "May" is left out, a modal verb far more often than a month inside a sentence.
  for (std::string_view m : kMonthNames) {
    if (m == "MAY") continue;
    AddFlag(m, kCalendar);
    AddFlag(m.substr(0, 3), kCalendar);
  }
  AddFlag(kSeptemberLongAbbreviation, kCalendar);
  for (std::string_view d : kWeekdayNames) AddFlag(d, kCalendar);
  AddFlag({"TODAY", "YESTERDAY"}, kCalendar);
  // Verbs of refutation: what they deny did not happen ("denied that it had supplied").
  AddFlag({"DENY", "DENIES", "DENIED", "DENYING", "REJECT", "REJECTS", "REJECTED", "REJECTING", "DISMISS",
           "DISMISSES", "DISMISSED", "DISMISSING", "REFUTE", "REFUTES", "REFUTED", "REFUTING", "DISPUTE",
           "DISPUTES", "DISPUTED", "DISPUTING", "DISCOUNT", "DISCOUNTED", "DEBUNK", "DEBUNKED"}, kRefute);
  // What a refutation verb can refute before "that": "rejected claims that ...".
  AddFlag({"CLAIM", "CLAIMS", "REPORT", "REPORTS", "ALLEGATION", "ALLEGATIONS", "ACCUSATION", "ACCUSATIONS",
           "CHARGE", "CHARGES", "SUGGESTION", "SUGGESTIONS", "ASSERTION", "ASSERTIONS", "RUMOR", "RUMORS",
           "RUMOUR", "RUMOURS", "SPECULATION", "ASSERTION", "STORY", "STORIES", "NOTION", "IDEA",
           // and what a demand or proposal asks for ("its demand that Canada free"): not done
           "DEMAND", "DEMANDS", "REQUEST", "REQUESTS", "INSISTENCE", "PROPOSAL", "PROPOSALS",
           // and what is only suspected ("had spotted signs that North Korea was preparing to")
           "SIGNS", "INDICATIONS", "EVIDENCE", "SUSPICIONS", "FEARS"}, kClaimNoun);
  AddFlag({"IF", "UNLESS", "WHETHER"}, kConditional);
  AddFlag({"STATION", "STATIONS", "BASE", "BASES", "CAMP", "CAMPS", "POST", "POSTS", "CHECKPOINT", "CHECKPOINTS",
           "HEADQUARTERS", "BARRACKS", "OUTPOST", "OUTPOSTS", "CONVOY", "CONVOYS", "PATROL", "PATROLS", "VEHICLE",
           "VEHICLES", "POSITION", "POSITIONS", "COMPOUND", "GARRISON", "INSTALLATION", "INSTALLATIONS"}, kFacility);
  AddFlag({"PROVINCE", "STATE", "REGION", "OBLAST", "GOVERNORATE", "PREFECTURE", "KRAI", "TERRITORY", "DISTRICT",
           "COUNTY", "DEPARTMENT", "DIVISION"}, kPlaceDesignator);
  AddFlag({"PLAN", "PLANS", "PROPOSAL", "PROPOSALS", "PRESSURE", "BID", "BIDS", "CALL", "CALLS", "DEMAND", "DEMANDS",
           "THREAT", "THREATS", "OFFER", "OFFERS", "PLEDGE", "PLEDGES", "PROMISE", "PROMISES", "DECISION",
           "ATTEMPT", "ATTEMPTS", "EFFORT", "EFFORTS", "REQUEST", "REQUESTS", "READINESS", "WILLINGNESS",
           "REFUSAL", "INTENTION", "INTENTIONS", "AUTHORITY", "ULTIMATUM", "AGREEMENT", "DEAL", "PLOT", "PLOTS",
           "MANDATE", "PROPOSITION", "INVITATION", "APPEAL", "APPEALS", "URGING", "PUSH",
           // "a coalition to protect shipping": what a body is formed for is its purpose.
           "COALITION",
           // "spoke by telephone about ways to end the war": the topic discussed, not an act.
           "WAYS", "OPTIONS", "STRATEGY", "STRATEGIES",
           // "had every right to stop sending weapons to Ukraine": an entitlement, not the act.
           "RIGHT",
           // "spoke by telephone about ways to end the war": the topic of talks, not the act.
           "WAYS", "OPTIONS"}, kPlanNoun);
  w_that = lexicon.Intern("THAT");
  w_s = lexicon.Intern("'S");
  w_the = lexicon.Intern("THE");
  w_and = lexicon.Intern("AND");
  w_comma = lexicon.Intern(",");
  w_of = lexicon.Intern("OF");
  w_whether = lexicon.Intern("WHETHER");
  w_with = lexicon.Intern("WITH");
  w_to = lexicon.Intern("TO");
  w_for = lexicon.Intern("FOR");
}

void Dictionaries::InitRuleWords() {
  auto add = [&](std::initializer_list<const char*> words, uint8_t bit) {
    for (const char* w : words) {
      uint32_t id = lexicon.Intern(w);
      if (rule_words.size() <= id) rule_words.resize(id + 1, 0);
      rule_words[id] |= bit;
    }
  };
  add({"TREAT", "TREATS", "TREATED", "TREATING", "TENDED", "TENDING", "NURSED", "NURSING", "EVACUATED", "EVACUATING",
       "AIRLIFTED", "AIRLIFTING", "FERRIED", "FERRYING", "RESCUED", "RESCUING"}, kCareVerbWord);
  add({"CARE", "CARES", "CARED", "CARING"}, kCareWord);
  add({"FEEL", "FEELS", "FELT", "FEELING", "SEEM", "SEEMS", "SEEMED", "APPEAR", "APPEARS", "APPEARED", "LOOKED",
       "LOOKS"}, kLinkingVerbWord);
  add({"RELEASE", "FREE", "FREEING", "RELEASING"}, kReleaseWord);
}

void Dictionaries::BuildWordShapes() {
  word_shape.resize(lexicon.size());
  for (uint32_t id = 0; id < lexicon.size(); ++id) {
    const std::string& w = lexicon.Word(id);
    uint32_t len = static_cast<uint32_t>(std::min<size_t>(w.size(), 0x7fffff));
    word_shape[id] = (len << 9) | (verbs.IsStem(id) ? 0x100u : 0u) | (w.empty() ? 0u : static_cast<unsigned char>(w[0]));
  }
}

void Dictionaries::MarkPhraseStarts() {
  // The first words of each trie's phrases, read off its table (every word id is below
  // flags.size(), which is the lexicon's size).
  auto mark = [&](const PhraseTrie& trie, uint64_t flag) {
    trie.ForEachFirstWord([&](uint32_t id) {
      if (id < flags.size()) flags[id] |= flag;
    });
  };
  mark(actors.trie(), kActorStart);
  mark(agents.trie(), kAgentStart);
  mark(discards.trie(), kDiscardStart);
  mark(issues.trie(), kIssueStart);
  mark(verbs.synset_trie(), kSynsetStart);
  for (uint32_t id = 0; id < flags.size(); ++id) {
    if (verbs.FormsOf(id) != nullptr) flags[id] |= kVerbForm;
  }
}

namespace {

// A dictionary file's bytes, mapped read-only and populated in one go (cheaper than faulting
// each page of a copy in); std::string for files that cannot be mapped (pipes, empty files).
class FileContents {
 public:
  FileContents() = default;
  FileContents(const FileContents&) = delete;
  FileContents& operator=(const FileContents&) = delete;
  ~FileContents() { Unmap(); }
  Status Read(const std::string& path) {
    Unmap();
    copy_.clear();
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Status::IoError("cannot read dictionary file " + path);
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
      void* p = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
      if (p != MAP_FAILED) {
        map_ = static_cast<const char*>(p);
        size_ = static_cast<size_t>(st.st_size);
        ::close(fd);
        return Status::Ok();
      }
    }
    char buf[1 << 16];
    ssize_t n;
    while ((n = ::read(fd, buf, sizeof buf)) > 0) copy_.append(buf, static_cast<size_t>(n));
    ::close(fd);
    if (n < 0) return Status::IoError("cannot read dictionary file " + path);
    return Status::Ok();
  }
  std::string_view view() const { return map_ ? std::string_view(map_, size_) : std::string_view(copy_); }

 private:
  void Unmap() {
    if (map_) ::munmap(const_cast<char*>(map_), size_);
    map_ = nullptr;
    size_ = 0;
  }
  const char* map_ = nullptr;
  size_t size_ = 0;
  std::string copy_;
};

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}


// The bytes of a file (0 when it cannot be read; loading reports that).
size_t FileSize(const std::string& path) {
  struct stat st {};
  return !path.empty() && ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) ? static_cast<size_t>(st.st_size) : 0;
}

// Room in the lexicon for the words of every dictionary to be loaded, at the actor and
// gazetteer readers' own estimate of a new word per 36 bytes: each reader then finds the table
// big enough, where growing it reader by reader rehashed it several times (3% of loading).
void ReserveLexicon(const CoderOptions& options, Lexicon* lexicon) {
  size_t bytes = options.verbs_file.empty() ? BuiltinVerbs().size() : FileSize(options.verbs_file);
  for (const std::string& f : options.actor_files) bytes += FileSize(f);
  if (options.actor_files.empty()) bytes += BuiltinActors().size();
  bytes += options.agents_file.empty() ? BuiltinAgents().size() : FileSize(options.agents_file);
  bytes += FileSize(options.discards_file) + FileSize(options.issues_file);
  bytes += options.gazetteer_file.empty() ? BuiltinGazetteer().size() : FileSize(options.gazetteer_file);
  lexicon->Reserve(lexicon->size() + bytes / 36);
}

}  // namespace

Status LoadDictionaries(const CoderOptions& options, Dictionaries* dict, std::vector<std::string>* warnings) {
  Dictionaries& d = *dict;
  d.InitGrammar();
  ReserveLexicon(options, &d.lexicon);
  FileContents file;
  auto load = [&](const std::string& path, std::string_view builtin, const char* builtin_name, auto&& fn) -> Status {
    if (!path.empty()) {
      Status s = file.Read(path);
      if (!s.ok()) return s;
      fn(file.view(), WarningSink(warnings, BaseName(path)));
      return Status::Ok();
    }
    if (builtin.empty()) {
      return Status::Config(std::string("the built-in ") + builtin_name +
                            " dictionary is missing from this build (stages/extract/data); give a file instead");
    }
    fn(builtin, WarningSink(warnings, std::string("builtin:") + builtin_name));
    return Status::Ok();
  };
  auto load_actors = [&](std::string_view t, const WarningSink& w) { d.actors.Load(t, w, &d.lexicon); };
  Status s = load(options.cameo_codes_file, BuiltinCameoCodes(), "cameo_codes",
                  [&](std::string_view t, const WarningSink& w) { d.cameo.Load(t, w); });
  if (!s.ok()) return s;
  s = load(options.verbs_file, BuiltinVerbs(), "verbpatterns",
           [&](std::string_view t, const WarningSink& w) { d.verbs.Load(t, w, &d.lexicon); });
  if (!s.ok()) return s;
  if (options.actor_files.empty()) {
    s = load("", BuiltinActors(), "actors", load_actors);
    if (!s.ok()) return s;
  }
  for (const std::string& f : options.actor_files) {
    s = load(f, {}, "actors", load_actors);
    if (!s.ok()) return s;
  }
  s = load(options.agents_file, BuiltinAgents(), "agents",
           [&](std::string_view t, const WarningSink& w) { d.agents.Load(t, w, &d.lexicon); });
  if (!s.ok()) return s;
  d.drop_countryless = options.agents_file.empty();
  d.protest_at_own_government = options.agents_file.empty();
  d.drop_bare_statements = options.agents_file.empty();
  if (!options.discards_file.empty()) {
    s = load(options.discards_file, {}, "discards",
             [&](std::string_view t, const WarningSink& w) { d.discards.Load(t, w, &d.lexicon); });
    if (!s.ok()) return s;
    d.has_discards = true;
    d.discard_stems = !d.verbs.grouped();
  }
  if (!options.issues_file.empty()) {
    s = load(options.issues_file, {}, "issues",
             [&](std::string_view t, const WarningSink& w) { d.issues.Load(t, w, &d.lexicon); });
    if (!s.ok()) return s;
    d.has_issues = true;
  }
  if (!options.gazetteer_file.empty() || !BuiltinGazetteer().empty()) {
    s = load(options.gazetteer_file, BuiltinGazetteer(), "gazetteer",
             [&](std::string_view t, const WarningSink& w) { d.gazetteer.Load(t, w, &d.lexicon); });
    if (!s.ok()) return s;
  }
  d.verbs.Finish(d.lexicon);
  d.flags.resize(d.lexicon.size(), 0);
  d.InitGrammar();  // flags again now that every word has an id
  d.InitRuleWords();
  d.MarkPhraseStarts();
  d.BuildWordShapes();
  return Status::Ok();
}

}  // namespace tidings::extract

#include "extract/event_coder.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract/article_context.h"
#include "extract/coder_dictionaries.h"
#include "extract/date_resolver.h"
#include "extract/sentence.h"
#include "extract/sentence_coder.h"
#include "extract/sentence_extras.h"
#include "extract/tokenizer.h"

namespace tidings::extract {
namespace {

std::string RootOf(const std::string& code) { return code.size() >= 2 ? code.substr(0, 2) : code; }

// The article's sentences: the cleaner's, else our own split of its text.
void ArticleSentences(const v1::CleanArticle& article, std::vector<std::string_view>* sentences) {
  sentences->clear();
  if (article.sentences_size() > 0) {
    for (const auto& s : article.sentences()) sentences->push_back(s.text());
  } else {
    std::string_view text = article.text();
    for (auto [b, e] : SplitSentences(text)) sentences->push_back(text.substr(b, e - b));
  }
}

// What the events of one sentence share beyond their actors and code.
struct SentenceExtras {
  std::vector<DateMention> dates;
  std::vector<std::string> issues;
  const Place* place = nullptr;
};

SentenceExtras FindExtras(const Dictionaries& d, const SentenceWork& work, bool has_date, CalendarDate article_date,
                          const Place* place) {
  SentenceExtras x;
  if (has_date) x.dates = FindDates(work.tokens, article_date);
  if (d.has_issues) x.issues = FindIssues(d, work.tokens);
  x.place = place;
  return x;
}

bool HasDomesticActor(const SentenceWork& work) {
  for (const Mention& m : work.mentions) {
    if (m.country == "---") return true;
  }
  return false;
}

void SetActor(const Mention& m, const std::string& text, v1::Actor* actor) {
  actor->set_code(m.code);
  actor->set_text(text);
  actor->set_country(m.country);
}

void SetLocation(const Place& place, v1::Event* e) {
  auto* loc = e->mutable_location();
  loc->set_name(place.name);
  loc->set_country(place.country);
  loc->set_latitude(place.latitude);
  loc->set_longitude(place.longitude);
  loc->set_has_coordinates(true);
  switch (place.kind) {
    case Place::kCountry: loc->set_kind(v1::Location::COUNTRY); break;
    case Place::kCapital:
    case Place::kCity: loc->set_kind(v1::Location::CITY); break;
    case Place::kProvince: loc->set_kind(v1::Location::PROVINCE); break;
  }
}

// "sentence N: text" and its tokens, for --explain.
void ExplainTokens(size_t si, std::string_view sentence, const std::vector<Token>& tokens, std::string* explain) {
  *explain += "sentence " + std::to_string(si) + ": " + std::string(sentence) + "\n  tokens:";
  for (const Token& t : tokens) {
    *explain += ' ';
    *explain += t.upper;
  }
  *explain += "\n";
}

// The place of a sentence's events (null when it names none or codes nothing); its domestic
// actors take their country from it, or from the dateline or the article, first. A place name
// several countries share is settled by the sentence's actors, the dateline or the article.
const Place* PlaceGivingCountries(const Dictionaries& d, const std::vector<SentenceCoder::RawEvent>& raw,
                                  ArticleContext* ctx, SentenceWork* work, std::string* explain) {
  auto in_context = [&](std::string_view country) {
    for (const Mention& m : work->mentions) {
      if (m.country == country) return true;
    }
    return country == ctx->dateline_country ||
           country == ctx->MainCountry([&](std::string_view c) { return d.gazetteer.IsCountry(c); });
  };
  if (!HasDomesticActor(*work)) {
    QuotedCountrySpeaksThroughItsSpeaker(d, work, explain);
    return raw.empty() ? nullptr : FindPlace(d, *work, nullptr, in_context);
  }
  size_t place_at = std::string::npos;
  const Place* place = FindPlace(d, *work, &place_at, in_context);
  GiveDomesticActorsACountry(d, place, ctx, work, explain, place_at);
  QuotedCountrySpeaksThroughItsSpeaker(d, work, explain);
  thread_local std::vector<std::pair<int, int>> pairs;
  pairs.clear();
  for (const SentenceCoder::RawEvent& r : raw) {
    std::string_view root = std::string_view(r.code).substr(0, 2);
    if (root == "10" || root == "11" || root == "12" || root == "13" || root == "14" || root == "18" || root == "19" ||
        root == "20")
      if (r.target >= 0) pairs.emplace_back(r.source, r.target);
  }
  GiveOpponentsTheStateTheyConfront(pairs, work, explain, d.drop_countryless);
  pairs.clear();
  for (const SentenceCoder::RawEvent& r : raw) {
    if (r.target >= 0) pairs.emplace_back(r.source, r.target);
  }
  GiveStateTargetsTheSourcesCountry(pairs, work, explain, d.drop_countryless);
  if (d.drop_countryless) GiveStateSourcesTheTargetsCountry(pairs, work, explain);
  return place;
}

// A target with no country that is no party to politics by its role: "schools and clinics",
// "businesses", "a drug trafficker". (State organs, armed groups and civilians with no country,
// "---MIL", "---CVL", are kept: PETRARCH2 codes them too.)
bool OrdinaryPeopleWithoutCountry(const Mention& m) {
  static constexpr std::string_view kOrdinary[] = {"EDU", "HLH", "BUS", "MED", "AGR", "LAB", "CRM", "NGO", "IGO"};
  if (m.country != "---" || m.code.size() < 6) return false;
  std::string_view role = std::string_view(m.code).substr(3, 3);
  return std::find(std::begin(kOrdinary), std::end(kOrdinary), role) != std::end(kOrdinary);
}

// "---GOV", "---MIL", "---JUD": a government, force, court, parliament or party of no country.
bool StateOrganWithoutCountry(const Mention& m) {
  static constexpr std::string_view kOrgans[] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY"};
  if (m.country != "---" || m.code.size() < 6) return false;
  std::string_view role = std::string_view(m.code).substr(3, 3);
  return std::find(std::begin(kOrgans), std::end(kOrgans), role) != std::end(kOrgans);
}

// Why an event of two actors is not coded, or null: neither has a country ("militants
// attacked a police station" in a province the gazetteer does not know: who acted on whom is
// unknown), a business's dealings, or (built-in agents) ordinary people with no country as
// its target.
const char* WhyNoEvent(const Dictionaries& d, const Mention& source, const Mention& target, const std::string& code) {
  if (source.country == "---" && target.country == "---") return "no country on either side";
  if (BusinessDealing(source.code, target.code, code)) return "a business's dealings, no political event";
  if (d.drop_countryless && OrdinaryPeopleWithoutCountry(target)) return "an actor with no country (built-in agents)";
  // Nor is a state organ of no country on either side ("foreign troops", "the government" no
  // sentence names the country of): whose it is is unknown, and hand coders of news give none.
  if (d.drop_countryless && (StateOrganWithoutCountry(source) || StateOrganWithoutCountry(target)))
    return "a state organ with no country (built-in agents)";
  // Nor an act whose doer has no country ("hackers", "gunmen" where nothing names theirs).
  if (d.drop_countryless && source.country == "---") return "a source with no country (built-in agents)";
  // Relations are cut with another state: "rushed to evacuate their diplomats", "withdrew its
  // envoys", with no one named they leave, cut nothing with their own country.
  if (code.compare(0, 3, "161") == 0 && source.country == target.country && source.country != "---")
    return "diplomats of the source's own country withdrawn from no one";
  return nullptr;
}

// What every event of one sentence shares.
struct SentenceOutput {
  const v1::CleanArticle& article;
  size_t index;
  std::string_view text;
  const SentenceWork& work;
  const SentenceCoder& coder;
  SentenceExtras extras;
  const CalendarDate* article_date;  // null when the article has none
};

void AddEvent(const Dictionaries& d, const SentenceOutput& s, size_t n, const SentenceCoder::RawEvent& r,
              ArticleContext* ctx, v1::CodedArticle* out, std::string* explain) {
  const Mention& a = s.coder.mention(r.source);
  // (An event with no target, "MOZCOP 151 -", leaves the target unset: empty, NULL in the store.)
  const std::string target_code = r.target >= 0 ? s.coder.mention(r.target).code : std::string();
  v1::Event* e = out->add_events();
  e->set_id(s.article.id() + ":" + std::to_string(s.index) + ":" + std::to_string(n));
  e->set_article_id(s.article.id());
  SetActor(a, s.coder.MentionText(r.source), e->mutable_source());
  if (r.target >= 0) SetActor(s.coder.mention(r.target), s.coder.MentionText(r.target), e->mutable_target());
  e->set_code(r.code);
  e->set_root(RootOf(r.code));
  if (const CameoCode* cc = d.cameo.Find(r.code)) {
    e->set_goldstein(cc->goldstein);
    e->set_quad_class(cc->quad_class);
  }
  // The date expression nearest the verb, else the article's date.
  if (const DateMention* best = NearestDate(s.extras.dates, r.verb_token, s.work.verb_at)) {
    e->set_date(best->date.Iso());
  } else if (s.article_date != nullptr) {
    e->set_date(s.article_date->Iso());
  }
  e->set_sentence(s.text.data(), s.text.size());
  e->set_sentence_index(static_cast<uint32_t>(s.index));
  e->set_pattern(r.pattern);
  e->set_verb(r.verb);
  if (s.extras.place) SetLocation(*s.extras.place, e);
  for (const std::string& is : s.extras.issues) e->add_issues(is);
  e->set_url(s.article.url());
  e->set_publisher(s.article.source());
  std::string key = e->date() + "|" + a.code + "|" + target_code + "|" + r.code;
  e->set_root_mention(ctx->root_keys.insert(key).second);
  if (explain) {
    *explain += "  EVENT " + a.code + " " + r.code + " " + (r.target >= 0 ? target_code : "-") + " date " + e->date() +
                " via " + r.pattern + "\n";
  }
}

// A posture with no target ("MOZCOP 151 -"), once the source has its country: kept when no
// other party is in the sentence (TargetlessEventHolds).
void AddTargetlessEvent(const Dictionaries& d, const SentenceOutput& s, size_t n, const SentenceCoder::RawEvent& r,
                        ArticleContext* ctx, v1::CodedArticle* out, std::string* explain) {
  const Mention& a = s.coder.mention(r.source);
  for (const auto& e : out->events()) {
    if (e.sentence_index() == s.index && e.source().code() == a.code && e.code() == r.code && !e.has_target()) return;
  }
  if (!TargetlessEventHolds(s.work, a, s.extras.place)) {
    if (explain) *explain += "  another party or place in the sentence: no event: " + a.code + " " + r.code + " -\n";
    return;
  }
  AddEvent(d, s, n, r, ctx, out, explain);
}

// The sentence's events that are coded (SentenceCoder::RawEvent -> v1::Event), once each, and
// what the article remembers of them for later sentences (acts answered, accusations denied).
void AddSentenceEvents(const Dictionaries& d, const SentenceOutput& s, const std::vector<SentenceCoder::RawEvent>& raw,
                       ArticleContext* ctx, v1::CodedArticle* out, std::string* explain) {
  thread_local std::vector<std::string> coded;  // "SRC CODE TGT" of the sentence's events
  coded.clear();
  const SentenceCoder& sc = s.coder;
  for (size_t n = 0; n < raw.size(); ++n) {
    if (raw[n].target < 0) {
      AddTargetlessEvent(d, s, n, raw[n], ctx, out, explain);
      continue;
    }
    const Mention& a = sc.mention(raw[n].source);
    const Mention& b = sc.mention(raw[n].target);
    // A domestic actor given its country may now be the other side ("soldiers" and "the army"
    // both PAKMIL): no event of an actor on itself.
    if (a.code == b.code) continue;
    // PETRARCH codes an event once per sentence: "X attacked Y and attacked Y again" is one
    // event (its writer keeps only distinct source-target-code triples).
    std::string triple = a.code + " " + raw[n].code + " " + b.code;
    if (std::find(coded.begin(), coded.end(), triple) != coded.end()) {
      if (explain) *explain += "  duplicate of an event of this sentence: " + triple + "\n";
      continue;
    }
    if (const char* why = WhyNoEvent(d, a, b, raw[n].code)) {
      if (explain) *explain += std::string("  ") + why + ": no event: " + triple + "\n";
      continue;
    }
    coded.push_back(std::move(triple));
    AddEvent(d, s, n, raw[n], ctx, out, explain);
    // (The sentence is coded: its own reactions answered only earlier acts.)
    ctx->RememberAct(KnownActor{a.code, a.country, {}, a.person}, raw[n].code, b.country, b.answers);
  }
}

}  // namespace

EventCoder::EventCoder() : dict_(std::make_unique<Dictionaries>()) {}
EventCoder::~EventCoder() = default;

Status EventCoder::Create(const CoderOptions& options, std::unique_ptr<EventCoder>* coder) {
  std::unique_ptr<EventCoder> c(new EventCoder());
  Status s = LoadDictionaries(options, c->dict_.get(), &c->warnings_);
  if (!s.ok()) return s;
  *coder = std::move(c);
  return Status::Ok();
}

CoderStats EventCoder::stats() const {
  CoderStats s;
  s.verb_blocks = dict_->verbs.block_count();
  s.verb_patterns = dict_->verbs.pattern_count();
  s.verb_forms = dict_->verbs.form_count();
  s.transformations = dict_->verbs.transformations().size();
  s.actor_records = dict_->actors.record_count();
  s.actor_phrases = dict_->actors.phrase_count();
  s.agent_records = dict_->agents.record_count();
  s.discards = dict_->discards.size();
  s.issue_phrases = dict_->issues.phrase_count();
  s.cameo_codes = dict_->cameo.size();
  s.places = dict_->gazetteer.size();
  s.words = dict_->lexicon.size();
  return s;
}

Status EventCoder::Code(const v1::CleanArticle& article, v1::CodedArticle* out) const {
  *out->mutable_article() = article;
  return CodeArticle(out, nullptr);
}

Status EventCoder::Code(v1::CleanArticle&& article, v1::CodedArticle* out) const {
  out->mutable_article()->Swap(&article);
  return CodeArticle(out, nullptr);
}

Status EventCoder::Explain(const v1::CleanArticle& article, v1::CodedArticle* out, std::string* explanation) const {
  *out->mutable_article() = article;
  return CodeArticle(out, explanation);
}

Status EventCoder::CodeArticle(v1::CodedArticle* out, std::string* explain) const {
  const Dictionaries& d = *dict_;
  const v1::CleanArticle& article = out->article();
  out->clear_events();
  CalendarDate article_date;
  bool has_date = ParseDate(article.published(), &article_date);
  if (!article.published().empty() && !has_date) {
    return Status::InvalidInput("article " + article.id() + ": unreadable published date '" + article.published() +
                                "' (expected YYYY-MM-DD)");
  }
  // Per-thread working memory, reused from article to article.
  thread_local std::vector<std::string_view> sentences;
  thread_local ArticleContext ctx;
  thread_local SentenceWork work;
  thread_local std::vector<SentenceCoder::RawEvent> raw;
  ArticleSentences(article, &sentences);
  ctx.Reset(has_date ? article_date.Packed() : 99991231);
  for (size_t si = 0; si < sentences.size(); ++si) {
    std::string_view sentence = sentences[si];
    if (si == 0) {
      size_t dateline = DatelineLength(sentence);
      if (dateline > 0) ctx.dateline_country = DatelineCountry(d, sentence.substr(0, dateline), &work.tokens);
      sentence.remove_prefix(dateline);
    }
    Tokenize(sentence, d.lexicon, &work.tokens);
    if (explain) ExplainTokens(si, sentence, work.tokens, explain);
    if (work.tokens.empty()) continue;
    work.headline = UncapitaliseHeadline(d, &work.tokens);
    if (work.headline && explain) *explain += "  title-case headline\n";
    // A discard phrase stops the sentence, or with '+' the whole story.
    if (d.has_discards) {
      int32_t hit = FindDiscard(d, work.tokens);
      if (hit >= 0) {
        bool story = d.discards.record(hit).story;
        if (explain) *explain += "  discarded by '" + d.discards.record(hit).phrase + "'" + (story ? " (whole story)" : "") + "\n";
        if (story) {
          out->clear_events();
          return Status::Ok();
        }
        continue;
      }
    }
    work.IndexWords(d);
    raw.clear();
    ctx.StartSentence();
    SentenceCoder sc(d, &ctx, &work, sentence, explain);
    sc.Run(&raw);
    if (explain) {
      for (size_t m = 0; m < work.mentions.size(); ++m) {
        *explain += "  actor '" + sc.MentionText(static_cast<int>(m)) + "' = " + work.mentions[m].code + "  (" +
                    work.mentions[m].how + ")\n";
      }
    }
    if (!raw.empty() && SportOrEntertainment(d, work)) {
      if (explain) *explain += "  sport or entertainment: no events\n";
      raw.clear();
    }
    if (!raw.empty() && CorporateContest(work)) {
      auto force = [&](const SentenceCoder::RawEvent& r) {
        if (r.code.size() < 2 || r.code.compare(0, 2, "17") < 0 || r.code.compare(0, 2, "20") > 0) return false;
        if (explain) *explain += "  a contest for a company: no event of force: " + r.code + "\n";
        return true;
      };
      raw.erase(std::remove_if(raw.begin(), raw.end(), force), raw.end());
    }
    if (!raw.empty() && DirectQuestion(work)) {
      if (explain) *explain += "  a question: no events\n";
      raw.clear();
    }

    const Place* place = PlaceGivingCountries(d, raw, &ctx, &work, explain);
    if (!raw.empty()) {
      SentenceOutput shared{article, si, sentence, work, sc, FindExtras(d, work, has_date, article_date, place),
                            has_date ? &article_date : nullptr};
      AddSentenceEvents(d, shared, raw, &ctx, out, explain);
    }
    ctx.RememberSentence(work, sentence);
  }
  return Status::Ok();
}

}  // namespace tidings::extract

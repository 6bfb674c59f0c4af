#include "extract/verb_dictionary.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <iterator>
#include <map>
#include <string_view>

namespace tidings::extract {
namespace {

bool IsVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

std::vector<std::string_view> SplitBlanks(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsAsciiSpace(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !IsAsciiSpace(s[j])) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// std::toupper of the "C" locale (the program never sets another), without a call per byte.
char UpperAscii(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

std::string Upper(std::string_view s) {
  std::string u(s);
  for (char& c : u) c = UpperAscii(c);
  return u;
}

// s.find_first_of(set) != npos for a set of ASCII bytes, without find_first_of's memchr call
// for every byte of s.
bool HasAnyOf(std::string_view s, std::string_view set) {
  uint64_t low = 0, high = 0;  // the set's bytes 0-63 and 64-127
  for (unsigned char x : set) (x < 64 ? low : high) |= uint64_t{1} << (x & 63);
  for (unsigned char c : s) {
    if (c < 64 ? (low >> c) & 1 : c < 128 && (high >> (c - 64)) & 1) return true;
  }
  return false;
}

// Regular forms of an English verb: third person, past (and participle), gerund. Short
// consonant-vowel-consonant verbs also get doubled forms ("STOPPED"), which PETRARCH lacks.
void RegularForms(const std::string& v, std::string* s, std::string* ed, std::string* ing, std::string* ed2,
                  std::string* ing2) {
  size_t n = v.size();
  char last = n ? v[n - 1] : 0;
  char prev = n > 1 ? v[n - 2] : 0;
  if (last == 'Y' && !IsVowel(prev)) {
    *s = v.substr(0, n - 1) + "IES";
    *ed = v.substr(0, n - 1) + "IED";
  } else {
    bool sibilant = last == 'S' || last == 'X' || last == 'Z' || (prev == 'S' && last == 'H') || (prev == 'C' && last == 'H');
    *s = v + (sibilant ? "ES" : "S");
    *ed = v + (last == 'E' ? "D" : "ED");
  }
  if (last == 'E' && n > 2 && prev != 'E' && prev != 'Y' && prev != 'O') {
    *ing = v.substr(0, n - 1) + "ING";
  } else if (last == 'E' && prev == 'I') {
    *ing = v.substr(0, n - 2) + "YING";  // DIE -> DYING
  } else {
    *ing = v + "ING";
  }
  ed2->clear();
  ing2->clear();
  if (n >= 3 && n <= 5 && !IsVowel(last) && last != 'W' && last != 'X' && last != 'Y' && IsVowel(prev) &&
      !IsVowel(v[n - 3])) {
    *ed2 = v + last + "ED";
    *ing2 = v + last + "ING";
  }
}

// The inflected word of a (multi-word) verb form: the word after '+', else the form itself.
std::string HeadWord(const std::string& form) {
  size_t plus = form.find('+');
  if (plus == std::string::npos) return form;
  size_t end = form.find('_', plus);
  return form.substr(plus + 1, end == std::string::npos ? std::string::npos : end - plus - 1);
}

// What a form listed in {...} is: the regular third person of the base when it is one
// (PETRARCH lists every form once braces are given: "SUPPLY {SUPPLIES SUPPLIED SUPPLYING}"),
// which needs a subject before it like any present tense ("medical supplies to Libya" is a
// noun); the other listed forms stay irregular, valid after a subject or as participles.
VerbForm::Inflection InflectionOf(const std::string& form, const std::string& base) {
  std::string s, ed, ing, ed2, ing2;
  RegularForms(base, &s, &ed, &ing, &ed2, &ing2);
  if (form == s) return VerbForm::kThirdPerson;
  // An -ING form listed under another form's word ("TAKING" under TOOK) is a gerund. (The
  // listed forms of a verb's own word, "KIDNAPPING", are read wherever they stand, as before.)
  bool gerund = form != ing && form != ing2 && form.size() > 4 && form.ends_with("ING");
  return gerund ? VerbForm::kGerund : VerbForm::kIrregular;
}

// English verbs whose past participle is their base form ("was hit", "had been shut", "was
// overrun"). PETRARCH2 learns it from the parser's VBN tag; without a parser the coder needs
// the list, since a dictionary without {...} has PETRARCH generate regular forms ("HITED").
bool IsBaseParticiple(const std::string& verb) {
  static constexpr std::string_view kVerbs[] = {
      "BET", "BID", "BROADCAST", "BURST", "CAST", "COST", "CUT", "FORECAST", "HIT", "HURT", "LET", "MISCAST",
      "OFFSET", "OUTBID", "OVERCOME", "OVERRUN", "PUT", "QUIT", "RECAST", "RESET", "SET", "SHED", "SHUT", "SLIT",
      "SPLIT", "SPREAD", "THRUST", "UNDERCUT", "UPSET"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), verb) != std::end(kVerbs);
}

// True when the forms listed in {...} include a past tense or participle: anything but the
// regular third person and -ING forms. PETRARCH lists every form once braces are given, so
// "CUT {CUTS CUTTING}" says that CUT is its own past and participle.
bool ListsPastForm(const std::vector<std::string>& listed, const std::string& base) {
  for (const std::string& f : listed) {
    std::string head = HeadWord(f);
    if (head.size() > 3 && head.compare(head.size() - 3, 3, "ING") == 0) continue;
    if (InflectionOf(head, base) == VerbForm::kThirdPerson) continue;
    return true;
  }
  return false;
}

// A hash of what a pattern matches (its block and elements, not its code).
uint64_t PatternKey(const VerbPattern& p) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&](uint64_t v) {
    h ^= v;
    h *= 1099511628211ull;
  };
  mix(static_cast<uint64_t>(p.block));
  for (const auto* part : {&p.upper, &p.lower}) {
    for (const PatternElement& e : *part) {
      mix(static_cast<uint64_t>(e.kind) << 32 | static_cast<uint32_t>(e.synset));
      for (uint32_t w : e.words) mix(w);
      mix(0xfffffffeu);  // element end
    }
    mix(0xffffffffu);  // part end
  }
  return h;
}

bool SameElements(const std::vector<PatternElement>& a, const std::vector<PatternElement>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].kind != b[i].kind || a[i].synset != b[i].synset || a[i].words != b[i].words) return false;
  }
  return true;
}

bool SamePattern(const VerbPattern& a, const VerbPattern& b) {
  return a.block == b.block && SameElements(a.upper, b.upper) && SameElements(a.lower, b.lower);
}

}  // namespace

bool ParseCodePair(std::string_view inside, CodePair* out) {
  inside = Trim(inside);
  size_t colon = inside.find(':');
  std::string_view a = Trim(inside.substr(0, colon));
  std::string_view p = colon == std::string_view::npos ? std::string_view() : Trim(inside.substr(colon + 1));
  auto valid = [](std::string_view c) {
    if (c.empty()) return true;
    if (c == "---") return true;
    if (c.size() < 2 || c.size() > 4) return false;
    for (char ch : c) {
      if (!IsAsciiDigit(ch) && !(ch >= 'A' && ch <= 'F')) return false;
    }
    return true;
  };
  if (!valid(a) || !valid(p)) return false;
  if (a.empty() && p.empty()) return false;
  out->active = std::string(a);
  out->passive = std::string(p);
  return true;
}

int32_t VerbDictionary::CurrentBlock(int line) {
  if (current_block_ < 0) {
    // A verb before any "--- NAME [CODE] ---" header starts an unnamed block (TABARI style).
    VerbBlock b;
    b.name = "BLOCK_" + std::to_string(line);
    b.code.active = "---";
    b.line = line;
    blocks_.push_back(b);
    current_block_ = static_cast<int32_t>(blocks_.size() - 1);
  }
  return current_block_;
}

int32_t VerbDictionary::AddForm(const std::string& word_with_plus, const VerbForm& base, VerbForm::Inflection infl,
                                Lexicon* lexicon) {
  // "ASKED_FOR" with the '+' already located by the caller: word_with_plus keeps '+' before the
  // inflected word, e.g. "+ASKED_FOR", "RE_+ARREST", or a bare word.
  std::vector<std::string_view> parts;  // views of word_with_plus
  size_t p = 0;
  std::string_view w = word_with_plus;
  while (p <= w.size()) {
    size_t q = w.find('_', p);
    if (q == std::string_view::npos) q = w.size();
    if (q > p) parts.push_back(w.substr(p, q - p));
    p = q + 1;
  }
  if (parts.empty()) return -1;
  size_t head = 0;
  for (size_t k = 0; k < parts.size(); ++k) {
    if (!parts[k].empty() && parts[k][0] == '+') head = k;
  }
  VerbForm f = base;
  f.inflection = infl;
  f.before.clear();
  f.after.clear();
  for (size_t k = 0; k < parts.size(); ++k) {
    std::string_view word = parts[k][0] == '+' ? parts[k].substr(1) : parts[k];
    if (word.empty()) continue;
    if (k < head) f.before.push_back(lexicon->Intern(word));
    if (k > head) f.after.push_back(lexicon->Intern(word));
  }
  std::string_view head_word = parts[head][0] == '+' ? parts[head].substr(1) : parts[head];
  if (head_word.empty()) return -1;
  uint32_t id = lexicon->Intern(head_word);
  int32_t index = static_cast<int32_t>(forms_.size());
  forms_.push_back(std::move(f));
  forms_by_word_[id].push_back(index);
  return index;
}

void VerbDictionary::AddParticipleTwin(int32_t base_index) {
  VerbForm twin = forms_[base_index];
  twin.inflection = VerbForm::kPast;
  forms_[base_index].participle = static_cast<int32_t>(forms_.size());
  forms_.push_back(std::move(twin));
}

void VerbDictionary::AddVerbLine(std::string_view t, int line, const WarningSink& warnings, Lexicon* lexicon) {
  int32_t block = CurrentBlock(line);
  VerbForm base;
  base.block = block;
  base.code = blocks_[block].code;
  std::string_view rest = t;
  size_t open = rest.find('[');
  if (open != std::string_view::npos) {
    size_t close = rest.find(']', open);
    CodePair own;
    if (close == std::string_view::npos || !ParseCodePair(rest.substr(open + 1, close - open - 1), &own)) {
      warnings.Add(line, "unreadable verb code in '" + std::string(t) + "'");
      return;
    }
    base.code = own;
    rest = Trim(rest.substr(0, open));
  }
  std::vector<std::string> irregular;
  bool braces = false;
  size_t bo = rest.find('{');
  if (bo != std::string_view::npos) {
    size_t bc = rest.find('}', bo);
    if (bc == std::string_view::npos) {
      warnings.Add(line, "unclosed '{' in verb forms");
      return;
    }
    braces = true;
    for (std::string_view f : SplitBlanks(rest.substr(bo + 1, bc - bo - 1))) irregular.push_back(Upper(f));
    rest = Trim(rest.substr(0, bo));
  }
  std::vector<std::string_view> words = SplitBlanks(rest);
  if (words.size() != 1) {
    warnings.Add(line, "verb line must hold one verb (words joined by '_'): '" + std::string(t) + "'");
    return;
  }
  std::string verb = Upper(words[0]);
  // (A line of '=' is no verb: a merge conflict's divider left in the file, say.)
  if (HasAnyOf(verb, "()&$%*^=") ||
      std::none_of(verb.begin(), verb.end(), [](unsigned char c) { return std::isalpha(c) != 0; })) {
    warnings.Add(line, "unexpected symbol in verb '" + verb + "'");
    return;
  }
  bool multi = verb.find('_') != std::string::npos;
  if (multi && verb.find('+') == std::string::npos) {
    // PETRARCH2 reads the first word as the verb when no '+' says otherwise.
    verb = "+" + verb;
  }
  if (!multi && verb[0] == '+') verb = verb.substr(1);
  std::string display = verb;
  display.erase(std::remove(display.begin(), display.end(), '+'), display.end());
  base.lemma = display;
  int32_t base_index = AddForm(verb, base, VerbForm::kBase, lexicon);
  if (base_index >= 0 && (IsBaseParticiple(HeadWord(verb)) || (braces && !ListsPastForm(irregular, HeadWord(verb)))))
    AddParticipleTwin(base_index);
  if (braces) {
    for (std::string& f : irregular) {
      if (multi && f.find('+') == std::string::npos) f = "+" + f;
      AddForm(f, base, InflectionOf(HeadWord(f), HeadWord(verb)), lexicon);
    }
    return;
  }
  // Regular forms of the '+' word (or of the single word).
  std::string head = verb;
  std::string prefix, suffix;
  if (multi) {
    size_t plus = verb.find('+');
    size_t end = verb.find('_', plus);
    prefix = verb.substr(0, plus + 1);
    head = verb.substr(plus + 1, end == std::string::npos ? std::string::npos : end - plus - 1);
    suffix = end == std::string::npos ? "" : verb.substr(end);
  }
  std::string s, ed, ing, ed2, ing2;
  RegularForms(head, &s, &ed, &ing, &ed2, &ing2);
  AddForm(prefix + s + suffix, base, VerbForm::kThirdPerson, lexicon);
  AddForm(prefix + ed + suffix, base, VerbForm::kPast, lexicon);
  AddForm(prefix + ing + suffix, base, VerbForm::kGerund, lexicon);
  if (!ed2.empty()) {
    AddForm(prefix + ed2 + suffix, base, VerbForm::kPast, lexicon);
    AddForm(prefix + ing2 + suffix, base, VerbForm::kGerund, lexicon);
  }
}

bool VerbDictionary::CompileElements(const std::vector<std::string>& tokens, std::vector<PatternElement>* out,
                                     int* specificity, bool* negated, std::string* error, Lexicon* lexicon) {
  std::vector<std::string_view> pieces_scratch;
  for (const std::string& marked : tokens) {
    char mark = marked.empty() ? 0 : marked[0];
    bool marked_word = mark == kInPhrase || mark == kOpensPrepPhrase || mark == kBare;
    bool in_phrase = mark == kInPhrase;
    std::string_view raw = marked_word ? std::string_view(marked).substr(1) : std::string_view(marked);
    size_t first_element = out->size();
    // Split a '_'-joined token into runs of words; symbols inside it become their own elements.
    // (Views of the token: copies of every piece were a tenth of loading the verbs.)
    std::vector<std::string_view>& pieces = pieces_scratch;
    pieces.clear();
    size_t p = 0;
    while (p <= raw.size()) {
      size_t q = raw.find('_', p);
      if (q == std::string_view::npos) q = raw.size();
      pieces.push_back(raw.substr(p, q - p));
      p = q + 1;
    }
    bool stop = !raw.empty() && raw.back() == '_';
    PatternElement words;
    auto flush = [&]() {
      if (!words.words.empty()) {
        *specificity += static_cast<int>(words.words.size());
        out->push_back(std::move(words));
        words = PatternElement{};
      }
    };
    for (size_t k = 0; k < pieces.size(); ++k) {
      std::string_view piece = pieces[k];
      if (piece.empty()) continue;
      if (piece == "$" || piece == "+" || piece == "%" || piece == "^") {
        flush();
        PatternElement e;
        e.kind = piece == "$" ? ElementKind::kSource : piece == "+" ? ElementKind::kTarget
                 : piece == "%" ? ElementKind::kCompound : ElementKind::kSkip;
        out->push_back(e);
        continue;
      }
      if (piece[0] == '&') {
        flush();
        // A label may hold '_' itself (&FIGHT_OF_WORDS): the longest run of pieces that names
        // a synset is the synset, and the pieces after it are words.
        std::string name(piece.substr(1));
        auto it = synset_index_.end();
        for (size_t m = pieces.size(); m-- > k && it == synset_index_.end();) {
          std::string label(piece.substr(1));
          for (size_t x = k + 1; x <= m; ++x) {
            label += '_';
            label += pieces[x];
          }
          while (!label.empty() && label.back() == '_') label.pop_back();
          it = synset_index_.find(label);
          if (it != synset_index_.end()) k = m;
        }
        while (!name.empty() && name.back() == '_') name.pop_back();
        if (it == synset_index_.end()) {
          *error = "undefined synset &" + name + "; pattern skipped";
          return false;
        }
        PatternElement e;
        e.kind = ElementKind::kSynset;
        e.synset = it->second;
        *specificity += 1;
        out->push_back(e);
        continue;
      }
      if (HasAnyOf(piece, "|*&$%")) {
        *error = "unsupported symbol in pattern word '" + std::string(piece) + "'";
        return false;
      }
      if (piece == "NOT" || piece == "NEVER" || piece == "NO" || piece == "N'T") *negated = true;
      uint32_t id = lexicon->Intern(piece);
      // (The last word is the last non-empty piece: "TO_INVEST_" splits into "TO", "INVEST", "".)
      bool last_piece = k + 1 == pieces.size() || (k + 2 == pieces.size() && pieces.back().empty());
      // TABARI: a word without a closing '_' is a stem ("RESUM" matches "RESUMED").
      // A word inside a phrase is followed by its '_' too: exact ("MEDIA_WAR" makes no stem of MEDIA).
      if (last_piece && !stop && piece.size() >= 5) stems_[id] = true;
      words.words.push_back(id);
    }
    flush();
    if (out->size() > first_element) {
      (*out)[first_element].in_phrase = in_phrase;
      (*out)[first_element].opens_prep_phrase = mark == kOpensPrepPhrase;
      (*out)[first_element].bare = mark == kBare;
    }
  }
  return true;
}

void VerbDictionary::Load(std::string_view contents, const WarningSink& warnings, Lexicon* lexicon) {
  Loading state;
  // CAMEO.2.0 holds about a verb form per 30 bytes and a pattern per 90: room up front saves
  // moving them while loading.
  forms_.reserve(forms_.size() + contents.size() / 30);
  state.patterns.reserve(contents.size() / 90);
  patterns_.reserve(patterns_.size() + contents.size() / 90);
  for (const DictionaryLine& dl : ReadDictionaryLines(contents, true)) {
    std::string_view t = dl.text;
    if (t.starts_with("---")) {
      AddBlockLine(t, dl.number, warnings);
      state.in_synset = false;
    } else if (t.front() == '&') {
      AddSynsetLabel(t, dl.number, warnings, &state);
    } else if (t.front() == '+' && state.in_synset) {
      AddSynsetMember(t, dl.number, warnings, lexicon, state);
    } else if (t.front() == '-') {
      if (current_block_ < 0 && blocks_.empty()) {
        warnings.Add(dl.number, "pattern before any verb block");
        continue;
      }
      state.patterns.push_back(RawLine{std::string(t), dl.number, CurrentBlock(dl.number)});
      state.in_synset = false;
    } else if (t.front() == '~') {
      state.transformations.push_back(RawLine{std::string(t), dl.number, -1});
    } else if (t.front() != '<') {  // '<': XML-ish markers some files carry
      state.in_synset = false;
      AddVerbLine(t, dl.number, warnings, lexicon);
    }
  }
  // Patterns compile after every synset is known (definitions may follow their use).
  std::unordered_multimap<uint64_t, int32_t> pattern_keys;  // PatternKey -> pattern
  pattern_keys.reserve(state.patterns.size());
  // PETRARCH2's groups give bare words and prepositions their own meaning (PatternElement).
  // A TABARI disjunction "{A | B}" is no group: PETRARCH-1 skips such patterns, and a
  // PETRARCH-1 file holding one is still read as PETRARCH-1.
  bool grouped = std::any_of(state.patterns.begin(), state.patterns.end(), [](const RawLine& rp) {
    std::string_view body = std::string_view(rp.text).substr(0, rp.text.find('['));  // not the comment
    return HasAnyOf(body, "({") && body.find('|') == std::string_view::npos;
  });
  grouped_ = grouped_ || grouped;
  for (const RawLine& rp : state.patterns) AddPattern(rp, grouped, warnings, lexicon, &pattern_keys);
  // More specific patterns are tried first; file order breaks ties.
  for (VerbBlock& b : blocks_) {
    std::stable_sort(b.patterns.begin(), b.patterns.end(),
                     [&](int32_t x, int32_t y) { return patterns_[x].specificity > patterns_[y].specificity; });
  }
  for (const RawLine& rt : state.transformations) AddTransformation(rt, warnings, *lexicon);
}

void VerbDictionary::AddBlockLine(std::string_view t, int line, const WarningSink& warnings) {
  std::string_view inner = t;
  while (!inner.empty() && inner.front() == '-') inner.remove_prefix(1);
  while (!inner.empty() && (inner.back() == '-' || IsAsciiSpace(inner.back()))) inner.remove_suffix(1);
  inner = Trim(inner);
  VerbBlock b;
  b.line = line;
  b.code.active = "---";
  size_t open = inner.find('[');
  if (open != std::string_view::npos) {
    size_t close = inner.find(']', open);
    if (close == std::string_view::npos || !ParseCodePair(inner.substr(open + 1, close - open - 1), &b.code)) {
      warnings.Add(line, "unreadable block code in '" + std::string(t) + "'; block uses the null code");
      b.code = CodePair{"---", ""};
    }
    inner = Trim(inner.substr(0, open));
  }
  b.name = Upper(inner);
  if (b.name.empty()) b.name = "BLOCK_" + std::to_string(line);
  blocks_.push_back(b);
  current_block_ = static_cast<int32_t>(blocks_.size() - 1);
}

void VerbDictionary::AddSynsetLabel(std::string_view t, int line, const WarningSink& warnings, Loading* state) {
  state->in_synset = true;
  std::string name = Upper(Trim(t.substr(1)));
  if (name.empty() || FindBlank(name) != std::string::npos) {
    warnings.Add(line, "malformed synset label '" + std::string(t) + "'");
    state->synset = -1;
    return;
  }
  state->synset_plurals = name.back() != '_';
  while (!name.empty() && name.back() == '_') name.pop_back();
  auto it = synset_index_.find(name);
  if (it == synset_index_.end()) {
    synsets_.push_back(Synset{name, {}});
    state->synset = static_cast<int32_t>(synsets_.size() - 1);
    synset_index_[name] = state->synset;
  } else {
    state->synset = it->second;
  }
}

void VerbDictionary::AddSynsetMember(std::string_view t, int line, const WarningSink& warnings, Lexicon* lexicon,
                                     const Loading& state) {
  if (state.synset < 0) return;  // label already reported
  std::string member = Upper(Trim(t.substr(1)));
  if (member.empty() || HasAnyOf(member, "$%^&*")) {
    warnings.Add(line, "synset member must be words only: '" + std::string(t) + "'");
    return;
  }
  bool stop = member.back() == '_';
  std::vector<uint32_t> ids = InternPhrase(member, lexicon);
  if (ids.empty()) return;
  synsets_[state.synset].phrases.push_back(ids);
  if (state.synset_plurals && !stop) {
    std::vector<std::string> w = PhraseWords(member);
    w.back() = PluralOf(w.back());
    std::vector<uint32_t> pl;
    for (const std::string& x : w) pl.push_back(lexicon->Intern(x));
    synsets_[state.synset].phrases.push_back(pl);
  }
}

bool VerbDictionary::SplitPattern(std::string_view body, bool grouped, std::vector<std::string>* upper,
                                  std::vector<std::string>* lower, std::string* error) {
  bool seen_verb = false;
  bool bad = false;
  int depth = 0;  // of "(...)" and "{...}" groups
  std::string clean;
  for (size_t i = 0; i < body.size();) {
    if (IsAsciiSpace(body[i])) {
      ++i;
      continue;
    }
    // '*' may be glued to its neighbours ("IS_*", "*_BY_$", "*SCEPTICAL"): it is a token of its
    // own. (Cut here rather than in a copy of the body with blanks around each '*'.)
    size_t j = i + 1;
    if (body[i] != '*') {
      while (j < body.size() && !IsAsciiSpace(body[j]) && body[j] != '*') ++j;
    }
    std::string_view tok = body.substr(i, j - i);
    i = j;
    clean.clear();
    bool continues = depth > 0;
    bool opens_prep = !continues && tok.front() == '(';
    bool bare = !continues && !HasAnyOf(tok, "({");
    for (char c : tok) {
      if (c == '(' || c == '{') {
        ++depth;
      } else if (c == ')' || c == '}') {
        depth = std::max(0, depth - 1);
      } else {
        clean.push_back(UpperAscii(c));
      }
    }
    if (clean.empty()) continue;
    if (clean == "*" || clean == "**" || clean == "* *") {
      if (seen_verb) bad = true;
      seen_verb = true;
      continue;
    }
    if (tok.find('|') != std::string_view::npos) bad = true;
    const char mark = continues ? kInPhrase : grouped && opens_prep ? kOpensPrepPhrase : grouped && bare ? kBare : 0;
    std::string& marked = (seen_verb ? lower : upper)->emplace_back();
    marked.reserve(clean.size() + 1);
    if (mark != 0) marked.push_back(mark);
    marked += clean;
  }
  if (!seen_verb) {
    *error = "pattern has no '*' verb marker; skipped";
    return false;
  }
  if (bad) {
    *error = "pattern has a second verb marker or a disjunction '|' (not supported by PETRARCH); skipped";
    return false;
  }
  return true;
}

void VerbDictionary::AddPattern(const RawLine& rp, bool grouped, const WarningSink& warnings, Lexicon* lexicon,
                                std::unordered_multimap<uint64_t, int32_t>* pattern_keys) {
  std::string_view body = std::string_view(rp.text).substr(1);
  size_t open = body.rfind('[');
  size_t close = open == std::string_view::npos ? open : body.find(']', open);
  VerbPattern pat;
  if (open == std::string_view::npos || close == std::string_view::npos ||
      !ParseCodePair(body.substr(open + 1, close - open - 1), &pat.code)) {
    warnings.Add(rp.line, "pattern without a readable [code]: '" + rp.text + "'");
    return;
  }
  std::vector<std::string> upper, lower;
  std::string error;
  if (!SplitPattern(body.substr(0, open), grouped, &upper, &lower, &error) ||
      !CompileElements(upper, &pat.upper, &pat.specificity, &pat.negated, &error, lexicon) ||
      !CompileElements(lower, &pat.lower, &pat.specificity, &pat.negated, &error, lexicon)) {
    warnings.Add(rp.line, error);
    return;
  }
  pat.block = rp.block;
  pat.line = rp.line;
  pat.text = std::string(Trim(body.substr(0, close + 1)));
  // The same pattern twice in a block: the later one replaces the earlier, as PETRARCH's
  // dictionary storage overwrites it.
  uint64_t key = PatternKey(pat);
  auto [first, last] = pattern_keys->equal_range(key);
  for (auto it = first; it != last; ++it) {
    if (SamePattern(patterns_[it->second], pat)) {
      patterns_[it->second] = std::move(pat);
      return;
    }
  }
  int32_t index = static_cast<int32_t>(patterns_.size());
  pattern_keys->emplace(key, index);
  patterns_.push_back(std::move(pat));
  blocks_[rp.block].patterns.push_back(index);
}

std::string VerbDictionary::PrimaryCodeOf(const std::string& verb, const Lexicon& lexicon) const {
  uint32_t id = lexicon.Find(verb);
  if (id == kNoWord) return "";
  const std::vector<int32_t>* forms = FormsOf(id);
  if (forms == nullptr) return "";
  for (int32_t f : *forms) {
    const VerbForm& vf = forms_[f];
    if (vf.before.empty() && vf.after.empty()) return vf.code.active.empty() ? vf.code.passive : vf.code.active;
  }
  return "";
}

void VerbDictionary::AddTransformation(const RawLine& rt, const WarningSink& warnings, const Lexicon& lexicon) {
  // ~ a (a b ATTACK) SAY = a b 015
  std::string s;
  for (char c : rt.text.substr(1)) s.push_back(c == '(' || c == ')' ? ' ' : c);
  size_t eq = s.find('=');
  std::vector<std::string_view> lhs = SplitBlanks(std::string_view(s).substr(0, eq == std::string::npos ? s.size() : eq));
  std::vector<std::string_view> rhs =
      eq == std::string::npos ? std::vector<std::string_view>{} : SplitBlanks(std::string_view(s).substr(eq + 1));
  if (lhs.size() != 5 || rhs.size() != 3) {
    warnings.Add(rt.line, "unreadable transformation (expected '~ a (a b VERB) VERB = a b CODE')");
    return;
  }
  Transformation tr;
  tr.outer_source = lhs[0][0];
  tr.inner_source = lhs[1][0];
  tr.inner_target = lhs[2][0];
  tr.inner_verb = Upper(lhs[3]);
  tr.outer_verb = Upper(lhs[4]);
  tr.result_source = rhs[0][0];
  tr.result_target = rhs[1][0];
  tr.result_code = Upper(rhs[2]);
  tr.line = rt.line;
  tr.text = rt.text;
  // Multi-word verbs name their words with '_': the transformation keys on the first one.
  std::string inner_first = tr.inner_verb.substr(0, tr.inner_verb.find('_'));
  tr.outer_code = PrimaryCodeOf(tr.outer_verb, lexicon);
  tr.inner_code = tr.inner_verb == "Q" ? "Q" : PrimaryCodeOf(inner_first, lexicon);
  if (tr.inner_code.empty() && tr.inner_verb.find('_') != std::string::npos) {
    // "WILL_ATTACK" (Petrarch2.tex: "a (a b WILL_ATTACK) SAY = a b 138"): words before a
    // verb are the auxiliaries its event must be written with.
    size_t last = tr.inner_verb.rfind('_');
    tr.inner_code = PrimaryCodeOf(tr.inner_verb.substr(last + 1), lexicon);
    std::string_view before(tr.inner_verb.data(), last);
    for (size_t p = 0; p <= before.size();) {
      size_t q = std::min(before.find('_', p), before.size());
      if (q > p) tr.inner_auxiliaries.emplace_back(before.substr(p, q - p));
      p = q + 1;
    }
  }
  if (tr.outer_code.empty() || tr.inner_code.empty()) {
    warnings.Add(rt.line, "transformation names a verb the dictionary does not define (" +
                              (tr.outer_code.empty() ? tr.outer_verb : tr.inner_verb) + "); skipped");
    return;
  }
  transformations_.push_back(std::move(tr));
}

void VerbDictionary::Finish(const Lexicon& lexicon) {
  forms_index_.assign(lexicon.size(), nullptr);
  for (const auto& [word, forms] : forms_by_word_) {
    if (word < forms_index_.size()) forms_index_[word] = &forms;
  }
  stem_flags_.assign(lexicon.size(), false);
  for (const auto& [id, yes] : stems_) {
    if (yes && id < stem_flags_.size()) stem_flags_[id] = true;
  }
  // Words a pattern cannot match without: the first word of each literal element, unless it
  // is a stem (stems match longer words, so they cannot be looked up exactly).
  for (VerbPattern& p : patterns_) {
    p.required.clear();
    p.required_stems.clear();
    p.required_synsets.clear();
    p.signature.Clear();
    for (const auto* part : {&p.upper, &p.lower}) {
      for (const PatternElement& e : *part) {
        if (e.kind == ElementKind::kSynset) p.required_synsets.push_back(e.synset);
        if (e.kind != ElementKind::kWords) continue;
        if (!IsStem(e.words[0])) {
          p.required.push_back(e.words[0]);
          p.signature.AddWord(e.words[0]);
        } else if (uint64_t key = StemKey(lexicon.Word(e.words[0]))) {
          p.required_stems.push_back(key);
          p.signature.AddStem(key);
        }
      }
    }
  }
  // How many patterns need each signature bit: a gate's key is its least needed bit.
  auto for_each_bit = [](const Signature& sig, auto&& f) {
    for (int w = 0; w < 4; ++w) {
      for (uint64_t m = sig.bits[w]; m != 0; m &= m - 1) f(w * 64 + std::countr_zero(m));
    }
  };
  std::array<uint32_t, 256> needed{};
  for (const VerbPattern& p : patterns_) for_each_bit(p.signature, [&](int bit) { ++needed[bit]; });
  for (VerbBlock& b : blocks_) {
    b.gates.clear();
    for (int32_t pi : b.patterns) {
      const VerbPattern& p = patterns_[pi];
      bool exact = !p.required.empty() || !p.required_stems.empty() || !p.required_synsets.empty();
      PatternGate gate{p.signature, pi, p.negated, exact};
      for_each_bit(p.signature, [&](int bit) {
        if (!gate.keyed || needed[bit] < needed[gate.key]) gate.key = static_cast<uint8_t>(bit);
        gate.keyed = true;
      });
      b.gates.push_back(gate);
    }
    IndexGates(&b);
  }
  AssignFrameCodes();
  synset_trie_ = PhraseTrie();
  synset_lists_.clear();
  for (size_t s = 0; s < synsets_.size(); ++s) {
    for (const auto& phrase : synsets_[s].phrases) {
      uint32_t node = synset_trie_.Insert(phrase);
      int32_t v = synset_trie_.Value(node);
      if (v < 0) {
        v = static_cast<int32_t>(synset_lists_.size());
        synset_lists_.emplace_back();
        synset_trie_.SetValue(node, v);
      }
      auto& list = synset_lists_[v];
      if (std::find(list.begin(), list.end(), static_cast<int32_t>(s)) == list.end()) list.push_back(static_cast<int32_t>(s));
    }
  }
}

void VerbDictionary::AssignFrameCodes() {
  // PETRARCH's null code says the isolated verb makes no event. Governing an act, the verb is
  // no longer isolated: it takes the code its block's coded synonyms carry, when the block's
  // own patterns confirm that meaning.
  auto null = [](const std::string& c) { return c.empty() || c == "---"; };
  auto modal = [](std::string_view root) {
    return root == "02" || root == "03" || root == "10" || root == "12" || root == "13";
  };
  std::vector<std::string> candidate(blocks_.size());
  for (const VerbForm& f : forms_) {
    if (f.block < 0 || null(f.code.active) || f.code.active.size() < 3) continue;
    VerbBlock& b = blocks_[f.block];
    if (!null(b.code.active) || f.code.active == b.code.active) continue;
    if (modal(std::string_view(f.code.active).substr(0, 2)) && candidate[f.block].empty()) candidate[f.block] = f.code.active;
  }
  for (size_t bi = 0; bi < blocks_.size(); ++bi) {
    VerbBlock& b = blocks_[bi];
    b.frame_code.clear();
    if (candidate[bi].empty()) continue;
    std::map<std::string, int> roots;
    for (int32_t pi : b.patterns) {
      const std::string& c = patterns_[pi].code.active;
      if (!null(c) && c.size() >= 2) ++roots[c.substr(0, 2)];
    }
    auto most = std::max_element(roots.begin(), roots.end(), [](const auto& a, const auto& c) { return a.second < c.second; });
    if (most != roots.end() && most->first == candidate[bi].substr(0, 2)) b.frame_code = candidate[bi];
  }
}

}  // namespace tidings::extract

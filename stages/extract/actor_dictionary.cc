#include "extract/actor_dictionary.h"

#include <algorithm>
#include <cctype>

namespace tidings::extract {

const std::string& ActorRecord::CodeOn(int32_t date) const {
  for (const DatedCode& d : dated) {
    if (date >= d.from && date <= d.to) return d.code;
  }
  return default_code;
}

int32_t ParseDictionaryDate(std::string_view s) {
  // As PETRARCH reads them: a date of more than eight digits is its first eight ("201005011"),
  // one of seven its first six ("9008223"). Every byte must be a digit all the same.
  const size_t used = s.size() > 8 ? 8 : s.size() == 7 ? 6 : s.size();
  int32_t v = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!IsAsciiDigit(s[i])) return -1;
    if (i < used) v = v * 10 + (s[i] - '0');
  }
  if (used == 6) {
    int32_t yy = v / 10000;
    int32_t mmdd = v % 10000;
    return (yy <= 30 ? 2000 + yy : 1900 + yy) * 10000 + mmdd;
  }
  if (used == 8) return v;
  return -1;
}

bool ParseDatedCode(std::string_view inside, DatedCode* out, bool* restricted, std::string* error) {
  inside = Trim(inside);
  size_t sp = FindBlank(inside);
  std::string_view code = inside.substr(0, sp);
  std::string_view rest = sp == std::string_view::npos ? std::string_view() : Trim(inside.substr(sp));
  if (code.empty()) {
    *error = "empty code in [...]";
    return false;
  }
  for (char c : code) {
    if (IsAsciiSpace(c) || c == '[' || c == ']') {
      *error = "malformed code '" + std::string(code) + "'";
      return false;
    }
  }
  out->code.assign(code.data(), code.size());
  out->from = 0;
  out->to = 99991231;
  *restricted = !rest.empty();
  if (rest.empty()) return true;
  if (rest.front() == '>' || rest.front() == '<') {
    // PETRARCH takes the digits after the sign, whatever stands between (">= 20100501").
    // (Loops, not find_first_of: that calls memchr once per byte, a fifth of this function.)
    size_t from = 0;
    while (from < rest.size() && !IsAsciiDigit(rest[from])) ++from;
    size_t to = from;
    while (to < rest.size() && IsAsciiDigit(rest[to])) ++to;
    if (from == rest.size()) from = std::string_view::npos;
    if (from == std::string_view::npos || to == rest.size()) to = std::string_view::npos;
    int32_t d = from == std::string_view::npos ? -1 : ParseDictionaryDate(rest.substr(from, to - from));
    if (to != std::string_view::npos && !Trim(rest.substr(to)).empty()) d = -1;
    if (d < 0) {
      *error = "unreadable date in restriction '" + std::string(rest) + "'";
      return false;
    }
    if (rest.front() == '>') out->from = d; else out->to = d;
    return true;
  }
  size_t dash = rest.find('-');
  if (dash == std::string_view::npos) {
    *error = "unreadable restriction '" + std::string(rest) + "' (expected >date, <date or date-date)";
    return false;
  }
  int32_t a = ParseDictionaryDate(Trim(rest.substr(0, dash)));
  int32_t b = ParseDictionaryDate(Trim(rest.substr(dash + 1)));
  if (a < 0 || b < 0) {
    *error = "unreadable date range '" + std::string(rest) + "' (dates are YYMMDD or YYYYMMDD)";
    return false;
  }
  if (b < a) {
    *error = "date range '" + std::string(rest) + "' ends before it starts";
    return false;
  }
  out->from = a;
  out->to = b;
  return true;
}

size_t ActorDictionary::AddPhrase(std::string_view phrase, int32_t record, const WarningSink& warnings, int line,
                                  Lexicon* lexicon) {
  std::vector<uint32_t>& ids = ids_scratch_;
  InternPhrase(phrase, lexicon, &ids);
  if (ids.empty()) {
    warnings.Add(line, "empty actor phrase");
    return 0;
  }
  uint32_t node = trie_.Insert(ids);
  if (trie_.Value(node) == PhraseTrie::kNoValue) {
    trie_.SetValue(node, record);
    ++phrases_;
    AddGapped(phrase, record, lexicon);
  }
  // A phrase seen before keeps its first record, as PETRARCH's first-come storage does.
  return ids.size();
}

void ActorDictionary::AddGapped(std::string_view phrase, int32_t record, Lexicon* lexicon) {
  // Most phrases join their words with '_': two memchr scans rule a blank out quickly.
  if (phrase.find(' ') == std::string_view::npos && phrase.find('\t') == std::string_view::npos) return;
  phrase = Trim(phrase);
  if (FindBlank(phrase) == std::string_view::npos) return;
  GappedPhrase g;
  g.record = record;
  std::vector<uint32_t> ids;
  size_t p = 0;
  while (p < phrase.size()) {
    size_t q = FindBlank(phrase, p);
    if (q == std::string_view::npos) q = phrase.size();
    InternPhrase(phrase.substr(p, q - p), lexicon, &ids);
    for (size_t k = 0; k < ids.size(); ++k) {
      g.words.push_back(ids[k]);
      g.gap_before.push_back(k == 0 && !g.words.empty() && g.words.size() > 1);
    }
    p = FindNonBlank(phrase, q);
    if (p == std::string_view::npos) break;
  }
  if (g.words.size() < 2) return;
  uint32_t first = g.words.front();
  gapped_[first].push_back(std::move(g));
}

void ActorDictionary::Load(std::string_view contents, const WarningSink& warnings, Lexicon* lexicon) {
  // The OEDA actor files hold about one trie node per 30 bytes, one new word per 40 and one
  // record per 70: room for them up front saves rehashing while loading.
  trie_.Reserve(trie_.node_count() + contents.size() / 28);
  lexicon->Reserve(lexicon->size() + contents.size() / 36);
  records_.reserve(records_.size() + contents.size() / 64);
  int32_t current = -1;
  std::vector<std::pair<std::string, int>> pending;  // phrases of the current record
  std::string error;  // ParseDatedCode's, reused
  auto parse_codes = [&](std::string_view s, int line, ActorRecord* rec) -> std::string_view {
    // Reads every [..] group in s; returns the text before the first '['.
    size_t open = s.find('[');
    std::string_view head = open == std::string_view::npos ? s : s.substr(0, open);
    while (open != std::string_view::npos) {
      size_t close = s.find(']', open);
      if (close == std::string_view::npos) {
        warnings.Add(line, "unclosed '[' in actor code");
        break;
      }
      DatedCode dc;
      bool restricted = false;
      if (!ParseDatedCode(s.substr(open + 1, close - open - 1), &dc, &restricted, &error)) {
        warnings.Add(line, error);
      } else if (restricted) {
        rec->dated.push_back(std::move(dc));
      } else if (rec->default_code.empty()) {
        rec->default_code = std::move(dc.code);
      } else {
        // A second plain code: TABARI reads it as another default; keep the first.
        rec->dated.push_back(DatedCode{std::move(dc.code), 0, 99991231});
      }
      open = s.find('[', close);
    }
    return Trim(head);
  };
  for (const DictionaryLine& dl : ReadDictionaryLines(contents, true)) {
    std::string_view t = dl.text;
    // PETRARCH stops reading an actor file at "---STOP---": notes and retired entries follow.
    if (t.find("---STOP---") != std::string_view::npos) break;
    if (t.front() == '[') {
      if (current < 0) {
        warnings.Add(dl.number, "code line outside any actor record");
        continue;
      }
      parse_codes(t, dl.number, &records_[current]);
      continue;
    }
    if (t.front() == '+') {
      if (current < 0) {
        warnings.Add(dl.number, "synonym '+' line before any actor record");
        continue;
      }
      std::string_view head = parse_codes(t.substr(1), dl.number, &records_[current]);
      if (head.empty()) {
        warnings.Add(dl.number, "empty synonym phrase");
        continue;
      }
      AddPhrase(head, current, warnings, dl.number, lexicon);
      continue;
    }
    if (t.front() == '-' || t.front() == '&' || t.front() == '~' || t.front() == '<') {
      warnings.Add(dl.number, "line is not an actor record (starts with '" + std::string(1, t.front()) + "')");
      continue;
    }
    ActorRecord rec;
    rec.line = dl.number;
    std::string_view head = parse_codes(t, dl.number, &rec);
    if (head.empty()) {
      warnings.Add(dl.number, "actor record without a phrase");
      continue;
    }
    rec.primary = std::string(head);
    records_.push_back(std::move(rec));
    current = static_cast<int32_t>(records_.size() - 1);
    size_t words = AddPhrase(head, current, warnings, dl.number, lexicon);
    records_[current].primary_words = static_cast<uint8_t>(std::min<size_t>(words, 255));
  }
}

}  // namespace tidings::extract

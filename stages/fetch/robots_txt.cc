#include "fetch/robots_txt.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>

#include "fetch/ascii.h"

namespace tidings::fetch {

namespace {

constexpr size_t kMaxParsedBytes = 500 * 1024;

bool IsHex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

// Patterns and paths are compared in one spelling: non-ASCII bytes percent-encoded, the hex
// digits of every escape upper-case (RFC 9309 §2.2.2).
std::string NormalizeForMatch(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '%' && i + 2 < s.size() && IsHex(s[i + 1]) && IsHex(s[i + 2])) {
      out.push_back('%');
      out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(s[i + 1]))));
      out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(s[i + 2]))));
      i += 2;
    } else if (c >= 0x80 || c == ' ') {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

// One line split into its field name (lower-case) and value, comments removed.
struct Line {
  std::string field;
  std::string_view value;
};

bool SplitLine(std::string_view raw, Line* line) {
  raw = raw.substr(0, raw.find('#'));
  const size_t colon = raw.find(':');
  if (colon == std::string_view::npos) return false;
  line->field = AsciiLower(TrimWhitespace(raw.substr(0, colon)));
  line->value = TrimWhitespace(raw.substr(colon + 1));
  return !line->field.empty();
}

std::optional<std::chrono::milliseconds> ParseDelay(std::string_view value) {
  const std::string text(value);
  char* end = nullptr;
  const double seconds = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || !std::isfinite(seconds) || seconds < 0) return std::nullopt;
  // A site asking for hours between requests is capped at a day: still honoured as "very slow".
  return std::chrono::milliseconds(static_cast<int64_t>(std::min(seconds, 86400.0) * 1000));
}

// Which groups apply, decided per group from its user-agent lines.
enum class GroupMatch { kNone, kStar, kOurs };

}  // namespace

std::string ProductToken(std::string_view user_agent) {
  user_agent = TrimWhitespace(user_agent);
  const size_t end = user_agent.find_first_of("/ ;(");
  return AsciiLower(user_agent.substr(0, end));
}

RobotsRules RobotsRules::DisallowAll() {
  RobotsRules r;
  r.rules_.push_back({"/", false});
  return r;
}

RobotsRules RobotsRules::Parse(std::string_view body, std::string_view agent_token) {
  body = body.substr(0, kMaxParsedBytes);
  if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);  // UTF-8 byte-order mark
  const std::string token = AsciiLower(agent_token);
  // Rules of our groups and of the "*" groups, kept apart until we know whether ours exist.
  RobotsRules ours, star;
  bool have_ours = false;
  GroupMatch current = GroupMatch::kNone;
  bool in_agent_lines = false;  // consecutive user-agent lines form one group's head
  size_t start = 0;
  while (start < body.size()) {
    size_t end = body.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = body.size();
    Line line;
    if (SplitLine(body.substr(start, end - start), &line)) {
      if (line.field == "user-agent") {
        if (!in_agent_lines) current = GroupMatch::kNone;
        in_agent_lines = true;
        const std::string agent = ProductToken(line.value);
        if (!token.empty() && agent == token) {
          current = GroupMatch::kOurs;
          have_ours = true;
        } else if (TrimWhitespace(line.value) == "*" && current != GroupMatch::kOurs) {
          current = GroupMatch::kStar;
        }
      } else if (line.field == "sitemap") {
        ours.sitemaps_.emplace_back(line.value);  // not part of any group
      } else {
        in_agent_lines = false;
        RobotsRules* target = current == GroupMatch::kOurs ? &ours
                              : current == GroupMatch::kStar ? &star
                                                              : nullptr;
        if (target != nullptr) {
          if ((line.field == "allow" || line.field == "disallow") && !line.value.empty()) {
            target->rules_.push_back({NormalizeForMatch(line.value), line.field == "allow"});
          } else if (line.field == "crawl-delay") {
            if (auto d = ParseDelay(line.value)) target->crawl_delay_ = d;
          }
        }
      }
    }
    start = end + 1;
  }
  RobotsRules result = have_ours ? std::move(ours) : std::move(star);
  if (!have_ours) result.sitemaps_ = std::move(ours.sitemaps_);
  return result;
}

bool RobotsRules::Allowed(std::string_view path) const {
  if (path.empty()) path = "/";
  if (path == "/robots.txt") return true;
  const std::string normalized = NormalizeForMatch(path);
  size_t best_length = 0;
  bool best_allow = true;
  bool matched = false;
  for (const Rule& rule : rules_) {
    if (!RobotsPatternMatches(rule.pattern, normalized)) continue;
    const size_t length = rule.pattern.size();
    if (!matched || length > best_length || (length == best_length && rule.allow && !best_allow)) {
      best_length = length;
      best_allow = rule.allow;
      matched = true;
    }
  }
  return !matched || best_allow;
}

bool RobotsPatternMatches(std::string_view pattern, std::string_view path) {
  bool anchored = false;
  if (!pattern.empty() && pattern.back() == '$') {
    anchored = true;
    pattern.remove_suffix(1);
  }
  // Positions in `path` reachable after consuming a prefix of the pattern; kept as a sorted
  // set of offsets so that many '*' cannot blow up (no backtracking).
  std::vector<char> reach(path.size() + 1, 0), next(path.size() + 1, 0);
  reach[0] = 1;
  for (char pc : pattern) {
    std::fill(next.begin(), next.end(), 0);
    bool any = false;
    if (pc == '*') {
      for (size_t i = 0; i <= path.size(); ++i) {
        if (reach[i] || (i > 0 && next[i - 1])) next[i] = 1;
        any = any || next[i];
      }
    } else {
      for (size_t i = 0; i < path.size(); ++i) {
        if (reach[i] && path[i] == pc) {
          next[i + 1] = 1;
          any = true;
        }
      }
    }
    if (!any) return false;
    reach.swap(next);
  }
  if (anchored) return reach[path.size()] != 0;
  return std::find(reach.begin(), reach.end(), 1) != reach.end();
}

}  // namespace tidings::fetch

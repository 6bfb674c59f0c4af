// robots.txt (RFC 9309, the Robots Exclusion Protocol) as the crawler applies it: the group
// for our user agent, Allow/Disallow with * and $ patterns, and the non-standard Crawl-delay
// that news sites use to pace crawlers.
//
// Hand-written: Debian 12 packages no robots.txt library for C++ (Google's robotstxt is not
// packaged), and the protocol is small and fully specified.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tidings::fetch {

// The rules of one site for one crawler. Immutable after construction; thread-safe to share.
class RobotsRules {
 public:
  // Parses a robots.txt body (only its first 500 KiB, as RFC 9309 allows) for the crawler
  // whose product token is `agent_token` (e.g. "tidings"). The groups whose User-agent equals
  // the token (case-insensitive) are combined; without any, the "*" groups are; without those,
  // everything is allowed. Unknown lines and malformed lines are ignored, as the RFC requires.
  static RobotsRules Parse(std::string_view body, std::string_view agent_token);
  static RobotsRules AllowAll() { return RobotsRules(); }
  // What an unreachable robots.txt (5xx, network failure) means under RFC 9309 §2.3.1.4.
  static RobotsRules DisallowAll();

  // Whether `path` (path and query of a URL, "/news/1?id=2") may be fetched. The longest
  // matching pattern decides; on a tie Allow wins; no match allows. "/robots.txt" is always
  // allowed.
  bool Allowed(std::string_view path) const;
  // Crawl-delay of the matching group, if it gave one.
  std::optional<std::chrono::milliseconds> crawl_delay() const { return crawl_delay_; }
  // Sitemap URLs listed anywhere in the file (they belong to no group).
  const std::vector<std::string>& sitemaps() const { return sitemaps_; }

 private:
  struct Rule {
    std::string pattern;  // percent-escapes normalised; may contain * and end with $
    bool allow = false;
  };
  std::vector<Rule> rules_;
  std::optional<std::chrono::milliseconds> crawl_delay_;
  std::vector<std::string> sitemaps_;
};

// The product token robots.txt groups are matched against: the User-Agent up to its first
// '/', space or ';', lower-cased ("tidings/0.1 (+https://...)" -> "tidings").
std::string ProductToken(std::string_view user_agent);

// True when `path` matches a robots.txt `pattern` ('*' any sequence, a final '$' the end).
// Exposed for tests.
bool RobotsPatternMatches(std::string_view pattern, std::string_view path);

}  // namespace tidings::fetch

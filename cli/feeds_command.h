// tidings feeds add|list|remove|check: the entry points behind the subcommands, each writing to
// the given streams and returning the exit status (0 ok, 1 failed, 2 bad usage), so tests can
// run them in-process.
#pragma once

#include <CLI/CLI.hpp>
#include <ostream>
#include <string>

namespace tidings::cli {

struct FeedsAddOptions {
  std::string url;
  int interval_s = 300;
  std::string source;
  std::string language;
  std::string data_dir;  // "" -> $TIDINGS_DATA, else ./tidings-data
};

// Registers a feed (origin "cli") in <data dir>/feeds.sqlite, or updates its settings.
int RunFeedsAdd(const FeedsAddOptions& options, std::ostream& out, std::ostream& err);
// Lists the registered feeds: format "table" (default) or "jsonl".
int RunFeedsList(const std::string& data_dir, const std::string& format, std::ostream& out, std::ostream& err);
// Removes a feed; exit 1 with a message naming the URL when it is not registered.
int RunFeedsRemove(const std::string& data_dir, const std::string& url, std::ostream& out, std::ostream& err);

struct FeedsCheckOptions {
  std::string target;          // http(s):// URL, file:// URL or a path
  long timeout_ms = 30'000;    // whole download
  size_t max_bytes = 64u << 20;
};

// Downloads (or reads) and parses a feed; prints one JSON object per item (url, title,
// published, guid always; updated, author, summary, language, publisher when present), or per
// sitemap of a sitemap index (sitemap, updated). Exit 1 with a message naming the target on an
// unreadable or unparseable feed; a valid feed with no items is exit 0 with no output.
int RunFeedsCheck(const FeedsCheckOptions& options, std::ostream& out, std::ostream& err);

// Adds `feeds check` under the `feeds` subcommand (feeds_check_command.cc).
void RegisterFeedsCheckCommand(CLI::App* feeds);

}  // namespace tidings::cli

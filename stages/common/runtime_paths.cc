#include "tidings/runtime_paths.h"

#include <cstdlib>

namespace tidings {

std::filesystem::path ResolveDataDir(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) return std::filesystem::absolute(explicit_dir);
  if (const char* env = std::getenv("TIDINGS_DATA"); env != nullptr && *env != '\0') {
    return std::filesystem::absolute(env);
  }
  return std::filesystem::absolute("tidings-data");
}

std::filesystem::path StorePath(const std::filesystem::path& d) { return d / "events.sqlite"; }
std::filesystem::path JournalPath(const std::filesystem::path& d) { return d / "journal.sqlite"; }
std::filesystem::path FetchSeenPath(const std::filesystem::path& d) { return d / "fetch_seen.sqlite"; }
std::filesystem::path RuntimeFilePath(const std::filesystem::path& d) { return d / "daemon.json"; }
std::filesystem::path ConfigPath(const std::filesystem::path& d) { return d / "tidings.toml"; }
std::filesystem::path FeedsPath(const std::filesystem::path& d) { return d / "feeds.sqlite"; }

}  // namespace tidings

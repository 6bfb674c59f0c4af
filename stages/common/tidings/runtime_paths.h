// Where a tidings installation keeps its files. The daemon and every `tidings` subcommand
// resolve the same data directory, so commands find a running daemon with no flags.
#pragma once

#include <filesystem>
#include <string>

namespace tidings {

// The data directory: `explicit_dir` when not empty, else $TIDINGS_DATA, else
// "./tidings-data" under the current directory.
std::filesystem::path ResolveDataDir(const std::string& explicit_dir = "");

// Files inside a data directory.
std::filesystem::path StorePath(const std::filesystem::path& data_dir);    // events.sqlite
std::filesystem::path JournalPath(const std::filesystem::path& data_dir);  // journal.sqlite
// URLs the fetch stage downloaded recently (its dedup across restarts; SQLite).
std::filesystem::path FetchSeenPath(const std::filesystem::path& data_dir);  // fetch_seen.sqlite
// Written by a running daemon: its endpoints and pid, read by the CLI (JSON).
std::filesystem::path RuntimeFilePath(const std::filesystem::path& data_dir);  // daemon.json
std::filesystem::path ConfigPath(const std::filesystem::path& data_dir);   // tidings.toml
// The feed registry: polled feeds, their poll state and the items seen (SQLite).
std::filesystem::path FeedsPath(const std::filesystem::path& data_dir);    // feeds.sqlite

}  // namespace tidings

// Test articles and pushing them: short generated news items that the built-in dictionaries
// code into events, and options aiming the shared acknowledged pusher (cli/acked_pusher.h) at
// a DaemonUnderTest, following it across restarts through its runtime file.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "acked_pusher.h"
#include "daemon_harness.h"
#include "tidings/v1/tidings.pb.h"

namespace tidings::testing {

// Options for cli::AckedPusher / cli::PushAllAcked against `daemon` (which must outlive them).
cli::AckedPushOptions PushOptionsFor(const DaemonUnderTest& daemon, size_t window,
                                     std::chrono::seconds give_up = std::chrono::seconds(60),
                                     std::chrono::milliseconds silence = std::chrono::seconds(3));

// Writes articles as the JSON lines `tidings push` reads (id, title, text, source, published).
void WriteJsonLines(const std::vector<v1::Article>& articles, const std::filesystem::path& path);

// Short news items about real countries built from templates, each with its own id and
// text, that the built-in dictionaries code into events. Deterministic for a given seed.
std::vector<v1::Article> GenerateNewsArticles(size_t count, const std::string& id_prefix,
                                              unsigned seed = 1);

}  // namespace tidings::testing

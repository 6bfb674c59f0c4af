// Helpers of the fetch and feed end-to-end tests: news pages the clean stage keeps, waiting on
// a running tidingsd, and reading what reached its store.
#pragma once

#include <chrono>
#include <functional>
#include <string>

#include "daemon_harness.h"

namespace tidings::testing {

// A page the clean stage keeps: a title and a few paragraphs of news datelined `place`.
std::string NewsPage(const std::string& title, const std::string& place);

v1::Article UrlArticle(const std::string& id, const std::string& url);

// Polls `done` every 20 ms until it holds or `timeout` passes; returns its last value.
bool WaitFor(const std::function<bool()>& done, std::chrono::milliseconds timeout);

// Stage metrics travel with heartbeats (one a second): waits up to 5 s for `line` on /metrics.
bool MetricsShow(const DaemonUnderTest& daemon, const std::string& line, std::string* metrics);

// "stored", "dead" or "" (not in the store yet).
std::string ArticleStatus(const DaemonUnderTest& daemon, const std::string& id);

// The reason of the fetch stage's last dead letter for `id`, "" when none.
std::string DeadLetterReason(const DaemonUnderTest& daemon, const std::string& id);

// The first column of the first row of `sql` as a number (0 when there is no row).
long StoreCount(const DaemonUnderTest& daemon, const std::string& sql);

}  // namespace tidings::testing

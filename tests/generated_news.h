// Pushes many articles over the daemon's acknowledged (ROUTER) socket as a fast client would:
// a window of outstanding articles, "busy" answers retried after the delay the daemon asks
// for, and, when the daemon falls silent (it was killed, or a reply was dropped), a new
// connection to wherever the daemon now listens and every unacknowledged article sent again.
#pragma once

#include <chrono>
#include <functional>
#include <set>
#include <string>
#include <vector>
#include <zmq.hpp>

#include "tidings/v1/tidings.pb.h"

namespace tidings::testing {

struct AckedPushResult {
  std::set<std::string> acknowledged;  // ACCEPTED or DUPLICATE: the daemon has it journaled
  size_t accepted = 0, duplicate = 0, rejected = 0, busy = 0, resent = 0;
  bool finished = false;               // every article got a final answer before the deadline
};

// `endpoint` is asked again after each silence (empty: the daemon is not up yet).
// `setup` (optional) is applied to every new socket before it connects (e.g. CURVE keys).
AckedPushResult PushAllAcked(zmq::context_t& ctx, const std::function<std::string()>& endpoint,
                             const std::vector<v1::Article>& articles, int window,
                             std::chrono::seconds deadline,
                             std::chrono::milliseconds silence = std::chrono::seconds(2),
                             const std::function<void(zmq::socket_t&)>& setup = {});

// Short news items about real countries built from templates, each with its own id and
// text, that the built-in dictionaries code into events. Deterministic for a given seed.
std::vector<v1::Article> GenerateNewsArticles(size_t count, const std::string& id_prefix,
                                              unsigned seed = 1);

}  // namespace tidings::testing

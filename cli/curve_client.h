// ZeroMQ CURVE on the client side of `tidings push` and `tidings subscribe`: the options that
// name the keys and the one call that applies them to a socket before it connects.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <zmq.hpp>

#include "tidings/status.h"

namespace tidings::cli {

struct CurveClientOptions {
  std::string server_key;   // the daemon's public key (Z85)
  std::string public_key;   // this client's key pair (Z85)
  std::string secret_key;
  std::string key_file;     // TOML with public_key / secret_key (and optionally server_key),
                            // as printed by `tidings keygen`
};

// Adds --curve-server-key, --curve-public-key, --curve-secret-key and --curve-key-file.
void AddCurveClientOptions(CLI::App* cmd, CurveClientOptions* options);

// Makes `socket` a CURVE client when a server key is known: from --curve-server-key, the key
// file, or else the daemon's runtime file (daemon.json in the data directory given by
// `data_dir_flag`, resolved like every command does). Without a client key pair an ephemeral
// one is generated (served only by a daemon with security.curve_allow_any_client). With no
// server key anywhere the socket is left as is (plain loopback). Call before connect().
// InvalidInput for malformed keys or an unreadable key file, with what to fix.
Status ApplyCurveClient(const CurveClientOptions& options, const std::string& data_dir_flag,
                        zmq::socket_t& socket);

}  // namespace tidings::cli

// tidings keygen: prints a new ZeroMQ CURVE key pair (Z85) as two TOML lines, ready for the
// daemon's [security] table (curve_secret_key / curve_public_key) or for a client key file
// (`tidings push --curve-key-file`).
#include <iostream>
#include <zmq.h>

#include "commands.h"

namespace tidings::cli {

void RegisterKeygenCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("keygen", "Print a new ZeroMQ CURVE key pair (Z85) as TOML lines");
  auto prefix = std::make_shared<std::string>();
  cmd->add_option("--prefix", *prefix,
                  "key name prefix, e.g. 'curve_' for the daemon's [security] table");
  cmd->callback([prefix] {
    if (!zmq_has("curve")) {
      std::cerr << "tidings keygen: this libzmq was built without CURVE support\n";
      throw CLI::RuntimeError(1);
    }
    char public_key[41], secret_key[41];
    if (zmq_curve_keypair(public_key, secret_key) != 0) {
      std::cerr << "tidings keygen: zmq_curve_keypair failed: " << zmq_strerror(zmq_errno()) << "\n";
      throw CLI::RuntimeError(1);
    }
    std::cout << "# ZeroMQ CURVE key pair; keep the secret key private\n"
              << *prefix << "public_key = \"" << public_key << "\"\n"
              << *prefix << "secret_key = \"" << secret_key << "\"\n";
  });
}

}  // namespace tidings::cli

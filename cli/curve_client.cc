#include "curve_client.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "tidings/runtime_paths.h"

namespace tidings::cli {

namespace {

bool ValidZ85Key(const std::string& key) {
  uint8_t raw[32];
  return key.size() == 40 && zmq_z85_decode(raw, key.c_str()) != nullptr;
}

std::string AdvertisedServerKey(const std::string& data_dir_flag) {
  std::ifstream in(RuntimeFilePath(ResolveDataDir(data_dir_flag)));
  if (!in) return "";
  nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
  return j.is_object() ? j.value("curve_server_key", "") : "";
}

}  // namespace

void AddCurveClientOptions(CLI::App* cmd, CurveClientOptions* o) {
  cmd->add_option("--curve-server-key", o->server_key,
                  "daemon's CURVE public key (default: from the daemon's runtime file)");
  cmd->add_option("--curve-public-key", o->public_key, "this client's CURVE public key (Z85)");
  cmd->add_option("--curve-secret-key", o->secret_key, "this client's CURVE secret key (Z85)");
  cmd->add_option("--curve-key-file", o->key_file,
                  "TOML file with public_key and secret_key (the output of `tidings keygen`)");
}

Status ApplyCurveClient(const CurveClientOptions& options, const std::string& data_dir_flag,
                        zmq::socket_t& socket) {
  CurveClientOptions o = options;
  if (!o.key_file.empty()) {
    try {
      toml::table t = toml::parse_file(o.key_file);
      if (o.public_key.empty()) o.public_key = t["public_key"].value_or(std::string());
      if (o.secret_key.empty()) o.secret_key = t["secret_key"].value_or(std::string());
      if (o.server_key.empty()) o.server_key = t["server_key"].value_or(std::string());
    } catch (const toml::parse_error& e) {
      return Status::InvalidInput(fmt::format("--curve-key-file {}: {}", o.key_file, e.description()));
    }
  }
  if (o.server_key.empty()) o.server_key = AdvertisedServerKey(data_dir_flag);
  if (o.server_key.empty()) {
    if (!o.public_key.empty() || !o.secret_key.empty()) {
      return Status::InvalidInput(
          "client CURVE keys given but no server key: pass --curve-server-key (the daemon's "
          "security.curve_public_key)");
    }
    return Status::Ok();
  }
  if (!ValidZ85Key(o.server_key)) {
    return Status::InvalidInput("the CURVE server key must be a 40-character Z85 key");
  }
  if (o.public_key.empty() != o.secret_key.empty()) {
    return Status::InvalidInput("give both --curve-public-key and --curve-secret-key (or a key file)");
  }
  if (o.public_key.empty()) {
    char pub[41], sec[41];
    if (zmq_curve_keypair(pub, sec) != 0) {
      return Status::Internal("cannot generate a CURVE key pair: libzmq lacks CURVE support");
    }
    o.public_key = pub;
    o.secret_key = sec;
  }
  if (!ValidZ85Key(o.public_key) || !ValidZ85Key(o.secret_key)) {
    return Status::InvalidInput("CURVE client keys must be 40-character Z85 keys (see `tidings keygen`)");
  }
  char derived[41];
  if (zmq_curve_public(derived, o.secret_key.c_str()) != 0 || o.public_key != derived) {
    return Status::InvalidInput("the CURVE public key does not belong to the secret key");
  }
  socket.set(zmq::sockopt::curve_serverkey, o.server_key);
  socket.set(zmq::sockopt::curve_publickey, o.public_key);
  socket.set(zmq::sockopt::curve_secretkey, o.secret_key);
  return Status::Ok();
}

}  // namespace tidings::cli

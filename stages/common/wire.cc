#include "tidings/wire.h"

#include <xxhash.h>

#include <fmt/format.h>

namespace tidings {

zmq::socket_t MakeSocket(zmq::context_t& ctx, zmq::socket_type type, const SocketOptions& o) {
  zmq::socket_t s(ctx, type);
  s.set(zmq::sockopt::sndhwm, o.send_hwm);
  s.set(zmq::sockopt::rcvhwm, o.recv_hwm);
  s.set(zmq::sockopt::linger, o.linger_ms);
  s.set(zmq::sockopt::maxmsgsize, o.max_message_bytes);
  if (o.immediate) s.set(zmq::sockopt::immediate, 1);
  return s;
}

Status BindSocket(zmq::socket_t& socket, const std::string& endpoint, std::string* bound) {
  try {
    socket.bind(endpoint);
    std::string last = socket.get(zmq::sockopt::last_endpoint);
    if (bound != nullptr) *bound = last;
    return Status::Ok();
  } catch (const zmq::error_t& e) {
    return Status::IoError(fmt::format("cannot bind {}: {} (is another tidingsd running, or the "
                                       "port taken? change it in the config)",
                                       endpoint, e.what()));
  }
}

zmq::message_t ToMessage(const google::protobuf::MessageLite& message) {
  zmq::message_t msg(message.ByteSizeLong());
  message.SerializeWithCachedSizesToArray(static_cast<uint8_t*>(msg.data()));
  return msg;
}

bool FromBytes(const void* data, size_t size, google::protobuf::MessageLite* message) {
  if (size > static_cast<size_t>(INT32_MAX)) return false;
  return message->ParseFromArray(data, static_cast<int>(size));
}

int64_t NowUnixMicros() {
  return std::chrono::duration_cast<std::chrono::microseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

int64_t NowUnixMillis() { return NowUnixMicros() / 1000; }

std::string DeriveArticleId(const v1::Article& a) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  auto feed = [&](std::string_view s) {
    uint64_t n = s.size();
    XXH3_128bits_update(state, &n, sizeof n);  // length prefix: no ambiguity between fields
    XXH3_128bits_update(state, s.data(), s.size());
  };
  feed(a.url());
  feed(a.html());
  feed(a.text());
  feed(a.title());
  XXH128_hash_t h = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  return fmt::format("a{:016x}{:016x}", h.high64, h.low64);
}

v1::DeadLetter MakeDeadLetter(const std::string& stage, const std::string& reason,
                              std::string_view original, const std::string& article_id,
                              uint32_t attempt, size_t keep_bytes) {
  v1::DeadLetter d;
  d.set_stage(stage);
  d.set_reason(reason);
  d.set_original(std::string(original.substr(0, std::min(original.size(), keep_bytes))));
  d.set_original_size(original.size());
  d.set_article_id(article_id);
  d.set_time_unix_ms(NowUnixMillis());
  d.set_attempt(attempt);
  return d;
}

}  // namespace tidings

namespace tidings {
int PollSockets(zmq::pollitem_t* items, size_t count, std::chrono::milliseconds timeout) {
  try {
    return zmq::poll(items, count, timeout);
  } catch (const zmq::error_t& e) {
    if (e.num() == EINTR) {
      for (size_t i = 0; i < count; ++i) items[i].revents = 0;
      return 0;
    }
    throw;
  }
}
}  // namespace tidings

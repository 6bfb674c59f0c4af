#include "tidings/wire.h"

#include <time.h>
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

int64_t ThreadCpuMicros() {
  timespec ts{};
  ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

std::string DeriveArticleId(const v1::Article& a) { return DeriveArticleId(a.url(), a.html(), a.text(), a.title()); }

std::string DeriveArticleId(std::string_view url, std::string_view html, std::string_view text,
                            std::string_view title) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  auto feed = [&](std::string_view s) {
    uint64_t n = s.size();
    XXH3_128bits_update(state, &n, sizeof n);  // length prefix: no ambiguity between fields
    XXH3_128bits_update(state, s.data(), s.size());
  };
  feed(url);
  feed(html);
  feed(text);
  feed(title);
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

namespace tidings {

bool RecvMultipart(zmq::socket_t& socket, std::vector<zmq::message_t>* frames, zmq::recv_flags flags) {
  frames->clear();
  zmq::message_t frame;
  if (!socket.recv(frame, flags)) return false;
  bool more = frame.more();
  frames->push_back(std::move(frame));
  while (more) {  // the rest of a multipart message arrives with its first frame
    zmq::message_t next;
    if (!socket.recv(next, zmq::recv_flags::none)) break;
    more = next.more();
    frames->push_back(std::move(next));
  }
  return true;
}

void EnvelopeToHop(const v1::Envelope& env, v1::HopHeader* header, zmq::message_t* payload) {
  header->set_article_id(env.article_id());
  header->set_attempt(env.attempt());
  header->set_accepted_unix_ms(env.accepted_unix_ms());
  *header->mutable_trace() = env.trace();
  if (env.has_signature()) *header->mutable_signature() = env.signature();
  switch (env.payload_case()) {
    case v1::Envelope::kClean:
      header->set_kind(v1::HopHeader::CLEAN);
      *payload = ToMessage(env.clean());
      break;
    case v1::Envelope::kCoded:
      header->set_kind(v1::HopHeader::CODED);
      *payload = ToMessage(env.coded());
      break;
    case v1::Envelope::kDeadLetter:
      header->set_kind(v1::HopHeader::DEAD_LETTER);
      *payload = ToMessage(env.dead_letter());
      break;
    default:
      header->set_kind(v1::HopHeader::ARTICLE);
      *payload = ToMessage(env.article());
      break;
  }
}

bool HopToEnvelope(const v1::HopHeader& header, const void* data, size_t size, v1::Envelope* env) {
  env->set_article_id(header.article_id());
  env->set_attempt(header.attempt());
  env->set_accepted_unix_ms(header.accepted_unix_ms());
  *env->mutable_trace() = header.trace();
  if (header.has_signature()) *env->mutable_signature() = header.signature();
  switch (header.kind()) {
    case v1::HopHeader::CLEAN: return FromBytes(data, size, env->mutable_clean());
    case v1::HopHeader::CODED: return FromBytes(data, size, env->mutable_coded());
    case v1::HopHeader::DEAD_LETTER: return FromBytes(data, size, env->mutable_dead_letter());
    default: break;
  }
  if (!FromBytes(data, size, env->mutable_article())) return false;
  if (env->article().id().empty()) env->mutable_article()->set_id(header.article_id());
  return true;
}

bool SendHop(zmq::socket_t& socket, zmq::message_t& header, zmq::message_t& payload) {
  // A multipart message is queued whole or not at all: once the first frame is taken, the
  // second is too.
  if (!socket.send(header, zmq::send_flags::sndmore | zmq::send_flags::dontwait)) return false;
  (void)socket.send(payload, zmq::send_flags::none);
  return true;
}

bool ParseHop(const std::vector<zmq::message_t>& frames, v1::HopHeader* header) {
  return frames.size() == 2 && FromBytes(frames[0].data(), frames[0].size(), header);
}

void ApplyCurve(zmq::socket_t& socket, const CurveKeys& keys, const std::string& domain) {
  if (!keys.enabled()) return;
  if (keys.server_key.empty()) {
    socket.set(zmq::sockopt::curve_server, 1);
    socket.set(zmq::sockopt::curve_secretkey, keys.secret_key);
    socket.set(zmq::sockopt::zap_domain, domain);
  } else {
    socket.set(zmq::sockopt::curve_serverkey, keys.server_key);
    socket.set(zmq::sockopt::curve_publickey, keys.public_key);
    socket.set(zmq::sockopt::curve_secretkey, keys.secret_key);
  }
}

}  // namespace tidings

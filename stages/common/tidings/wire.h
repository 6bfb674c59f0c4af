// Socket wiring shared by every process: socket options chosen deliberately (high-water
// marks, linger, message size limits), protobuf (de)serialisation, endpoints.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>
#include <zmq.hpp>

#include "tidings/status.h"
#include "tidings/v1/tidings.pb.h"

namespace tidings {

struct SocketOptions {
  int send_hwm = 1000;             // messages queued before send blocks / EAGAIN
  int recv_hwm = 1000;
  int linger_ms = 2000;            // on close, time to flush what is queued
  int64_t max_message_bytes = -1;  // ZMQ_MAXMSGSIZE; -1 = unlimited (trusted internal hops)
  bool immediate = false;          // queue only to completed connections
};

// Creates a socket with the options applied. Throws zmq::error_t on invalid options.
zmq::socket_t MakeSocket(zmq::context_t& ctx, zmq::socket_type type, const SocketOptions& options);

// Binds and returns the concrete endpoint (resolves "tcp://127.0.0.1:*" to the chosen port).
Status BindSocket(zmq::socket_t& socket, const std::string& endpoint, std::string* bound);

// Serialises a message into a zmq message (protobuf bytes).
zmq::message_t ToMessage(const google::protobuf::MessageLite& message);

// Parses protobuf bytes; false when they are not a valid message of that type.
bool FromBytes(const void* data, size_t size, google::protobuf::MessageLite* message);

int64_t NowUnixMicros();
int64_t NowUnixMillis();
// CPU time the calling thread has used (microseconds; a system call, ~0.5 us).
int64_t ThreadCpuMicros();

// A stable article id: xxh3-128 of the URL and the content (hex, 32 chars, "a" prefix).
std::string DeriveArticleId(const v1::Article& article);
// The same from the fields' bytes (the daemon reads them in place from the wire form).
std::string DeriveArticleId(std::string_view url, std::string_view html, std::string_view text,
                            std::string_view title);

// Dead letter for input a stage could not use. Keeps at most `keep_bytes` of the original.
v1::DeadLetter MakeDeadLetter(const std::string& stage, const std::string& reason,
                              std::string_view original, const std::string& article_id,
                              uint32_t attempt, size_t keep_bytes = 1 << 20);

}  // namespace tidings

namespace tidings {
// zmq::poll that treats a signal interruption (EINTR) as "nothing ready" instead of throwing,
// so a SIGTERM handler's flag is seen by the caller's loop. Returns the number of ready items.
int PollSockets(zmq::pollitem_t* items, size_t count, std::chrono::milliseconds timeout);
}  // namespace tidings

namespace tidings {

// Receives every frame of one message into `frames` (cleared first). False when no message
// was waiting (with recv_flags::dontwait) or the socket was interrupted.
bool RecvMultipart(zmq::socket_t& socket, std::vector<zmq::message_t>* frames,
                   zmq::recv_flags flags = zmq::recv_flags::dontwait);

// Internal hops carry two frames: a HopHeader, then the payload (the serialized Article,
// CleanArticle, CodedArticle or DeadLetter the header's kind names), so the daemon routes on a
// few bytes and forwards the payload without parsing it.

// Splits an envelope into its hop header and its payload's bytes.
void EnvelopeToHop(const v1::Envelope& envelope, v1::HopHeader* header, zmq::message_t* payload);
// Joins a header and a payload back into an envelope. False when the payload is not a valid
// message of the header's kind. An Article without an id gets the header's article_id.
bool HopToEnvelope(const v1::HopHeader& header, const void* payload, size_t size,
                   v1::Envelope* envelope);
// Sends [header][payload] without blocking. False, with nothing sent and both messages left
// intact, when the socket cannot take it now (full, or no peer).
bool SendHop(zmq::socket_t& socket, zmq::message_t& header, zmq::message_t& payload);
// Reads a received hop message: false when it is not two frames with a valid header.
bool ParseHop(const std::vector<zmq::message_t>& frames, v1::HopHeader* header);

// ZeroMQ CURVE keys of one side of a connection (Z85 text, 40 characters each).
struct CurveKeys {
  std::string public_key, secret_key;
  std::string server_key;  // client side: the server's public key; empty on a server
  bool enabled() const { return !secret_key.empty(); }
};
// Makes `socket` a CURVE server (with ZAP domain `domain`) or, when keys.server_key is set, a
// CURVE client. No effect when !keys.enabled().
void ApplyCurve(zmq::socket_t& socket, const CurveKeys& keys, const std::string& domain = "tidings");

}  // namespace tidings

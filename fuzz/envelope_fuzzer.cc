// Fuzzes the protobuf handling of bytes that come from outside a process: the daemon's ingest
// check of a client's Article (ValidateInboundArticle, which derives the id) and a stage's
// parse of its input Envelope (FromBytes), with what each does next with the bytes: a dead
// letter keeping a prefix of them, re-serialisation, and the JSON/CSV printing of any events.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "daemon/intake.h"
#include "fuzz_support.h"
#include "tidings/event_json.h"
#include "tidings/wire.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  tidings::fuzz::QuietProtobuf();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);

  // Ingest (daemon, push and ack sockets). A small limit so the "too large" path is reached.
  tidings::v1::Article article;
  tidings::Status s = tidings::daemon::ValidateInboundArticle(data, size, 4096, &article);
  if (s.ok()) {
    if (article.id().empty()) __builtin_trap();  // an accepted article always has an id
    tidings::fuzz::RequireRoundTrip(article);   // journaled and replayed as these bytes
  } else {
    (void)tidings::MakeDeadLetter("ingest", s.message(), bytes, article.id(), 0, 1024);
  }

  // A stage's input (stage runner).
  tidings::v1::Envelope env;
  if (size == 0 || !tidings::FromBytes(data, size, &env)) {
    (void)tidings::MakeDeadLetter("clean", "input is not a valid tidings.v1.Envelope protobuf", bytes, "", 0);
    return 0;
  }
  env.add_trace()->set_stage("fuzz");
  (void)tidings::ToMessage(env);
  if (env.has_coded()) {
    for (const auto& event : env.coded().events()) {
      (void)tidings::EventToJsonLine(event);
      (void)tidings::EventToCsvRow(event);
    }
  }
  if (env.has_article()) (void)tidings::DeriveArticleId(env.article());
  return 0;
}

// Fuzzes the protobuf handling of bytes that come from outside a process: the daemon's ingest
// check of a client's Article (ScanInboundArticle, which reads it in place and derives the id;
// its verdict must be a full parse's) and a stage's
// parse of its input Envelope (FromBytes), with what each does next with the bytes: a dead
// letter keeping a prefix of them, re-serialisation, and the JSON/CSV printing of any events.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "daemon/article_scan.h"
#include "fuzz_support.h"
#include "tidings/event_json.h"
#include "tidings/wire.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  tidings::fuzz::QuietProtobuf();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);

  // Ingest (daemon, push and ack sockets). A small limit so the "too large" path is reached.
  tidings::daemon::InboundFacts facts;
  tidings::Status s = tidings::daemon::ScanInboundArticle(data, size, 4096, &facts);
  tidings::v1::Article article;
  const bool parsed = size > 0 && size <= 4096 && tidings::FromBytes(data, size, &article);
  const bool usable = parsed && !(article.url().empty() && article.html().empty() && article.text().empty()) &&
                      article.id().size() <= 512;
  if (s.ok() != usable) __builtin_trap();  // the scan must judge as a full parse does
  if (s.ok()) {
    const std::string expected = article.id().empty() ? tidings::DeriveArticleId(article) : article.id();
    if (facts.id != expected || facts.needs_fetch != (article.html().empty() && article.text().empty())) {
      __builtin_trap();
    }
    tidings::fuzz::RequireRoundTrip(article);  // journaled and replayed as these bytes
  } else {
    (void)tidings::MakeDeadLetter("ingest", s.message(), bytes, "", 0, 1024);
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

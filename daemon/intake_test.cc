#include "daemon/intake.h"

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <limits>
#include <map>

#include "tidings/v1/tidings.pb.h"
#include "tidings/wire.h"

namespace tidings::daemon {
namespace {

using namespace std::chrono_literals;
using Ids = std::vector<std::string>;

// The hub's side, as a record of what the intake asked of it.
struct RecordingSink : IntakeSink {
  bool room = true;
  size_t capacity = std::numeric_limits<size_t>::max();  // articles admitted at most
  size_t admitted = 0;                                    // handed over for journaling
  std::string full_reason = "pipeline full (7 articles, 1 MiB in flight)";
  bool may_read_push = true;
  bool may_keep_dead_letter = true;
  bool route_now = true;
  std::string known_state = "completed";

  Ids routed_now;                   // RouteNow() said yes
  std::vector<Ids> journaling;      // each batch handed to StartJournaling()
  std::vector<bool> needs_fetch;    // of every article handed over
  struct Routed {
    std::string id, bytes;
    bool routed_before;  // by RouteNow(), before the commit
    AppendResult result;
    bool operator==(const Routed&) const = default;
  };
  std::vector<Routed> routed;       // Route()
  Ids described;                    // DescribeKnown()
  std::vector<v1::DeadLetter> dead_letters;

  bool HasRoom(size_t articles, uint64_t) const override { return room && admitted + articles <= capacity; }
  std::string FullReason() const override { return full_reason; }
  bool MayReadPush() const override { return may_read_push; }
  bool MayKeepDeadLetter() const override { return may_keep_dead_letter; }
  bool RouteNow(const InboundArticle& article) override {
    if (route_now) routed_now.push_back(article.id);
    return route_now;
  }
  void StartJournaling(const std::vector<InboundArticle>& batch) override {
    Ids ids;
    for (const auto& a : batch) {
      ids.push_back(a.id);
      needs_fetch.push_back(a.needs_fetch);
    }
    admitted += batch.size();
    journaling.push_back(std::move(ids));
  }
  void Route(std::vector<InboundArticle>& batch, const std::vector<AppendResult>& results) override {
    for (size_t i = 0; i < batch.size(); ++i) {
      routed.push_back({batch[i].id, batch[i].bytes.to_string(), batch[i].routed, results.at(i)});
    }
  }
  std::string DescribeKnown(const std::string& id) override {
    described.push_back(id);
    return known_state;
  }
  void KeepDeadLetter(v1::DeadLetter letter) override { dead_letters.push_back(std::move(letter)); }
};
using Routes = std::vector<RecordingSink::Routed>;
constexpr AppendResult kAccepted = AppendResult::kAccepted;

DaemonConfig LoopbackConfig() {
  DaemonConfig config;
  config.push_endpoint = "tcp://127.0.0.1:*";
  config.ack_endpoint = "tcp://127.0.0.1:*";
  return config;
}

std::string ArticleBytes(const std::string& id, const std::string& text = "Ankara and Baku signed a deal.") {
  v1::Article article;
  article.set_id(id);
  article.set_text(text);
  return article.SerializeAsString();
}

// The intake on loopback, driven turn by turn as the forwarder's loop drives it.
struct IntakeUnderTest {
  zmq::context_t ctx{1};
  DaemonConfig config = LoopbackConfig();
  MetricsRegistry metrics;
  RecordingSink sink;
  Intake intake{ctx, config, sink, metrics};
  PollSet poll;  // one for every turn, as the forwarder's
  std::string push_endpoint, ack_endpoint;

  IntakeUnderTest() {
    Status s = intake.Bind({}, &push_endpoint, &ack_endpoint);
    EXPECT_TRUE(s.ok()) << s.ToString();
  }
  void Turn() {
    intake.AddPollItems(poll);
    poll.Poll(10ms);
  }
  // Turns until `done` holds; false when it does not within 5 s.
  bool TurnUntil(const std::function<bool()>& done) {
    for (auto until = std::chrono::steady_clock::now() + 5s; !done();) {
      if (std::chrono::steady_clock::now() > until) return false;
      Turn();
    }
    return true;
  }
  // Turns for a while, for what must not happen.
  void TurnFor(std::chrono::milliseconds how_long) {
    for (auto until = std::chrono::steady_clock::now() + how_long; std::chrono::steady_clock::now() < until;) Turn();
  }
  // Reports batch `batch` (the oldest not yet reported) journaled, each article with `result`.
  void JournalOldest(size_t batch, AppendResult result = kAccepted) {
    intake.Journaled(Status::Ok(), std::vector<AppendResult>(sink.journaling.at(batch).size(), result));
  }
  double Counted(const char* socket, const char* result) {
    return metrics.GetCounter("tidings_ingest_total", "Articles offered by clients, by outcome",
                              {{"socket", socket}, {"result", result}})
        .value();
  }
};

// A client: of the push socket (PUSH), or of the acknowledged one (DEALER), framed as
// `tidings push --ack` frames its requests: [empty][Article].
struct Client {
  zmq::socket_t socket;
  Client(zmq::context_t& ctx, const std::string& endpoint, zmq::socket_type type = zmq::socket_type::dealer)
      : socket(ctx, type) {
    socket.set(zmq::sockopt::linger, 0);
    socket.connect(endpoint);
  }
  void Send(const std::string& bytes) {
    if (socket.get(zmq::sockopt::type) == ZMQ_DEALER) socket.send(zmq::message_t(), zmq::send_flags::sndmore);
    socket.send(zmq::buffer(bytes), zmq::send_flags::none);
  }
  // The next ack, waiting up to `timeout`; false when none came.
  bool Receive(v1::Ack* ack, std::chrono::milliseconds timeout = 5s) {
    zmq::pollitem_t item{socket.handle(), 0, ZMQ_POLLIN, 0};
    if (PollSockets(&item, 1, timeout) == 0) return false;
    std::vector<zmq::message_t> frames;
    if (!RecvMultipart(socket, &frames)) return false;
    EXPECT_EQ(frames.size(), 2u) << "[empty delimiter][Ack]";
    EXPECT_EQ(frames.front().size(), 0u);
    return FromBytes(frames.back().data(), frames.back().size(), ack);
  }
};

TEST(Intake, AnAckedArticleIsAnsweredOnlyOnceJournaled) {
  IntakeUnderTest t;
  Client client(t.ctx, t.ack_endpoint);
  const std::string bytes = ArticleBytes("a1");
  client.Send(bytes);
  ASSERT_TRUE(t.TurnUntil([&] { return !t.sink.journaling.empty(); }));
  EXPECT_EQ(t.sink.journaling, std::vector<Ids>{{"a1"}});
  EXPECT_EQ(t.sink.routed_now, Ids{"a1"}) << "surely new: on its way before its commit";
  v1::Ack ack;
  t.TurnFor(100ms);
  EXPECT_FALSE(client.Receive(&ack, 100ms)) << "answered before the commit: " << ack.ShortDebugString();

  t.JournalOldest(0);
  ASSERT_TRUE(client.Receive(&ack));
  EXPECT_EQ(ack.status(), v1::Ack::ACCEPTED);
  EXPECT_EQ(ack.article_id(), "a1");
  EXPECT_EQ(ack.reason(), "");
  EXPECT_EQ(t.sink.routed, (Routes{{"a1", bytes, true, kAccepted}}));
  EXPECT_EQ(t.Counted("ack", "accepted"), 1);
  EXPECT_TRUE(t.sink.dead_letters.empty());
}

TEST(Intake, AnArticleNotSurelyNewIsRoutedWithItsExactBytesOnceJournaled) {
  IntakeUnderTest t;
  t.sink.route_now = false;  // e.g. the journal cannot tell now
  Client client(t.ctx, t.ack_endpoint);
  v1::Article url_only;
  url_only.set_url("https://example.org/news/1");  // no id: the daemon derives one
  const std::string bytes = url_only.SerializeAsString();
  client.Send(bytes);
  ASSERT_TRUE(t.TurnUntil([&] { return !t.sink.journaling.empty(); }));
  EXPECT_TRUE(t.sink.routed.empty());
  t.JournalOldest(0);
  v1::Ack ack;
  ASSERT_TRUE(client.Receive(&ack));
  EXPECT_EQ(ack.status(), v1::Ack::ACCEPTED);
  EXPECT_EQ(ack.article_id(), DeriveArticleId(url_only));
  // On its way once journaled, with the client's exact bytes.
  EXPECT_EQ(t.sink.routed, (Routes{{ack.article_id(), bytes, false, kAccepted}}));
  EXPECT_EQ(t.sink.needs_fetch, std::vector<bool>{true});
}

TEST(Intake, AMalformedMessageBecomesADeadLetterAndARejection) {
  IntakeUnderTest t;
  t.config.max_article_bytes = 100 << 10;
  Client client(t.ctx, t.ack_endpoint);
  const std::string big = ArticleBytes("big", std::string(200 << 10, 'x'));
  const std::string garbage("\x0a\xff\x01truncated", 12);  // field 1, 255 bytes announced
  v1::Article empty;
  empty.set_id("x2");  // neither url, html nor text
  client.Send(garbage);
  client.Send(empty.SerializeAsString());
  client.Send("");
  client.Send(big);

  Ids ack_ids;
  for (const char* why : {"not a valid tidings.v1.Article", "neither url, html nor text", "empty message",
                          "limits.max_article_bytes"}) {
    v1::Ack ack;
    ASSERT_TRUE(t.TurnUntil([&] { return client.Receive(&ack, 0ms); })) << why;
    EXPECT_EQ(ack.status(), v1::Ack::REJECTED);
    EXPECT_NE(ack.reason().find(why), std::string::npos) << ack.reason();
    ack_ids.push_back(ack.article_id());
  }
  EXPECT_EQ(ack_ids, (Ids{"", "x2", "", ""})) << "the client's id, where it could be read";

  ASSERT_EQ(t.sink.dead_letters.size(), 4u);
  EXPECT_EQ(t.sink.dead_letters[0].stage(), "ingest");
  EXPECT_EQ(t.sink.dead_letters[0].original(), garbage);
  EXPECT_EQ(t.sink.dead_letters[1].article_id(), "x2");
  EXPECT_EQ(t.sink.dead_letters[1].reason(), "article has neither url, html nor text");
  EXPECT_EQ(t.sink.dead_letters[3].original_size(), big.size());
  EXPECT_EQ(t.sink.dead_letters[3].original(), big.substr(0, Intake::kRejectedKeepBytes)) << "its start";
  EXPECT_TRUE(t.sink.journaling.empty());
  EXPECT_EQ(t.Counted("ack", "rejected"), 4);

  client.Send(ArticleBytes("a3"));  // the intake goes on
  ASSERT_TRUE(t.TurnUntil([&] { return !t.sink.journaling.empty(); }));
  EXPECT_EQ(t.sink.journaling, std::vector<Ids>{{"a3"}});
}

// A flood of bad messages on the ack socket is answered at once, so dead letters could pile
// up in the daemon faster than the store keeps them: at their bound, the bad ones are "busy".
TEST(Intake, WhileDeadLettersAreAtTheirBoundABadAckedMessageIsBusyAndAGoodOneGoesOn) {
  IntakeUnderTest t;
  t.sink.may_keep_dead_letter = false;
  Client client(t.ctx, t.ack_endpoint);
  v1::Article empty;
  empty.set_id("bad1");  // neither url, html nor text
  client.Send(empty.SerializeAsString());
  v1::Ack ack;
  ASSERT_TRUE(t.TurnUntil([&] { return client.Receive(&ack, 0ms); }));
  EXPECT_EQ(ack.status(), v1::Ack::BUSY);
  EXPECT_EQ(ack.article_id(), "bad1");
  EXPECT_NE(ack.reason().find("dead letters"), std::string::npos) << ack.reason();
  EXPECT_TRUE(t.sink.dead_letters.empty()) << "not kept yet: the client sends it again";
  client.Send(ArticleBytes("good1"));
  ASSERT_TRUE(t.TurnUntil([&] { return !t.sink.journaling.empty(); }));
  EXPECT_EQ(t.sink.journaling, std::vector<Ids>{{"good1"}});

  t.sink.may_keep_dead_letter = true;  // the store caught up
  client.Send(empty.SerializeAsString());
  ASSERT_TRUE(t.TurnUntil([&] { return client.Receive(&ack, 0ms) && ack.article_id() == "bad1"; }));
  EXPECT_EQ(ack.status(), v1::Ack::REJECTED);
  EXPECT_EQ(t.sink.dead_letters.size(), 1u);
}

TEST(Intake, WithoutRoomAnAckedArticleIsAnsweredBusyWithTheReason) {
  IntakeUnderTest t;
  t.sink.room = false;
  Client client(t.ctx, t.ack_endpoint);
  client.Send(ArticleBytes("a1"));
  v1::Ack ack;
  ASSERT_TRUE(t.TurnUntil([&] { return client.Receive(&ack, 0ms); }));
  EXPECT_EQ(ack.status(), v1::Ack::BUSY);
  EXPECT_EQ(ack.article_id(), "a1");
  EXPECT_EQ(ack.reason(), t.sink.full_reason);
  EXPECT_EQ(ack.retry_after_ms(), t.config.busy_retry_ms);
  EXPECT_TRUE(t.sink.journaling.empty());
  EXPECT_TRUE(t.sink.dead_letters.empty()) << "busy is not invalid";
}

TEST(Intake, ArticlesBeyondTheRoomLeftAreAnsweredBusyWhileTheOthersAreJournaled) {
  IntakeUnderTest t;
  t.sink.capacity = 1;
  Client client(t.ctx, t.ack_endpoint);
  client.Send(ArticleBytes("a1"));
  client.Send(ArticleBytes("a2"));
  ASSERT_TRUE(t.TurnUntil([&] { return !t.sink.journaling.empty(); }));
  t.JournalOldest(0);
  std::map<std::string, v1::Ack> acks;
  ASSERT_TRUE(t.TurnUntil([&] {
    for (v1::Ack ack; client.Receive(&ack, 0ms);) acks[ack.article_id()] = ack;
    return acks.size() == 2;
  }));
  EXPECT_EQ(t.sink.journaling, std::vector<Ids>{{"a1"}});
  EXPECT_EQ(acks["a1"].status(), v1::Ack::ACCEPTED);
  EXPECT_EQ(acks["a2"].status(), v1::Ack::BUSY);
  EXPECT_EQ(acks["a2"].reason(), t.sink.full_reason);
}

TEST(Intake, AFailedJournalWriteAnswersBusyNotAccepted) {
  IntakeUnderTest t;
  Client client(t.ctx, t.ack_endpoint);
  client.Send(ArticleBytes("a1"));
  ASSERT_TRUE(t.TurnUntil([&] { return !t.sink.journaling.empty(); }));
  t.intake.Journaled(Status::IoError("disk I/O error"), {});
  v1::Ack ack;
  ASSERT_TRUE(client.Receive(&ack));
  EXPECT_EQ(ack.status(), v1::Ack::BUSY) << "not journaled, so not accepted: the client retries";
  EXPECT_EQ(ack.article_id(), "a1");
  EXPECT_EQ(ack.reason(), "journal write failed: disk I/O error");
  EXPECT_GT(ack.retry_after_ms(), 0u);
  EXPECT_TRUE(t.sink.routed.empty()) << "nothing routed from a batch that was not journaled";
}

TEST(Intake, ADuplicateIsAnsweredWithWhatBecameOfTheFirst) {
  IntakeUnderTest t;
  t.sink.known_state = "in progress";
  Client client(t.ctx, t.ack_endpoint);
  client.Send(ArticleBytes("d1"));
  ASSERT_TRUE(t.TurnUntil([&] { return !t.sink.journaling.empty(); }));
  t.JournalOldest(0, AppendResult::kDuplicate);
  v1::Ack ack;
  ASSERT_TRUE(client.Receive(&ack));
  EXPECT_EQ(ack.status(), v1::Ack::DUPLICATE);
  EXPECT_EQ(ack.article_id(), "d1");
  EXPECT_EQ(ack.reason(), "article d1 was already accepted (in progress)");
  EXPECT_EQ(t.sink.described, Ids{"d1"});
  EXPECT_EQ(t.Counted("ack", "duplicate"), 1);
  EXPECT_EQ(t.Counted("ack", "accepted"), 0);
}

TEST(Intake, BatchesAreAnsweredInTheOrderTheyWereJournaled) {
  IntakeUnderTest t;
  Client first(t.ctx, t.ack_endpoint), second(t.ctx, t.ack_endpoint);
  first.Send(ArticleBytes("a1"));
  ASSERT_TRUE(t.TurnUntil([&] { return t.sink.journaling.size() == 1; }));
  second.Send(ArticleBytes("a2"));
  ASSERT_TRUE(t.TurnUntil([&] { return t.sink.journaling.size() == 2; }));
  t.JournalOldest(0);
  v1::Ack ack;
  ASSERT_TRUE(first.Receive(&ack));
  EXPECT_EQ(ack.article_id(), "a1");
  EXPECT_FALSE(second.Receive(&ack, 100ms)) << "its batch is not committed yet";
  t.JournalOldest(1);
  ASSERT_TRUE(second.Receive(&ack));
  EXPECT_EQ(ack.article_id(), "a2");
  EXPECT_EQ(ack.status(), v1::Ack::ACCEPTED);
  t.intake.Journaled(Status::Ok(), {});  // nothing pending: ignored
  EXPECT_FALSE(first.Receive(&ack, 0ms));
}

TEST(Intake, AfterStopNewArticlesAreAnsweredBusyShuttingDown) {
  IntakeUnderTest t;
  Client client(t.ctx, t.ack_endpoint);
  Client pusher(t.ctx, t.push_endpoint, zmq::socket_type::push);
  client.Send(ArticleBytes("before"));
  ASSERT_TRUE(t.TurnUntil([&] { return !t.sink.journaling.empty(); }));
  t.intake.Stop();
  EXPECT_TRUE(t.intake.stopped());
  client.Send(ArticleBytes("after"));
  pusher.Send(ArticleBytes("pushed"));
  v1::Ack ack;
  ASSERT_TRUE(t.TurnUntil([&] { return client.Receive(&ack, 0ms); }));
  EXPECT_EQ(ack.status(), v1::Ack::BUSY);
  EXPECT_EQ(ack.article_id(), "after");
  EXPECT_EQ(ack.reason(), "shutting down");
  EXPECT_EQ(ack.retry_after_ms(), t.config.busy_retry_ms * 5);
  t.TurnFor(200ms);
  EXPECT_EQ(t.sink.journaling, std::vector<Ids>{{"before"}}) << "neither socket admits anything new";

  t.JournalOldest(0);  // what was accepted before is still answered
  ASSERT_TRUE(client.Receive(&ack));
  EXPECT_EQ(ack.article_id(), "before");
  EXPECT_EQ(ack.status(), v1::Ack::ACCEPTED);
}

TEST(Intake, PushedArticlesAreReadWhenTheHubSaysAndJournaledAndRoutedWithoutAnAnswer) {
  IntakeUnderTest t;
  t.sink.may_read_push = false;  // e.g. the first stage's queue is full
  Client pusher(t.ctx, t.push_endpoint, zmq::socket_type::push);
  pusher.Send(ArticleBytes("p1"));
  pusher.Send("\x0a\xff");  // invalid: a dead letter, nobody to answer
  pusher.Send(ArticleBytes("p2"));
  t.TurnFor(200ms);
  EXPECT_TRUE(t.sink.journaling.empty() && t.sink.dead_letters.empty()) << "read while the hub said no";
  t.sink.may_read_push = true;
  size_t journaled = 0;
  ASSERT_TRUE(t.TurnUntil([&] {
    for (; journaled < t.sink.journaling.size(); ++journaled) t.JournalOldest(journaled);
    return t.sink.routed.size() == 2;
  }));
  EXPECT_EQ(t.sink.routed_now, (Ids{"p1", "p2"}));
  EXPECT_EQ(t.sink.routed, (Routes{{"p1", ArticleBytes("p1"), true, kAccepted},
                                   {"p2", ArticleBytes("p2"), true, kAccepted}}));
  ASSERT_EQ(t.sink.dead_letters.size(), 1u);
  EXPECT_EQ(t.sink.dead_letters[0].stage(), "ingest");
  EXPECT_EQ(t.Counted("push", "accepted"), 2);
  EXPECT_EQ(t.Counted("push", "rejected"), 1);
}

TEST(Intake, APushedBatchThatCannotBeJournaledIsKeptAsDeadLetters) {
  IntakeUnderTest t;
  Client pusher(t.ctx, t.push_endpoint, zmq::socket_type::push);
  const std::string bytes = ArticleBytes("p1");
  pusher.Send(bytes);
  ASSERT_TRUE(t.TurnUntil([&] { return !t.sink.journaling.empty(); }));
  t.intake.Journaled(Status::IoError("disk full"), {});
  ASSERT_EQ(t.sink.dead_letters.size(), 1u);
  const v1::DeadLetter& letter = t.sink.dead_letters[0];
  EXPECT_EQ(letter.article_id(), "p1");
  EXPECT_EQ(letter.original(), bytes);
  EXPECT_EQ(letter.reason(),
            "journal write failed: disk full (it was already on its way and may still be stored)");
  EXPECT_TRUE(t.sink.routed.empty());
}

TEST(Intake, WithAsManyBatchesAsMayBeJournaledTheSocketsWait) {
  IntakeUnderTest t;
  Client client(t.ctx, t.ack_endpoint);
  for (size_t i = 0; i < Intake::kMaxPendingBatches; ++i) {
    client.Send(ArticleBytes("a" + std::to_string(i)));
    ASSERT_TRUE(t.TurnUntil([&] { return t.sink.journaling.size() == i + 1; }));
  }
  EXPECT_TRUE(t.intake.busy());
  client.Send(ArticleBytes("next"));
  t.TurnFor(200ms);
  EXPECT_EQ(t.sink.journaling.size(), Intake::kMaxPendingBatches) << "nothing read while busy";
  t.JournalOldest(0);
  EXPECT_FALSE(t.intake.busy());
  ASSERT_TRUE(t.TurnUntil([&] { return t.sink.journaling.size() == Intake::kMaxPendingBatches + 1; }));
  EXPECT_EQ(t.sink.journaling.back(), Ids{"next"});
  v1::Ack ack;
  ASSERT_TRUE(client.Receive(&ack));
  EXPECT_EQ(ack.article_id(), "a0");
}

}  // namespace
}  // namespace tidings::daemon

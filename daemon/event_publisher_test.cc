#include "daemon/event_publisher.h"

#include <gtest/gtest.h>

#include <chrono>
#include <utility>
#include <vector>

#include "tidings/topics.h"

namespace tidings::daemon {
namespace {

using namespace std::chrono_literals;
using Events = google::protobuf::RepeatedPtrField<v1::Event>;

v1::Event MakeEvent(const std::string& id, const std::string& code, const std::string& source,
                    const std::string& target) {
  v1::Event e;
  e.set_id(id);
  e.set_article_id("art1");
  e.set_code(code);
  e.set_root(code.substr(0, 2));
  if (!source.empty()) e.mutable_source()->set_code(source);
  if (!target.empty()) e.mutable_target()->set_code(target);
  e.set_goldstein(3.5);
  return e;
}

Events Batch(std::vector<v1::Event> events) {
  Events out;
  for (auto& e : events) *out.Add() = std::move(e);
  return out;
}

// A SUB client with one subscription. Events with id "probe" only tell that it is connected
// and subscribed (a PUB drops what it sends before then); one with id "barrier" that every
// event published before it has arrived (one connection keeps the order).
struct Subscriber {
  zmq::socket_t socket;
  int probes = 0;
  Subscriber(zmq::context_t& ctx, const std::string& endpoint, const std::string& topic)
      : socket(ctx, zmq::socket_type::sub) {
    socket.set(zmq::sockopt::linger, 0);
    socket.set(zmq::sockopt::subscribe, topic);
    socket.connect(endpoint);
  }
  // The next message, waiting up to `timeout`: its topic frame and event. Counts probes.
  bool Receive(std::string* topic, v1::Event* event, std::chrono::milliseconds timeout) {
    zmq::pollitem_t item{socket.handle(), 0, ZMQ_POLLIN, 0};
    if (PollSockets(&item, 1, timeout) == 0) return false;
    std::vector<zmq::message_t> frames;
    if (!RecvMultipart(socket, &frames)) return false;
    EXPECT_EQ(frames.size(), 2u) << "[topic][Event]";
    if (frames.size() != 2) return false;
    *topic = frames[0].to_string();
    EXPECT_TRUE(FromBytes(frames[1].data(), frames[1].size(), event)) << *topic;
    if (event->id() == "probe") ++probes;
    return true;
  }
  // Every (topic, event id) received before the next barrier, probes left out.
  std::vector<std::pair<std::string, std::string>> UntilBarrier() {
    std::vector<std::pair<std::string, std::string>> seen;
    std::string topic;
    for (v1::Event event; Receive(&topic, &event, 5s);) {
      if (event.id() == "barrier") return seen;
      if (event.id() != "probe") seen.emplace_back(topic, event.id());
    }
    ADD_FAILURE() << "no barrier within 5 s";
    return seen;
  }
};

struct PublisherUnderTest {
  zmq::context_t ctx{1};
  MetricsRegistry metrics;
  EventPublisher publisher{ctx, metrics};
  std::string endpoint;
  PublisherUnderTest() {
    Status s = publisher.Bind("tcp://127.0.0.1:*", {}, &endpoint);
    EXPECT_TRUE(s.ok()) << s.ToString();
  }
  // Publishes `probes` until every subscriber has received one; false after 5 s.
  bool Join(const std::vector<Subscriber*>& subscribers, const Events& probes) {
    for (auto until = std::chrono::steady_clock::now() + 5s; std::chrono::steady_clock::now() < until;) {
      publisher.Publish(probes);
      bool all = true;
      for (Subscriber* s : subscribers) {
        std::string topic;
        v1::Event event;
        while (s->probes == 0 && s->Receive(&topic, &event, 10ms)) {
        }
        all = all && s->probes > 0;
      }
      if (all) return true;
    }
    return false;
  }
  double Published() { return metrics.GetCounter("tidings_events_published_total", "Events published").value(); }
};

TEST(EventPublisher, ASubscriberToATopicReceivesTheEventBehindItsTopicFrame) {
  PublisherUnderTest t;
  Subscriber root05(t.ctx, t.endpoint, "cameo/05");
  ASSERT_TRUE(t.Join({&root05}, Batch({MakeEvent("probe", "050", "USA", "RUS")})));

  v1::Event sent = MakeEvent("art1:0:0", "057", "TURGOV", "AZE");
  sent.set_sentence("Turkey signed an agreement with Azerbaijan.");
  EXPECT_EQ(t.publisher.Publish(Batch({sent})), 1u);
  // Received before the barrier so that a stray probe is told apart from the event.
  std::string topic;
  v1::Event got;
  for (bool more = true; more;) {
    ASSERT_TRUE(root05.Receive(&topic, &got, 5s));
    more = got.id() == "probe";
  }
  EXPECT_EQ(topic, "cameo/057/TURGOV/AZE");
  EXPECT_EQ(topic, CameoTopic(sent));
  EXPECT_EQ(got.SerializeAsString(), sent.SerializeAsString()) << "the event as given";
}

TEST(EventPublisher, ASubscriberToAnotherTopicDoesNotReceiveIt) {
  PublisherUnderTest t;
  Subscriber root05(t.ctx, t.endpoint, "cameo/05"), root19(t.ctx, t.endpoint, "cameo/19");
  ASSERT_TRUE(t.Join({&root05, &root19},
                     Batch({MakeEvent("probe", "050", "USA", "RUS"), MakeEvent("probe", "190", "USA", "RUS")})));

  t.publisher.Publish(Batch({MakeEvent("e1", "057", "TURGOV", "AZE")}));
  t.publisher.Publish(Batch({MakeEvent("barrier", "051", "", ""), MakeEvent("barrier", "191", "", "")}));
  EXPECT_EQ(root05.UntilBarrier(), (std::vector<std::pair<std::string, std::string>>{{"cameo/057/TURGOV/AZE", "e1"}}));
  EXPECT_TRUE(root19.UntilBarrier().empty()) << "cameo/19 got an event of root 05";
}

TEST(EventPublisher, EachEventIsPublishedOncePerTopicTree) {
  PublisherUnderTest t;
  Subscriber all(t.ctx, t.endpoint, ""), dyad(t.ctx, t.endpoint, "actor/TUR/AZE");
  ASSERT_TRUE(t.Join({&all, &dyad}, Batch({MakeEvent("probe", "010", "TURGOV", "AZE")})));

  const double before = t.Published();
  Events events = Batch({MakeEvent("e1", "057", "TURGOV", "AZE"), MakeEvent("e2", "190", "RUSMIL", "")});
  EXPECT_EQ(t.publisher.Publish(events), 2u);
  EXPECT_EQ(t.Published() - before, 2) << "one per event, not per topic";
  t.publisher.Publish(Batch({MakeEvent("barrier", "010", "TURGOV", "AZE")}));

  using Seen = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(all.UntilBarrier(), (Seen{{"cameo/057/TURGOV/AZE", "e1"},
                                      {"actor/TUR/AZE/057", "e1"},
                                      {"cameo/190/RUSMIL/-", "e2"},
                                      {"actor/RUS/-/190", "e2"}}));
  EXPECT_EQ(dyad.UntilBarrier(), (Seen{{"actor/TUR/AZE/057", "e1"}}));
}

}  // namespace
}  // namespace tidings::daemon

#include "acked_pusher.h"

#include <deque>
#include <map>
#include <random>
#include <thread>

#include <fmt/format.h>

namespace tidings::testing {

using Clock = std::chrono::steady_clock;

AckedPushResult PushAllAcked(zmq::context_t& ctx, const std::function<std::string()>& endpoint,
                             const std::vector<v1::Article>& articles, int window,
                             std::chrono::seconds deadline, std::chrono::milliseconds silence,
                             const std::function<void(zmq::socket_t&)>& setup) {
  AckedPushResult r;
  std::deque<size_t> todo;
  for (size_t i = 0; i < articles.size(); ++i) todo.push_back(i);
  std::multimap<Clock::time_point, size_t> retry_at;
  std::map<std::string, size_t> outstanding;
  std::vector<std::string> bytes(articles.size());
  for (size_t i = 0; i < articles.size(); ++i) bytes[i] = articles[i].SerializeAsString();

  std::unique_ptr<zmq::socket_t> socket;
  auto connect = [&]() -> bool {
    std::string ep = endpoint();
    if (ep.empty()) return false;
    socket = std::make_unique<zmq::socket_t>(ctx, zmq::socket_type::dealer);
    socket->set(zmq::sockopt::linger, 0);
    if (setup) setup(*socket);
    socket->connect(ep);
    return true;
  };
  const auto end = Clock::now() + deadline;
  auto last_reply = Clock::now();
  while (!connect()) {
    if (Clock::now() > end) return r;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  while ((!todo.empty() || !retry_at.empty() || !outstanding.empty()) && Clock::now() < end) {
    auto now = Clock::now();
    while (!retry_at.empty() && retry_at.begin()->first <= now) {
      todo.push_back(retry_at.begin()->second);
      retry_at.erase(retry_at.begin());
    }
    while (!todo.empty() && static_cast<int>(outstanding.size()) < window) {
      size_t i = todo.front();
      // Never block in send: a client blocked here reads no replies, and the daemon drops
      // replies to a client whose receive queue is full.
      if (!socket->send(zmq::message_t(), zmq::send_flags::sndmore | zmq::send_flags::dontwait)) break;
      socket->send(zmq::buffer(bytes[i]), zmq::send_flags::none);  // parts of a message go together
      todo.pop_front();
      if (outstanding.empty()) last_reply = now;  // the silence clock starts with the first send
      outstanding[articles[i].id()] = i;
    }
    zmq::pollitem_t items[] = {{socket->handle(), 0, ZMQ_POLLIN, 0}};
    zmq::poll(items, 1, std::chrono::milliseconds(20));
    while (true) {
      zmq::message_t delim, body;
      if (!socket->recv(delim, zmq::recv_flags::dontwait)) break;
      if (!delim.more() || !socket->recv(body, zmq::recv_flags::dontwait)) continue;
      v1::Ack ack;
      if (!ack.ParseFromArray(body.data(), static_cast<int>(body.size()))) continue;
      last_reply = Clock::now();
      auto it = outstanding.find(ack.article_id());
      if (it == outstanding.end()) continue;
      size_t i = it->second;
      outstanding.erase(it);
      switch (ack.status()) {
        case v1::Ack::ACCEPTED: ++r.accepted; r.acknowledged.insert(ack.article_id()); break;
        case v1::Ack::DUPLICATE: ++r.duplicate; r.acknowledged.insert(ack.article_id()); break;
        case v1::Ack::REJECTED: ++r.rejected; break;
        default:
          ++r.busy;
          retry_at.emplace(Clock::now() + std::chrono::milliseconds(std::max(5u, ack.retry_after_ms())), i);
      }
    }
    if (!outstanding.empty() && Clock::now() - last_reply > silence) {
      // The daemon is gone (or dropped replies): reconnect and send the unanswered again.
      // Articles it had journaled come back as DUPLICATE, which still means acknowledged.
      socket.reset();
      while (!connect()) {
        if (Clock::now() > end) return r;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
      for (auto& [id, i] : outstanding) todo.push_front(i);
      r.resent += outstanding.size();
      outstanding.clear();
      last_reply = Clock::now();
    }
  }
  r.finished = todo.empty() && retry_at.empty() && outstanding.empty();
  return r;
}

std::vector<v1::Article> GenerateNewsArticles(size_t count, const std::string& id_prefix, unsigned seed) {
  static const char* kCountries[][2] = {
      {"Turkey", "Turkish"},   {"Azerbaijan", "Azerbaijani"}, {"France", "French"},
      {"Germany", "German"},   {"Japan", "Japanese"},         {"Brazil", "Brazilian"},
      {"India", "Indian"},     {"Egypt", "Egyptian"},         {"Kenya", "Kenyan"},
      {"Mexico", "Mexican"},   {"Canada", "Canadian"},        {"Poland", "Polish"},
      {"Spain", "Spanish"},    {"Italy", "Italian"},          {"Nigeria", "Nigerian"},
      {"Pakistan", "Pakistani"}, {"Greece", "Greek"},         {"Sweden", "Swedish"},
      {"Chile", "Chilean"},    {"Vietnam", "Vietnamese"},     {"Iran", "Iranian"},
      {"Israel", "Israeli"},   {"Ukraine", "Ukrainian"},      {"Russia", "Russian"},
      {"China", "Chinese"},    {"Australia", "Australian"},   {"Argentina", "Argentine"},
      {"Peru", "Peruvian"},    {"Norway", "Norwegian"},       {"Morocco", "Moroccan"}};
  static const char* kTemplates[] = {
      "{A} President pledged support to {B} on Tuesday.",
      "{a} officials signed a trade agreement with {B} on Monday.",
      "The government of {A} condemned {B} on Wednesday.",
      "{A} accused {B} of violating the ceasefire on Thursday.",
      "{a} Foreign Minister met with officials from {B} on Friday.",
      "{A} praised {B} for its help after the floods on Sunday.",
      "Police in {A} arrested citizens of {B} on Saturday.",
      "{A} threatened {B} with sanctions on Tuesday.",
  };
  const size_t n = std::size(kCountries), t = std::size(kTemplates);
  std::mt19937 rng(seed);
  std::vector<v1::Article> out;
  out.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    auto fill = [&](std::string s) {
      size_t a = rng() % n, b = (a + 1 + rng() % (n - 1)) % n;
      for (auto [key, value] : {std::pair{"{A}", kCountries[a][0]}, std::pair{"{a}", kCountries[a][1]},
                                std::pair{"{B}", kCountries[b][0]}}) {
        for (size_t p; (p = s.find(key)) != std::string::npos;) s.replace(p, 3, value);
      }
      return s;
    };
    std::string text = fill(kTemplates[rng() % t]) + "\n\n" + fill(kTemplates[rng() % t]) +
                       "\n\nThe report was number " + std::to_string(i) + " of the day.\n\n" +
                       // Distinct names and numbers per article, so that no two generated
                       // articles are near-duplicates (which the store would count as copies).
                       fmt::format("Dispatch {} from desk {}, file {}, edition E{}.\n", 1000 + i, 7 * i + 3,
                                   7919 * i % 100000, i);
    v1::Article a;
    a.set_id(fmt::format("{}-{:05}", id_prefix, i));
    a.set_text(text);
    a.set_title(fmt::format("World news {}", i));
    a.set_source("Generated Wire");
    a.set_published("2024-03-14");
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace tidings::testing

// Test support: a real HTTP/1.1 server on a loopback address (127.0.0.1 by default; 127.0.0.2
// and the rest of 127/8 are distinct hosts on Linux) with an ephemeral port, serving canned
// or computed responses per request target and recording every request with its timestamps.
// Written with Boost.Asio because no Debian library offers an embeddable test server; it
// understands just enough HTTP (request line + headers, no request bodies).
#pragma once

#include <boost/asio.hpp>

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace tidings::fetch::testing {

struct CannedResponse {
  int status = 200;
  std::string reason = "OK";
  std::vector<std::pair<std::string, std::string>> headers;  // Content-Length is added
  std::string body;
  std::chrono::milliseconds delay{0};  // wait this long before answering
  // Never ends: no Content-Length, `body` (or filler) written again and again until the
  // client hangs up (or 1 GiB, a safety stop).
  bool endless = false;
};

// A 200 response with `body` and its Content-Type.
CannedResponse Page(std::string body, std::string content_type = "text/html; charset=utf-8");

// `data` gzip-compressed, for a response with Content-Encoding: gzip.
std::string Gzip(const std::string& data);

// An RSS 2.0 document with these items, for feed tests.
struct RssItem {
  std::string title, link, guid, date;  // date as RFC 822 ("Mon, 01 Nov 2021 10:00:00 GMT")
};
std::string RssDocument(const std::vector<RssItem>& items, const std::string& title = "Example News");

// One request as the server saw it.
struct RecordedRequest {
  std::string method, target, head;  // head: request line and headers
  std::chrono::steady_clock::time_point received;   // request head complete (as this server saw it)
  std::chrono::steady_clock::time_point finished;   // response written (or connection dropped)
  // When the request's first bytes reached this host: the kernel's receive timestamp, free of
  // this server's scheduling delays (what politeness is judged by).
  std::chrono::system_clock::time_point arrived;
  // The value of a request header (name case-insensitive), "" when absent.
  std::string Header(const std::string& name) const;
};

// Serves requests on its own thread until destroyed. Routes may be added at any time.
// Unknown targets get a 404. Every response closes the connection. Thread-safe.
class TestHttpServer {
 public:
  using Handler = std::function<CannedResponse(const RecordedRequest&)>;

  explicit TestHttpServer(const std::string& address = "127.0.0.1");
  ~TestHttpServer();
  TestHttpServer(const TestHttpServer&) = delete;
  TestHttpServer& operator=(const TestHttpServer&) = delete;

  // `target` is the path and query exactly as requested ("/feed.xml", "/a?b=1").
  void Route(const std::string& target, CannedResponse response);
  // The n-th request for `target` gets responses[n]; the last one repeats.
  void RouteSequence(const std::string& target, std::vector<CannedResponse> responses);
  // Computes the response per request (e.g. 304 for a matching If-None-Match).
  void Handle(const std::string& target, Handler handler);

  // "http://<address>:<port><target>"
  std::string Url(const std::string& target) const;
  std::string address() const { return address_; }
  unsigned short port() const { return port_; }
  // Number of requests received so far for `target`.
  int Hits(const std::string& target);
  // The request head last received for `target`, "" if none.
  std::string LastRequest(const std::string& target);
  // Every request so far, in arrival order (finished is set once the response is written).
  std::vector<RecordedRequest> Requests();
  // The most requests ever open at once (received, response not yet written).
  int MaxConcurrent();

 private:
  void Accept();
  // Records the request and picks its response; returns the request's index.
  size_t Lookup(const std::string& method, const std::string& target, const std::string& head,
                std::chrono::system_clock::time_point arrived, CannedResponse* response);
  void Finished(size_t index);

  boost::asio::io_context io_;
  boost::asio::ip::tcp::acceptor acceptor_;
  std::string address_;
  unsigned short port_ = 0;
  std::mutex mu_;
  std::map<std::string, std::vector<CannedResponse>> routes_;
  std::map<std::string, Handler> handlers_;
  std::map<std::string, int> hits_;
  std::vector<RecordedRequest> requests_;
  int open_ = 0, max_open_ = 0;
  std::shared_ptr<std::atomic<bool>> alive_ = std::make_shared<std::atomic<bool>>(true);
  std::thread thread_;
};

}  // namespace tidings::fetch::testing

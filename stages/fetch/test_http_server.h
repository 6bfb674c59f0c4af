// Test support: a real HTTP/1.1 server on 127.0.0.1 with an ephemeral port, serving canned
// responses per path. Written with Boost.Asio because no Debian library offers an embeddable
// test server; it understands just enough HTTP (request line + headers, no request bodies).
#pragma once

#include <boost/asio.hpp>

#include <atomic>
#include <chrono>
#include <map>
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
};

// Serves requests on its own thread until destroyed. Routes may be added at any time.
// Unknown paths get a 404. Every response closes the connection.
class TestHttpServer {
 public:
  TestHttpServer();
  ~TestHttpServer();
  TestHttpServer(const TestHttpServer&) = delete;
  TestHttpServer& operator=(const TestHttpServer&) = delete;

  void Route(const std::string& path, CannedResponse response);
  // "http://127.0.0.1:<port><path>"
  std::string Url(const std::string& path) const;
  unsigned short port() const { return port_; }
  // Number of requests answered so far for `path`.
  int Hits(const std::string& path);
  // The request head (request line and headers) last received for `path`, "" if none.
  std::string LastRequest(const std::string& path);

 private:
  void Accept();
  void Serve(boost::asio::ip::tcp::socket socket);

  boost::asio::io_context io_;
  boost::asio::ip::tcp::acceptor acceptor_;
  unsigned short port_ = 0;
  std::mutex mu_;
  std::map<std::string, CannedResponse> routes_;
  std::map<std::string, int> hits_;
  std::map<std::string, std::string> last_request_;
  std::thread thread_;
};

}  // namespace tidings::fetch::testing

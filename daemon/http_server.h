// A small HTTP/1.1 server on Boost.Asio (parsing by Boost.Beast) for the daemon's loopback
// endpoints: /healthz, /metrics and whatever else the daemon registers. GET and HEAD only;
// keep-alive; bounded request size; idle connections time out.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include <boost/asio/io_context.hpp>

#include "tidings/status.h"

namespace tidings::daemon {

struct HttpRequest {
  std::string method;  // "GET" or "HEAD"
  std::string target;  // as sent: "/metrics?x=1"
  std::string path;    // "/metrics"
  std::string query;   // "x=1" (no '?'), empty when absent
};

// The integer value of query parameter `key` ("since=5&n=2"), or `fallback` when it is absent
// or not an integer.
int64_t QueryInt(std::string_view query, std::string_view key, int64_t fallback);

struct HttpResponse {
  int status = 200;
  std::string content_type = "text/plain; charset=utf-8";
  std::string body;
};

// Called on an io_context thread for each request to its path; must not block for long.
// When several threads run the io_context, handlers of different connections may run
// concurrently.
// An exception thrown by a handler becomes a 500 response with its message.
using HttpHandler = std::function<HttpResponse(const HttpRequest&)>;

struct HttpServerOptions {
  std::size_t max_request_bytes = 8192;     // request line + headers + body; larger: 431/413
  std::chrono::milliseconds idle_timeout{10'000};  // closes a connection that sends nothing
  std::size_t max_connections = 64;         // further connections are closed at once
};

// Thread-safety: AddRoute(), port() and Stop() may be called from any thread; the io_context
// may be run by one or several threads (each connection runs on its own strand). The
// io_context must outlive the server. The server may be destroyed at any time: pending
// operations keep the shared state alive and are cancelled by Stop()/destruction.
class HttpServer {
 public:
  explicit HttpServer(boost::asio::io_context& io, HttpServerOptions options = {});
  ~HttpServer();  // calls Stop()
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Serves `handler` for exactly `path` (no prefix matching). Replaces an earlier handler.
  void AddRoute(const std::string& path, HttpHandler handler);

  // Binds `address`:`port` (port 0 = an ephemeral port, see port()) and starts accepting.
  // Errors name the address, e.g. "cannot listen on 127.0.0.1:9100: Address already in use".
  Status Start(const std::string& address, uint16_t port);

  // The bound port (0 before Start succeeded).
  uint16_t port() const;

  // Stops accepting and closes every open connection. Idempotent.
  void Stop();

 private:
  friend class HttpSession;  // one connection, defined in http_server.cc
  struct State;
  std::shared_ptr<State> state_;
};

}  // namespace tidings::daemon

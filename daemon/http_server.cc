#include "daemon/http_server.h"

#include <atomic>
#include <charconv>
#include <map>
#include <mutex>
#include <optional>
#include <unordered_map>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace tidings::daemon {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;

class HttpSession;

struct HttpServer::State : std::enable_shared_from_this<HttpServer::State> {
  State(asio::io_context& io, HttpServerOptions opts)
      : io(io), options(opts), acceptor(asio::make_strand(io)) {}

  void Accept();
  HttpResponse Dispatch(const HttpRequest& request);

  asio::io_context& io;
  const HttpServerOptions options;
  tcp::acceptor acceptor;
  std::atomic<uint16_t> port{0};
  std::atomic<bool> stopped{false};

  std::mutex mu;  // guards routes and sessions
  std::map<std::string, HttpHandler> routes;
  std::unordered_map<HttpSession*, std::weak_ptr<HttpSession>> sessions;
};

namespace {

HttpResponse PlainError(int status, std::string message) {
  return HttpResponse{status, "text/plain; charset=utf-8", std::move(message) + "\n"};
}

// The reason for a failed read: a response to send, or nullopt to just close (the peer went
// away, timed out, or we are stopping).
std::optional<HttpResponse> ReadFailureResponse(const beast::error_code& ec, std::size_t limit) {
  if (ec == http::error::header_limit || ec == http::error::buffer_overflow) {
    return PlainError(431, "request header fields too large (limit " + std::to_string(limit) +
                               " bytes)");
  }
  if (ec == http::error::body_limit) {
    return PlainError(413, "request body too large (limit " + std::to_string(limit) + " bytes)");
  }
  if (ec.category() == beast::error_code(http::error::end_of_stream).category() &&
      ec != http::error::end_of_stream && ec != http::error::partial_message) {
    return PlainError(400, "bad request: " + ec.message());
  }
  return std::nullopt;
}

}  // namespace

// One connection: read a request, answer it, repeat while keep-alive. All its operations run
// on its own strand.
class HttpSession : public std::enable_shared_from_this<HttpSession> {
 public:
  HttpSession(tcp::socket socket, std::shared_ptr<HttpServer::State> server)
      : stream_(std::move(socket)),
        server_(std::move(server)),
        buffer_(server_->options.max_request_bytes) {}

  ~HttpSession() {
    std::lock_guard lock(server_->mu);
    server_->sessions.erase(this);
  }

  void Start() {
    {
      std::lock_guard lock(server_->mu);
      server_->sessions.emplace(this, weak_from_this());
    }
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->Read(); });
  }

  // Safe from any thread.
  void Close() {
    asio::post(stream_.get_executor(), [self = shared_from_this()] {
      beast::error_code ignored;
      self->stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
      self->stream_.close();
    });
  }

 private:
  void Read() {
    if (server_->stopped) return;
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(server_->options.max_request_bytes));
    parser_->body_limit(server_->options.max_request_bytes);
    stream_.expires_after(server_->options.idle_timeout);
    http::async_read(stream_, buffer_, *parser_,
                     [self = shared_from_this()](beast::error_code ec, std::size_t) {
                       self->OnRead(ec);
                     });
  }

  void OnRead(beast::error_code ec) {
    if (ec) {
      std::optional<HttpResponse> failure =
          ReadFailureResponse(ec, server_->options.max_request_bytes);
      if (!failure) {
        beast::error_code ignored;
        stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
        return;
      }
      Write(*failure, /*keep_alive=*/false, /*head=*/false, 11);
      return;
    }
    const auto& req = parser_->get();
    HttpRequest request;
    request.method = std::string(req.method_string());
    request.target = std::string(req.target());
    const auto question = request.target.find('?');
    request.path = request.target.substr(0, question);
    if (question != std::string::npos) request.query = request.target.substr(question + 1);

    HttpResponse response;
    const bool head = req.method() == http::verb::head;
    if (req.method() != http::verb::get && !head) {
      response = PlainError(405, "method " + request.method + " not allowed: use GET");
    } else if (request.path.empty() || request.path[0] != '/') {
      response = PlainError(400, "bad request target '" + request.target + "'");
    } else {
      response = server_->Dispatch(request);
    }
    Write(response, req.keep_alive(), head, req.version());
  }

  void Write(const HttpResponse& response, bool keep_alive, bool head, unsigned version) {
    auto res = std::make_shared<http::response<http::string_body>>();
    res->version(version);
    res->result(static_cast<unsigned>(response.status));
    res->set(http::field::server, "tidingsd");
    res->set(http::field::content_type, response.content_type);
    res->set(http::field::cache_control, "no-store");
    if (response.status == 405) res->set(http::field::allow, "GET, HEAD");
    res->keep_alive(keep_alive);
    res->body() = response.body;
    res->prepare_payload();
    if (head) res->body().clear();  // Content-Length stays that of the GET response
    stream_.expires_after(server_->options.idle_timeout);
    http::async_write(stream_, *res,
                      [self = shared_from_this(), res, keep_alive](beast::error_code ec,
                                                                   std::size_t) {
                        if (ec) return;
                        if (keep_alive) {
                          self->Read();
                        } else {
                          beast::error_code ignored;
                          self->stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
                        }
                      });
  }

  beast::tcp_stream stream_;
  std::shared_ptr<HttpServer::State> server_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
};

HttpResponse HttpServer::State::Dispatch(const HttpRequest& request) {
  HttpHandler handler;
  {
    std::lock_guard lock(mu);
    auto it = routes.find(request.path);
    if (it == routes.end()) return PlainError(404, "no such path: " + request.path);
    handler = it->second;
  }
  try {
    return handler(request);
  } catch (const std::exception& e) {
    return PlainError(500, "internal error serving " + request.path + ": " + e.what());
  }
}

void HttpServer::State::Accept() {
  acceptor.async_accept(
      asio::make_strand(io), [self = shared_from_this()](beast::error_code ec, tcp::socket socket) {
        if (ec == asio::error::operation_aborted || self->stopped) return;
        if (!ec) {
          std::size_t open;
          {
            std::lock_guard lock(self->mu);
            open = self->sessions.size();
          }
          if (open >= self->options.max_connections) {
            beast::error_code ignored;
            socket.close(ignored);  // over the limit: refuse rather than grow
          } else {
            std::make_shared<HttpSession>(std::move(socket), self)->Start();
          }
        }
        // Errors of one accept (e.g. EMFILE) must not stop the server: keep accepting.
        self->Accept();
      });
}

int64_t QueryInt(std::string_view query, std::string_view key, int64_t fallback) {
  while (!query.empty()) {
    const size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    const size_t eq = pair.find('=');
    if (eq == std::string_view::npos || pair.substr(0, eq) != key) continue;
    std::string_view value = pair.substr(eq + 1);
    int64_t out = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), out);
    return ec == std::errc() && end == value.data() + value.size() ? out : fallback;
  }
  return fallback;
}

HttpServer::HttpServer(asio::io_context& io, HttpServerOptions options)
    : state_(std::make_shared<State>(io, options)) {}

HttpServer::~HttpServer() { Stop(); }

void HttpServer::AddRoute(const std::string& path, HttpHandler handler) {
  std::lock_guard lock(state_->mu);
  state_->routes[path] = std::move(handler);
}

Status HttpServer::Start(const std::string& address, uint16_t port) {
  const std::string where = address + ":" + std::to_string(port);
  beast::error_code ec;
  const auto ip = asio::ip::make_address(address, ec);
  if (ec) return Status::InvalidInput("cannot listen on " + where + ": not an IP address");
  const tcp::endpoint endpoint(ip, port);
  state_->acceptor.open(endpoint.protocol(), ec);
  if (!ec) state_->acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) state_->acceptor.bind(endpoint, ec);
  if (!ec) state_->acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    beast::error_code ignored;
    state_->acceptor.close(ignored);
    return Status::IoError("cannot listen on " + where + ": " + ec.message());
  }
  state_->port = state_->acceptor.local_endpoint().port();
  asio::post(state_->acceptor.get_executor(), [state = state_] { state->Accept(); });
  return Status::Ok();
}

uint16_t HttpServer::port() const { return state_->port; }

void HttpServer::Stop() {
  if (state_->stopped.exchange(true)) return;
  asio::post(state_->acceptor.get_executor(), [state = state_] {
    beast::error_code ignored;
    state->acceptor.close(ignored);
  });
  std::vector<std::shared_ptr<HttpSession>> open;
  {
    std::lock_guard lock(state_->mu);
    for (auto& [ptr, weak] : state_->sessions) {
      if (auto session = weak.lock()) open.push_back(std::move(session));
    }
  }
  for (auto& session : open) session->Close();
}

}  // namespace tidings::daemon

#include "fetch/test_http_server.h"

#include <functional>
#include <memory>
#include <sstream>

namespace tidings::fetch::testing {

namespace asio = boost::asio;
using asio::ip::tcp;

namespace {

// One connection: read the request head, look up the route, optionally wait, answer, close.
class Connection : public std::enable_shared_from_this<Connection> {
 public:
  using Lookup = std::function<CannedResponse(const std::string& path, const std::string& head)>;
  Connection(tcp::socket socket, Lookup lookup)
      : socket_(std::move(socket)), timer_(socket_.get_executor()), lookup_(std::move(lookup)) {}

  void Start() {
    auto self = shared_from_this();
    asio::async_read_until(socket_, request_, "\r\n\r\n",
                           [self](boost::system::error_code ec, size_t) {
                             if (!ec) self->OnRequest();
                           });
  }

 private:
  void OnRequest() {
    std::string head(asio::buffers_begin(request_.data()), asio::buffers_end(request_.data()));
    std::istringstream in(head);
    std::string method, target;
    in >> method >> target;
    CannedResponse r = lookup_(target, head);
    std::ostringstream out;
    out << "HTTP/1.1 " << r.status << ' ' << r.reason << "\r\n";
    for (const auto& [name, value] : r.headers) out << name << ": " << value << "\r\n";
    out << "Content-Length: " << r.body.size() << "\r\nConnection: close\r\n\r\n";
    if (method != "HEAD") out << r.body;
    response_ = out.str();
    auto self = shared_from_this();
    if (r.delay.count() > 0) {
      timer_.expires_after(r.delay);
      timer_.async_wait([self](boost::system::error_code ec) {
        if (!ec) self->Write();
      });
    } else {
      Write();
    }
  }

  void Write() {
    auto self = shared_from_this();
    asio::async_write(socket_, asio::buffer(response_), [self](boost::system::error_code, size_t) {
      boost::system::error_code ignored;
      self->socket_.shutdown(tcp::socket::shutdown_both, ignored);
      self->socket_.close(ignored);
    });
  }

  tcp::socket socket_;
  asio::steady_timer timer_;
  Lookup lookup_;
  asio::streambuf request_;
  std::string response_;
};

}  // namespace

TestHttpServer::TestHttpServer() : acceptor_(io_, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)) {
  port_ = acceptor_.local_endpoint().port();
  Accept();
  thread_ = std::thread([this] { io_.run(); });
}

TestHttpServer::~TestHttpServer() {
  io_.stop();
  thread_.join();
}

void TestHttpServer::Route(const std::string& path, CannedResponse response) {
  std::lock_guard lock(mu_);
  routes_[path] = std::move(response);
}

std::string TestHttpServer::Url(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(port_) + path;
}

int TestHttpServer::Hits(const std::string& path) {
  std::lock_guard lock(mu_);
  return hits_[path];
}

std::string TestHttpServer::LastRequest(const std::string& path) {
  std::lock_guard lock(mu_);
  auto it = last_request_.find(path);
  return it == last_request_.end() ? std::string() : it->second;
}

void TestHttpServer::Accept() {
  acceptor_.async_accept([this](boost::system::error_code ec, tcp::socket socket) {
    if (ec) return;
    auto lookup = [this](const std::string& path, const std::string& head) {
      std::lock_guard lock(mu_);
      ++hits_[path];
      last_request_[path] = head;
      auto it = routes_.find(path);
      if (it != routes_.end()) return it->second;
      CannedResponse missing;
      missing.status = 404;
      missing.reason = "Not Found";
      missing.headers = {{"Content-Type", "text/html"}};
      missing.body = "<html><body>no such page</body></html>";
      return missing;
    };
    std::make_shared<Connection>(std::move(socket), lookup)->Start();
    Accept();
  });
}

}  // namespace tidings::fetch::testing

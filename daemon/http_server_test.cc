#include "daemon/http_server.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace tidings::daemon {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;

// A server on 127.0.0.1:<ephemeral> with its io_context run by two threads.
class HttpServerTest : public ::testing::Test {
 protected:
  void SetUp() override { MakeServer(); }

  // (Re)creates the server with the current options_ and the test routes.
  void MakeServer() {
    server_ = std::make_unique<HttpServer>(io_, options_);
    server_->AddRoute("/healthz", [](const HttpRequest&) {
      return HttpResponse{200, "text/plain; charset=utf-8", "ok\n"};
    });
    server_->AddRoute("/echo", [](const HttpRequest& r) {
      return HttpResponse{200, "text/plain", r.method + " " + r.path + " [" + r.query + "]"};
    });
    server_->AddRoute("/boom", [](const HttpRequest&) -> HttpResponse {
      throw std::runtime_error("metrics exploded");
    });
  }
  void StartServer() {
    Status s = server_->Start("127.0.0.1", 0);
    ASSERT_TRUE(s.ok()) << s.ToString();
    ASSERT_NE(server_->port(), 0);
    for (int i = 0; i < 2; ++i) threads_.emplace_back([this] { io_.run(); });
  }
  void TearDown() override {
    server_->Stop();
    server_.reset();
    for (auto& t : threads_) t.join();  // returns only if Stop() closed every connection
  }

  tcp::socket Connect() {
    tcp::socket socket(client_io_);
    socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), server_->port()));
    return socket;
  }

  http::response<http::string_body> Get(tcp::socket& socket, const std::string& target,
                                        http::verb verb = http::verb::get) {
    http::request<http::empty_body> req(verb, target, 11);
    req.set(http::field::host, "127.0.0.1");
    http::write(socket, req);
    beast::flat_buffer buffer;
    http::response<http::string_body> res;
    if (verb == http::verb::head) {
      http::response_parser<http::string_body> parser;
      parser.skip(true);
      http::read(socket, buffer, parser);
      return parser.release();
    }
    http::read(socket, buffer, res);
    return res;
  }

  http::response<http::string_body> Get(const std::string& target) {
    tcp::socket socket = Connect();
    return Get(socket, target);
  }

  // Sends raw bytes and returns everything the server answers until it closes.
  std::string Raw(const std::string& bytes) {
    tcp::socket socket = Connect();
    asio::write(socket, asio::buffer(bytes));
    std::string out;
    beast::error_code ec;
    char buf[4096];
    for (;;) {
      std::size_t n = socket.read_some(asio::buffer(buf), ec);
      if (ec) break;
      out.append(buf, n);
    }
    return out;
  }

  HttpServerOptions options_;
  asio::io_context io_;
  asio::io_context client_io_;
  std::unique_ptr<HttpServer> server_;
  std::vector<std::thread> threads_;
};

TEST_F(HttpServerTest, ServesRegisteredRoute) {
  StartServer();
  auto res = Get("/healthz");
  EXPECT_EQ(res.result_int(), 200);
  EXPECT_EQ(res.body(), "ok\n");
  EXPECT_EQ(res[http::field::content_type], "text/plain; charset=utf-8");
  EXPECT_EQ(res[http::field::content_length], "3");
}

TEST_F(HttpServerTest, PassesPathAndQueryToHandler) {
  StartServer();
  EXPECT_EQ(Get("/echo?since=42&x=y").body(), "GET /echo [since=42&x=y]");
}

TEST_F(HttpServerTest, UnknownPathIs404) {
  StartServer();
  auto res = Get("/nope");
  EXPECT_EQ(res.result_int(), 404);
  EXPECT_NE(res.body().find("/nope"), std::string::npos);
  EXPECT_EQ(Get("/healthz/").result_int(), 404);  // exact match only
}

TEST_F(HttpServerTest, GarbageIs400) {
  StartServer();
  const std::string answer = Raw("this is not http\r\n\r\n");
  EXPECT_EQ(answer.rfind("HTTP/1.1 400", 0), 0u) << answer;
}

TEST_F(HttpServerTest, OversizedRequestIsRefused) {
  options_.max_request_bytes = 1024;
  MakeServer();
  StartServer();
  const std::string answer =
      Raw("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(4000, 'a') + "\r\n\r\n");
  EXPECT_EQ(answer.rfind("HTTP/1.1 431", 0), 0u) << answer;
}

TEST_F(HttpServerTest, OversizedBodyIs413) {
  options_.max_request_bytes = 1024;
  MakeServer();
  StartServer();
  const std::string answer = Raw("GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n" +
                                 std::string(5000, 'b'));
  EXPECT_EQ(answer.rfind("HTTP/1.1 413", 0), 0u) << answer;
}

TEST_F(HttpServerTest, OtherMethodsAre405AndHeadHasNoBody) {
  StartServer();
  tcp::socket socket = Connect();
  auto res = Get(socket, "/healthz", http::verb::post);
  EXPECT_EQ(res.result_int(), 405);
  EXPECT_EQ(res[http::field::allow], "GET, HEAD");
  tcp::socket socket2 = Connect();
  auto head = Get(socket2, "/healthz", http::verb::head);
  EXPECT_EQ(head.result_int(), 200);
  EXPECT_EQ(head[http::field::content_length], "3");
  EXPECT_TRUE(head.body().empty());
}

TEST_F(HttpServerTest, HandlerExceptionIs500) {
  StartServer();
  auto res = Get("/boom");
  EXPECT_EQ(res.result_int(), 500);
  EXPECT_NE(res.body().find("metrics exploded"), std::string::npos);
}

TEST_F(HttpServerTest, KeepAliveServesSeveralRequestsOnOneConnection) {
  StartServer();
  tcp::socket socket = Connect();
  for (int i = 0; i < 3; ++i) {
    auto res = Get(socket, "/echo?i=" + std::to_string(i));
    EXPECT_EQ(res.body(), "GET /echo [i=" + std::to_string(i) + "]");
  }
}

TEST_F(HttpServerTest, ConcurrentClientsWhileOneIdles) {
  StartServer();
  tcp::socket idle = Connect();  // sends nothing: must not block anyone
  std::atomic<int> ok{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < 8; ++c) {
    clients.emplace_back([&] {
      asio::io_context io;
      for (int i = 0; i < 10; ++i) {
        tcp::socket socket(io);
        socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), server_->port()));
        http::request<http::empty_body> req(http::verb::get, "/healthz", 11);
        http::write(socket, req);
        beast::flat_buffer buffer;
        http::response<http::string_body> res;
        http::read(socket, buffer, res);
        if (res.result_int() == 200 && res.body() == "ok\n") ++ok;
      }
    });
  }
  for (auto& t : clients) t.join();
  EXPECT_EQ(ok.load(), 80);
}

TEST_F(HttpServerTest, ConnectionsBeyondTheLimitAreClosed) {
  options_.max_connections = 2;
  MakeServer();
  StartServer();
  auto a = std::make_unique<tcp::socket>(Connect());
  tcp::socket b = Connect();
  Get(*a, "/healthz");  // both accepted and registered before the third connects
  Get(b, "/healthz");
  tcp::socket c = Connect();
  char ch;
  beast::error_code ec;
  c.read_some(asio::buffer(&ch, 1), ec);
  EXPECT_TRUE(ec == asio::error::eof || ec == asio::error::connection_reset)
      << ec.message();  // refused: closed without an answer
  a.reset();  // frees a slot once the server notices
  bool served = false;
  for (int i = 0; i < 100 && !served; ++i) {
    tcp::socket d = Connect();
    http::request<http::empty_body> req(http::verb::get, "/healthz", 11);
    http::write(d, req, ec);
    beast::flat_buffer buffer;
    http::response<http::string_body> res;
    http::read(d, buffer, res, ec);
    served = !ec && res.result_int() == 200;
    if (!served) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_TRUE(served);
}

TEST_F(HttpServerTest, IdleConnectionTimesOut) {
  options_.idle_timeout = std::chrono::milliseconds(200);
  MakeServer();
  StartServer();
  tcp::socket socket = Connect();
  char c;
  beast::error_code ec;
  const auto start = std::chrono::steady_clock::now();
  socket.read_some(asio::buffer(&c, 1), ec);  // returns when the server closes
  EXPECT_TRUE(ec);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST_F(HttpServerTest, BusyPortGivesClearError) {
  StartServer();
  asio::io_context io;
  HttpServer second(io);
  Status s = second.Start("127.0.0.1", server_->port());
  EXPECT_EQ(s.code(), Status::Code::kIoError);
  EXPECT_NE(s.message().find("127.0.0.1:" + std::to_string(server_->port())), std::string::npos)
      << s.ToString();
  EXPECT_EQ(second.Start("not-an-ip", 0).code(), Status::Code::kInvalidInput);
}

TEST_F(HttpServerTest, StopClosesOpenConnections) {
  StartServer();
  tcp::socket socket = Connect();
  Get(socket, "/healthz");  // keep-alive connection stays open
  server_->Stop();
  char c;
  beast::error_code ec;
  socket.read_some(asio::buffer(&c, 1), ec);
  EXPECT_TRUE(ec);  // closed by Stop(), not by the 10 s idle timeout
  for (auto& t : threads_) t.join();  // the io_context ran out of work
  threads_.clear();
}

}  // namespace
}  // namespace tidings::daemon

namespace tidings::daemon {
namespace {

TEST(QueryInt, ReadsOneIntegerParameterOrFallsBack) {
  EXPECT_EQ(QueryInt("since_unix_ms=1700000000000&slowest=5", "slowest", 10), 5);
  EXPECT_EQ(QueryInt("since_unix_ms=1700000000000&slowest=5", "since_unix_ms", 0), 1700000000000);
  EXPECT_EQ(QueryInt("slowest=-3", "slowest", 10), -3);
  EXPECT_EQ(QueryInt("", "slowest", 10), 10);
  EXPECT_EQ(QueryInt("slow=5", "slowest", 10), 10) << "a prefix of the key is another key";
  EXPECT_EQ(QueryInt("slowest=5x", "slowest", 10), 10) << "not an integer";
  EXPECT_EQ(QueryInt("slowest", "slowest", 10), 10) << "no value";
}

}  // namespace
}  // namespace tidings::daemon

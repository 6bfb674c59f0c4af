#include "fetch/test_http_server.h"

#include <strings.h>
#include <sys/socket.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <sstream>

namespace tidings::fetch::testing {

namespace asio = boost::asio;
using asio::ip::tcp;

namespace {

constexpr size_t kEndlessSafetyStop = size_t{1} << 30;

// One connection: read the request head, ask the server for the response, optionally wait,
// answer, close.
class Connection : public std::enable_shared_from_this<Connection> {
 public:
  using Wall = std::chrono::system_clock;
  using Lookup = std::function<size_t(const std::string& method, const std::string& target,
                                      const std::string& head, Wall::time_point arrived,
                                      CannedResponse* response)>;
  using Done = std::function<void(size_t index)>;

  Connection(tcp::socket socket, Lookup lookup, Done done)
      : socket_(std::move(socket)), timer_(socket_.get_executor()), lookup_(std::move(lookup)),
        done_(std::move(done)) {}

  ~Connection() {
    if (index_ != kNone) done_(index_);
  }

  // The kernel stamps each segment as it arrives (SO_TIMESTAMPNS, set on the listening
  // socket, also for TCP on Linux): what a polite crawler is judged by, whatever this server's
  // thread was doing then.
  void Start() { WaitForData(); }

 private:
  static constexpr size_t kNone = static_cast<size_t>(-1);
  static constexpr size_t kMaxHead = 64 * 1024;

  void WaitForData() {
    auto self = shared_from_this();
    socket_.async_wait(tcp::socket::wait_read, [self](boost::system::error_code ec) {
      if (!ec) self->ReadSome();
    });
  }

  // Reads what has arrived with its kernel timestamp until the request head is complete.
  void ReadSome() {
    char data[8192];
    iovec iov{data, sizeof data};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(timespec)) + 64];
    msghdr msg{};
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    const ssize_t n = ::recvmsg(socket_.native_handle(), &msg, MSG_DONTWAIT);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) return WaitForData();
    if (n <= 0) return;  // closed before a whole request: nothing to answer
    for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c != nullptr; c = CMSG_NXTHDR(&msg, c)) {
      if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS && arrived_ == Wall::time_point()) {
        timespec ts;
        std::memcpy(&ts, CMSG_DATA(c), sizeof ts);
        arrived_ = Wall::time_point(std::chrono::duration_cast<Wall::duration>(
            std::chrono::seconds(ts.tv_sec) + std::chrono::nanoseconds(ts.tv_nsec)));
      }
    }
    head_.append(data, static_cast<size_t>(n));
    if (head_.find("\r\n\r\n") != std::string::npos) return OnRequest();
    if (head_.size() < kMaxHead) WaitForData();
  }

  void OnRequest() {
    const std::string& head = head_;
    std::istringstream in(head);
    std::string method, target;
    in >> method >> target;
    if (arrived_ == Wall::time_point()) arrived_ = Wall::now();  // no kernel stamp: our own
    index_ = lookup_(method, target, head, arrived_, &response_);
    std::ostringstream out;
    out << "HTTP/1.1 " << response_.status << ' ' << response_.reason << "\r\n";
    for (const auto& [name, value] : response_.headers) out << name << ": " << value << "\r\n";
    if (!response_.endless) out << "Content-Length: " << response_.body.size() << "\r\n";
    out << "Connection: close\r\n\r\n";
    if (method != "HEAD" && !response_.endless) out << response_.body;
    wire_ = out.str();
    if (response_.endless && response_.body.empty()) response_.body = std::string(64 * 1024, 'x');
    auto self = shared_from_this();
    if (response_.delay.count() > 0) {
      timer_.expires_after(response_.delay);
      timer_.async_wait([self](boost::system::error_code ec) {
        if (!ec) self->Write();
      });
    } else {
      Write();
    }
  }

  void Write() {
    auto self = shared_from_this();
    asio::async_write(socket_, asio::buffer(wire_), [self](boost::system::error_code ec, size_t) {
      if (!ec && self->response_.endless) {
        self->WriteForever();
        return;
      }
      self->Close();
    });
  }

  void WriteForever() {
    auto self = shared_from_this();
    asio::async_write(socket_, asio::buffer(response_.body), [self](boost::system::error_code ec, size_t n) {
      self->streamed_ += n;
      if (!ec && self->streamed_ < kEndlessSafetyStop) {
        self->WriteForever();
      } else {
        self->Close();
      }
    });
  }

  void Close() {
    boost::system::error_code ignored;
    socket_.shutdown(tcp::socket::shutdown_both, ignored);
    socket_.close(ignored);
  }

  tcp::socket socket_;
  asio::steady_timer timer_;
  Lookup lookup_;
  Done done_;
  std::string head_;
  Wall::time_point arrived_{};
  CannedResponse response_;
  std::string wire_;
  size_t streamed_ = 0;
  size_t index_ = kNone;
};

CannedResponse NotFound() {
  CannedResponse missing;
  missing.status = 404;
  missing.reason = "Not Found";
  missing.headers = {{"Content-Type", "text/html"}};
  missing.body = "<html><body>no such page</body></html>";
  return missing;
}

}  // namespace

CannedResponse Page(std::string body, std::string content_type) {
  CannedResponse r;
  r.headers = {{"Content-Type", std::move(content_type)}};
  r.body = std::move(body);
  return r;
}

std::string RssDocument(const std::vector<RssItem>& items, const std::string& title) {
  std::string xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>" + title +
                    "</title><link>https://example.org/</link>\n";
  for (const auto& i : items) {
    xml += "<item><title>" + i.title + "</title><link>" + i.link + "</link><guid isPermaLink=\"false\">" +
           i.guid + "</guid><pubDate>" + i.date + "</pubDate></item>\n";
  }
  return xml + "</channel></rss>\n";
}

std::string Gzip(const std::string& data) {
  z_stream z{};
  deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);  // gzip wrapper
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string RecordedRequest::Header(const std::string& name) const {
  std::istringstream in(head);
  std::string line;
  std::getline(in, line);  // request line
  while (std::getline(in, line)) {
    const size_t colon = line.find(':');
    if (colon == std::string::npos || colon != name.size()) continue;
    if (strncasecmp(line.c_str(), name.c_str(), name.size()) != 0) continue;
    std::string value = line.substr(colon + 1);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.erase(0, 1);
    while (!value.empty() && (value.back() == '\r' || value.back() == ' ')) value.pop_back();
    return value;
  }
  return "";
}

TestHttpServer::TestHttpServer(const std::string& address)
    : acceptor_(io_, tcp::endpoint(asio::ip::make_address(address), 0)), address_(address) {
  port_ = acceptor_.local_endpoint().port();
  // Set on the listening socket, receive timestamps cover data that arrives before this
  // server's thread accepts the connection (accepted sockets inherit the option).
  const int on = 1;
  ::setsockopt(acceptor_.native_handle(), SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on);
  Accept();
  thread_ = std::thread([this] { io_.run(); });
}

TestHttpServer::~TestHttpServer() {
  alive_->store(false);  // connections destroyed with io_ must not report to a dying server
  io_.stop();
  thread_.join();
}

void TestHttpServer::Route(const std::string& target, CannedResponse response) {
  RouteSequence(target, {std::move(response)});
}

void TestHttpServer::RouteSequence(const std::string& target, std::vector<CannedResponse> responses) {
  std::lock_guard lock(mu_);
  routes_[target] = std::move(responses);
  handlers_.erase(target);
}

void TestHttpServer::Handle(const std::string& target, Handler handler) {
  std::lock_guard lock(mu_);
  handlers_[target] = std::move(handler);
  routes_.erase(target);
}

std::string TestHttpServer::Url(const std::string& target) const {
  return "http://" + address_ + ":" + std::to_string(port_) + target;
}

int TestHttpServer::Hits(const std::string& target) {
  std::lock_guard lock(mu_);
  return hits_[target];
}

std::string TestHttpServer::LastRequest(const std::string& target) {
  std::lock_guard lock(mu_);
  for (auto it = requests_.rbegin(); it != requests_.rend(); ++it) {
    if (it->target == target) return it->head;
  }
  return "";
}

std::vector<RecordedRequest> TestHttpServer::Requests() {
  std::lock_guard lock(mu_);
  return requests_;
}

int TestHttpServer::MaxConcurrent() {
  std::lock_guard lock(mu_);
  return max_open_;
}

size_t TestHttpServer::Lookup(const std::string& method, const std::string& target,
                              const std::string& head, std::chrono::system_clock::time_point arrived,
                              CannedResponse* response) {
  Handler handler;
  size_t index = 0;
  RecordedRequest request{method, target, head, std::chrono::steady_clock::now(), {}, arrived};
  {
    std::lock_guard lock(mu_);
    const int nth = hits_[target]++;
    index = requests_.size();
    requests_.push_back(request);
    max_open_ = std::max(max_open_, ++open_);
    if (auto h = handlers_.find(target); h != handlers_.end()) {
      handler = h->second;
    } else if (auto r = routes_.find(target); r != routes_.end() && !r->second.empty()) {
      *response = r->second[std::min<size_t>(nth, r->second.size() - 1)];
    } else {
      *response = NotFound();
    }
  }
  if (handler) *response = handler(request);
  return index;
}

void TestHttpServer::Finished(size_t index) {
  std::lock_guard lock(mu_);
  if (index < requests_.size()) requests_[index].finished = std::chrono::steady_clock::now();
  --open_;
}

void TestHttpServer::Accept() {
  acceptor_.async_accept([this](boost::system::error_code ec, tcp::socket socket) {
    if (ec) return;
    auto lookup = [this](const std::string& method, const std::string& target, const std::string& head,
                         std::chrono::system_clock::time_point arrived, CannedResponse* response) {
      return Lookup(method, target, head, arrived, response);
    };
    auto done = [this, alive = alive_](size_t index) {
      if (alive->load()) Finished(index);
    };
    std::make_shared<Connection>(std::move(socket), lookup, done)->Start();
    Accept();
  });
}

}  // namespace tidings::fetch::testing

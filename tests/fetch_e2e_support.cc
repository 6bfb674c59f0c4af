#include "fetch_e2e_support.h"

#include <thread>

namespace tidings::testing {

using namespace std::chrono_literals;

std::string NewsPage(const std::string& title, const std::string& place) {
  return "<html><head><title>" + title + "</title></head><body><article>"
         "<h1>" + title + "</h1>"
         "<p>" + place + " - Turkish President Recep Tayyip Erdogan pledged support to Azerbaijan on "
         "Tuesday, officials said after the talks.</p>"
         "<p>Turkey signed a military cooperation agreement with Azerbaijan on Monday, the foreign "
         "ministry said in a statement.</p>"
         "<p>The two governments agreed to meet again next month to review the agreement.</p>"
         "</article></body></html>";
}

v1::Article UrlArticle(const std::string& id, const std::string& url) {
  v1::Article a;
  a.set_id(id);
  a.set_url(url);
  return a;
}

bool WaitFor(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
  const auto stop = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < stop) {
    if (done()) return true;
    std::this_thread::sleep_for(20ms);
  }
  return done();
}

bool MetricsShow(const DaemonUnderTest& daemon, const std::string& line, std::string* metrics) {
  return WaitFor([&] { return (*metrics = daemon.Metrics()).find(line) != std::string::npos; }, 5s);
}

std::string ArticleStatus(const DaemonUnderTest& daemon, const std::string& id) {
  auto rows = daemon.QueryStore("SELECT status FROM articles WHERE id = '" + id + "'");
  return rows.empty() ? "" : rows[0]["status"];
}

std::string DeadLetterReason(const DaemonUnderTest& daemon, const std::string& id) {
  auto rows = daemon.QueryStore("SELECT reason FROM dead_letters WHERE stage = 'fetch' AND article_id = '" +
                                id + "' ORDER BY id DESC LIMIT 1");
  return rows.empty() ? "" : rows[0]["reason"];
}

long StoreCount(const DaemonUnderTest& daemon, const std::string& sql) {
  auto rows = daemon.QueryStore(sql);
  if (rows.empty() || rows[0].empty()) return 0;
  return std::stol(rows[0].begin()->second);
}

}  // namespace tidings::testing

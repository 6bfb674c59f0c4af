// Feed parser throughput on one core: generates 10,000-item feeds in each format (items as
// news feeds write them: title with an entity, link, guid, RFC 822 or W3C date, an escaped
// HTML description, an author) and parses each repeatedly for about a second of CPU time,
// printing items/s, MB/s and ms per feed per core (process CPU time, so other work on a shared
// machine does not count). Feed files given on the command line are measured the same way.
//
// usage: feed_bench [FILE...] [--items N]
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fetch/feed_parser.h"

namespace {

std::string Rss20(int n) {
  std::string x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" "
                  "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Bench News</title>"
                  "<link>https://news.example.org/</link>\n";
  for (int i = 0; i < n; ++i) {
    const std::string id = std::to_string(i);
    x += "<item><title>Minister &amp; envoy meet in capital, talks " + id + " resume</title>"
         "<link>https://news.example.org/world/2024/01/story-" + id + ".html</link>"
         "<guid isPermaLink=\"false\">news-example-" + id + "</guid>"
         "<pubDate>Mon, 01 Jan 2024 12:" + std::to_string(10 + i % 50) + ":00 +0100</pubDate>"
         "<dc:creator>Staff Reporter</dc:creator>"
         "<description>&lt;p&gt;Officials said on Monday that the &lt;b&gt;talks&lt;/b&gt; would resume "
         "next week after a pause of several months.&lt;/p&gt;</description></item>\n";
  }
  return x + "</channel></rss>\n";
}

std::string Rdf(int n) {
  std::string x = "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                  "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                  "<channel rdf:about=\"https://news.example.org/rss\"><title>Bench</title>"
                  "<link>https://news.example.org/</link></channel>\n";
  for (int i = 0; i < n; ++i) {
    const std::string id = std::to_string(i);
    x += "<item rdf:about=\"https://news.example.org/" + id + "\"><title>Parliament votes on budget " + id +
         "</title><link>https://news.example.org/" + id + "</link><dc:date>2024-01-01T12:00:00+01:00</dc:date>"
         "<description>The vote followed a week of debate.</description></item>\n";
  }
  return x + "</rdf:RDF>\n";
}

std::string Atom(int n) {
  std::string x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" "
                  "xml:base=\"https://news.example.org/\"><title>Bench</title><link href=\"/\"/>\n";
  for (int i = 0; i < n; ++i) {
    const std::string id = std::to_string(i);
    x += "<entry><title type=\"html\">Troops withdraw from border &lt;em&gt;town&lt;/em&gt; " + id + "</title>"
         "<link rel=\"alternate\" type=\"text/html\" href=\"world/" + id + ".html\"/>"
         "<id>tag:news.example.org,2024:" + id + "</id><published>2024-01-01T12:00:00Z</published>"
         "<updated>2024-01-01T13:00:00Z</updated><author><name>Desk</name></author>"
         "<summary>Forces began leaving on Sunday, officials said.</summary></entry>\n";
  }
  return x + "</feed>\n";
}

std::string NewsSitemap(int n) {
  std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                  "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n";
  for (int i = 0; i < n; ++i) {
    const std::string id = std::to_string(i);
    x += "<url><loc>https://news.example.org/a/" + id + "</loc><news:news><news:publication><news:name>Example"
         "</news:name><news:language>en</news:language></news:publication><news:publication_date>"
         "2024-01-01T12:00:00+01:00</news:publication_date><news:title>Election results announced " + id +
         "</news:title></news:news></url>\n";
  }
  return x + "</urlset>\n";
}

double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

void Measure(const std::string& name, const std::string& bytes) {
  tidings::fetch::Feed feed;
  tidings::Status s = tidings::fetch::ParseFeed({bytes, "https://news.example.org/feed", ""}, &feed);
  if (!s.ok()) {
    std::printf("%-28s error: %s\n", name.c_str(), s.ToString().c_str());
    return;
  }
  const size_t items = feed.items.size() + feed.sitemaps.size();
  int runs = 0;
  const double start = CpuSeconds();
  double elapsed = 0;
  while (elapsed < 1.0 || runs < 3) {
    tidings::fetch::Feed f;
    (void)tidings::fetch::ParseFeed({bytes, "https://news.example.org/feed", ""}, &f);
    ++runs;
    elapsed = CpuSeconds() - start;
  }
  const double per_feed = elapsed / runs;
  std::printf("%-28s %7zu items %8.2f MB %10.0f items/s %8.1f MB/s %8.2f ms/feed\n", name.c_str(), items,
              bytes.size() / 1e6, items / per_feed, bytes.size() / 1e6 / per_feed, per_feed * 1e3);
}

}  // namespace

int main(int argc, char** argv) {
  int n = 10000;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--items") == 0 && i + 1 < argc) {
      n = std::atoi(argv[++i]);
    } else {
      files.push_back(argv[i]);
    }
  }
  std::printf("%-28s %13s %11s %16s %13s %16s\n", "feed", "items", "size", "throughput", "", "latency");
  Measure("rss2.0 (generated)", Rss20(n));
  Measure("rss1.0 (generated)", Rdf(n));
  Measure("atom1.0 (generated)", Atom(n));
  Measure("news sitemap (generated)", NewsSitemap(n));
  for (const std::string& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    Measure(file, ss.str());
  }
  return 0;
}

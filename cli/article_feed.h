// The articles `tidings push` sends, read from files or stdin on a thread of their own into a
// small bounded queue: pushing starts with the first article, memory stays bounded whatever the
// input size, and an endless stdin (a feeder's pipe) is pushed as it arrives.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "acked_pusher.h"

namespace tidings::cli {

class FileFeed : public ArticleFeed {
 public:
  // Called on the reader thread for each article read (fill defaults, set the id).
  using Prepare = std::function<void(v1::Article&)>;
  // Called on the thread calling Take(), for each input that is not an article (a bad JSON
  // line, an unreadable file), in input order with the articles.
  using OnError = std::function<void(const std::string& origin, const Status&)>;

  // `files`: paths, "-" for stdin; empty reads stdin. Starts reading at once.
  FileFeed(std::vector<std::string> files, Prepare prepare, OnError on_error, size_t capacity = 1024);
  // Does not wait for a reader blocked on stdin: the thread is left to end with the process.
  ~FileFeed() override;
  FileFeed(const FileFeed&) = delete;
  FileFeed& operator=(const FileFeed&) = delete;

  Next Take(PushItem* item, std::chrono::milliseconds wait) override;
  size_t errors() const { return errors_; }

 private:
  struct Entry {
    PushItem item;
    Status error = Status::Ok();  // not ok: item.origin names the input that failed
  };
  struct Shared {  // between the reader thread and Take(); outlives a detached reader
    std::mutex mu;
    std::condition_variable changed;
    std::deque<Entry> queue;
    bool done = false;     // the reader read everything
    bool stopped = false;  // the consumer went away
  };

  static void ReadAll(std::shared_ptr<Shared> shared, std::vector<std::string> files, Prepare prepare,
                      size_t capacity);

  std::shared_ptr<Shared> shared_;
  OnError on_error_;
  size_t errors_ = 0;
};

}  // namespace tidings::cli

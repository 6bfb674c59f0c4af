#include "article_feed.h"

#include <fstream>
#include <iostream>
#include <thread>

#include "article_reader.h"

namespace tidings::cli {

FileFeed::FileFeed(std::vector<std::string> files, Prepare prepare, OnError on_error, size_t capacity)
    : shared_(std::make_shared<Shared>()), on_error_(std::move(on_error)) {
  if (files.empty()) files.push_back("-");
  std::thread(ReadAll, shared_, std::move(files), std::move(prepare), std::max<size_t>(1, capacity)).detach();
}

FileFeed::~FileFeed() {
  std::lock_guard<std::mutex> lock(shared_->mu);
  shared_->stopped = true;
  shared_->changed.notify_all();
}

void FileFeed::ReadAll(std::shared_ptr<Shared> shared, std::vector<std::string> files, Prepare prepare,
                       size_t capacity) {
  // Waits for room; false when the consumer went away.
  auto put = [&](Entry e) {
    std::unique_lock<std::mutex> lock(shared->mu);
    shared->changed.wait(lock, [&] { return shared->stopped || shared->queue.size() < capacity; });
    if (shared->stopped) return false;
    shared->queue.push_back(std::move(e));
    shared->changed.notify_all();
    return true;
  };
  bool go_on = true;
  auto each = [&](v1::Article& a, const std::string& origin) {
    if (!go_on) return;
    if (prepare) prepare(a);
    Entry e;
    e.item.article = std::move(a);
    e.item.origin = origin;
    go_on = put(std::move(e));
  };
  auto on_error = [&](const std::string& origin, const Status& s) {
    if (!go_on) return;
    Entry e;
    e.item.origin = origin;
    e.error = s;
    go_on = put(std::move(e));
  };
  for (const auto& f : files) {
    if (!go_on) break;
    if (f == "-") {
      ReadArticles(f, std::cin, each, on_error);
      continue;
    }
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      on_error(f, Status::NotFound("cannot read " + f));
      continue;
    }
    ReadArticles(f, in, each, on_error);
  }
  std::lock_guard<std::mutex> lock(shared->mu);
  shared->done = true;
  shared->changed.notify_all();
}

ArticleFeed::Next FileFeed::Take(PushItem* item, std::chrono::milliseconds wait) {
  while (true) {
    Entry e;
    {
      std::unique_lock<std::mutex> lock(shared_->mu);
      shared_->changed.wait_for(lock, wait, [&] { return !shared_->queue.empty() || shared_->done; });
      if (shared_->queue.empty()) return shared_->done ? Next::kEnd : Next::kNotYet;
      e = std::move(shared_->queue.front());
      shared_->queue.pop_front();
      shared_->changed.notify_all();
    }
    if (e.error.ok()) {
      *item = std::move(e.item);
      return Next::kItem;
    }
    ++errors_;
    if (on_error_) on_error_(e.item.origin, e.error);
  }
}

}  // namespace tidings::cli

#include "daemon/poll_set.h"

#include <cerrno>
#include <system_error>

namespace tidings::daemon {

void PollSet::Poll(std::chrono::milliseconds timeout) {
  waited_ = {};
  size_t ready = 0;
  std::vector<bool> skipped(items_.size(), false);  // idle and unused: their descriptor tells
  bool any_skipped = false;
  for (size_t i = 0; i < items_.size(); ++i) {
    items_[i].revents = 0;
    if (trusted_[i] && idle_.count(items_[i].socket) != 0) {
      skipped[i] = any_skipped = true;
    } else {
      ready += Check(i) ? 1 : 0;
    }
  }
  // Ready already: a look (no wait) at the skipped ones too, so that none waits behind busy ones.
  if (ready > 0 && any_skipped) ready += Signalled(std::chrono::milliseconds(0), skipped);
  if (ready == 0) ready = Signalled(timeout, std::vector<bool>(items_.size(), true));
  for (size_t i = 0; ready > 0 && i < items_.size(); ++i) {
    if (items_[i].revents != 0) handlers_[i]();
  }
  items_.clear();
  handlers_.clear();
  trusted_.clear();
}

bool PollSet::Check(size_t i) {
  // Processes the commands the socket's descriptor signalled (and consumes that signal): a
  // change after this signals the descriptor again, so a wait that follows cannot miss it.
  zmq::pollitem_t& item = items_[i];
  uint32_t events = 0;
  size_t size = sizeof events;
  item.revents = 0;
  if (zmq_getsockopt(item.socket, ZMQ_EVENTS, &events, &size) != 0) {
    if (zmq_errno() == EINTR) return false;
    throw zmq::error_t();
  }
  item.revents = static_cast<short>(events & static_cast<uint32_t>(item.events));
  if (trusted_[i] && item.revents == 0) idle_.insert(item.socket);
  else idle_.erase(item.socket);
  return item.revents != 0;
}

size_t PollSet::Signalled(std::chrono::milliseconds timeout, const std::vector<bool>& wanted) {
  fds_.clear();
  fd_item_.clear();
  for (size_t i = 0; i < items_.size(); ++i) {
    if (!wanted[i]) continue;
    int fd = -1;
    size_t size = sizeof fd;
    if (zmq_getsockopt(items_[i].socket, ZMQ_FD, &fd, &size) != 0) throw zmq::error_t();
    fds_.push_back({fd, POLLIN, 0});
    fd_item_.push_back(i);
  }
  const auto before = std::chrono::steady_clock::now();
  const int rc = ::poll(fds_.data(), fds_.size(), static_cast<int>(timeout.count()));
  waited_ = std::chrono::steady_clock::now() - before;
  if (rc < 0 && errno != EINTR) throw std::system_error(errno, std::generic_category(), "poll");
  size_t ready = 0;
  for (size_t k = 0; rc > 0 && k < fds_.size(); ++k) {
    if (fds_[k].revents != 0) ready += Check(fd_item_[k]) ? 1 : 0;
  }
  return ready;
}

}  // namespace tidings::daemon

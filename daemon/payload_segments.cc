#include "daemon/payload_segments.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <system_error>

namespace tidings::daemon {
namespace {

constexpr size_t kLocationBytes = 20;

void PutLittleEndian(uint64_t value, size_t bytes, std::string* out) {
  for (size_t i = 0; i < bytes; ++i) out->push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

uint64_t GetLittleEndian(std::string_view bytes, size_t at, size_t n) {
  uint64_t value = 0;
  for (size_t i = 0; i < n; ++i) value |= static_cast<uint64_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
  return value;
}

std::string Errno(const std::string& what, const std::filesystem::path& path) {
  return what + " " + path.string() + ": " + std::strerror(errno);
}

// A segment's number from its file name ("00000042.seg"), or -1 for any other file.
int64_t SegmentNumber(const std::filesystem::path& file) {
  if (file.extension() != ".seg") return -1;
  const std::string stem = file.stem().string();
  if (stem.empty() || stem.size() > 18) return -1;
  int64_t n = 0;
  for (char c : stem) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

}  // namespace

struct PayloadSegments::File {
  int fd = -1;        // opened on first use
  uint64_t size = 0;  // bytes written (the current segment) or found (earlier ones)
  ~File() {
    if (fd >= 0) ::close(fd);
  }
};

std::string PayloadLocation::Encode() const {
  std::string out;
  out.reserve(kLocationBytes);
  PutLittleEndian(offset, 8, &out);
  PutLittleEndian(length, 4, &out);
  PutLittleEndian(checksum, 8, &out);
  return out;
}

Status PayloadLocation::Decode(int64_t segment, std::string_view bytes, PayloadLocation* out) {
  if (bytes.size() != kLocationBytes) {
    return Status::InvalidInput(fmt::format("a payload location is {} bytes, not {}", kLocationBytes, bytes.size()));
  }
  out->segment = segment;
  out->offset = GetLittleEndian(bytes, 0, 8);
  out->length = static_cast<uint32_t>(GetLittleEndian(bytes, 8, 4));
  out->checksum = GetLittleEndian(bytes, 12, 8);
  return Status::Ok();
}

PayloadSegments::PayloadSegments(std::filesystem::path dir, uint64_t segment_bytes, int dir_fd)
    : dir_(std::move(dir)), segment_bytes_(segment_bytes), dir_fd_(dir_fd) {}

PayloadSegments::~PayloadSegments() {
  files_.clear();
  ::close(dir_fd_);
}

Status PayloadSegments::Open(const std::filesystem::path& dir, std::unique_ptr<PayloadSegments>* out,
                             uint64_t segment_bytes) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::IoError("cannot create the payload directory " + dir.string() + ": " + ec.message());
  const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd < 0) return Status::IoError(Errno("cannot open the payload directory", dir));
  std::unique_ptr<PayloadSegments> segments(new PayloadSegments(dir, segment_bytes, dir_fd));
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const int64_t n = SegmentNumber(entry.path());
    if (n < 0 || !entry.is_regular_file()) continue;
    auto file = std::make_unique<File>();
    file->size = entry.file_size();
    segments->current_ = std::max(segments->current_, n);
    segments->files_.emplace(n, std::move(file));
  }
  if (ec) return Status::IoError("cannot list the payload directory " + dir.string() + ": " + ec.message());
  // The next Append starts a segment of this run's own.
  ++segments->current_;
  *out = std::move(segments);
  return Status::Ok();
}

std::filesystem::path PayloadSegments::PathOf(int64_t segment) const {
  return dir_ / fmt::format("{:08d}.seg", segment);
}

Status PayloadSegments::StartSegmentLocked() {
  if (files_.count(current_) != 0) ++current_;
  const std::filesystem::path path = PathOf(current_);
  auto file = std::make_unique<File>();
  file->fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (file->fd < 0) return Status::IoError(Errno("cannot create the payload segment", path));
  files_.emplace(current_, std::move(file));
  dir_dirty_ = true;
  return Status::Ok();
}

Status PayloadSegments::FileLocked(int64_t segment, File** out) {
  auto it = files_.find(segment);
  if (it == files_.end()) {
    return Status::IoError("payload segment " + PathOf(segment).string() + " is missing");
  }
  if (it->second->fd < 0) {
    it->second->fd = ::open(PathOf(segment).c_str(), O_RDONLY | O_CLOEXEC);
    if (it->second->fd < 0) return Status::IoError(Errno("cannot open the payload segment", PathOf(segment)));
  }
  *out = it->second.get();
  return Status::Ok();
}

Status PayloadSegments::Append(std::string_view bytes, PayloadLocation* where) {
  if (bytes.size() >= (1ull << 32)) {
    return Status::InvalidInput(fmt::format("a payload of {} bytes is too large for the journal (4 GiB at most)",
                                            bytes.size()));
  }
  std::lock_guard lock(mu_);
  auto it = files_.find(current_);
  if (it == files_.end() || (it->second->size > 0 && it->second->size + bytes.size() > segment_bytes_)) {
    if (Status s = StartSegmentLocked(); !s.ok()) return s;
    it = files_.find(current_);
  }
  File& file = *it->second;
  const uint64_t offset = file.size;
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::pwrite(file.fd, bytes.data() + done, bytes.size() - done, static_cast<off_t>(offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const Status error = Status::IoError(Errno("cannot write to the payload segment", PathOf(current_)));
      // The tail may hold part of this payload: later ones go to a new segment.
      file.size = offset + done;
      ++current_;
      return error;
    }
    done += static_cast<size_t>(n);
  }
  file.size = offset + bytes.size();
  dirty_.insert(current_);
  where->segment = current_;
  where->offset = offset;
  where->length = static_cast<uint32_t>(bytes.size());
  where->checksum = XXH3_64bits(bytes.data(), bytes.size());
  return Status::Ok();
}

Status PayloadSegments::Sync() {
  std::lock_guard lock(mu_);
  for (auto it = dirty_.begin(); it != dirty_.end();) {
    auto file = files_.find(*it);
    if (file != files_.end() && file->second->fd >= 0 && ::fdatasync(file->second->fd) != 0) {
      return Status::IoError(Errno("cannot sync the payload segment", PathOf(*it)));
    }
    it = dirty_.erase(it);
  }
  if (dir_dirty_) {
    if (::fsync(dir_fd_) != 0) return Status::IoError(Errno("cannot sync the payload directory", dir_));
    dir_dirty_ = false;
  }
  return Status::Ok();
}

Status PayloadSegments::Read(const PayloadLocation& where, std::string* out) {
  std::lock_guard lock(mu_);
  File* file = nullptr;
  if (Status s = FileLocked(where.segment, &file); !s.ok()) return s;
  out->resize(where.length);
  size_t done = 0;
  while (done < where.length) {
    const ssize_t n = ::pread(file->fd, out->data() + done, where.length - done, static_cast<off_t>(where.offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Status::IoError(Errno("cannot read the payload segment", PathOf(where.segment)));
    if (n == 0) {
      return Status::IoError(fmt::format("payload segment {} ends before the payload at offset {} ({} bytes)",
                                         PathOf(where.segment).string(), where.offset, where.length));
    }
    done += static_cast<size_t>(n);
  }
  if (XXH3_64bits(out->data(), out->size()) != where.checksum) {
    return Status::IoError(fmt::format("payload segment {}: the {} bytes at offset {} do not match their checksum",
                                       PathOf(where.segment).string(), where.length, where.offset));
  }
  return Status::Ok();
}

int64_t PayloadSegments::current() const {
  std::lock_guard lock(mu_);
  return current_;
}

std::map<int64_t, uint64_t> PayloadSegments::Files() const {
  std::lock_guard lock(mu_);
  std::map<int64_t, uint64_t> sizes;
  for (const auto& [n, file] : files_) sizes.emplace(n, file->size);
  return sizes;
}

Status PayloadSegments::Remove(const std::set<int64_t>& segments, size_t* removed) {
  std::lock_guard lock(mu_);
  size_t n = 0;
  for (int64_t segment : segments) {
    if (segment == current_) continue;
    auto it = files_.find(segment);
    if (it == files_.end()) continue;
    files_.erase(it);
    dirty_.erase(segment);
    if (::unlink(PathOf(segment).c_str()) != 0 && errno != ENOENT) {
      return Status::IoError(Errno("cannot remove the payload segment", PathOf(segment)));
    }
    ++n;
  }
  if (removed != nullptr) *removed = n;
  return Status::Ok();
}

}  // namespace tidings::daemon

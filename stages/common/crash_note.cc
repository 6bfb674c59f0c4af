#include "tidings/crash_note.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

namespace tidings {

namespace {

constexpr uint32_t kMagic = 0x544e4f54;  // "TONT": tidings note
constexpr size_t kMaxId = 1024;          // ingest refuses ids longer than 512 bytes

// The page's layout. `length` is written last on Begin and first on End, so a process killed
// in the middle of Begin leaves an idle note (length 0), never a torn id.
struct Page {
  uint32_t magic;
  int32_t pid;
  std::atomic<uint32_t> length;
  uint32_t attempt;
  char id[kMaxId];
};
static_assert(std::atomic<uint32_t>::is_always_lock_free);
static_assert(sizeof(Page) <= 4096);

}  // namespace

Status CrashNoteWriter::Open(const std::filesystem::path& path,
                             std::unique_ptr<CrashNoteWriter>* writer) {
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    return Status::IoError("cannot create crash note " + path.string() + ": " + std::strerror(errno));
  }
  if (::ftruncate(fd, sizeof(Page)) != 0) {
    int err = errno;
    ::close(fd);
    return Status::IoError("cannot size crash note " + path.string() + ": " + std::strerror(err));
  }
  void* mem = ::mmap(nullptr, sizeof(Page), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  int err = errno;
  ::close(fd);  // the mapping stays valid
  if (mem == MAP_FAILED) {
    return Status::IoError("cannot map crash note " + path.string() + ": " + std::strerror(err));
  }
  auto* page = new (mem) Page{};
  page->pid = static_cast<int32_t>(::getpid());
  page->length.store(0, std::memory_order_release);
  page->magic = kMagic;
  writer->reset(new CrashNoteWriter(mem));
  return Status::Ok();
}

CrashNoteWriter::~CrashNoteWriter() {
  End();
  ::munmap(page_, sizeof(Page));
}

void CrashNoteWriter::Begin(std::string_view article_id, uint32_t attempt) {
  auto* page = static_cast<Page*>(page_);
  size_t n = std::min(article_id.size(), kMaxId);
  std::memcpy(page->id, article_id.data(), n);
  page->attempt = attempt;
  page->length.store(static_cast<uint32_t>(n), std::memory_order_release);
}

void CrashNoteWriter::End() {
  static_cast<Page*>(page_)->length.store(0, std::memory_order_release);
}

bool ReadCrashNote(const std::filesystem::path& path, CrashNote* note) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  alignas(Page) unsigned char buf[sizeof(Page)];
  ssize_t got = ::pread(fd, buf, sizeof(buf), 0);
  ::close(fd);
  if (got != static_cast<ssize_t>(sizeof(Page))) return false;
  uint32_t magic, length, attempt;
  int32_t pid;
  std::memcpy(&magic, buf + offsetof(Page, magic), 4);
  std::memcpy(&pid, buf + offsetof(Page, pid), 4);
  std::memcpy(&length, buf + offsetof(Page, length), 4);
  std::memcpy(&attempt, buf + offsetof(Page, attempt), 4);
  if (magic != kMagic || length > kMaxId) return false;
  note->pid = pid;
  note->attempt = attempt;
  note->article_id.assign(reinterpret_cast<const char*>(buf + offsetof(Page, id)), length);
  return true;
}

}  // namespace tidings

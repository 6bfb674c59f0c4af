// The crash note: a one-page file shared (mmap, MAP_SHARED) between a stage process and the
// daemon that supervises it. The stage writes the id of the article it is processing before
// it calls its logic and clears it afterwards; when the process dies (SIGKILL, SIGSEGV, OOM
// killer, or killed by the supervisor because it hung) the page keeps what it was holding,
// and the daemon reads it to give that one article a crash strike (poison detection).
//
// Why a shared page and not a message: a message sent just before a crash may still sit in
// the sender's ZeroMQ queue when the process dies; a store into a shared page is in the
// kernel's page cache at once, costs no system call per article and survives the process.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "tidings/status.h"

namespace tidings {

// What a dead stage process was holding.
struct CrashNote {
  pid_t pid = 0;            // the process that wrote the note
  std::string article_id;   // empty: the process was idle (between articles)
  uint32_t attempt = 0;     // the envelope's attempt
};

// Writer side, in the stage process. Begin/End are plain memory stores (no system call).
// Not thread-safe: one writer thread per note.
class CrashNoteWriter {
 public:
  // Creates or truncates the note at `path` and records this process's pid.
  static Status Open(const std::filesystem::path& path, std::unique_ptr<CrashNoteWriter>* writer);
  ~CrashNoteWriter();
  CrashNoteWriter(const CrashNoteWriter&) = delete;
  CrashNoteWriter& operator=(const CrashNoteWriter&) = delete;

  void Begin(std::string_view article_id, uint32_t attempt);  // now processing this article
  void End();                                                 // idle again

 private:
  explicit CrashNoteWriter(void* page) : page_(page) {}
  void* page_;
};

// Reader side, in the daemon. False when there is no readable note (missing file, never
// written, foreign content). An idle stage gives true with an empty article_id.
bool ReadCrashNote(const std::filesystem::path& path, CrashNote* note);

}  // namespace tidings

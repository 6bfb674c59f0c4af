#include "tidings/crash_note.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

namespace tidings {
namespace {

std::filesystem::path TempNote(const char* name) {
  return std::filesystem::temp_directory_path() /
         ("tidings-note-" + std::to_string(::getpid()) + "-" + name) / "stage-0.note";
}

TEST(CrashNote, ReadsWhatTheWriterIsProcessingAndIdleAfterEnd) {
  auto path = TempNote("basic");
  std::unique_ptr<CrashNoteWriter> writer;
  ASSERT_TRUE(CrashNoteWriter::Open(path, &writer).ok());
  CrashNote note;
  ASSERT_TRUE(ReadCrashNote(path, &note));
  EXPECT_EQ(note.pid, ::getpid());
  EXPECT_TRUE(note.article_id.empty()) << "idle right after opening";
  writer->Begin("article-42", 3);
  ASSERT_TRUE(ReadCrashNote(path, &note));
  EXPECT_EQ(note.article_id, "article-42");
  EXPECT_EQ(note.attempt, 3u);
  writer->End();
  ASSERT_TRUE(ReadCrashNote(path, &note));
  EXPECT_TRUE(note.article_id.empty());
  std::filesystem::remove_all(path.parent_path());
}

TEST(CrashNote, SurvivesTheWriterBeingKilled) {
  auto path = TempNote("killed");
  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    std::unique_ptr<CrashNoteWriter> writer;
    if (!CrashNoteWriter::Open(path, &writer).ok()) ::_exit(1);
    writer->Begin("poison-pill", 2);
    ::raise(SIGKILL);  // dies holding the article
    ::_exit(0);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status));
  CrashNote note;
  ASSERT_TRUE(ReadCrashNote(path, &note));
  EXPECT_EQ(note.pid, child);
  EXPECT_EQ(note.article_id, "poison-pill");
  EXPECT_EQ(note.attempt, 2u);
  std::filesystem::remove_all(path.parent_path());
}

TEST(CrashNote, MissingOrForeignFilesAreNotNotes) {
  CrashNote note;
  EXPECT_FALSE(ReadCrashNote("/nonexistent/dir/x.note", &note));
  auto path = TempNote("foreign");
  std::filesystem::create_directories(path.parent_path());
  FILE* f = std::fopen(path.c_str(), "w");
  std::fputs("not a note", f);
  std::fclose(f);
  EXPECT_FALSE(ReadCrashNote(path, &note));
  std::filesystem::remove_all(path.parent_path());
}

}  // namespace
}  // namespace tidings

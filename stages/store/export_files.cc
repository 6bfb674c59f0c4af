#include "store/export_files.h"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "store/utc_time.h"

namespace tidings::store {

namespace fs = std::filesystem;

namespace {

constexpr int64_t kQuarterHourMs = 15LL * 60 * 1000;

// The file being written: events of one period, in seq order.
class PeriodFile {
 public:
  PeriodFile(fs::path dir, ExportFormat format) : dir_(std::move(dir)), format_(format) {}
  ~PeriodFile() { Close(); }

  // Switches to the file `name`. A file already finished in this run (the clock went back
  // between two stores) is reopened for appending; a new one is started empty.
  Status SwitchTo(const std::string& name) {
    if (Status s = Close(); !s.ok()) return s;
    name_ = name;
    const bool again = done_.count(name) > 0;
    out_.open(again ? dir_ / name : Part(), again ? std::ios::app : std::ios::trunc);
    if (!out_) return Status::IoError(fmt::format("cannot write {}", (dir_ / name).string()));
    if (!again) {
      if (const std::string header = ExportHeader(format_); !header.empty()) out_ << header << '\n';
    }
    appending_ = again;
    return Status::Ok();
  }

  bool Write(const std::string& line) {
    out_ << line << '\n';
    return static_cast<bool>(out_);
  }

  Status Close() {
    if (name_.empty()) return Status::Ok();
    out_.close();
    if (!out_) return Status::IoError(fmt::format("cannot write {}", (dir_ / name_).string()));
    std::error_code ec;
    if (!appending_) fs::rename(Part(), dir_ / name_, ec);
    if (ec) return Status::IoError(fmt::format("cannot finish {}: {}", (dir_ / name_).string(), ec.message()));
    done_.insert(name_);
    name_.clear();
    return Status::Ok();
  }

  const std::set<std::string>& done() const { return done_; }
  const std::string& name() const { return name_; }

 private:
  fs::path Part() const { return dir_ / (name_ + ".part"); }

  const fs::path dir_;
  const ExportFormat format_;
  std::ofstream out_;
  std::string name_;
  bool appending_ = false;
  std::set<std::string> done_;
};

}  // namespace

Status ParseRotation(const std::string& name, Rotation* rotation) {
  if (name == "daily") {
    *rotation = Rotation::kDaily;
  } else if (name == "15min") {
    *rotation = Rotation::kQuarterHour;
  } else {
    return Status::InvalidInput("unknown rotation '" + name + "': use daily or 15min");
  }
  return Status::Ok();
}

int64_t PeriodStart(Rotation rotation, int64_t stored_at_ms) {
  const int64_t period = rotation == Rotation::kDaily ? kMillisPerDay : kQuarterHourMs;
  int64_t start = stored_at_ms / period * period;
  if (stored_at_ms < 0 && start != stored_at_ms) start -= period;
  return start;
}

std::string RotatedFileName(ExportFormat format, Rotation rotation, int64_t period_start_ms) {
  std::string stamp = CompactUtc(period_start_ms);
  if (rotation == Rotation::kDaily) stamp.resize(8);  // YYYYMMDD
  switch (format) {
    case ExportFormat::kGdelt: return stamp + ".export.CSV";
    case ExportFormat::kPhoenix: return "events.full." + stamp + ".txt";
    case ExportFormat::kCsv: return stamp + ".events.csv";
    case ExportFormat::kJsonLines: break;
  }
  return stamp + ".events.jsonl";
}

Status ExportEventFiles(EventStore& store, const EventQuery& query, ExportFormat format, Rotation rotation,
                        const std::string& dir, std::vector<std::string>* files, uint64_t* written) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return Status::IoError(fmt::format("cannot create the output directory {}: {}", dir, ec.message()));
  PeriodFile file(dir, format);
  Status failure;
  uint64_t n = 0;
  Status s = store.QueryEventRows(query, [&](const v1::Event& e, const EventRowInfo& info) {
    const std::string name = RotatedFileName(format, rotation, PeriodStart(rotation, info.stored_at_ms));
    if (name != file.name()) failure = file.SwitchTo(name);
    if (failure.ok() && !file.Write(FormatEvent(e, info, format))) {
      failure = Status::IoError(fmt::format("cannot write {}", (fs::path(dir) / name).string()));
    }
    ++n;
    return failure.ok();
  });
  if (failure.ok()) failure = file.Close();
  if (written != nullptr) *written = n;
  if (files != nullptr) files->assign(file.done().begin(), file.done().end());
  if (!s.ok()) return s;
  return failure;
}

}  // namespace tidings::store

// tidings feeds add|list|remove: manages the feed registry (<data dir>/feeds.sqlite) that the
// fetch stage polls. Works whether or not tidingsd runs: the registry is a SQLite file in WAL
// mode that the stage and these commands share.
#include "feeds_command.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

#include "commands.h"
#include "daemon_client.h"
#include "fetch/feed_dates.h"
#include "fetch/feed_registry.h"
#include "tidings/runtime_paths.h"

namespace tidings::cli {
namespace {

int64_t NowSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string TimeOrNever(int64_t t) { return t == 0 ? "never" : fetch::FormatIsoUtc(t); }

Status OpenRegistry(const std::string& data_dir, std::unique_ptr<fetch::FeedRegistry>* registry) {
  return fetch::FeedRegistry::Open(FeedsPath(ResolveDataDir(data_dir)), registry);
}

nlohmann::json RecordJson(const fetch::FeedRecord& r) {
  return {{"url", r.url},
          {"interval_s", r.interval_s},
          {"source", r.source},
          {"language", r.language},
          {"origin", fetch::FeedOriginName(r.origin)},
          {"added", TimeOrNever(r.added_at)},
          {"last_poll", r.last_poll_at == 0 ? "" : fetch::FormatIsoUtc(r.last_poll_at)},
          {"status", r.last_status.empty() ? "never polled" : r.last_status},
          {"http_status", r.last_http_status},
          {"last_error", r.last_error},
          {"items_seen", r.items_seen},
          {"errors", r.errors},
          {"consecutive_errors", r.consecutive_errors},
          {"next_poll", fetch::FormatIsoUtc(r.next_poll_at)},
          {"etag", r.etag},
          {"last_modified", r.last_modified}};
}

void PrintTable(const std::vector<fetch::FeedRecord>& records, std::ostream& out) {
  std::vector<std::vector<std::string>> rows = {
      {"URL", "INTERVAL", "SOURCE", "LAST POLL", "STATUS", "ITEMS", "ERRORS"}};
  for (const auto& r : records) {
    std::string status = r.last_status.empty() ? "never polled" : r.last_status;
    if (r.last_status == "error" && r.last_http_status != 0) status += fmt::format(" ({})", r.last_http_status);
    rows.push_back({r.url, fmt::format("{}s", r.interval_s), r.source.empty() ? "-" : r.source,
                    TimeOrNever(r.last_poll_at), status, std::to_string(r.items_seen), std::to_string(r.errors)});
  }
  std::vector<size_t> width(rows[0].size(), 0);
  for (const auto& row : rows) {
    for (size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], row[c].size());
  }
  for (const auto& row : rows) {
    std::string line;
    for (size_t c = 0; c < row.size(); ++c) {
      line += row[c];
      if (c + 1 < row.size()) line += std::string(width[c] - row[c].size() + 2, ' ');
    }
    out << line << "\n";
  }
  for (const auto& r : records) {
    if (r.last_status == "error" && !r.last_error.empty()) out << "last error of " << r.url << ": " << r.last_error << "\n";
  }
}

}  // namespace

int RunFeedsAdd(const FeedsAddOptions& o, std::ostream& out, std::ostream& err) {
  if (o.url.rfind("http://", 0) != 0 && o.url.rfind("https://", 0) != 0) {
    err << "tidings feeds add: '" << o.url << "' is not an http or https URL\n";
    return 2;
  }
  if (o.interval_s < 1) {
    err << "tidings feeds add: --interval must be at least 1 (seconds)\n";
    return 2;
  }
  std::unique_ptr<fetch::FeedRegistry> registry;
  if (Status s = OpenRegistry(o.data_dir, &registry); !s.ok()) {
    err << "tidings feeds add: " << s.message() << "\n";
    return 1;
  }
  FeedConfig feed{o.url, o.interval_s, o.source, o.language};
  bool created = false;
  if (Status s = registry->Add(feed, fetch::FeedOrigin::kCli, NowSeconds(), &created); !s.ok()) {
    err << "tidings feeds add: " << s.message() << "\n";
    return 1;
  }
  out << (created ? "added " : "updated ") << o.url << " (every " << o.interval_s << " s"
      << (o.source.empty() ? "" : ", source " + o.source) << ") in " << registry->path().string() << "\n";
  return 0;
}

int RunFeedsList(const std::string& data_dir, const std::string& format, std::ostream& out, std::ostream& err) {
  if (format != "table" && format != "jsonl") {
    err << "tidings feeds list: --format must be table or jsonl\n";
    return 2;
  }
  const auto path = FeedsPath(ResolveDataDir(data_dir));
  std::vector<fetch::FeedRecord> records;
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) {  // listing never creates a registry
    std::unique_ptr<fetch::FeedRegistry> registry;
    Status s = fetch::FeedRegistry::Open(path, &registry);
    if (s.ok()) s = registry->List(&records);
    if (!s.ok()) {
      err << "tidings feeds list: " << s.message() << "\n";
      return 1;
    }
  }
  if (format == "jsonl") {
    for (const auto& r : records) out << RecordJson(r).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return 0;
  }
  if (records.empty()) {
    err << "no feeds in " << path.string()
        << " (add one with `tidings feeds add URL`, or [[feeds]] in the config)\n";
    return 0;
  }
  PrintTable(records, out);
  return 0;
}

int RunFeedsRemove(const std::string& data_dir, const std::string& url, std::ostream& out, std::ostream& err) {
  std::unique_ptr<fetch::FeedRegistry> registry;
  if (Status s = OpenRegistry(data_dir, &registry); !s.ok()) {
    err << "tidings feeds remove: " << s.message() << "\n";
    return 1;
  }
  fetch::FeedRecord removed;
  if (Status s = registry->Remove(url, &removed); !s.ok()) {
    err << "tidings feeds remove: " << s.message() << "\n";
    return 1;
  }
  out << "removed " << url << " (" << removed.items_seen << " items seen)\n";
  if (removed.origin == fetch::FeedOrigin::kConfig) {
    err << "note: " << url << " is a [[feeds]] entry of the config: the daemon adds it back at its next start "
        << "unless it is deleted there too\n";
  }
  return 0;
}

void RegisterFeedsCommand(CLI::App& app) {
  CLI::App* feeds = app.add_subcommand("feeds", "Manage the feeds the fetch stage polls (add, list, remove, check)");
  feeds->require_subcommand(1);

  auto add = std::make_shared<FeedsAddOptions>();
  CLI::App* add_cmd = feeds->add_subcommand("add", "Register a feed to poll (or update its settings)");
  add_cmd->add_option("url", add->url, "the feed's http(s) URL")->required();
  add_cmd->add_option("--interval", add->interval_s, "poll period in seconds (default 300)");
  add_cmd->add_option("--source", add->source, "publisher name given to its articles");
  add_cmd->add_option("--language", add->language, "language hint (e.g. en)");
  AddDataDirOption(add_cmd, &add->data_dir);
  add_cmd->callback([add] {
    if (int rc = RunFeedsAdd(*add, std::cout, std::cerr); rc != 0) throw CLI::RuntimeError(rc);
  });

  auto list_dir = std::make_shared<std::string>();
  auto list_format = std::make_shared<std::string>("table");
  CLI::App* list_cmd = feeds->add_subcommand("list", "Registered feeds with their last poll, status, items seen and errors");
  list_cmd->add_option("--format", *list_format, "table (default) or jsonl")->check(CLI::IsMember({"table", "jsonl"}));
  AddDataDirOption(list_cmd, list_dir.get());
  list_cmd->callback([list_dir, list_format] {
    if (int rc = RunFeedsList(*list_dir, *list_format, std::cout, std::cerr); rc != 0) throw CLI::RuntimeError(rc);
  });

  auto remove_dir = std::make_shared<std::string>();
  auto remove_url = std::make_shared<std::string>();
  CLI::App* remove_cmd = feeds->add_subcommand("remove", "Stop polling a feed and forget its state");
  remove_cmd->add_option("url", *remove_url, "the feed's URL as listed")->required();
  AddDataDirOption(remove_cmd, remove_dir.get());
  remove_cmd->callback([remove_dir, remove_url] {
    if (int rc = RunFeedsRemove(*remove_dir, *remove_url, std::cout, std::cerr); rc != 0) throw CLI::RuntimeError(rc);
  });

  RegisterFeedsCheckCommand(feeds);
}

}  // namespace tidings::cli

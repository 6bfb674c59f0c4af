// tidings query: events from the store (read-only), as JSON lines or CSV, in the one event
// schema of tidings (tidings/event_json.h).
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>
#include <memory>

#include "commands.h"
#include "daemon_client.h"
#include "store/event_export.h"
#include "store/event_store.h"
#include "tidings/runtime_paths.h"

namespace tidings::cli {

namespace {

struct QueryOptions {
  store::EventQuery query;
  std::string format = "jsonl";
  std::string data_dir;
  std::string store_file;
  bool dead_letters = false;
};

std::string Upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
  return s;
}

int RunQuery(QueryOptions o) {
  store::ExportFormat format;
  if (Status s = store::ParseExportFormat(o.format, &format); !s.ok()) {
    std::cerr << "tidings query: " << s.message() << "\n";
    return 2;
  }
  const std::string path =
      !o.store_file.empty() ? o.store_file : StorePath(ResolveDataDir(o.data_dir)).string();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    std::cerr << "tidings query: no store at " << path << ": start tidingsd or pass --data-dir\n";
    return 2;
  }
  std::unique_ptr<store::EventStore> store;
  if (Status s = store::EventStore::Open(path, &store, /*read_only=*/true); !s.ok()) {
    std::cerr << "tidings query: " << s.ToString() << "\n";
    return 2;
  }
  // CAMEO actor and country codes are upper case.
  o.query.actor_prefix = Upper(o.query.actor_prefix);
  o.query.country = Upper(o.query.country);
  Status s;
  if (o.dead_letters) {
    store::DeadLetterQuery dq;
    dq.article_id = o.query.article_id;
    dq.limit = o.query.limit;
    s = store::ExportDeadLetters(*store, dq, std::cout);
  } else {
    s = store::ExportEvents(*store, o.query, format, std::cout);
  }
  if (!s.ok()) {
    std::cerr << "tidings query: " << s.ToString() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

void RegisterQueryCommand(CLI::App& app) {
  auto o = std::make_shared<QueryOptions>();
  CLI::App* cmd = app.add_subcommand(
      "query", "Print stored events (oldest first) as JSON lines or CSV, filtered by date, code, actor");
  cmd->add_option("--since", o->query.since_date, "first event date, YYYY-MM-DD (inclusive)");
  cmd->add_option("--until", o->query.until_date, "last event date, YYYY-MM-DD (inclusive)");
  cmd->add_option("--code", o->query.code_prefix, "CAMEO code prefix: 05 (a root) or 057 (a code)");
  cmd->add_option("--actor", o->query.actor_prefix, "source or target actor code prefix: TUR, TURGOV");
  cmd->add_option("--country", o->query.country, "source or target country, ISO 3166-1 alpha-3");
  cmd->add_option("--article", o->query.article_id, "events of this article id only");
  cmd->add_option("--since-seq", o->query.since_seq, "only events stored after this sequence number");
  cmd->add_option("--limit", o->query.limit, "print at most this many events");
  cmd->add_option("--format", o->format, "jsonl (default) or csv")->check(CLI::IsMember({"jsonl", "csv"}));
  AddDataDirOption(cmd, &o->data_dir);
  cmd->add_option("--store", o->store_file, "the SQLite store file (overrides --data-dir)");
  cmd->add_flag("--dead-letters", o->dead_letters,
                "print the dead letters (JSON lines; --article and --limit apply) instead of events");
  cmd->callback([o]() {
    int rc = RunQuery(*o);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace tidings::cli

// tidings query: events from the store (read-only), as JSON lines or CSV, in the one event
// schema of tidings (tidings/event_json.h); or its dead letters, or its articles with their
// status. Reads whichever backend the daemon uses (see store_options.h).
#include <algorithm>
#include <cctype>
#include <iostream>
#include <memory>

#include "commands.h"
#include "daemon_client.h"
#include "store/event_export.h"
#include "store/event_store.h"
#include "store_options.h"

namespace tidings::cli {

namespace {

struct QueryOptions {
  store::EventQuery query;
  std::string format = "jsonl";
  std::string data_dir;
  StoreOptions store;
  bool dead_letters = false;
  bool articles = false;
  std::string status;  // --articles: status prefix
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
  std::unique_ptr<store::EventStore> store;
  if (Status s = OpenStoreForReading(o.store, o.data_dir, &store); !s.ok()) {
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
  } else if (o.articles) {
    store::ArticleQuery aq;
    aq.article_id = o.query.article_id;
    aq.status_prefix = o.status;
    aq.limit = o.query.limit;
    s = store::ExportArticles(*store, aq, std::cout);
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
  AddStoreOptions(cmd, &o->store);
  cmd->add_flag("--dead-letters", o->dead_letters,
                "print the dead letters (JSON lines; --article and --limit apply) instead of events");
  cmd->add_flag("--articles", o->articles,
                "print the stored articles with their status (stored, dead, \"not coded: language "
                "fr\"; JSON lines; --article, --status and --limit apply) instead of events");
  cmd->add_option("--status", o->status, "with --articles: only this status (a prefix: \"not coded\", dead)");
  cmd->callback([o]() {
    int rc = RunQuery(*o);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace tidings::cli

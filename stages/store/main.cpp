// tidings-store: commits articles, events and dead letters to SQLite or PostgreSQL, then sends
// the committed events (with their store sequence numbers) back to the daemon, which publishes
// them and closes the article's journal entry. Articles waiting together are committed in one
// transaction; while the database cannot be reached nothing is acknowledged (the runner retries
// with backoff and keeps heartbeating, and the articles wait in the daemon's journal).
#include <spdlog/spdlog.h>

#include <cstdlib>

#include "store/event_store.h"
#include "tidings/logging.h"
#include "tidings/stage_runner.h"

namespace {

// Articles committed per transaction at most (when that many are waiting).
constexpr size_t kMaxBatch = 64;
// A statement or connection attempt longer than this counts as a lost connection: under the
// supervisor's heartbeat liveness (3 s by default), so a slow server never gets us killed.
constexpr int kStatementTimeoutMs = 2000;

class StoreLogic : public tidings::StageLogic {
 public:
  explicit StoreLogic(tidings::store::EventStore& store) : store_(store) {}
  bool HandlesDeadLetters() const override { return true; }
  size_t MaxBatch() const override { return kMaxBatch; }

  tidings::Status Process(tidings::v1::Envelope& envelope) override {
    tidings::v1::Envelope* one = &envelope;
    tidings::Status status;
    ProcessBatch(std::span<tidings::v1::Envelope*>(&one, 1), std::span<tidings::Status>(&status, 1));
    return status;
  }

  void ProcessBatch(std::span<tidings::v1::Envelope*> envelopes, std::span<tidings::Status> statuses) override {
    std::vector<tidings::store::CodedBatchItem> items;
    std::vector<size_t> coded_at;
    for (size_t i = 0; i < envelopes.size(); ++i) {
      tidings::v1::Envelope& env = *envelopes[i];
      if (env.has_dead_letter()) {
        statuses[i] = KeepDeadLetter(env);
      } else if (!env.has_coded()) {
        statuses[i] = tidings::Status::InvalidInput("store expects a CodedArticle or DeadLetter payload");
      } else {
        tidings::store::CodedBatchItem item;
        item.coded = env.mutable_coded();
        item.attempt = env.attempt();
        items.push_back(std::move(item));
        coded_at.push_back(i);
      }
    }
    if (items.empty()) return;
    store_.StoreCodedArticles(items);  // each item says its own outcome
    for (size_t k = 0; k < items.size(); ++k) {
      statuses[coded_at[k]] = items[k].status;
      // A replay of an article already committed: publish nothing twice.
      if (items[k].already_stored) envelopes[coded_at[k]]->mutable_coded()->clear_events();
    }
  }

 private:
  tidings::Status KeepDeadLetter(tidings::v1::Envelope& envelope) {
    tidings::v1::DeadLetter* letter = envelope.mutable_dead_letter();
    if (letter->article_id().empty()) letter->set_article_id(envelope.article_id());
    return store_.StoreDeadLetter(*letter);
  }

  tidings::store::EventStore& store_;
};

}  // namespace

int main(int argc, char** argv) {
  tidings::StageRunnerOptions options;
  options.stage = "store";
  std::string backend = "sqlite";
  tidings::store::StoreLocation where;
  CLI::App app{"tidings store stage"};
  tidings::AddStageRunnerOptions(app, &options);
  app.add_option("--backend", backend, "sqlite (default) or postgresql");
  app.add_option("--db", where.path, "SQLite store file (--backend sqlite)");
  app.add_option("--url", where.url,
                 "PostgreSQL URL (--backend postgresql; default $TIDINGS_STORE_URL, which keeps a "
                 "password off the command line)");
  CLI11_PARSE(app, argc, argv);
  tidings::InitLogging("tidings-store", options.log_level);
  if (tidings::Status s = tidings::store::ParseBackend(backend, &where.backend); !s.ok()) {
    spdlog::error("{}", s.message());
    return tidings::kExitConfig;
  }
  if (where.backend == tidings::store::Backend::kPostgresql && where.url.empty()) {
    if (const char* env = std::getenv("TIDINGS_STORE_URL")) where.url = env;
  }
  if (where.backend == tidings::store::Backend::kSqlite ? where.path.empty() : where.url.empty()) {
    spdlog::error("the {} store needs {}", backend,
                  where.backend == tidings::store::Backend::kSqlite ? "--db FILE" : "--url or $TIDINGS_STORE_URL");
    return tidings::kExitConfig;
  }
  tidings::store::OpenOptions open;
  open.connect_lazily = true;  // a server still starting up is waited for, not a failure
  open.statement_timeout_ms = kStatementTimeoutMs;
  std::unique_ptr<tidings::store::EventStore> store;
  tidings::Status status = tidings::store::EventStore::Open(where, open, &store);
  if (!status.ok()) {
    spdlog::error("cannot open store: {}", status.ToString());
    // A wrong path, URL, password or schema: restarting would not fix it. A PostgreSQL server
    // failing in some other way might recover.
    const bool transient = where.backend == tidings::store::Backend::kPostgresql &&
                           status.code() == tidings::Status::Code::kIoError;
    return transient ? tidings::kExitCrash : tidings::kExitConfig;
  }
  spdlog::info("store: {} {}", tidings::store::BackendName(where.backend), store->Describe());
  StoreLogic logic(*store);
  return tidings::RunStage(options, logic);
}

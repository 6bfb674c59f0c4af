// tidings-store: commits articles, events and dead letters to SQLite, then sends the committed
// events (with their store sequence numbers) back to the daemon, which publishes them and
// closes the article's journal entry.
#include <spdlog/spdlog.h>

#include "store/event_store.h"
#include "tidings/logging.h"
#include "tidings/runtime_paths.h"
#include "tidings/stage_runner.h"

namespace {

class StoreLogic : public tidings::StageLogic {
 public:
  explicit StoreLogic(tidings::store::EventStore& store) : store_(store) {}
  bool HandlesDeadLetters() const override { return true; }

  tidings::Status Process(tidings::v1::Envelope& envelope) override {
    if (envelope.has_dead_letter()) {
      return KeepDeadLetter(envelope);
    }
    if (!envelope.has_coded()) {
      return tidings::Status::InvalidInput("store expects a CodedArticle or DeadLetter payload");
    }
    bool already_stored = false;
    tidings::Status status =
        store_.StoreCodedArticle(envelope.mutable_coded(), envelope.attempt(), &already_stored);
    if (!status.ok()) return status;
    if (already_stored) {
      // A replay of an article already committed: publish nothing twice.
      envelope.mutable_coded()->clear_events();
    }
    return tidings::Status::Ok();
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
  std::string path;
  CLI::App app{"tidings store stage"};
  tidings::AddStageRunnerOptions(app, &options);
  app.add_option("--db", path, "SQLite store file")->required();
  CLI11_PARSE(app, argc, argv);
  tidings::InitLogging("tidings-store", options.log_level);
  std::unique_ptr<tidings::store::EventStore> store;
  tidings::Status status = tidings::store::EventStore::Open(path, &store);
  if (!status.ok()) {
    spdlog::error("cannot open store: {}", status.ToString());
    return tidings::kExitConfig;
  }
  StoreLogic logic(*store);
  return tidings::RunStage(options, logic);
}

// tidings-fetch: passes articles with content through; downloads those with only a URL.
#include "fetch/article_fetcher.h"
#include "tidings/logging.h"
#include "tidings/stage_runner.h"

namespace {

class FetchLogic : public tidings::StageLogic {
 public:
  explicit FetchLogic(tidings::fetch::FetcherOptions options) : fetcher_(options) {}
  tidings::Status Process(tidings::v1::Envelope& envelope) override {
    if (!envelope.has_article()) {
      return tidings::Status::InvalidInput("fetch expects an Article payload");
    }
    return fetcher_.Fetch(envelope.mutable_article());
  }

 private:
  tidings::fetch::ArticleFetcher fetcher_;
};

}  // namespace

int main(int argc, char** argv) {
  tidings::StageRunnerOptions options;
  options.stage = "fetch";
  tidings::fetch::FetcherOptions fetcher;
  CLI::App app{"tidings fetch stage"};
  tidings::AddStageRunnerOptions(app, &options);
  app.add_option("--timeout-ms", fetcher.total_timeout_ms, "whole download deadline");
  app.add_option("--max-bytes", fetcher.max_body_bytes, "largest body accepted");
  CLI11_PARSE(app, argc, argv);
  tidings::InitLogging("tidings-fetch", options.log_level);
  FetchLogic logic(fetcher);
  return tidings::RunStage(options, logic);
}

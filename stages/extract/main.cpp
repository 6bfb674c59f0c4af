// tidings-extract: codes the sentences of a cleaned article into CAMEO events.
#include <spdlog/spdlog.h>

#include "extract/event_coder.h"
#include "tidings/logging.h"
#include "tidings/stage_runner.h"

namespace {

class ExtractLogic : public tidings::StageLogic {
 public:
  explicit ExtractLogic(const tidings::extract::EventCoder& coder) : coder_(coder) {}
  tidings::Status Process(tidings::v1::Envelope& envelope) override {
    if (!envelope.has_clean()) {
      return tidings::Status::InvalidInput("extract expects a CleanArticle payload");
    }
    tidings::v1::CodedArticle coded;
    tidings::Status status = coder_.Code(std::move(*envelope.mutable_clean()), &coded);
    if (!status.ok()) return status;
    *envelope.mutable_coded() = std::move(coded);
    return tidings::Status::Ok();
  }

 private:
  const tidings::extract::EventCoder& coder_;
};

}  // namespace

int main(int argc, char** argv) {
  tidings::StageRunnerOptions options;
  options.stage = "extract";
  tidings::extract::CoderOptions coder_options;
  CLI::App app{"tidings extract stage"};
  tidings::AddStageRunnerOptions(app, &options);
  app.add_option("--verbs", coder_options.verbs_file, "verb pattern dictionary (TABARI/PETRARCH)");
  app.add_option("--actors", coder_options.actor_files, "actor dictionary files (repeatable)");
  app.add_option("--agents", coder_options.agents_file, "agent dictionary");
  app.add_option("--discards", coder_options.discards_file, "discard dictionary");
  app.add_option("--issues", coder_options.issues_file, "issue dictionary");
  CLI11_PARSE(app, argc, argv);
  tidings::InitLogging("tidings-extract", options.log_level);
  std::unique_ptr<tidings::extract::EventCoder> coder;
  tidings::Status status = tidings::extract::EventCoder::Create(coder_options, &coder);
  if (!status.ok()) {
    spdlog::error("cannot load dictionaries: {}", status.ToString());
    return tidings::kExitConfig;  // restarting would not fix a bad dictionary path
  }
  ExtractLogic logic(*coder);
  return tidings::RunStage(options, logic);
}

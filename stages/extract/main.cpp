// tidings-extract: codes the sentences of a cleaned article into CAMEO events.
#include <spdlog/spdlog.h>

#include "extract/event_coder.h"
#include "extract/language_gate.h"
#include "tidings/logging.h"
#include "tidings/stage_runner.h"

namespace {

class ExtractLogic : public tidings::StageLogic {
 public:
  ExtractLogic(const tidings::extract::EventCoder& coder, const tidings::extract::LanguageGate& gate)
      : coder_(coder), gate_(gate) {}
  tidings::Status Process(tidings::v1::Envelope& envelope) override {
    if (!envelope.has_clean()) {
      return tidings::Status::InvalidInput("extract expects a CleanArticle payload");
    }
    tidings::v1::CodedArticle coded;
    // A language the dictionaries do not cover would code nothing, silently: say so instead.
    if (std::string reason = gate_.NotCodedReason(envelope.clean().language()); !reason.empty()) {
      *coded.mutable_article() = std::move(*envelope.mutable_clean());
      coded.set_not_coded(std::move(reason));
    } else if (tidings::Status status = coder_.Code(std::move(*envelope.mutable_clean()), &coded); !status.ok()) {
      return status;
    }
    *envelope.mutable_coded() = std::move(coded);
    return tidings::Status::Ok();
  }

 private:
  const tidings::extract::EventCoder& coder_;
  const tidings::extract::LanguageGate& gate_;
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
  std::string languages = "en";
  app.add_option("--languages", languages,
                 "languages the dictionaries cover, comma-separated (default en); articles in others "
                 "are stored as \"not coded: language xx\"; empty: code every language");
  CLI11_PARSE(app, argc, argv);
  tidings::InitLogging("tidings-extract", options.log_level);
  std::unique_ptr<tidings::extract::EventCoder> coder;
  tidings::Status status = tidings::extract::EventCoder::Create(coder_options, &coder);
  if (!status.ok()) {
    spdlog::error("cannot load dictionaries: {}", status.ToString());
    return tidings::kExitConfig;  // restarting would not fix a bad dictionary path
  }
  tidings::extract::LanguageGate gate(tidings::extract::LanguageGate::ParseList(languages));
  ExtractLogic logic(*coder, gate);
  return tidings::RunStage(options, logic);
}

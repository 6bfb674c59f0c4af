// tidings-clean: HTML or plain text in, UTF-8 main text with metadata out.
#include "clean/article_cleaner.h"
#include "clean/near_duplicate_index.h"
#include "tidings/logging.h"
#include "tidings/stage_runner.h"

namespace {

class CleanLogic : public tidings::StageLogic {
 public:
  tidings::Status Process(tidings::v1::Envelope& envelope) override {
    if (!envelope.has_article()) {
      return tidings::Status::InvalidInput("clean expects an Article payload");
    }
    tidings::v1::CleanArticle clean;
    tidings::Status status = cleaner_.Clean(envelope.article(), &clean);
    if (!status.ok()) return status;
    // The costly half of the near-duplicate check (the text's signature) is done here; the
    // daemon checks it against one index of every article, whichever replica cleaned it.
    tidings::clean::NearDuplicateIndex::Signature sig = duplicates_.Sign(clean.text());
    clean.set_simhash(sig.simhash);
    tidings::v1::TextSignature* out = envelope.mutable_signature();
    out->set_shingles(sig.shingles);
    out->mutable_minhash()->Add(sig.minhash.begin(), sig.minhash.end());
    out->mutable_names()->Add(sig.names.begin(), sig.names.end());
    *envelope.mutable_clean() = std::move(clean);  // replaces the Article payload
    return tidings::Status::Ok();
  }

 private:
  tidings::clean::ArticleCleaner cleaner_;
  tidings::clean::NearDuplicateIndex duplicates_;
};

}  // namespace

int main(int argc, char** argv) {
  tidings::StageRunnerOptions options;
  options.stage = "clean";
  CLI::App app{"tidings clean stage"};
  tidings::AddStageRunnerOptions(app, &options);
  CLI11_PARSE(app, argc, argv);
  tidings::InitLogging("tidings-clean", options.log_level);
  CleanLogic logic;
  return tidings::RunStage(options, logic);
}

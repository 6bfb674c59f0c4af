// tidings: the command-line client (push, subscribe, query, status) and the offline tools
// (clean, code) that run a stage's library on files without the daemon.
#include <google/protobuf/stubs/common.h>

#include <iostream>

#include "commands.h"
#include "tidings/allocator.h"

int main(int argc, char** argv) {
  tidings::TuneAllocatorForPages();  // `tidings clean` parses page after page, as the stage does
  CLI::App app{"tidings: news in, CAMEO political events out"};
  app.require_subcommand(1);
  tidings::cli::RegisterPushCommand(app);
  tidings::cli::RegisterSubscribeCommand(app);
  tidings::cli::RegisterQueryCommand(app);
  tidings::cli::RegisterStatusCommand(app);
  tidings::cli::RegisterCleanCommand(app);
  tidings::cli::RegisterCodeCommand(app);
  tidings::cli::RegisterKeygenCommand(app);
  tidings::cli::RegisterFetchCommand(app);
  tidings::cli::RegisterFeedsCommand(app);
  tidings::cli::RegisterMigrateCommand(app);
  tidings::cli::RegisterExportCommand(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const std::exception& e) {
    std::cerr << "tidings: " << e.what() << "\n";
    return 1;
  }
  google::protobuf::ShutdownProtobufLibrary();
  return 0;
}

// Each `tidings` subcommand registers itself on the top-level CLI11 app.
#pragma once

#include <CLI/CLI.hpp>

namespace tidings::cli {

void RegisterPushCommand(CLI::App& app);       // push_command.cc
void RegisterSubscribeCommand(CLI::App& app);  // subscribe_command.cc
void RegisterQueryCommand(CLI::App& app);      // query_command.cc
void RegisterStatusCommand(CLI::App& app);     // status_command.cc
void RegisterCleanCommand(CLI::App& app);      // clean_command.cc
void RegisterCodeCommand(CLI::App& app);       // code_command.cc
void RegisterKeygenCommand(CLI::App& app);     // keygen_command.cc
void RegisterFetchCommand(CLI::App& app);      // fetch_command.cc
void RegisterFeedsCommand(CLI::App& app);      // feeds_command.cc (+ feeds_check_command.cc)
void RegisterMigrateCommand(CLI::App& app);    // migrate_command.cc
void RegisterExportCommand(CLI::App& app);     // export_command.cc

}  // namespace tidings::cli

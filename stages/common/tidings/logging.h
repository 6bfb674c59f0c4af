// Process-wide logging: spdlog to stderr with the process name, level from config or flag.
#pragma once

#include <string>

namespace tidings {

// Safe to call more than once; the last call wins. level: trace|debug|info|warn|error|off.
void InitLogging(const std::string& process_name, const std::string& level = "info");

}  // namespace tidings

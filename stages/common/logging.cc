#include "tidings/logging.h"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace tidings {

void InitLogging(const std::string& process_name, const std::string& level) {
  auto logger = spdlog::stderr_color_mt(process_name + "-" + std::to_string(::getpid()));
  logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ " + process_name + "[%P] %v");
  logger->set_level(spdlog::level::from_str(level));
  spdlog::set_default_logger(logger);
}

}  // namespace tidings

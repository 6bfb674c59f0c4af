#include "tidings/status.h"

namespace tidings {

std::string Status::ToString() const {
  const char* prefix = "ok";
  switch (code_) {
    case Code::kOk: return "ok";
    case Code::kInvalidInput: prefix = "invalid input"; break;
    case Code::kNotFound: prefix = "not found"; break;
    case Code::kIoError: prefix = "I/O error"; break;
    case Code::kTimeout: prefix = "timeout"; break;
    case Code::kBusy: prefix = "busy"; break;
    case Code::kInternal: prefix = "internal error"; break;
    case Code::kConfig: prefix = "configuration error"; break;
  }
  return std::string(prefix) + ": " + message_;
}

}  // namespace tidings

# Runs one libFuzzer target for a bounded time (CTest entry fuzz_<name>, see CMakeLists.txt):
#   cmake -DFUZZER=<exe> -DSEEDS=<seed corpus dir> -DWORK=<work dir> -DSECONDS=<n> -DMAX_LEN=<bytes> -P run_fuzzer.cmake
# New interesting inputs go to <work>/corpus (kept, so later runs start further on; the
# committed seeds are never written); a failing input goes to <work>/artifacts/. Fails when
# the fuzzer reports a crash, leak, timeout or out-of-memory. A fixed -seed keeps CI runs
# repeatable; run the fuzzer by hand (without -seed) to explore further.
foreach(v FUZZER SEEDS WORK SECONDS MAX_LEN)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "run_fuzzer.cmake: -D${v}=... is required")
  endif()
endforeach()
if(NOT EXISTS ${FUZZER})
  message(FATAL_ERROR "fuzzer ${FUZZER} was not built (build the main project first)")
endif()
file(MAKE_DIRECTORY ${WORK}/corpus ${WORK}/artifacts)
execute_process(
  COMMAND ${FUZZER} -seed=1 -max_total_time=${SECONDS} -timeout=25 -rss_limit_mb=2048 -max_len=${MAX_LEN}
          -print_final_stats=1 -artifact_prefix=${WORK}/artifacts/ ${WORK}/corpus ${SEEDS}
  RESULT_VARIABLE rc
  OUTPUT_VARIABLE out
  ERROR_VARIABLE out)
# The summary lines (and the whole report on failure) only: libFuzzer's progress lines are many.
if(rc EQUAL 0)
  string(REGEX MATCHALL "(#[0-9]+[^\n]*DONE[^\n]*|stat::[^\n]*)" summary "${out}")
  list(JOIN summary "\n" summary)
  message("${summary}")
else()
  message("${out}")
  file(GLOB found ${WORK}/artifacts/*)
  message(FATAL_ERROR "fuzzer failed (exit ${rc}); input(s) kept: ${found}\n"
                      "reproduce: ${FUZZER} <input>")
endif()

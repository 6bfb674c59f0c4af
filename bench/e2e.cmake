# e2e_bench: real HTML through a real tidingsd on its default config: throughput, push -> publish
# latency, CPU per article per process, and `tidings clean` alone for the ratio.
if(TARGET tidingsd AND TARGET tidings_common)
  add_executable(e2e_bench ${CMAKE_CURRENT_LIST_DIR}/e2e_bench.cc)
  target_include_directories(e2e_bench PRIVATE ${CMAKE_SOURCE_DIR}/tests)
  target_link_libraries(e2e_bench PRIVATE tidings_daemon_harness tidings_common PkgConfig::CURL PkgConfig::SQLITE3)
  target_compile_definitions(e2e_bench PRIVATE TIDINGS_SHARED_DIR="${TIDINGS_SHARED_DIR}"
    TIDINGS_SOURCE_DIR="${CMAKE_SOURCE_DIR}" TIDINGS_BINARY_DIR="${CMAKE_BINARY_DIR}")
  add_dependencies(e2e_bench tidingsd tidings tidings-fetch tidings-clean tidings-extract tidings-store)
endif()

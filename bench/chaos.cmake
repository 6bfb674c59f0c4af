# chaos_bench: the long chaos run (20,000 articles by default) with `tidings push --ack` as the
# client while stages and the daemon are SIGKILLed; the chaos test runs the same, smaller.
if(TARGET tidingsd AND TARGET tidings_acked_pusher AND TARGET tidings_extract)
  add_executable(chaos_bench ${CMAKE_CURRENT_LIST_DIR}/chaos_bench.cc
    ${CMAKE_SOURCE_DIR}/tests/chaos_run.cc ${CMAKE_SOURCE_DIR}/tests/generated_news.cc)
  target_include_directories(chaos_bench PRIVATE ${CMAKE_SOURCE_DIR}/tests)
  target_link_libraries(chaos_bench PRIVATE tidings_daemon_harness tidings_acked_pusher tidings_common tidings_clean tidings_extract
    PkgConfig::CURL PkgConfig::SQLITE3)
  target_compile_definitions(chaos_bench PRIVATE TIDINGS_SHARED_DIR="${TIDINGS_SHARED_DIR}"
    TIDINGS_SOURCE_DIR="${CMAKE_SOURCE_DIR}" TIDINGS_BINARY_DIR="${CMAKE_BINARY_DIR}")
  add_dependencies(chaos_bench tidingsd tidings tidings-fetch tidings-clean tidings-extract tidings-store)
endif()

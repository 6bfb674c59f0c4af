# ingest_bench: articles/s into a running tidingsd, acknowledged (journaled with an fsync'd group
# commit before the ack) vs fire-and-forget; starts its own daemon on ephemeral loopback ports.
if(TARGET tidingsd AND TARGET tidings_acked_pusher)
  add_executable(ingest_bench ${CMAKE_CURRENT_LIST_DIR}/ingest_bench.cc ${CMAKE_SOURCE_DIR}/tests/generated_news.cc)
  target_include_directories(ingest_bench PRIVATE ${CMAKE_SOURCE_DIR}/tests)
  target_link_libraries(ingest_bench PRIVATE tidings_daemon_harness tidings_acked_pusher tidings_common tidings_pg_testing PkgConfig::CURL PkgConfig::SQLITE3)
  target_compile_definitions(ingest_bench PRIVATE TIDINGS_SHARED_DIR="${TIDINGS_SHARED_DIR}"
    TIDINGS_SOURCE_DIR="${CMAKE_SOURCE_DIR}" TIDINGS_BINARY_DIR="${CMAKE_BINARY_DIR}")
  add_dependencies(ingest_bench tidingsd tidings-fetch tidings-clean tidings-extract tidings-store)
endif()

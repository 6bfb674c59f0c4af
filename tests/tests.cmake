# End-to-end tests: real tidingsd, real stage processes, real sockets, SQLite files and a
# throwaway PostgreSQL server (the /postgresql and Postgres* tests run as e2e_test.postgresql).
tidings_add_postgres_test(e2e_test ${CMAKE_CURRENT_SOURCE_DIR}/pipeline_e2e_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/store_backends_e2e_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/generated_news.cc)
target_include_directories(e2e_test PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(e2e_test PRIVATE tidings_daemon_harness tidings_acked_pusher tidings_common PkgConfig::CURL PkgConfig::SQLITE3)
# The programs under test must be built before the tests run.
add_dependencies(e2e_test tidingsd tidings tidings-fetch tidings-clean tidings-extract tidings-store)

# Reliability under faults and load (issue 5): chaos kills, backpressure, poison input, replay
# and compaction, CURVE.
tidings_add_test(reliability_test
  ${CMAKE_CURRENT_SOURCE_DIR}/chaos_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/backpressure_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/poison_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/curve_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/replay_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/generated_news.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/chaos_run.cc)
target_include_directories(reliability_test PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
# clean + extract: the chaos test's fault-free reference runs the stages' libraries in process.
target_link_libraries(reliability_test PRIVATE tidings_daemon_harness tidings_acked_pusher tidings_common tidings_clean tidings_extract
  tidings_pg_testing PkgConfig::CURL PkgConfig::SQLITE3)
add_dependencies(reliability_test tidingsd tidings tidings-fetch tidings-clean tidings-extract tidings-store)

# Cluster mode (issue 11): a main and a worker daemon on one machine; CURVE on hops.
tidings_add_test(cluster_test ${CMAKE_CURRENT_SOURCE_DIR}/cluster_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/generated_news.cc)
target_include_directories(cluster_test PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(cluster_test PRIVATE tidings_daemon_harness tidings_acked_pusher tidings_common PkgConfig::CURL PkgConfig::SQLITE3)
add_dependencies(cluster_test tidingsd tidings tidings-fetch tidings-clean tidings-extract tidings-store)

# `tidings subscribe --since` seam test: real tidingsd, real subscribers, the store as reference.
tidings_add_postgres_test(since_seam_test ${CMAKE_CURRENT_SOURCE_DIR}/since_seam_test.cc)
target_include_directories(since_seam_test PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(since_seam_test PRIVATE tidings_daemon_harness tidings_common PkgConfig::CURL PkgConfig::SQLITE3)
add_dependencies(since_seam_test tidingsd tidings tidings-fetch tidings-clean tidings-extract tidings-store)

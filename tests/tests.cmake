# End-to-end tests: real tidingsd, real stage processes, real sockets and SQLite files.
tidings_add_test(e2e_test ${CMAKE_CURRENT_SOURCE_DIR}/pipeline_e2e_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/daemon_harness.cc)
target_include_directories(e2e_test PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(e2e_test PRIVATE tidings_common PkgConfig::CURL PkgConfig::SQLITE3)
# The programs under test must be built before the tests run.
add_dependencies(e2e_test tidingsd tidings tidings-fetch tidings-clean tidings-extract tidings-store)

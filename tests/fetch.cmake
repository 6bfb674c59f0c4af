# The fetch stage and its feed polling end to end (issue 8): real tidingsd, real HTTP servers
# on loopback.
find_package(ZLIB REQUIRED)  # the test server gzips pages
tidings_add_test(fetch_e2e_test ${CMAKE_CURRENT_SOURCE_DIR}/fetch_e2e_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/feeds_e2e_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/fetch_e2e_support.cc
  ${CMAKE_SOURCE_DIR}/stages/fetch/test_http_server.cc)
target_include_directories(fetch_e2e_test PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_SOURCE_DIR}/stages)
target_link_libraries(fetch_e2e_test PRIVATE tidings_daemon_harness tidings_common PkgConfig::CURL
  PkgConfig::SQLITE3 Boost::boost ZLIB::ZLIB)

# The windowed acknowledged pusher (and how clients find the daemon), one library shared by
# `tidings push --ack`, the tests and the benchmarks.
add_library(tidings_acked_pusher STATIC
  ${CMAKE_CURRENT_SOURCE_DIR}/acked_pusher.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/push_ledger.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/daemon_client.cc)
target_include_directories(tidings_acked_pusher PUBLIC ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_SOURCE_DIR}/stages)
target_link_libraries(tidings_acked_pusher PUBLIC tidings_common CLI11::CLI11)

# The `tidings` command: every cli/*_command.cc plus the offline stage libraries.
file(GLOB tidings_cli_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cc)
list(FILTER tidings_cli_sources EXCLUDE REGEX "_test\\.cc$")
list(FILTER tidings_cli_sources EXCLUDE REGEX "/(acked_pusher|push_ledger|daemon_client)\\.cc$")
add_executable(tidings ${tidings_cli_sources})
target_include_directories(tidings PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_SOURCE_DIR}/stages)
target_link_libraries(tidings PRIVATE tidings_acked_pusher tidings_common tidings_clean tidings_extract
  tidings_store tidings_fetch PkgConfig::CURL)

file(GLOB tidings_cli_tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*_test.cc)
if(tidings_cli_tests)
  tidings_add_test(cli_test ${tidings_cli_tests} ${CMAKE_CURRENT_SOURCE_DIR}/article_reader.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/article_feed.cc ${CMAKE_CURRENT_SOURCE_DIR}/status_view.cc)
  target_include_directories(cli_test PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(cli_test PRIVATE tidings_acked_pusher tidings_common)
endif()

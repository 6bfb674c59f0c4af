# `tidings feeds`: the feed parser and registry of the fetch stage (tidings_feeds), and their
# tests beside the commands (cli_test, made by cli.cmake from cli/*_test.cc).
target_link_libraries(tidings PRIVATE tidings_feeds)
if(TARGET cli_test)
  target_sources(cli_test PRIVATE feeds_command.cc feeds_check_command.cc daemon_client.cc
    ${CMAKE_SOURCE_DIR}/stages/fetch/test_http_server.cc)
  target_include_directories(cli_test PRIVATE ${CMAKE_SOURCE_DIR}/stages)
  target_link_libraries(cli_test PRIVATE tidings_feeds PkgConfig::CURL Boost::boost Threads::Threads)
endif()

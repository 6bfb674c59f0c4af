# fetch_bench: pages/s and CPU per page of the crawler against a local server, 64 in flight;
# pass-through cost of the fetch stage while downloads wait.
if(TARGET tidings_fetch)
  find_package(ZLIB REQUIRED)
  add_executable(fetch_bench ${CMAKE_CURRENT_LIST_DIR}/fetch_bench.cc
    ${CMAKE_SOURCE_DIR}/stages/fetch/test_http_server.cc)
  target_link_libraries(fetch_bench PRIVATE tidings_fetch Boost::boost Threads::Threads ZLIB::ZLIB)
endif()

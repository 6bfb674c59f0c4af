# tidingsd: the daemon's application (forwarder, wiring) on top of tidings_daemon_core.
add_executable(tidingsd main.cpp daemon_app.cc forwarder.cc)
target_link_libraries(tidingsd PRIVATE tidings_daemon_core tidings_common CLI11::CLI11)
# [[feeds]] are synced into the feed registry at start-up (the fetch stage polls the registry).
if(TARGET tidings_feeds)
  target_link_libraries(tidingsd PRIVATE tidings_feeds)
  target_compile_definitions(tidingsd PRIVATE TIDINGS_WITH_FEEDS=1)
endif()

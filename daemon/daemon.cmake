# tidingsd: the daemon's application (forwarder, wiring) on top of tidings_daemon_core.
add_executable(tidingsd main.cpp daemon_app.cc worker_app.cc app_parts.cc forwarder.cc
  zap_handler.cc control_listener.cc cluster_hub.cc)
# tidings_clean: the near-duplicate index, checked in the daemon for every replica of clean.
target_link_libraries(tidingsd PRIVATE tidings_daemon_core tidings_common tidings_clean CLI11::CLI11)
target_include_directories(tidingsd PRIVATE ${CMAKE_SOURCE_DIR}/stages)
# [[feeds]] are synced into the feed registry at start-up (the fetch stage polls the registry).
if(TARGET tidings_feeds)
  target_link_libraries(tidingsd PRIVATE tidings_feeds)
  target_compile_definitions(tidingsd PRIVATE TIDINGS_WITH_FEEDS=1)
endif()

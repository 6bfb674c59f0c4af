# tidingsd: the daemon's application (forwarder, wiring) on top of tidings_daemon_core.
add_executable(tidingsd main.cpp daemon_app.cc forwarder.cc)
target_link_libraries(tidingsd PRIVATE tidings_daemon_core tidings_common CLI11::CLI11)

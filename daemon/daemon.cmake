# tidingsd: the daemon's application (forwarder, wiring) on top of tidings_daemon_core.
add_executable(tidingsd main.cpp daemon_app.cc worker_app.cc app_parts.cc forwarder.cc intake.cc
  hop_router.cc event_publisher.cc replay.cc zap_handler.cc control_listener.cc cluster_hub.cc)
target_link_libraries(tidingsd PRIVATE tidings_daemon_core tidings_common CLI11::CLI11)

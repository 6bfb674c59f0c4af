# Clients against a real daemon (issue 10): `tidings push --ack` surviving restarts,
# `tidings status --watch`, the Grafana dashboard and the systemd unit.
tidings_add_test(clients_test
  ${CMAKE_CURRENT_SOURCE_DIR}/push_survival_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/status_watch_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/deploy_test.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/generated_news.cc)
target_include_directories(clients_test PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(clients_test PRIVATE tidings_daemon_harness tidings_acked_pusher tidings_common PkgConfig::CURL PkgConfig::SQLITE3)
add_dependencies(clients_test tidingsd tidings tidings-fetch tidings-clean tidings-extract tidings-store)

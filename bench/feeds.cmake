# feed_bench: feed items parsed per second (RSS 2.0, RSS 1.0, Atom 1.0, news sitemap) on
# generated 10,000-item feeds, and on feed files given on the command line.
if(TARGET tidings_feeds)
  add_executable(feed_bench ${CMAKE_CURRENT_LIST_DIR}/feed_bench.cc)
  target_link_libraries(feed_bench PRIVATE tidings_feeds)
endif()

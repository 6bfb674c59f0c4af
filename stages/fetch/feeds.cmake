# Feeds: the parser (RSS, RDF, Atom, sitemaps), their dates and URLs, and the registry of
# polled feeds. Socket-free; used by the fetch stage's poller and by `tidings feeds`.
find_package(ZLIB REQUIRED)  # gzipped sitemaps (.xml.gz)
add_library(tidings_feeds STATIC
  feed_parser.cc feed_rss.cc feed_atom.cc feed_sitemap.cc feed_xml.cc feed_text.cc feed_url.cc
  feed_dates.cc feed_registry.cc)
target_include_directories(tidings_feeds PUBLIC ${CMAKE_SOURCE_DIR}/stages)
target_link_libraries(tidings_feeds PUBLIC tidings_common PRIVATE PkgConfig::LIBXML2 PkgConfig::SQLITE3 ZLIB::ZLIB fmt::fmt)

tidings_add_test(feeds_test feed_parser_test.cc feed_formats_test.cc feed_dates_test.cc feed_text_test.cc
  feed_url_test.cc feed_registry_test.cc)
target_link_libraries(feeds_test PRIVATE tidings_feeds Threads::Threads ZLIB::ZLIB)

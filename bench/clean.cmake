# clean_bench: pages/s and MB/s per core of the clean stage on the article-extraction dev pages.
if(TARGET tidings_clean)
  add_executable(clean_bench ${CMAKE_CURRENT_LIST_DIR}/clean_bench.cc)
  target_link_libraries(clean_bench PRIVATE tidings_clean)
  target_compile_definitions(clean_bench PRIVATE TIDINGS_SHARED_DIR="${TIDINGS_SHARED_DIR}")
endif()

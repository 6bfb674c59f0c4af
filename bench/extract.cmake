# extract_bench: coding throughput of the extract stage with the full OEDA dictionaries, on real
# news prose (the dev pages, cleaned by the clean stage's library) and on generated sentences.
add_executable(extract_bench ${CMAKE_CURRENT_SOURCE_DIR}/extract_bench.cc)
target_link_libraries(extract_bench PRIVATE tidings_extract tidings_clean)
target_compile_definitions(extract_bench PRIVATE TIDINGS_SHARED_DIR="${TIDINGS_SHARED_DIR}")

# The extraction development set (tests/extract_devset, issue 9): hand-coded news sentences,
# scored per category against the coder in process. Needs the extract library.
if(TARGET tidings_extract)
  set(devset_dir ${CMAKE_CURRENT_SOURCE_DIR}/extract_devset)
  tidings_add_test(devset_test ${devset_dir}/devset_reader.cc ${devset_dir}/devset_score.cc
    ${devset_dir}/devset_score_test.cc ${devset_dir}/devset_data_test.cc ${devset_dir}/devset_test.cc)
  target_include_directories(devset_test PRIVATE ${devset_dir})
  target_link_libraries(devset_test PRIVATE tidings_extract nlohmann_json::nlohmann_json)
endif()

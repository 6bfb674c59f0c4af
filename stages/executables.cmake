# The stage processes: a thin main.cpp around each stage's library.
foreach(stage fetch clean extract store)
  if(TARGET tidings_${stage})
    add_executable(tidings-${stage} ${CMAKE_SOURCE_DIR}/stages/${stage}/main.cpp)
    target_link_libraries(tidings-${stage} PRIVATE tidings_${stage} tidings_common)
    target_include_directories(tidings-${stage} PRIVATE ${CMAKE_SOURCE_DIR}/stages)
    if(TARGET tidings_${stage}_process)  # sockets of the process beyond the runner's
      target_link_libraries(tidings-${stage} PRIVATE tidings_${stage}_process)
    endif()
  endif()
endforeach()

# marketdesk_add_test(NAME source... [LIBS lib...] [TIMEOUT seconds] [LABELS label...] [ENVIRONMENT VAR=value...]
#                     [NO_DATABASE])
#
# Builds one QtTest executable linked with marketdesk_testsupport and registers it with CTest. Every
# test needs the `postgres` fixture (ctest starts and stops the shared cluster around it), runs with
# QT_QPA_PLATFORM=offscreen, and is labelled with its folder name (ctest -L security). Each test
# makes its own database and server ports, so `ctest -j2` is safe. NO_DATABASE drops the `postgres`
# fixture for tests that never touch PostgreSQL (the Kubernetes simulator's own tests).
function(marketdesk_add_test name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "NO_DATABASE" "TIMEOUT" "LIBS;LABELS;ENVIRONMENT")
  if(NOT ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "marketdesk_add_test(${name}): no sources")
  endif()
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  add_executable(${name} ${ARG_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PRIVATE marketdesk_testsupport Qt6::Test ${ARG_LIBS})
  marketdesk_warnings(${name})
  get_filename_component(folder "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
  add_test(NAME ${name} COMMAND ${name})
  if(NOT ARG_NO_DATABASE)
    set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED postgres)
  endif()
  set_tests_properties(${name} PROPERTIES
    TIMEOUT ${ARG_TIMEOUT}
    LABELS "${folder};${ARG_LABELS}"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${ARG_ENVIRONMENT}")
endfunction()

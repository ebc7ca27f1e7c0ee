# Sanitizer and fuzzer instrumentation for the whole tree (clang or GCC; fuzzers need clang).
#
#   LATCHKEY_SANITIZE=address  AddressSanitizer + UndefinedBehaviorSanitizer (LeakSanitizer
#                              included); any UB report aborts (-fno-sanitize-recover).
#   LATCHKEY_SANITIZE=thread   ThreadSanitizer.
#   LATCHKEY_BUILD_FUZZERS=ON  libFuzzer targets in tests/fuzz (clang only). The libraries get
#                              -fsanitize=fuzzer-no-link (coverage only), so one ASan tree serves
#                              both the sanitized test suite and the fuzzers.
#
# The runtime options (halt_on_error, suppressions, ...) are exported to every ctest test
# through LATCHKEY_SANITIZER_TEST_ENV, so a report fails the test that produced it.

set(LATCHKEY_SANITIZE "" CACHE STRING "Sanitizer build: empty, 'address' (ASan+UBSan) or 'thread'")
set_property(CACHE LATCHKEY_SANITIZE PROPERTY STRINGS "" address thread)
set(LATCHKEY_SANITIZER_LOG_DIR "" CACHE PATH
    "If set, sanitizer reports of every process (also latchkeyd started by a test) go to files here")
set(LATCHKEY_SANITIZER_TEST_ENV "")
set(_log "")
if(LATCHKEY_SANITIZER_LOG_DIR)
  # Tests run latchkeyd as a child and keep its stderr to themselves: a report written to a
  # file cannot be lost. scripts/check-sanitizers.sh fails when this folder is not empty.
  set(_log ":log_path=${LATCHKEY_SANITIZER_LOG_DIR}/report")
endif()

set(_supp "${PROJECT_SOURCE_DIR}/tests/sanitizers")
if(LATCHKEY_SANITIZE STREQUAL "address")
  set(_flags -fsanitize=address,undefined -fno-sanitize-recover=undefined
             -fno-omit-frame-pointer)
  add_compile_options(${_flags})
  add_link_options(-fsanitize=address,undefined)
  set(LATCHKEY_SANITIZER_TEST_ENV
    "ASAN_OPTIONS=halt_on_error=1:abort_on_error=0:detect_leaks=1:detect_stack_use_after_return=1:strict_init_order=1:check_initialization_order=1${_log}"
    "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1${_log}"
    "LSAN_OPTIONS=suppressions=${_supp}/lsan.supp:print_suppressions=0")
elseif(LATCHKEY_SANITIZE STREQUAL "thread")
  if(LATCHKEY_BUILD_FUZZERS)
    message(FATAL_ERROR "LATCHKEY_BUILD_FUZZERS needs LATCHKEY_SANITIZE=address (or empty)")
  endif()
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
  set(LATCHKEY_SANITIZER_TEST_ENV
    "TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:suppressions=${_supp}/tsan.supp${_log}")
elseif(NOT LATCHKEY_SANITIZE STREQUAL "")
  message(FATAL_ERROR "LATCHKEY_SANITIZE must be empty, 'address' or 'thread'")
endif()

if(LATCHKEY_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "LATCHKEY_BUILD_FUZZERS needs clang (libFuzzer)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

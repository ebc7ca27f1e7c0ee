# Finds libpsl (the Public Suffix List library) and defines the imported target LibPsl::LibPsl.
# pkg-config where there is one (Debian's libpsl-dev, Homebrew's libpsl), else the header and
# library by name (vcpkg's libpsl on Windows: add its installed prefix to CMAKE_PREFIX_PATH).
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(PC_LIBPSL QUIET libpsl)
endif()
find_path(LibPsl_INCLUDE_DIR NAMES libpsl.h HINTS ${PC_LIBPSL_INCLUDE_DIRS})
find_library(LibPsl_LIBRARY NAMES psl libpsl HINTS ${PC_LIBPSL_LIBRARY_DIRS})
set(LibPsl_VERSION "${PC_LIBPSL_VERSION}")

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(LibPsl
  REQUIRED_VARS LibPsl_LIBRARY LibPsl_INCLUDE_DIR
  VERSION_VAR LibPsl_VERSION
  REASON_FAILURE_MESSAGE "install libpsl-dev (Debian), libpsl (Homebrew, vcpkg)")

if(LibPsl_FOUND AND NOT TARGET LibPsl::LibPsl)
  add_library(LibPsl::LibPsl UNKNOWN IMPORTED)
  set_target_properties(LibPsl::LibPsl PROPERTIES
    IMPORTED_LOCATION "${LibPsl_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${LibPsl_INCLUDE_DIR}")
endif()
mark_as_advanced(LibPsl_INCLUDE_DIR LibPsl_LIBRARY)

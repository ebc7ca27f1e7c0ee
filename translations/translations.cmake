# Translations of the dashboard (Qt Linguist). Included from ui/CMakeLists.txt after
# latchkey_ui is defined: lrelease compiles translations/latchkey_*.ts into .qm files that are
# embedded in latchkey_ui as resources (:/i18n/latchkey_de.qm, ...), so the dashboard and the
# GUI tests carry them without an install step. ui/translations.cpp loads them.
#
# Refresh the .ts files after changing strings (lupdate writes into translations/ in the tree):
#   cmake --build BUILD_DIR --target update_translations
# then translate the new (unfinished) messages with /usr/lib/qt6/bin/linguist.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

# Every source whose tr() strings a person can read in the dashboard: its widgets, models and
# backends, and core/, whose error messages LocalBackend shows as they are.
file(GLOB LATCHKEY_TR_SOURCES CONFIGURE_DEPENDS
  "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h"
  "${PROJECT_SOURCE_DIR}/models/*.cpp" "${PROJECT_SOURCE_DIR}/models/*.h"
  "${PROJECT_SOURCE_DIR}/client/*.cpp" "${PROJECT_SOURCE_DIR}/client/*.h"
  "${PROJECT_SOURCE_DIR}/core/*.cpp" "${PROJECT_SOURCE_DIR}/core/*.h")
list(APPEND LATCHKEY_TR_SOURCES "${PROJECT_SOURCE_DIR}/app/latchkey.cpp")
list(SORT LATCHKEY_TR_SOURCES)
set(LATCHKEY_TS_FILES
  "${PROJECT_SOURCE_DIR}/translations/latchkey_de.ts"
  "${PROJECT_SOURCE_DIR}/translations/latchkey_fr.ts")
# -locations none: line numbers would churn the .ts files on every edit.
set(LATCHKEY_LUPDATE_OPTIONS -locations none -no-ui-lines)

# What qt_add_translations() does, spelled out because English needs its own lupdate options:
# latchkey_en.ts holds only the plural forms ("%n key(s)" -> "1 key", "2 keys"), -pluralonly.
qt_add_lupdate(latchkey_ui
  TS_FILES ${LATCHKEY_TS_FILES}
  SOURCES ${LATCHKEY_TR_SOURCES}
  INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}"
  OPTIONS ${LATCHKEY_LUPDATE_OPTIONS} -no-obsolete)
qt_add_lupdate(latchkey_ui_en
  TS_FILES "${PROJECT_SOURCE_DIR}/translations/latchkey_en.ts"
  SOURCES ${LATCHKEY_TR_SOURCES}
  INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}"
  OPTIONS ${LATCHKEY_LUPDATE_OPTIONS} -no-obsolete -pluralonly)
qt_add_lrelease(latchkey_ui
  TS_FILES ${LATCHKEY_TS_FILES} "${PROJECT_SOURCE_DIR}/translations/latchkey_en.ts"
  QM_FILES_OUTPUT_VARIABLE _latchkey_qm_files
  OPTIONS -silent)
qt_add_resources(latchkey_ui "latchkey_ui_translations"
  PREFIX "/i18n"
  BASE "${CMAKE_CURRENT_BINARY_DIR}"
  FILES ${_latchkey_qm_files})

# The same source list for tests/i18n, which runs lupdate over it into a temporary copy.
string(JOIN "\n" _latchkey_tr_lst ${LATCHKEY_TR_SOURCES})
file(WRITE "${PROJECT_BINARY_DIR}/translations/sources.lst" "${_latchkey_tr_lst}\n")
set(LATCHKEY_TR_SOURCES_LST "${PROJECT_BINARY_DIR}/translations/sources.lst"
    CACHE INTERNAL "lupdate list of translated sources")

# labelguard_scan(): labelguard's whole-program scan as build steps of your
# own build, so that Ninja (or Make) runs it in parallel and incrementally,
# the way it compiles (docs/bazel-cmake.md).
#
#   find_package(labelguard REQUIRED)
#   labelguard_scan(TARGETS server handlers metrics
#                   [NAME labelguard]           # the target to build
#                   [CONFIG_FILE .clang-tidy]   # check options
#                   [HEADER_FILTER regex]       # headers whose findings show
#                                               # (default: the source tree's)
#                   [SARIF]                     # also NAME.sarif (needs Python 3)
#                   [FAIL_ON_FINDINGS]          # the target fails on a finding
#                   [ALL])                      # part of the default build
#
#   cmake --build build --target labelguard
#
# Each C++ source of the TARGETS gets one build step that writes its summary
# (labelguard-scan summarize), with a depfile of the headers it read; one step
# links the summaries into an index (labelguard-scan link); one step reports
# it (labelguard-scan report) into NAME.txt (clang-tidy's format, also
# printed) and NAME.yaml (clang-apply-replacements' format), in
# ${CMAKE_CURRENT_BINARY_DIR}/NAME/. A changed source re-runs its own summary,
# the link and the report; nothing changed runs nothing.
#
# The flags are those of CMake's compile database, exactly as the compiler
# gets them; the function turns CMAKE_EXPORT_COMPILE_COMMANDS on for the
# TARGETS. CMake rewrites compile_commands.json at every configure, so the
# summaries depend on a copy of it that is replaced only when its content
# changes: a configure that changes no flag re-runs no summary; one that does
# re-runs all of them (with Ninja; with Makefiles, every configure re-runs
# every summary).
#
# Why build steps and not CMAKE_CXX_CLANG_TIDY with the SummaryOutput option:
# the clang-tidy of CMAKE_CXX_CLANG_TIDY runs inside each compile step with
# one command line for every source, so the summary cannot be a build output
# Ninja knows of (no per-source file name, no dependency of the link on it),
# and every recompile would re-analyse; here the scan is its own target,
# independent of compiling, and needs no compiled object.

include_guard(GLOBAL)

set(_labelguard_scan_dir "${CMAKE_CURRENT_LIST_DIR}")

function(labelguard_scan)
  cmake_parse_arguments(PARSE_ARGV 0 LG "SARIF;FAIL_ON_FINDINGS;ALL"
                        "NAME;CONFIG_FILE;HEADER_FILTER" "TARGETS")
  if(LG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "labelguard_scan: unknown arguments: ${LG_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT LG_TARGETS)
    message(FATAL_ERROR "labelguard_scan: TARGETS is required")
  endif()
  if(NOT LG_NAME)
    set(LG_NAME labelguard)
  endif()
  if(NOT LABELGUARD_SCAN_EXECUTABLE OR NOT EXISTS "${LABELGUARD_SCAN_EXECUTABLE}"
     OR IS_DIRECTORY "${LABELGUARD_SCAN_EXECUTABLE}")
    message(FATAL_ERROR "labelguard_scan: labelguard-scan was not found "
      "(LABELGUARD_SCAN_EXECUTABLE='${LABELGUARD_SCAN_EXECUTABLE}'); install "
      "labelguard with LABELGUARD_TIDY=ON or set LABELGUARD_SCAN_EXECUTABLE")
  endif()
  # A file that is there but is not a labelguard-scan that runs (not
  # executable, another program, one whose LLVM libraries are missing) would
  # otherwise fail every summary step of the build with the same error: say
  # it once, here. One short run per configure.
  execute_process(COMMAND "${LABELGUARD_SCAN_EXECUTABLE}" --version
                  RESULT_VARIABLE rc OUTPUT_VARIABLE said ERROR_VARIABLE said)
  if(NOT rc EQUAL 0 OR NOT said MATCHES "labelguard version")
    string(STRIP "${said}" said)
    message(FATAL_ERROR "labelguard_scan: LABELGUARD_SCAN_EXECUTABLE="
      "'${LABELGUARD_SCAN_EXECUTABLE}' is not a labelguard-scan that runs "
      "('--version' gave ${rc}: ${said})")
  endif()
  if(LG_SARIF AND (NOT LABELGUARD_SARIF_EXECUTABLE OR NOT EXISTS "${LABELGUARD_SARIF_EXECUTABLE}"))
    message(FATAL_ERROR "labelguard_scan: SARIF needs labelguard-sarif "
      "(LABELGUARD_SARIF_EXECUTABLE='${LABELGUARD_SARIF_EXECUTABLE}')")
  endif()
  set(config "")
  if(LG_CONFIG_FILE)
    get_filename_component(config "${LG_CONFIG_FILE}" ABSOLUTE
                           BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    if(NOT EXISTS "${config}")
      message(FATAL_ERROR "labelguard_scan: CONFIG_FILE '${config}' does not exist")
    endif()
  endif()

  if(NOT LG_HEADER_FILTER)
    # The headers of the project's source tree. labelguard-scan's own
    # default, the units' common directory, would move with a source outside
    # the tree or a generated one in the build tree (to their common parent,
    # or to none at all: then no header's finding would show).
    string(REGEX REPLACE "([][.*+?^$(){}|\\])" "\\\\\\1" root "${CMAKE_SOURCE_DIR}")
    set(LG_HEADER_FILTER "^${root}/")
  endif()

  set(out "${CMAKE_CURRENT_BINARY_DIR}/${LG_NAME}")
  set(db_copy "${out}/compile_commands.json")
  set(step "${_labelguard_scan_dir}/labelguardScanStep.cmake")
  set(tools "${LABELGUARD_SCAN_EXECUTABLE}" "${step}")
  if(config)
    list(APPEND tools "${config}")
  endif()

  # The compile database, copied only when it changed. The summaries depend
  # on the copy, a byproduct: CMake gives such steps Ninja's restat, so an
  # unchanged copy re-runs no summary.
  add_custom_command(
    OUTPUT "${out}/compile_commands.stamp"
    BYPRODUCTS "${db_copy}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${out}"
    COMMAND "${CMAKE_COMMAND}" -E copy_if_different
            "${CMAKE_BINARY_DIR}/compile_commands.json" "${db_copy}"
    COMMAND "${CMAKE_COMMAND}" -E touch "${out}/compile_commands.stamp"
    DEPENDS "${CMAKE_BINARY_DIR}/compile_commands.json"
    COMMENT "labelguard: compile database"
    VERBATIM)

  # Ninja knows the copy (a byproduct) and restats it; Makefiles know only
  # the stamp, so there every configure re-runs every summary.
  if(CMAKE_GENERATOR MATCHES "Ninja")
    set(db_dep "${db_copy}")
  else()
    set(db_dep "${out}/compile_commands.stamp")
  endif()

  set(summaries "")
  foreach(target IN LISTS LG_TARGETS)
    if(NOT TARGET ${target})
      message(FATAL_ERROR "labelguard_scan: '${target}' is not a target")
    endif()
    set_property(TARGET ${target} PROPERTY EXPORT_COMPILE_COMMANDS ON)
    get_target_property(sources ${target} SOURCES)
    get_target_property(source_dir ${target} SOURCE_DIR)
    if(NOT sources)
      continue()
    endif()
    # Each source's full path, as CMake finds it: a relative name is taken
    # from the target's source directory, or else from its binary directory
    # when a custom command generates it there (add_custom_command(OUTPUT
    # gen.cpp ...) and add_library(x gen.cpp)). LOCATION would say, but only
    # once the build system is generated.
    get_target_property(binary_dir ${target} BINARY_DIR)
    set(paths "")
    set(generated "")
    foreach(source IN LISTS sources)
      if(source MATCHES "^\\$<")
        message(WARNING "labelguard_scan: ${target}: the source '${source}' "
                "is a generator expression and is not analysed")
        continue()
      endif()
      get_filename_component(path "${source}" ABSOLUTE BASE_DIR "${source_dir}")
      if(NOT EXISTS "${path}" AND NOT IS_ABSOLUTE "${source}")
        get_filename_component(built "${source}" ABSOLUTE BASE_DIR "${binary_dir}")
        get_source_file_property(is_generated "${built}" TARGET_DIRECTORY ${target} GENERATED)
        if(is_generated)
          set(path "${built}")
        endif()
      endif()
      get_source_file_property(is_generated "${path}" TARGET_DIRECTORY ${target} GENERATED)
      if(is_generated)
        list(APPEND generated "${path}")
      endif()
      list(APPEND paths "${path}")
    endforeach()
    foreach(path IN LISTS paths)
      if(NOT path MATCHES "\\.(cc|cpp|cxx|c\\+\\+|C)$")
        continue()
      endif()
      # The summary's name: relative to the source tree; a source of the
      # build tree (generated) under _build/, any other under _outside/ and
      # its absolute path.
      file(RELATIVE_PATH rel "${CMAKE_SOURCE_DIR}" "${path}")
      set(shown "${rel}")
      if(rel MATCHES "^\\.\\./")
        set(shown "${path}")
        file(RELATIVE_PATH rel "${CMAKE_BINARY_DIR}" "${path}")
        if(rel MATCHES "^\\.\\./")
          string(REGEX REPLACE "^/" "" rel "${path}")
          set(rel "_outside/${rel}")
        else()
          set(rel "_build/${rel}")
        endif()
      endif()
      set(summary "${out}/summaries/${target}/${rel}.lgs")
      get_filename_component(summary_dir "${summary}" DIRECTORY)
      file(MAKE_DIRECTORY "${summary_dir}")
      # The target's generated files (sources and headers listed in it) are
      # built first: a summary reads the unit's generated headers too, and a
      # generated source is a build output like any other.
      add_custom_command(
        OUTPUT "${summary}"
        COMMAND "${CMAKE_COMMAND}" -DMODE=summarize
                "-DSCAN=${LABELGUARD_SCAN_EXECUTABLE}" "-DDB_DIR=${out}"
                "-DSOURCE=${path}" "-DOUTPUT=${summary}"
                "-DDEPFILE=${summary}.d" "-DCONFIG=${config}"
                "-DREPORT=${out}/${LG_NAME}.txt" -P "${step}"
        DEPENDS "${path}" "${db_dep}" ${tools} ${generated}
        DEPFILE "${summary}.d"
        COMMENT "labelguard: summarizing ${shown}"
        VERBATIM)
      list(APPEND summaries "${summary}")
    endforeach()
  endforeach()
  if(NOT summaries)
    message(FATAL_ERROR "labelguard_scan: no C++ source in ${LG_TARGETS}")
  endif()
  list(REMOVE_DUPLICATES summaries)

  # The list of summaries, rewritten only when it changes.
  list(JOIN summaries "\n" lines)
  file(CONFIGURE OUTPUT "${out}/summaries.list" CONTENT "${lines}\n" @ONLY)

  add_custom_command(
    OUTPUT "${out}/${LG_NAME}.idx"
    COMMAND "${LABELGUARD_SCAN_EXECUTABLE}" link -o "${out}/${LG_NAME}.idx"
            "@${out}/summaries.list"
    DEPENDS ${summaries} "${out}/summaries.list" "${LABELGUARD_SCAN_EXECUTABLE}"
    COMMENT "labelguard: linking ${LG_NAME}.idx"
    VERBATIM)

  set(reports "${out}/${LG_NAME}.txt" "${out}/${LG_NAME}.yaml")
  set(sarif "")
  if(LG_SARIF)
    set(sarif "${out}/${LG_NAME}.sarif")
    list(APPEND reports "${sarif}")
  endif()
  add_custom_command(
    OUTPUT ${reports}
    COMMAND "${CMAKE_COMMAND}" -DMODE=report
            "-DSCAN=${LABELGUARD_SCAN_EXECUTABLE}" "-DINDEX=${out}/${LG_NAME}.idx"
            "-DTEXT=${out}/${LG_NAME}.txt" "-DFIXES=${out}/${LG_NAME}.yaml"
            "-DSARIF=${sarif}" "-DSARIF_TOOL=${LABELGUARD_SARIF_EXECUTABLE}"
            "-DCONFIG=${config}" "-DHEADER_FILTER=${LG_HEADER_FILTER}"
            "-DSOURCE_ROOT=${CMAKE_SOURCE_DIR}"
            "-DFAIL_ON_FINDINGS=${LG_FAIL_ON_FINDINGS}" -P "${step}"
    DEPENDS "${out}/${LG_NAME}.idx" ${tools}
    COMMENT "labelguard: reporting ${LG_NAME}"
    VERBATIM)

  set(all "")
  if(LG_ALL)
    set(all ALL)
  endif()
  # The stamp is listed so that its step (and with it the copy) is part of
  # the build; the summaries depend on the copy.
  add_custom_target(${LG_NAME} ${all} DEPENDS ${reports} "${out}/compile_commands.stamp")
endfunction()

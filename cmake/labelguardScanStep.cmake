# One step of labelguard_scan() (labelguardScan.cmake), run as
#   cmake -DMODE=summarize|report -D... -P labelguardScanStep.cmake
#
# summarize: SCAN DB_DIR SOURCE OUTPUT DEPFILE REPORT [CONFIG]
#   writes the unit's summary, and a depfile of every file the unit read (the
#   summary's "inputs"), so that a changed header re-runs it.
# report: SCAN INDEX TEXT FIXES [SARIF SARIF_TOOL SOURCE_ROOT] [CONFIG]
#         [HEADER_FILTER] [FAIL_ON_FINDINGS]
#   writes the findings as text (and prints them) and as an export for
#   clang-apply-replacements, and the SARIF log if asked.
cmake_minimum_required(VERSION 3.20)

function(config_args out)
  if(CONFIG)
    set(${out} "--config-file=${CONFIG}" PARENT_SCOPE)
  else()
    set(${out} "" PARENT_SCOPE)
  endif()
endfunction()

# A path as a depfile (Makefile syntax) names it.
function(escape_dep path out)
  string(REPLACE "\\" "\\\\" path "${path}")
  string(REPLACE " " "\\ " path "${path}")
  string(REPLACE "#" "\\#" path "${path}")
  string(REPLACE "$" "$$" path "${path}")
  set(${out} "${path}" PARENT_SCOPE)
endfunction()

if(MODE STREQUAL "summarize")
  config_args(config)
  execute_process(
    COMMAND "${SCAN}" summarize -p "${DB_DIR}" -o "${OUTPUT}" ${config} "${SOURCE}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE said ERROR_VARIABLE said)
  if(NOT rc EQUAL 0 OR NOT EXISTS "${OUTPUT}")
    file(REMOVE "${OUTPUT}")
    message(FATAL_ERROR "labelguard: cannot summarize ${SOURCE} "
      "(labelguard-scan exited with ${rc}):\n${said}")
  endif()
  file(READ "${OUTPUT}" summary)
  # "inputs":[["/path","HASH"],...]: the files the unit read.
  string(FIND "${summary}" "\"inputs\":[" at)
  set(deps "${SOURCE}")
  if(at GREATER -1)
    string(SUBSTRING "${summary}" ${at} -1 tail)
    string(FIND "${tail}" "]]" end)
    if(end GREATER -1)
      string(SUBSTRING "${tail}" 0 ${end} tail)
    endif()
    # (No "[" in what is matched: CMake's lists do not split inside brackets.)
    string(REGEX MATCHALL "\"[^\"]+\",\"[0-9A-Fa-f]+\"" pairs "${tail}")
    foreach(pair IN LISTS pairs)
      string(REGEX REPLACE "^\"([^\"]+)\".*" "\\1" path "${pair}")
      list(APPEND deps "${path}")
    endforeach()
  endif()
  escape_dep("${OUTPUT}" target)
  set(text "${target}:")
  foreach(dep IN LISTS deps)
    escape_dep("${dep}" dep)
    string(APPEND text " \\\n  ${dep}")
  endforeach()
  file(WRITE "${DEPFILE}" "${text}\n")
  # A unit that does not compile still has a summary (what is well-formed in
  # it is analysed, so its calls into other units and theirs into it still
  # count); its errors are printed now, as a compiler would, and by every
  # report that reads it. The step itself succeeds: the other units'
  # findings are still linked and reported.
  string(FIND "${summary}" "\"errors\":[]" clean)
  if(clean EQUAL -1)
    string(JSON count ERROR_VARIABLE bad LENGTH "${summary}" errors)
    set(lines "")
    if(NOT bad)
      math(EXPR last "${count} - 1")
      foreach(i RANGE ${last})
        string(JSON line GET "${summary}" errors ${i})
        string(APPEND lines "\n${line}")
      endforeach()
    endif()
    message("labelguard: error: ${SOURCE}: does not compile; it is analysed "
      "where it is well-formed, and its errors are reported in ${REPORT}:${lines}")
  endif()
elseif(MODE STREQUAL "report")
  config_args(config)
  set(filter "")
  if(HEADER_FILTER)
    set(filter "--header-filter=${HEADER_FILTER}")
  endif()
  execute_process(
    COMMAND "${SCAN}" report "--export-fixes=${FIXES}" ${config} ${filter} "${INDEX}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE found ERROR_VARIABLE said)
  if(NOT rc MATCHES "^[013]$")
    message(FATAL_ERROR "labelguard: labelguard-scan report exited with ${rc}:\n${said}")
  endif()
  # Errors of units that did not compile first, then the findings.
  set(errors "")
  string(REGEX MATCHALL "[^\n]*: error: [^\n]*\n" lines "${said}")
  foreach(line IN LISTS lines)
    string(APPEND errors "${line}")
  endforeach()
  file(WRITE "${TEXT}" "${errors}${found}")
  if(SARIF)
    execute_process(
      COMMAND "${SARIF_TOOL}" --from-export-fixes "${FIXES}" --fail-on none
              --source-root "${SOURCE_ROOT}" -o "${SARIF}"
      RESULT_VARIABLE src OUTPUT_VARIABLE sarif_said ERROR_VARIABLE sarif_said)
    if(NOT src EQUAL 0)
      file(REMOVE "${TEXT}")
      message(FATAL_ERROR "labelguard: labelguard-sarif exited with ${src}:\n${sarif_said}")
    endif()
  endif()
  if(NOT rc EQUAL 0)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E cat "${TEXT}")
    if(FAIL_ON_FINDINGS AND rc EQUAL 3)
      message(FATAL_ERROR "labelguard: units that do not compile (their "
        "errors, and any findings, are in ${TEXT})")
    elseif(FAIL_ON_FINDINGS)
      message(FATAL_ERROR "labelguard: findings in ${TEXT}")
    endif()
  endif()
else()
  message(FATAL_ERROR "labelguardScanStep.cmake: MODE must be summarize or report")
endif()

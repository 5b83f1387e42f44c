# Writes OUT: a header naming the check's code by a hash of every source under
# ROOT, so that labelguard-scan does not reuse a summary another build of the
# engine made (the version number alone does not change between builds).
# Paths are hashed relative to ROOT: the same code gives the same id in any
# checkout, so summaries stay shareable between machines.
file(GLOB_RECURSE sources RELATIVE "${ROOT}"
  "${ROOT}/*.cpp" "${ROOT}/*.h" "${ROOT}/*.def")
list(SORT sources)
set(text "")
foreach(f IN LISTS sources)
  file(SHA256 "${ROOT}/${f}" h)
  string(APPEND text "${f} ${h}\n")
endforeach()
string(SHA256 id "${text}")
string(SUBSTRING "${id}" 0 16 id)
set(content "#define LABELGUARD_ENGINE_ID \"${id}\"\n")
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
endif()
if(NOT old STREQUAL content)
  file(WRITE "${OUT}" "${content}")
endif()

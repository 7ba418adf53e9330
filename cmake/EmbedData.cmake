# Compiles language data files into the library, as libphonenumber compiles its metadata:
# each file becomes a byte array in a generated source, reachable by its file name.
#
#   mizan_embed_data(OUTPUT <file.cc> FILES <data files...>)
#
# The generated source defines mizan::data::Find(name) (declared in core/data/embedded.h).

function(mizan_embed_data)
  cmake_parse_arguments(ARG "" "OUTPUT" "FILES" ${ARGN})
  set(script "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedDataScript.cmake")
  add_custom_command(
    OUTPUT "${ARG_OUTPUT}"
    COMMAND ${CMAKE_COMMAND} "-DOUTPUT=${ARG_OUTPUT}" "-DFILES=${ARG_FILES}" -P "${script}"
    DEPENDS ${ARG_FILES} "${script}"
    COMMENT "Embedding language data"
    VERBATIM)
endfunction()

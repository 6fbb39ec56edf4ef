# Run by ctest: checks the desktop integration files and the .deb.
function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "failed (${result}): ${ARGN}\n${out}\n${err}")
    endif()
    set(run_output "${out}" PARENT_SCOPE)
endfunction()

if(NOT DESKTOP_FILE_VALIDATE OR NOT APPSTREAMCLI)
    message(FATAL_ERROR "desktop-file-validate and appstreamcli are needed (scripts/deps --test installs them)")
endif()
run(${DESKTOP_FILE_VALIDATE} ${SOURCE_DIR}/resources/org.botdeck.Botdeck.desktop)
run(${APPSTREAMCLI} validate --no-net --pedantic ${SOURCE_DIR}/resources/org.botdeck.Botdeck.metainfo.xml)

set(root ${BUILD_DIR}/package-root)
file(REMOVE_RECURSE ${root})
file(GLOB old ${BUILD_DIR}/botdeck_*.deb)
if(old)
    file(REMOVE ${old})
endif()
run(${CPACK} -G DEB -B ${BUILD_DIR} --config ${BUILD_DIR}/CPackConfig.cmake)
file(GLOB debs ${BUILD_DIR}/botdeck_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb, found: ${debs}")
endif()

run(dpkg-deb --field ${debs} Depends)
foreach(needed libqt6core6 libqt6widgets6 libqt6sql6-sqlite)
    if(NOT run_output MATCHES "${needed}")
        message(FATAL_ERROR "the package does not depend on ${needed}: ${run_output}")
    endif()
endforeach()

run(dpkg-deb -x ${debs} ${root})
foreach(file usr/bin/botdeck
             usr/share/applications/org.botdeck.Botdeck.desktop
             usr/share/icons/hicolor/scalable/apps/org.botdeck.Botdeck.svg
             usr/share/metainfo/org.botdeck.Botdeck.metainfo.xml
             usr/share/man/man1/botdeck.1
             usr/lib/systemd/user/botdeck.service
             usr/share/doc/botdeck/examples/botdeck.ini)
    if(NOT EXISTS ${root}/${file})
        message(FATAL_ERROR "the package lacks ${file}")
    endif()
endforeach()
file(GLOB_RECURSE plugins ${root}/usr/lib/*/libbotdeck_hello.so ${root}/usr/lib/*/*/libbotdeck_hello.so)
if(NOT plugins)
    message(FATAL_ERROR "the package lacks the bundled plugin")
endif()

# Run from the throw-away root: the private library and the plugins are
# found relative to the binary, nothing from the build tree.
run(${CMAKE_COMMAND} -E env --unset=LD_LIBRARY_PATH ${root}/usr/bin/botdeck --version)
if(NOT run_output MATCHES "^botdeck [0-9]+\\.[0-9]+\\.[0-9]+")
    message(FATAL_ERROR "unexpected --version output: ${run_output}")
endif()
run(${root}/usr/bin/botdeck --list-backends)
if(NOT run_output MATCHES "local - ")
    message(FATAL_ERROR "unexpected --list-backends output: ${run_output}")
endif()
run(ldd ${root}/usr/bin/botdeck)
if(NOT run_output MATCHES "${root}")
    message(FATAL_ERROR "the installed binary does not use its own core library:\n${run_output}")
endif()
message(STATUS "packaging: desktop files valid, package ${debs} installs and runs")

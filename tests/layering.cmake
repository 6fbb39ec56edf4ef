# The include rules of docs/architecture.md: core and backends never include Widgets or
# Gui; the UI never includes a backend; parsers (codec files) never touch
# sockets. Run with: cmake -DSOURCE_DIR=<src> -P layering.cmake
set(violations "")

function(check_dir dir pattern why)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${dir}/*.h" "${SOURCE_DIR}/${dir}/*.cpp")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" hits REGEX "${pattern}")
        if(hits)
            file(RELATIVE_PATH rel "${SOURCE_DIR}" "${file}")
            list(APPEND violations "${rel}: ${why}: ${hits}")
        endif()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

set(gui_include "#include [<\"](QtWidgets|QtGui|QWidget|QApplication|QGuiApplication|QMainWindow|QDialog|QPixmap|QImage|QColor|QFont)")
check_dir(core "${gui_include}" "core must not use Widgets or Gui")
check_dir(backends "${gui_include}" "backends must not use Widgets or Gui")
check_dir(ui "#include [<\"]backends/" "the UI must not include a backend")
check_dir(core "#include [<\"](backends|ui)/" "core must not include upper layers")

file(GLOB_RECURSE codecs "${SOURCE_DIR}/backends/*codec*" "${SOURCE_DIR}/backends/*parser*")
foreach(file IN LISTS codecs)
    file(STRINGS "${file}" hits REGEX "#include [<\"](QTcpSocket|QSslSocket|QWebSocket|QAbstractSocket|QLocalSocket)")
    if(hits)
        list(APPEND violations "${file}: parsers must not touch sockets: ${hits}")
    endif()
endforeach()

if(violations)
    list(JOIN violations "\n" text)
    message(FATAL_ERROR "Layering violations:\n${text}")
endif()
message(STATUS "layering: all include rules hold")

# Install rules, platform metadata of the executables and Qt's deploy step (issue #7).
# Included by cpack.cmake from the top CMakeLists.txt, once every target exists.
# Linux packages use the system's Qt; Windows and macOS packages carry Qt and the other
# libraries with them.
include(GNUInstallDirs)

set(GATEHOUSE_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(gatehouse_generated_dir "${PROJECT_BINARY_DIR}/packaging")

# The version as numbers, for the four-number Windows version resource.
foreach(part MAJOR MINOR PATCH)
    if("${PROJECT_VERSION_${part}}" STREQUAL "")
        set(gatehouse_version_${part} 0)
    else()
        set(gatehouse_version_${part} ${PROJECT_VERSION_${part}})
    endif()
endforeach()

# The AppStream release date: the commit date of the source being built (the release commit's
# date when a tag is built), or the build date outside a git checkout (SOURCE_DATE_EPOCH
# pins it for reproducible builds).
find_package(Git QUIET)
if(NOT DEFINED GATEHOUSE_RELEASE_DATE AND GIT_FOUND)
    execute_process(COMMAND "${GIT_EXECUTABLE}" log -1 --format=%cs
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        OUTPUT_VARIABLE gatehouse_commit_date OUTPUT_STRIP_TRAILING_WHITESPACE
        ERROR_QUIET RESULT_VARIABLE gatehouse_git_result)
    if(gatehouse_git_result EQUAL 0 AND gatehouse_commit_date MATCHES "^[0-9]+-[0-9]+-[0-9]+$")
        set(GATEHOUSE_RELEASE_DATE "${gatehouse_commit_date}")
    endif()
endif()
if(NOT DEFINED GATEHOUSE_RELEASE_DATE)
    string(TIMESTAMP GATEHOUSE_RELEASE_DATE "%Y-%m-%d" UTC)
endif()

# ---- Generated metadata ------------------------------------------------------------------------
# Written on every platform, so that tests/packaging checks them all on any machine; each
# platform uses its own below.

# Linux: AppStream metainfo.
configure_file("${GATEHOUSE_PACKAGING_DIR}/linux/${GATEHOUSE_APP_ID}.metainfo.xml.in"
    "${gatehouse_generated_dir}/linux/${GATEHOUSE_APP_ID}.metainfo.xml" @ONLY)

# Windows: icon and version resource, one per executable.
set(GATEHOUSE_ICO "${GATEHOUSE_PACKAGING_DIR}/windows/gatehouse.ico")
set(GATEHOUSE_RC_VERSION
    "${gatehouse_version_MAJOR},${gatehouse_version_MINOR},${gatehouse_version_PATCH},0")
foreach(target IN ITEMS gatehouse gatehouse-cli)
    set(GATEHOUSE_RC_NAME ${target})
    if(target STREQUAL "gatehouse")
        set(GATEHOUSE_RC_DESCRIPTION "Gatehouse identity access console")
    else()
        set(GATEHOUSE_RC_DESCRIPTION "Gatehouse command-line tool")
    endif()
    configure_file("${GATEHOUSE_PACKAGING_DIR}/windows/gatehouse.rc.in"
        "${gatehouse_generated_dir}/windows/${target}.rc" @ONLY)
endforeach()

# macOS: Info.plist of Gatehouse.app.
set(GATEHOUSE_BUNDLE_EXECUTABLE Gatehouse)
if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(GATEHOUSE_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}")
else()
    set(GATEHOUSE_MACOS_MINIMUM "12.0") # Qt 6.8's minimum
endif()
configure_file("${GATEHOUSE_PACKAGING_DIR}/macos/Info.plist.in"
    "${gatehouse_generated_dir}/macos/Info.plist" @ONLY)

# ---- Executables -------------------------------------------------------------------------------

if(WIN32)
    foreach(target IN ITEMS gatehouse gatehouse-cli)
        target_sources(${target} PRIVATE "${gatehouse_generated_dir}/windows/${target}.rc")
    endforeach()
elseif(APPLE)
    # Gatehouse.app, with the bundle id, version and icon; the CLI lives in the same bundle
    # (Contents/MacOS) and uses the frameworks deployed there.
    set(gatehouse_bundle "${GATEHOUSE_BUNDLE_EXECUTABLE}.app")
    set_target_properties(gatehouse PROPERTIES
        OUTPUT_NAME ${GATEHOUSE_BUNDLE_EXECUTABLE}
        MACOSX_BUNDLE_INFO_PLIST "${gatehouse_generated_dir}/macos/Info.plist")
    set(gatehouse_icns "${GATEHOUSE_PACKAGING_DIR}/macos/gatehouse.icns")
    target_sources(gatehouse PRIVATE "${gatehouse_icns}")
    set_source_files_properties("${gatehouse_icns}" TARGET_DIRECTORY gatehouse
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(gatehouse gatehouse-cli PROPERTIES
        INSTALL_RPATH "@executable_path/../Frameworks")
endif()

# ---- Install -----------------------------------------------------------------------------------

# QtKeychain's package config names its imported library qt6keychain and adds
# Qt6Keychain::Qt6Keychain as an alias, which install(IMPORTED_RUNTIME_ARTIFACTS) refuses.
get_target_property(gatehouse_keychain Qt6Keychain::Qt6Keychain ALIASED_TARGET)
if(NOT gatehouse_keychain)
    set(gatehouse_keychain Qt6Keychain::Qt6Keychain)
endif()

if(APPLE)
    install(TARGETS gatehouse BUNDLE DESTINATION .)
    install(TARGETS gatehouse-cli RUNTIME DESTINATION "${gatehouse_bundle}/Contents/MacOS")
    install(IMPORTED_RUNTIME_ARTIFACTS ${gatehouse_keychain}
        LIBRARY DESTINATION "${gatehouse_bundle}/Contents/Frameworks")
    install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${GATEHOUSE_PACKAGING_DIR}/LICENSE.txt"
        DESTINATION "${gatehouse_bundle}/Contents/Resources")
else()
    install(TARGETS gatehouse gatehouse-cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
endif()

if(WIN32)
    install(IMPORTED_RUNTIME_ARTIFACTS ${gatehouse_keychain}
        RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
    # libcrypto for our RS256 signer, libssl too for Qt's OpenSSL TLS backend, which loads
    # both by name at run time. They sit in bin/ beside the headers' include/.
    get_filename_component(gatehouse_openssl_root "${OPENSSL_INCLUDE_DIR}" DIRECTORY)
    file(GLOB gatehouse_openssl_dlls
        "${gatehouse_openssl_root}/bin/libcrypto-3*.dll"
        "${gatehouse_openssl_root}/bin/libssl-3*.dll")
    if(NOT gatehouse_openssl_dlls)
        message(WARNING "No OpenSSL 3 DLLs in ${gatehouse_openssl_root}/bin: "
            "the Windows package will not run without them.")
    endif()
    install(FILES ${gatehouse_openssl_dlls} DESTINATION "${CMAKE_INSTALL_BINDIR}")
    # The MSVC runtime, next to the executables (no separate redistributable to install).
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    include(InstallRequiredSystemLibraries)
    install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${GATEHOUSE_PACKAGING_DIR}/LICENSE.txt"
        DESTINATION .)
endif()

if(UNIX AND NOT APPLE)
    # XDG: desktop entry, AppStream metainfo and hicolor icons, all named by the app id.
    install(FILES "${GATEHOUSE_PACKAGING_DIR}/linux/${GATEHOUSE_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${gatehouse_generated_dir}/linux/${GATEHOUSE_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(DIRECTORY "${GATEHOUSE_PACKAGING_DIR}/linux/icons/hicolor"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons")
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/app/gatehouse.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${GATEHOUSE_APP_ID}.svg")
    # Debian's doc folder: the machine-readable copyright file beside the licence text.
    install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${GATEHOUSE_PACKAGING_DIR}/LICENSE.txt"
        "${GATEHOUSE_PACKAGING_DIR}/linux/copyright"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/gatehouse")
endif()

# Translations need no rule: the .qm files are embedded (":/i18n", resources/CMakeLists.txt).

# ---- Qt deploy (Windows and macOS) -------------------------------------------------------------
# windeployqt/macdeployqt follow gatehouse's Qt libraries (Core, Gui, Widgets, Network, Sql,
# HttpServer) and bring their plugins: platforms, styles, tls, sqldrivers (qsqlite), imageformats
# and iconengines, whose qsvgicon draws the UI's SVG icons and brings QtSvg along. The CLI needs a subset of the same libraries: it shares
# bin/ on Windows and the bundle on macOS. On Linux the .deb depends on the system's Qt
# instead, so the deploy step never runs there.
if(WIN32 OR APPLE)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        set(gatehouse_deploy_options "")
        if(WIN32 AND Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
            # Only the SQLite driver: the others need client libraries we do not ship.
            list(APPEND gatehouse_deploy_options DEPLOY_TOOL_OPTIONS
                --exclude-plugins qsqlodbc,qsqlpsql,qsqlmysql,qsqlibase,qsqloci,qsqlmimer)
        endif()
        qt_generate_deploy_app_script(TARGET gatehouse
            OUTPUT_SCRIPT gatehouse_deploy_script
            NO_COMPILER_RUNTIME
            NO_UNSUPPORTED_PLATFORM_ERROR
            ${gatehouse_deploy_options})
    else()
        # Qt 6.4: technology preview, Windows and macOS only.
        qt_generate_deploy_app_script(TARGET gatehouse
            FILENAME_VARIABLE gatehouse_deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT "${gatehouse_deploy_script}")
    if(APPLE)
        # Installing rewrote rpaths and deploying rewrote install names, which breaks the
        # linker's signatures; Apple silicon refuses to run unsigned code, so sign ad hoc.
        install(CODE "execute_process(COMMAND codesign --force --deep --sign -
            \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${gatehouse_bundle}\"
            COMMAND_ERROR_IS_FATAL ANY)")
    endif()
endif()

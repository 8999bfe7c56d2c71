# Packages (issue #7): .deb and .tar.gz on Linux, a WiX .msi and a .zip on Windows, a .dmg on
# macOS. `cpack -G <generator>` in a Release build tree; the version is project(VERSION).
include("${CMAKE_CURRENT_LIST_DIR}/install.cmake")

set(CPACK_PACKAGE_NAME "Gatehouse")
set(CPACK_PACKAGE_VENDOR "The Gatehouse developers")
set(CPACK_PACKAGE_CONTACT "The Gatehouse developers <gatehouse-console@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines under 80 characters: the .deb's extended description shows them as they are.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Gatehouse is a desktop console and a command-line tool for helpdesk staff who"
    "find people and enable or disable their access on SailPoint Identity Security"
    "Cloud, Huawei Cloud IAM Identity Center and RSA SecurID Cloud Access Service."
    "Every action is journaled and followed until the provider confirms it; a"
    "built-in sandbox simulates all three providers.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Gatehouse")
set(CPACK_RESOURCE_FILE_LICENSE "${GATEHOUSE_PACKAGING_DIR}/LICENSE.txt")
# Start menu entry and desktop shortcut (WiX).
set(CPACK_PACKAGE_EXECUTABLES gatehouse "Gatehouse")
set(CPACK_CREATE_DESKTOP_LINKS gatehouse)

if(WIN32)
    set(CPACK_GENERATOR WIX ZIP)
    # Identifies the product across versions so that an install upgrades the previous one.
    # Generated once; never change it.
    set(CPACK_WIX_UPGRADE_GUID "D6AE3259-CE1C-4439-AAEC-9D8FEE9D6B0D")
    set(CPACK_WIX_PRODUCT_ICON "${GATEHOUSE_PACKAGING_DIR}/windows/gatehouse.ico")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Gatehouse")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}/issues")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "Gatehouse ${PROJECT_VERSION}")
    set(CPACK_PACKAGE_ICON "${GATEHOUSE_PACKAGING_DIR}/macos/gatehouse.icns")
else()
    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_DEBIAN_PACKAGE_NAME "gatehouse")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_STRIP_FILES ON)
    # dpkg-shlibdeps finds the libraries gatehouse links (Qt, QtKeychain, OpenSSL) but not the
    # plugins Qt loads at run time: the platform plugins (xcb, wayland, offscreen), the SQLite
    # driver of the journal and the SVG icon engine of the UI icons.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
    # Qt's own Chinese strings (dialog buttons); Gatehouse's are built in.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
endif()

include(CPack)

#!/bin/sh
# Debian packages that Qt needs to run headless (offscreen or under Xvfb), poppler's
# tools for the PDF tests, the validators of the desktop entry and metainfo, and binutils for the bundle.
# Installed only when missing, and only when running as root (CI); otherwise
# the missing ones are listed.
set -e
# Qt's xcb plugin (a real X window under Xvfb, for screenshots) needs the libxcb-* ones
PKGS="libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 xvfb
      libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
      libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0
      poppler-utils desktop-file-utils appstream binutils"
# poppler-utils: the tests read the exported PDFs back with pdftotext and render them with pdftoppm;
# desktop-file-utils and appstream: the tests validate packaging/linux's desktop entry and metainfo;
# binutils (readelf, strip): `make bundle` prunes and strips the bundle's libraries with them
command -v dpkg >/dev/null 2>&1 || exit 0
missing=""
for p in $PKGS; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ]; then
    echo "Installing Debian packages for headless Qt:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
else
    echo "Note: these Debian packages are missing (install them as root):$missing"
fi

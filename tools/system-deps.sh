#!/bin/sh
# Make sure the system libraries PySide6 loads are present, before pip spends minutes on a wheel
# that cannot start. The list is kiosk/system-packages.txt, derived from the Qt files the kiosk
# loads (tools/system_libs.py; a test keeps it complete). Each library is looked up by the file
# the dynamic loader needs, so the check also holds where package names differ; the names
# installed are Debian 12's (Raspberry Pi OS Bookworm has the same). One list serves every
# platform the kiosk runs on (X11, Wayland, offscreen): a kiosk moved from one to the other must
# not find a library missing on the day.
#
#   tools/system-deps.sh          the libraries, and python3-venv
#   tools/system-deps.sh --list   print the package names only (for an apt-get line)
#   tools/system-deps.sh --test   zbarimg, which the tests use to read the take-away QR codes off
#                                 screenshots; optional (those tests skip, saying so), never fatal
#
# As root with apt-get, missing packages are installed; otherwise the command is printed and the
# script fails, so make stops before anything else.
set -eu
list="$(dirname "$0")/../kiosk/system-packages.txt"

if [ "${1:-}" = "--test" ]; then
    if ! command -v zbarimg >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing zbar-tools for the QR code tests"
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends zbar-tools) ||
            echo "zbar-tools could not be installed: the QR decoding tests will be skipped" >&2
    fi
    exit 0
fi

# "library package" pairs, without comments and blank lines
pairs=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$list")
if [ "${1:-}" = "--list" ]; then
    echo "$pairs" | awk '{print $2}' | tr '\n' ' ' | sed 's/ $/\n/'
    exit 0
fi

known=$( (/sbin/ldconfig -p 2>/dev/null || ldconfig -p 2>/dev/null) | awk '{print $1}')
missing=$(echo "$pairs" | while read -r lib package; do
    echo "$known" | grep -qxF "$lib" || printf ' %s' "$package"
done)

python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    echo "Python 3.11 or newer is needed; python3 is $(python3 --version 2>&1)." >&2
    exit 1
}
python3 -c 'import ensurepip, venv' 2>/dev/null || missing="$missing python3-venv"

[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages PySide6 needs:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
    exit 0
fi
echo "PySide6 needs system packages that are missing. Install them, then run make again:" >&2
echo "    sudo apt-get install --no-install-recommends$missing" >&2
exit 1

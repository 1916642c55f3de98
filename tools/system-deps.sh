#!/bin/sh
# Make sure the system libraries PySide6 loads are present, before pip spends minutes on a wheel
# that cannot start. Each library is looked up by the file the dynamic loader needs, so the check
# also holds on distributions whose package names differ; the names installed are Debian 12's.
# QtMultimedia (the media extra, which make run and make test install) will not load without
# libpulse, even muted and with no sound server.
#
#   tools/system-deps.sh          libraries for Qt's offscreen platform (tests, previews)
#   tools/system-deps.sh --x11    and those for a real X11 window (make run)
#   tools/system-deps.sh --test   zbarimg, which the tests use to read the take-away QR codes off
#                                 screenshots; optional (those tests skip, saying so), never fatal
#
# As root with apt-get, missing packages are installed; otherwise the command is printed and the
# script fails, so make stops before anything else.
set -eu

if [ "${1:-}" = "--test" ]; then
    if ! command -v zbarimg >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing zbar-tools for the QR code tests"
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends zbar-tools) ||
            echo "zbar-tools could not be installed: the QR decoding tests will be skipped" >&2
    fi
    exit 0
fi

need="libglib-2.0.so.0:libglib2.0-0 libGL.so.1:libgl1 libEGL.so.1:libegl1
libxkbcommon.so.0:libxkbcommon0 libfontconfig.so.1:libfontconfig1 libfreetype.so.6:libfreetype6
libdbus-1.so.3:libdbus-1-3 libpulse.so.0:libpulse0"
if [ "${1:-}" = "--x11" ]; then
    need="$need libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-cursor.so.0:libxcb-cursor0
libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-shape.so.0:libxcb-shape0"
fi

known=$( (/sbin/ldconfig -p 2>/dev/null || ldconfig -p 2>/dev/null) | awk '{print $1}')
missing=""
for pair in $need; do
    lib=${pair%%:*}
    echo "$known" | grep -qx "$lib" || missing="$missing ${pair#*:}"
done

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

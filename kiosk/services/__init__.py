"""Qt services without screens of their own.

Some are handed to QML as they are (navigation, slideshow, idle, hours, lockdown's StaffAccess,
videoframes); the rest have no QML face: the content watcher, photo decoding and its crash-loop
guard, health and the log file, visits, the renderer's choice, media support, QR codes and
`kiosk check`'s image checks. docs/architecture.md has the layers.
"""

# An interval the slideshow never reaches: it moves only when told (previews, benchmarks, tests).
# Here, with no Qt import, so that benchmarks/kiosk_bench.py can name it before the kiosk starts.
STILL_MS = 24 * 3600 * 1000

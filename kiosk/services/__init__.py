"""What runs behind the screens and has no QML face of its own.

The content watcher, photo decoding and its crash-loop guard, health and the log file, visits,
the renderer's choice, media support, QR codes and `kiosk check`'s image checks. What QML sees
is in kiosk.ui; docs/architecture.md has the layers.
"""

# An interval the slideshow never reaches: it moves only when told (previews, benchmarks, tests).
# Here, with no Qt import, so that benchmarks/kiosk_bench.py can name it before the kiosk starts.
STILL_MS = 24 * 3600 * 1000

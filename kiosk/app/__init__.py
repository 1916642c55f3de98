"""The kiosk, built and wired: kiosk.py builds it; each feature wires its own signals in a module.

attract.py (idle and the attract state), hours.py (opening hours), staff.py (lockdown and the
staff panel), language.py, media.py (photos, codes, videos), reload.py, visits.py, health.py.
docs/architecture.md shows how they meet.
"""

from kiosk.app.kiosk import Kiosk

__all__ = ["Kiosk"]

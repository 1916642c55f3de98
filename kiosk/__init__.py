"""An exhibition kiosk: a touch screen driven by one YAML content file."""

__version__ = "0.1.0"

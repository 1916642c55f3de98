"""Qt services without screens: image checks, and later navigation, idle, reload and health."""

"""The QML screens (this folder) and the thin view-models that hand them the content."""

"""PySide6 user interface. Renders engine state and calls engine functions; no business logic."""

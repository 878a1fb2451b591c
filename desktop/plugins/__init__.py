"""Built-in plugins, registered through the same API as third-party ones."""

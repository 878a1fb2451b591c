"""Shared foundations: errors with words, message language, paths, settings, keychain, text I/O, jobs, plugin loading, and the text helpers every capability uses."""

"""The library (媒资): the SQLite store, search, documents in and out, versions, the catalogue, audio files and the bin."""

"""Models as data with checksums: which models exist, which pip packages bring them, how they are assembled and verified."""

"""Transcription: audio in, faster-whisper out, segment by segment into the store; live recording, speakers, voices, edits and exports."""

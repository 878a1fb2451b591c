"""Drafting with the local model: loading and streaming, tasks as data, form and language checks, the fact guard, quotes tied to the tape, reviewable rewrites, answers from the reporter's notes."""

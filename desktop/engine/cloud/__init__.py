"""End-cloud collaboration: the privacy gate, redaction, the OpenAI-compatible client,
the audit log and the local/cloud router. Nothing here imports Qt."""

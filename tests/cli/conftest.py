"""The loopback cloud server and its fixtures (tests/cloud_server.py) for the tests in this folder."""

from tests.cloud_server import _local_llm, cloud_config, llama_server, local_runner, own_server, proxy  # noqa: F401

"""The replica web: local HTTP servers that play the crawled sites for tests, the demo and benchmarks.

`server.ReplicaWeb` serves folders of site files (one 127.0.0.1 port per host) with ETag /
Last-Modified, live edits and fault injection; `generate` writes synthetic sites to serve.
"""

from replica.server import FAULTS, ReplicaWeb

__all__ = ["FAULTS", "ReplicaWeb"]

"""The versioned archive: WARC captures, fetch history, content-addressed objects and manifests."""

"""`speech-archive browse`: the archive's catalog in Datasette, read-only, on 127.0.0.1.

`app.py` builds the Datasette instance (metadata: facets, labels, search help); `plugin.py` is a
Datasette plugin (search that takes Traditional script and substrings, the document page, and
following a catalog replaced by a commit); `templates/` holds the document page.
"""

"""The Datasette instance `speech-archive browse` serves: the catalog opened immutable (nothing
can be written through it), its metadata (facets by site, year, flag and truncation; column
descriptions; search help), the document page template and the plugin."""

from __future__ import annotations

from pathlib import Path

TEMPLATES = Path(__file__).parent / "templates"
DATABASE = "catalog"
DATASETTE_ERROR_HANDLER = "datasette.handle_exception"  # its default plugin's name

SEARCH_HELP = (
    "Search finds any text of three or more characters in titles and speeches (Simplified or "
    "Traditional script; several words separated by spaces must all occur). Shorter words are "
    "found too, by a slower scan. Facets count documents: a speech seen on two sites counts "
    "under both."
)


def catalog_metadata(archive_root: Path, watch: Path) -> dict:
    return {
        "title": f"speech-archive: {archive_root}",
        "description": "The latest version of the archive, read-only. Open a document to read its clean text.",
        "databases": {
            DATABASE: {
                "tables": {
                    "documents": {
                        "label_column": "title",
                        "sort_desc": "published_date",
                        "facets": [{"array": "sites"}, "year", {"array": "flags"}, "truncated"],
                        "description": SEARCH_HELP,
                        "columns": {
                            "site": "the site of the canonical (most complete) copy",
                            "sites": "every site the speech was seen on",
                            "truncated": "1: the site cut the text short or elided parts of it",
                            "omitted_chars": "characters the site elided (paywall)",
                            "declared_chars": "the length the site declared, where it did",
                            "chars": "characters of the clean text kept",
                            "flags": "what the extractor noticed (paywall, mojibake, ...)",
                            "copies": "copies merged into this document (see urls)",
                            "first_version": "the first version it is in",
                            "changed_in": "the last version that added or changed it",
                            "gaps": "where the site cut the text: offsets and characters omitted",
                            "n": "the full-text index's key",
                        },
                    },
                    "urls": {
                        "description": "Every URL a document was seen at, and how each copy was merged "
                        "(canonical, exact, near, truncated, other_script); gone: the page is gone (404/410).",
                        "facets": ["kind", "site", "gone"],
                    },
                    "removed": {
                        "description": "Pieces the cleaner took out of the pages (site noise), with the rule.",
                        "facets": ["rule"],
                    },
                    "document_versions": {
                        "description": "Each document's history: the versions in which it was new, changed or removed.",
                        "facets": ["state", "version"],
                    },
                    "versions": {"description": "The archive's versions (one per crawl run)."},
                    "catalog_meta": {"hidden": True},
                }
            }
        },
        "plugins": {"speech-archive": {"watch": str(watch), "database": DATABASE}},
    }


def build_datasette(catalog: Path, archive_root: Path, watch: Path):
    """A Datasette serving `catalog` (immutable) that follows `watch` when a commit replaces it."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    from crawler.browse import plugin

    if not pm.is_registered(plugin):
        pm.register(plugin, name=plugin.PLUGIN)
    # The plugin answers every error: Datasette's default handler prints a traceback with its
    # locals (rich) for each refused request, ~180 lines for a mistyped SQL query.
    pm.set_blocked(DATASETTE_ERROR_HANDLER)
    return Datasette(
        immutables=[str(catalog)],
        metadata=catalog_metadata(archive_root, watch),
        template_dir=str(TEMPLATES),
        settings={
            # Connections owned by the Database object, so a replaced catalog can be swapped in.
            "num_sql_threads": 0,
            "default_cache_ttl": 0,  # a new catalog shows on the next page load
            "truncate_cells_html": 120,
            "sql_time_limit_ms": 5000,  # a search shorter than 3 characters scans every text
            "facet_time_limit_ms": 1000,
        },
    )

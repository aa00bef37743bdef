"""Shared fixtures: where the repository and its samples are, and the replica web served from them."""

from __future__ import annotations

from pathlib import Path

import pytest

from replica.server import ReplicaWeb

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def samples_dir(repo_root: Path) -> Path:
    return repo_root / "samples"


@pytest.fixture(scope="session")
def replica_web(samples_dir: Path):
    """The bundled replica web (samples/sites), one free 127.0.0.1 port per host, for the session.

    Read-only by convention: tests that inject faults or edit pages use `fresh_replica_web`.
    """
    with ReplicaWeb(samples_dir / "sites") as web:
        yield web


@pytest.fixture
def fresh_replica_web(samples_dir: Path):
    """A replica web of its own for one test, free to inject faults and edit pages."""
    with ReplicaWeb(samples_dir / "sites") as web:
        yield web


@pytest.fixture(scope="session")
def replica_archive(tmp_path_factory, replica_web) -> Path:
    """An archive made by a real crawl of the four bundled replica sites (one commit), for the
    session. Read-only by convention: tests that change it work on a `shutil.copytree` of it."""
    from crawlhelp import crawl_sites

    archive = tmp_path_factory.mktemp("replica-archive") / "archive"
    result = crawl_sites(replica_web, archive)
    assert result.returncode == 0, result.stdout + result.stderr
    return archive

"""Nothing in a crawl runs code from outside, and no secret reaches a log.

Scrapy's remote-control HTTP server (which evaluates Python posted to localhost) is off unless a
user turns it on; a Redis URL's password is printed nowhere: not on the terminal, not in the
coordinator's or the workers' logs (Scrapy's "Overridden settings" line included), not in the
version's metadata, not on a worker's command line.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from crawlhelp import HANG, crawl_sites
from test_distributed_support import RedisServer, crawl_command, started, wait_until

from crawler.logredact import CredentialsFilter, redact_credentials
from crawler.plan import project_settings

PASSWORD = "s3cret-Pa55-for-redis"


def enabled_extensions(log_text: str) -> str:
    match = re.search(r"Enabled extensions:\n(\[.*?\])", log_text, re.S)
    assert match, "the crawl log lists Scrapy's enabled extensions"
    return match.group(1)


def test_remote_control_and_telnet_are_off_in_the_project_settings():
    settings = project_settings()
    assert settings.getbool("REMOTE_CONTROL_ENABLED") is False
    assert settings.getbool("TELNETCONSOLE_ENABLED") is False


@pytest.mark.slow
def test_a_crawl_starts_no_remote_control_server(replica_web, tmp_path):
    archive = tmp_path / "archive"
    result = crawl_sites(replica_web, archive, ("jianghua_ai",))
    assert result.returncode == 0, result.stderr

    (log,) = (archive / "logs").glob("*.log")
    extensions = enabled_extensions(log.read_text(encoding="utf-8"))
    assert "scrapy.extensions.corestats.CoreStats" in extensions
    assert "RemoteControl" not in extensions
    assert "TelnetConsole" not in extensions


def test_credentials_in_any_url_are_redacted():
    assert redact_credentials("redis://:pw@127.0.0.1:6379/0") == "redis://:***@127.0.0.1:6379/0"
    assert redact_credentials("at rediss://user:pw@h/1 and redis://h:6379") == (
        "at rediss://user:***@h/1 and redis://h:6379"
    )
    assert redact_credentials("http://www.wm114.cn/wen/") == "http://www.wm114.cn/wen/"


def test_the_filter_redacts_scrapys_overridden_settings_line():
    settings = {"settings": f"{{'REDIS_URL': 'redis://:{PASSWORD}@127.0.0.1:6379/0'}}"}
    record = logging.LogRecord(
        "scrapy.crawler", logging.INFO, __file__, 1, "Overridden settings:\n%(settings)s", (settings,), None
    )

    assert CredentialsFilter().filter(record)
    assert PASSWORD not in record.getMessage()
    assert "redis://:***@127.0.0.1:6379/0" in record.getMessage()


def files_holding(root: Path, secret: str) -> list[str]:
    return [str(p) for p in root.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def process_command_lines() -> list[bytes]:
    lines = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            lines.append(cmdline.read_bytes())
        except OSError:  # the process ended meanwhile
            pass
    return lines


@pytest.mark.slow
def test_a_redis_password_is_never_printed_or_logged(fresh_replica_web, tmp_path):
    redis_server = RedisServer(tmp_path / "redis", password=PASSWORD).start()
    archive = tmp_path / "archive"
    release = fresh_replica_web.hold_answers()  # the worker runs until its command line is read
    try:
        command = crawl_command(archive, fresh_replica_web, redis_url=redis_server.url, workers=1)
        with started(command) as proc:
            # While a local worker runs: its command line carries no password.
            try:
                worker_lines = wait_until(
                    lambda: [c for c in process_command_lines() if b"crawler.cli\0worker" in c]
                )
            finally:
                release.set()
            out, err = proc.communicate(timeout=HANG)
    finally:
        redis_server.stop()

    assert proc.returncode == 0, err.decode()
    assert worker_lines and not any(PASSWORD.encode() in line for line in worker_lines)
    assert PASSWORD not in out.decode() and PASSWORD not in err.decode()
    worker_logs = list((archive / "logs").glob("*-worker-*.log"))
    assert worker_logs and all("Overridden settings" in p.read_text(encoding="utf-8") for p in worker_logs)
    assert files_holding(archive, PASSWORD) == []

"""Credentials in URLs (a Redis URL's password) never reach a log line.

`redact_credentials` hides the password of every `scheme://user:password@host` in a text;
`CredentialsFilter` applies it to whole log records (message with its arguments, and a traceback's
text), so Scrapy's "Overridden settings" line and third-party messages are covered too. The
`RedactCredentialsInLogs` extension installs the filter on the root handlers as a crawler is made,
which is before Scrapy logs its settings.
"""

from __future__ import annotations

import logging
import re

# scheme://[user]:password@ -> scheme://[user]:***@ ; also scheme://password@ (redis://secret@host)
_CREDENTIALS = re.compile(
    r"(?P<head>[A-Za-z][A-Za-z0-9+.-]*://)(?P<user>[^/@\s:'\"]*:)?(?P<secret>[^/@\s'\"]+)@"
)


def redact_credentials(text: str) -> str:
    """`text` with the password of every URL in it replaced by ***."""
    return _CREDENTIALS.sub(lambda m: f"{m['head']}{m['user'] or ''}***@", text)


class CredentialsFilter(logging.Filter):
    """Rewrites a record's message (and exception text) with credentials redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string is the handler's to report, not ours
            return True
        redacted = redact_credentials(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_credentials(record.exc_text)
        return True


def install_on_root_handlers() -> None:
    """Add the filter to every handler of the root logger (once each)."""
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, CredentialsFilter) for f in handler.filters):
            handler.addFilter(CredentialsFilter())


class RedactCredentialsInLogs:
    """Scrapy extension: credentials filter on the log handlers Scrapy installed for this process."""

    @classmethod
    def from_crawler(cls, crawler):
        install_on_root_handlers()
        return cls()

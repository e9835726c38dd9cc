"""Partner-link tokens never reach a log: a logging filter and gunicorn's access logger mask them.

Imports nothing of Django's models: logging is configured, and gunicorn's config read, before the
apps load.
"""

import logging
import re

from gunicorn.glogging import Logger

TOKEN_IN_PATH = re.compile(r"(/rujukan/\d+/)[^/\s?\"']+")


def mask_partner_tokens(text):
    """The text with every partner-link token replaced by "***"."""
    return TOKEN_IN_PATH.sub(r"\1***", text)


class MaskPartnerTokens(logging.Filter):
    """Rewrites a record's message (Django's request warnings name the path) with tokens masked."""

    def filter(self, record):
        message = record.getMessage()
        masked = mask_partner_tokens(message)
        if masked != message:
            record.msg, record.args = masked, ()
        return True


class MaskedAccessLogger(Logger):
    """gunicorn's logger with the request line, path, query and referrer of each access masked
    (gunicorn.conf.py names it as `logger_class`)."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        return {
            key: mask_partner_tokens(value) if isinstance(value, str) else value
            for key, value in atoms.items()
        }

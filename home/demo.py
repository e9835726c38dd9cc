"""Helpers shared by the demo-content commands of every app."""

import logging
from contextlib import contextmanager


@contextmanager
def quiet_page_logging():
    """Wagtail logs every page created and published; for a demo load those lines say nothing."""
    logger = logging.getLogger("wagtail")
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)

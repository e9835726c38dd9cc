"""Helpers shared by the demo-content commands of every app."""

import logging
from contextlib import contextmanager

from wagtail.models import Page


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


class DemoPages:
    """Idempotent page creation for demo commands: find-or-create a child, its English
    translation, and publish. The command sets `en_locale` and counts what it creates in `created`."""

    en_locale = None
    created = 0

    def child(self, parent, model, slug, **fields):
        """The published child page with this slug, created when missing."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific
        page = model(slug=slug, locale=parent.locale, **fields)
        parent.add_child(instance=page)
        self.publish(page)
        self.created += 1
        return page

    def translation(self, page, **fields):
        """The page's published English translation, created (with its English text) when missing."""
        try:
            return page.get_translation(self.en_locale).specific
        except Page.DoesNotExist:
            pass
        translated = page.copy_for_translation(self.en_locale, copy_parents=True)
        for name, value in fields.items():
            setattr(translated, name, value)
        self.publish(translated)
        self.created += 1
        return translated

    def publish(self, page):
        # Children may have been added through another instance of this page since it was
        # loaded; publishing must not write back a stale child count.
        if page.pk:
            page.refresh_from_db(fields=["numchild", "url_path"])
        page.save_revision().publish()

"""What public pages show, cached under one site-wide content generation.

Every change that can alter a public page (a page published, unpublished, moved or deleted,
a draft saved, the vocabulary, site settings, images, view restrictions, sites, locales)
replaces the generation. Everything cached here, and every page in the full-page cache, carries
the generation in its key, so one change makes all of it unreachable at once: the pages that
list the changed one included. That is coarser than tracking which page lists which, and
correct by construction; publishing is rare next to reading.

The generation lives in the `pages` cache, which is shared by every worker process (a file
cache or Redis); the objects themselves go to the default cache, which may be per process,
because a stale generation can never be asked for again.

Code that changes what public pages show outside these models (for example public figures
computed from cases) calls `bump_content_generation()`.
"""

import contextvars
import secrets

from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save

GENERATION_KEY = "content-generation"
# Objects cached under a generation outlive it by at most this long; then the cache drops them.
OBJECT_TIMEOUT = 24 * 60 * 60

# Set for the length of one request by the middleware, so a request reads the generation once
# and each cached object once.
_request_generation = contextvars.ContextVar("content_generation", default=None)
_request_objects = contextvars.ContextVar("content_objects", default=None)


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def shared_generation(key):
    """A generation kept under `key` in the shared cache, made the first time it is asked for."""
    generation = page_cache().get(key)
    if generation is None:
        page_cache().add(key, secrets.token_hex(6), timeout=None)
        generation = page_cache().get(key)
    return generation


def replace_shared_generation(key):
    page_cache().set(key, secrets.token_hex(6), timeout=None)


def content_generation():
    generation = _request_generation.get()
    if generation is not None:
        return generation
    return shared_generation(GENERATION_KEY)


def bump_content_generation():
    """Make every cached page and object unreachable; again after commit, so that a request
    running between the change and its commit cannot store the old content under the new generation."""
    _replace_generation()
    transaction.on_commit(_replace_generation, robust=True)


def _replace_generation():
    replace_shared_generation(GENERATION_KEY)
    _request_generation.set(None)
    _request_objects.set(None)


class request_generation:
    """Read the generation once for the request and keep it until the request ends."""

    def __enter__(self):
        self._token = _request_generation.set(None)
        self._objects_token = _request_objects.set(None)
        _request_generation.set(content_generation())
        _request_objects.set({})
        return self

    def __exit__(self, *exc_info):
        _request_objects.reset(self._objects_token)
        _request_generation.reset(self._token)


def remember(key, build):
    """The value of `build()`, computed once per content generation (and read once per request)."""
    full_key = f"content:{content_generation()}:{key}"
    objects = _request_objects.get()
    if objects is not None and full_key in objects:
        return objects[full_key]
    value = cache.get(full_key)
    if value is None:
        value = build()
        cache.set(full_key, value, OBJECT_TIMEOUT)
    if objects is not None:
        objects[full_key] = value
    return value


# What changes public pages -------------------------------------------------------------------


def _content_models():
    from taggit.models import Tag
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage
    from wagtail.models import Locale, Page, PageViewRestriction, Site

    return (
        Page,
        PageViewRestriction,
        Site,
        Locale,
        BaseSiteSetting,
        BaseGenericSetting,
        AbstractImage,
        AbstractDocument,
        Tag,
    )


def changes_public_pages(instance):
    if instance._meta.app_label in settings.PAGE_CACHE_CONTENT_APPS:
        return True
    return isinstance(instance, _content_models())


# Saves that touch only these fields change nothing a reader sees: a draft saved (its revision,
# draft title, comments, lock) or an image's size and hash computed on first use.
UNSEEN_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "wagtail_admin_comments",
    "locked",
    "locked_by",
    "locked_at",
    "file_size",
    "file_hash",
}


def _on_change(sender, instance, raw=False, created=False, update_fields=None, **kwargs):
    if raw or not changes_public_pages(instance):
        return
    if update_fields and set(update_fields) <= UNSEEN_FIELDS:
        return
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

    # Settings rows are created with their defaults the first time a page asks for them.
    if created and isinstance(instance, (BaseSiteSetting, BaseGenericSetting)):
        return
    bump_content_generation()


def connect_signals():
    from wagtail.signals import page_published, page_unpublished, post_page_move

    post_save.connect(_on_change, dispatch_uid="content_generation_save")
    post_delete.connect(_on_change, dispatch_uid="content_generation_delete")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_on_page_signal, dispatch_uid=f"content_generation_{id(signal)}")


def _on_page_signal(sender, **kwargs):
    bump_content_generation()


# Lookups Wagtail repeats on every request --------------------------------------------------------


def install_lookups():
    """Serve Wagtail's locale and view-restriction lookups from the content generation.

    Wagtail looks the active Locale up in the database each time it is asked (five times for
    one article) and queries the view restrictions on every page served and every `.public()`
    listing. Both change only through models that replace the generation. The restriction
    shortcut only answers "no private section exists": as soon as one exists Wagtail's own code
    runs, so aliases and inheritance keep their exact rules.
    """
    from wagtail.models import Page
    from wagtail.models.i18n import LocaleManager
    from wagtail.query import PageQuerySet

    original_get_for_language = LocaleManager.get_for_language
    original_private_q = PageQuerySet.private_q
    original_get_view_restrictions = Page.get_view_restrictions

    def get_for_language(self, language_code):
        locales = remember("locales", lambda: {locale.language_code: locale for locale in self.all()})
        from wagtail.coreutils import get_supported_content_language_variant

        locale = locales.get(get_supported_content_language_variant(language_code))
        if locale is None:
            return original_get_for_language(self, language_code)
        return locale

    def private_q(self):
        if not site_has_view_restrictions():
            return Q(pk__in=[])
        return original_private_q(self)

    def get_view_restrictions(self):
        if not site_has_view_restrictions():
            from wagtail.models import PageViewRestriction

            # Known to be empty, and filled in as such: looping over it (on every page served)
            # compiles no query; filtering or ordering it still builds a real, empty one.
            restrictions = PageViewRestriction.objects.none()
            restrictions._result_cache = []
            return restrictions
        return original_get_view_restrictions(self)

    LocaleManager.get_for_language = get_for_language
    PageQuerySet.private_q = private_q
    Page.get_view_restrictions = get_view_restrictions


def site_has_view_restrictions():
    from wagtail.models import PageViewRestriction

    # Cached as an int: None would mean "not cached".
    return bool(remember("has-view-restrictions", lambda: int(PageViewRestriction.objects.exists())))

"""Wagtail's database search backend, with PostgreSQL stemming in each page's own language.

Indonesian pages are indexed with PostgreSQL's `indonesian` text-search
configuration and English pages with `english`; a query uses the
configuration of the language being read. Results are ordered by how well the
title matches, then newest first: the body decides what matches, not the order.
On SQLite and other databases this is Wagtail's database backend unchanged.
"""

from collections import defaultdict
from contextlib import contextmanager

from django.db import connection
from django.utils.translation import get_language
from modelsearch.backends.database import SearchBackend as database_backend

TEXT_SEARCH_CONFIGS = {"id": "indonesian", "en": "english"}
DEFAULT_CONFIG = TEXT_SEARCH_CONFIGS["id"]


def config_for_language(language_code):
    return TEXT_SEARCH_CONFIGS.get((language_code or "").split("-")[0], DEFAULT_CONFIG)


def SearchBackend(params):
    if connection.vendor != "postgresql":
        return database_backend(params)

    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )
    from wagtail.models import Locale

    class LanguageAwarePostgresIndex(PostgresIndex):
        def add_items(self, model, objs):
            languages = dict(Locale.objects.values_list("pk", "language_code"))
            by_config = defaultdict(list)
            for obj in objs:
                language = languages.get(getattr(obj, "locale_id", None))
                by_config[config_for_language(language)].append(obj)
            for config, group in by_config.items():
                with self.backend.indexing_with(config):
                    super().add_items(model, group)

    class TitleRankedQueryCompiler(PostgresSearchQueryCompiler):
        def _build_rank_expression(self, vectors, config):
            # What matches is unchanged (title and body); the order comes from the title alone,
            # then the newest page. Ranking the body too means reading and decompressing every
            # match's body vector to sort them: most of a search's time when a common word such
            # as "upah" matches two pages in three.
            if self.fields is None:
                vectors = vectors[:1]
            return super()._build_rank_expression(vectors, config)

    class LanguageAwarePostgresSearchBackend(PostgresSearchBackend):
        index_class = LanguageAwarePostgresIndex
        query_compiler_class = TitleRankedQueryCompiler

        def __init__(self, params):
            super().__init__(params)
            # Queries stem in the language the visitor reads.
            self.config = config_for_language(get_language())

        @contextmanager
        def indexing_with(self, config):
            query_config, self.config = self.config, config
            try:
                yield
            finally:
                self.config = query_config

    return LanguageAwarePostgresSearchBackend(params)

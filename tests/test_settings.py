"""Settings chosen by environment: production refuses to start unsafe, search backends by variable."""

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache.backends.redis import RedisCache
from gunicorn.app.wsgiapp import WSGIApplication

from articles.models import ArticlePage, CampaignPage
from home.models import StandardPage
from operations.cache import ResilientRedisCache

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, **env):
    clean_env = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "ALLOWED_HOSTS")}
    clean_env.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


PRODUCTION = {"DJANGO_SETTINGS_MODULE": "japbusi.settings.production"}


def test_production_refuses_to_start_without_secret_key_or_hosts():
    no_secret = run_manage("check", **PRODUCTION, ALLOWED_HOSTS="japbusi.example")
    no_hosts = run_manage("check", **PRODUCTION, SECRET_KEY="x" * 60)

    assert no_secret.returncode != 0
    assert "SECRET_KEY" in no_secret.stderr
    assert no_hosts.returncode != 0
    assert "ALLOWED_HOSTS" in no_hosts.stderr


def test_production_passes_the_deployment_checklist():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        **PRODUCTION,
        SECRET_KEY="a-long-random-secret-for-the-check-only-0123456789-abcdefghij",
        ALLOWED_HOSTS="japbusi.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "name, backend",
    [
        ("elasticsearch9", "wagtail.search.backends.elasticsearch9"),
        ("opensearch3", "wagtail.search.backends.opensearch3"),
        ("database", "search.backend"),
    ],
)
def test_search_backend_is_chosen_by_environment_variable(name, backend):
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND'])",
        SEARCH_BACKEND=name,
        SEARCH_URL="http://127.0.0.1:9200",
        DJANGO_SETTINGS_MODULE="japbusi.settings.test",
    )
    assert result.stdout.strip().splitlines()[-1] == backend


def test_an_unknown_search_backend_stops_start_up_with_a_clear_message():
    result = run_manage("check", SEARCH_BACKEND="solr", DJANGO_SETTINGS_MODULE="japbusi.settings.test")
    assert result.returncode != 0
    assert "SEARCH_BACKEND must be one of" in result.stderr


@pytest.mark.parametrize("module", ["elasticsearch9"])
def test_index_mappings_of_our_page_types_build(module):
    from django.utils.module_loading import import_string

    backend_class = import_string(f"wagtail.search.backends.{module}.SearchBackend")
    backend = backend_class({"URLS": ["http://127.0.0.1:9200"], "INDEX_PREFIX": "japbusi"})
    for model in (ArticlePage, CampaignPage, StandardPage):
        mapping = backend.mapping_class(model).get_mapping()
        properties = mapping["properties"]
        assert any("standfirst" in key or "aim" in key or "intro" in key for key in properties), model
        assert "title" in str(properties)


RESILIENT_REDIS = "operations.cache.ResilientRedisCache"
assert issubclass(ResilientRedisCache, RedisCache)

CACHES_CODE = (
    "from django.conf import settings; "
    "print(settings.CACHES['default']['BACKEND']); "
    "print(settings.CACHES['pages']['BACKEND'], settings.CACHES['pages'].get('KEY_PREFIX', ''))"
)


@pytest.mark.parametrize(
    "env, default_backend, pages_backend",
    [
        # make run: the default cache is files too, so every throttle counts across the workers.
        (
            {},
            "django.core.cache.backends.filebased.FileBasedCache",
            "django.core.cache.backends.filebased.FileBasedCache",
        ),
        # Redis through Django's own backend, in a subclass that misses instead of failing while
        # Redis is down (operations/cache.py).
        ({"CACHE_URL": "redis://127.0.0.1:6379/1"}, RESILIENT_REDIS, f"{RESILIENT_REDIS} pages"),
        (
            {"PAGE_CACHE_URL": "redis://127.0.0.1:6379/2"},
            "django.core.cache.backends.filebased.FileBasedCache",
            RESILIENT_REDIS,
        ),
        (
            {"CACHE_URL": "locmemcache://"},
            "django.core.cache.backends.locmem.LocMemCache",
            "django.core.cache.backends.filebased.FileBasedCache",
        ),
    ],
)
def test_the_page_cache_is_shared_by_all_workers_and_redis_uses_djangos_own_backend(
    env, default_backend, pages_backend
):
    result = run_manage("shell", "-c", CACHES_CODE, DJANGO_SETTINGS_MODULE="japbusi.settings.dev", **env)
    assert result.returncode == 0, result.stderr
    default, pages = (line.strip() for line in result.stdout.strip().splitlines()[-2:])
    assert default == default_backend
    assert pages == pages_backend


def test_gunicorn_workers_keep_what_they_loaded_out_of_the_garbage_collectors_sight(monkeypatch):
    """The file `make run` and production read: threaded workers, masked access log, and each
    worker freezing what it loaded once it has loaded it (full collections no longer walk it)."""
    monkeypatch.setattr(sys, "argv", ["gunicorn", "japbusi.wsgi"])
    app = WSGIApplication()
    app.load_config_from_file(str(ROOT / "gunicorn.conf.py"))
    assert app.cfg.worker_class_str == "gthread"
    assert app.cfg.threads == 4
    assert app.cfg.logger_class.__name__ == "MaskedAccessLogger"
    before = gc.get_freeze_count()
    try:
        app.cfg.post_worker_init(worker=None)
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()

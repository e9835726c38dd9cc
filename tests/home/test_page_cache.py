"""The full-page cache: anonymous readers get stored pages, every change empties it, and nothing
personal, no form and no admin screen is ever stored."""

import re

import pytest
from django.test import Client
from wagtail.models import Page

from articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from grievances.cases.models import Case

pytestmark = pytest.mark.django_db

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
FORM_TOKEN_INPUT = re.compile(r'name="form_token" value="([^"]+)"')


@pytest.fixture
def article(article_index):
    return ArticlePageFactory(parent=article_index, title="Upah pemanen dipotong")


def cache_state(response):
    return response.get("X-Page-Cache")


def test_the_second_anonymous_visit_is_served_from_the_cache(client, article):
    first = client.get(article.url)
    second = client.get(article.url)

    assert cache_state(first) == "miss"
    assert cache_state(second) == "hit"
    assert second.content == first.content
    assert second["Content-Type"].startswith("text/html")


def test_headers_of_the_outer_middlewares_reach_a_cached_page(client, article):
    client.get(article.url)
    cached = client.get(article.url)

    assert cache_state(cached) == "hit"
    assert cached["X-Content-Type-Options"] == "nosniff"
    assert cached["Referrer-Policy"] == "same-origin"
    assert "default-src 'self'" in cached["Content-Security-Policy"]
    assert "Set-Cookie" not in cached


def test_publishing_a_change_shows_it_on_the_page_and_on_the_pages_that_list_it(
    client, article, article_index
):
    for url in ("/", article_index.url, article.url):
        client.get(url)
        assert cache_state(client.get(url)) == "hit"

    article.title = "Upah pemanen akhirnya dibayar"
    article.save_revision().publish()

    for url in ("/", article_index.url, article.url):
        response = client.get(url)
        assert cache_state(response) == "miss", url
        assert "Upah pemanen akhirnya dibayar" in response.content.decode(), url


def test_an_unpublished_article_disappears_from_its_page_and_the_listings(client, article, article_index):
    client.get(article.url)
    client.get(article_index.url)

    article.unpublish()

    assert client.get(article.url).status_code == 404
    assert "Upah pemanen dipotong" not in client.get(article_index.url).content.decode()


def test_a_moved_article_is_no_longer_served_at_its_old_address(client, article, home_page):
    old_url = article.url
    assert cache_state(client.get(old_url)) == "miss"
    assert cache_state(client.get(old_url)) == "hit"
    other_index = ArticleIndexPageFactory(parent=home_page, title="Arsip", slug="arsip")

    Page.objects.get(pk=article.pk).move(other_index, pos="last-child")

    # Wagtail leaves a permanent redirect behind, which the cache must not hide.
    moved = client.get(old_url)
    assert moved.status_code == 301
    assert moved["Location"] == "/arsip/upah-pemanen-dipotong/"
    assert client.get(moved["Location"]).status_code == 200


def test_a_deleted_article_is_gone_from_the_cache_too(client, article, article_index):
    url = article.url
    client.get(url)
    client.get(article_index.url)

    Page.objects.get(pk=article.pk).delete()

    assert client.get(url).status_code == 404
    assert "Upah pemanen dipotong" not in client.get(article_index.url).content.decode()


def test_a_signed_in_editor_never_gets_or_fills_the_cache(client, article, editor):
    client.get(article.url)  # stored for anonymous readers
    client.force_login(editor)

    for _ in range(2):
        response = client.get(article.url)
        assert response.status_code == 200
        assert cache_state(response) is None


def test_the_admin_is_never_cached(client, editor):
    client.force_login(editor)
    for _ in range(2):
        response = client.get("/admin/")
        assert response.status_code == 200
        assert cache_state(response) is None


def test_the_report_form_and_the_status_page_are_never_cached(client, form_page):
    for url in (form_page.url, f"{form_page.url}status/"):
        first, second = client.get(url), client.get(url)
        assert cache_state(first) is None and cache_state(second) is None, url
        assert "no-store" in second["Cache-Control"], url
    # Each visitor's form carries its own anti-spam token.
    tokens = {
        FORM_TOKEN_INPUT.search(Client().get(form_page.url).content.decode()).group(1) for _ in range(2)
    }
    assert len(tokens) == 2


def test_a_reader_with_a_session_is_served_fresh_pages(client, article):
    client.get(article.url)
    client.cookies["sessionid"] = "a-reporters-session"

    response = client.get(article.url)

    assert response.status_code == 200
    assert cache_state(response) is None


def test_search_results_are_cached_only_for_readers_without_cookies(client, article):
    client.get("/cari/?q=upah")
    assert cache_state(client.get("/cari/?q=upah")) == "hit"

    client.cookies["sessionid"] = "a-reporters-session"
    assert cache_state(client.get("/cari/?q=upah")) is None


def test_the_report_form_works_for_a_reader_who_arrives_from_a_cached_page(article, form_page):
    reader = Client(enforce_csrf_checks=True)
    ArticlePageFactory(parent=article.get_parent(), title="Lembur tidak dibayar")
    Client().get(article.url)  # someone else filled the cache
    cached = reader.get(article.url)
    assert cache_state(cached) == "hit"
    assert "csrftoken" not in cached.cookies

    form = reader.get(form_page.url).content.decode()
    response = reader.post(
        form_page.url,
        {
            "csrfmiddlewaretoken": CSRF_INPUT.search(form).group(1),
            "form_token": FORM_TOKEN_INPUT.search(form).group(1),
            "website": "",
            "description": "Upah kami dipotong tanpa penjelasan sejak tiga bulan lalu.",
            "identity_mode": "anonymous",
        },
    )

    assert response.status_code == 302
    receipt = reader.get(response["Location"])
    assert receipt.status_code == 200
    case = Case.objects.get()
    assert case.reference in receipt.content.decode()


def test_fragments_are_rendered_once_per_content_generation_but_never_for_a_preview(rf, home_page):
    from django.template import Context, Template

    from home.cache import bump_content_generation

    fragment = Template('{% load site_tags %}{% cached_fragment "uji" 1 %}{{ text }}{% endcached_fragment %}')
    request = rf.get("/")

    assert fragment.render(Context({"request": request, "text": "terbit"})) == "terbit"
    assert fragment.render(Context({"request": request, "text": "lain"})) == "terbit"
    bump_content_generation()
    assert fragment.render(Context({"request": request, "text": "baru"})) == "baru"

    request.is_preview = True
    assert fragment.render(Context({"request": request, "text": "draf"})) == "draf"


def test_with_the_page_cache_off_a_reader_still_sees_each_change_at_once(client, article, settings):
    """Without the full-page cache the page object itself is still kept per content generation."""
    settings.PAGE_CACHE_ENABLED = False
    assert "Upah pemanen dipotong" in client.get(article.url).content.decode()
    assert "Upah pemanen dipotong" in client.get(article.url).content.decode()

    article.title = "Upah pemanen dibayar"
    article.save_revision().publish()
    assert "Upah pemanen dibayar" in client.get(article.url).content.decode()

    # A draft is not what readers see.
    article.title = "Judul draf belum terbit"
    article.save_revision()
    assert "Judul draf belum terbit" not in client.get(article.url).content.decode()

    article.unpublish()
    assert client.get(article.url).status_code == 404

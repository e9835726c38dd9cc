"""Indonesian at /, English at /en/, a language switcher that keeps the reader on the same page."""

import pytest
from django.urls import reverse

from articles.factories import ArticlePageFactory
from tests.utils import publish_translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def bilingual_article(article_index, english_home, english):
    article = ArticlePageFactory(parent=article_index, title="Upah pemanen di bawah UMP", slug="upah-pemanen")
    publish_translation(article_index, english, title="News")
    translation = publish_translation(article, english, title="Harvesters paid below the minimum wage")
    return article, translation


def test_indonesian_at_the_root_and_english_under_en(client, bilingual_article):
    article, translation = bilingual_article

    indonesian = client.get(article.url)
    english = client.get(translation.url)

    assert translation.url.startswith("/en/")
    assert '<html lang="id">' in indonesian.content.decode()
    assert "Laporkan masalah" in indonesian.content.decode() or "Cari" in indonesian.content.decode()
    assert '<html lang="en">' in english.content.decode()
    assert "Harvesters paid below the minimum wage" in english.content.decode()
    assert ">Search<" in english.content.decode()


def test_switcher_and_hreflang_point_to_the_same_article_in_the_other_language(client, bilingual_article):
    article, translation = bilingual_article

    html = client.get(article.url).content.decode()

    assert f'href="{translation.url}" hreflang="en"' in html
    assert f'hreflang="en" href="{translation.full_url}"' in html
    assert f'hreflang="id" href="{article.full_url}"' in html
    assert f'<link rel="canonical" href="{article.full_url}">' in html
    assert 'property="og:title" content="Upah pemanen di bawah UMP"' in html


def test_switcher_falls_back_to_the_home_page_when_a_page_is_not_translated(
    client, article_index, english_home
):
    untranslated = ArticlePageFactory(parent=article_index, title="Hanya dalam bahasa Indonesia")

    html = client.get(untranslated.url).content.decode()

    assert 'href="/en/" hreflang="en"' in html


def test_search_page_switches_language_keeping_the_query(client, english_home):
    html = client.get("/cari/", {"q": "upah"}).content.decode()
    assert 'href="/en/cari/?q=upah" hreflang="en"' in html


def test_admin_speaks_indonesian_to_writers(client, writer, article_index):
    client.force_login(writer)
    article = ArticlePageFactory(parent=article_index, live=False)

    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    editor = client.get(reverse("wagtailadmin_pages:edit", args=(article.pk,))).content.decode()
    client.logout()
    login = client.get(reverse("wagtailadmin_login")).content.decode()

    assert '<html lang="id"' in dashboard
    # Strings that Wagtail's own Indonesian catalogue leaves in English.
    assert "Simpan draf" in editor
    assert "Save draft" not in editor
    assert "Halaman" in dashboard
    assert "Masuk" in login
    assert "Sign in" not in login


def test_a_writer_translates_an_article_into_english(client, writer, article_index, english_home, english):
    publish_translation(article_index, english, title="News")
    article = ArticlePageFactory(parent=article_index, title="Upah di bawah UMP")
    client.force_login(writer)

    url = reverse("simple_translation:submit_page_translation", args=(article.pk,))
    form = client.get(url)
    client.post(url, {"locales": [english.pk]})

    assert form.status_code == 200
    draft = article.get_translation(english)
    assert not draft.live  # a draft for the writer to rewrite in English and submit for review


def test_sitemap_lists_pages_in_both_languages(client, bilingual_article):
    article, translation = bilingual_article

    xml = client.get("/sitemap.xml").content.decode()

    assert article.full_url in xml
    assert translation.full_url in xml

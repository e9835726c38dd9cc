"""What a phone downloads: content-hashed, compressed static files cached for ever, pages of at
most 60 KB of HTML, CSS and JavaScript once compressed, and images sized for the screen."""

import gzip
import json
import re
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.http import HttpResponse
from django.test import RequestFactory
from whitenoise.middleware import WhiteNoiseMiddleware

from articles.factories import ArticlePageFactory, ImageFactory
from articles.models import ArticlePage

pytestmark = pytest.mark.django_db

PAGE_WEIGHT_LIMIT = 60 * 1024
ASSET = re.compile(r'<(?:link rel="stylesheet" href|script src)="/static/([^"]+)"')
HASHED_NAME = re.compile(r"^css/site\.[0-9a-f]{12}\.css$")
TEN_YEARS = 10 * 365 * 24 * 60 * 60


@pytest.fixture
def collected_static(tmp_path, settings):
    """Our own static files collected as production collects them."""
    settings.STATIC_ROOT = str(tmp_path)
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    settings.WHITENOISE_AUTOREFRESH = False
    call_command("collectstatic", "--noinput", verbosity=0, stdout=StringIO())
    return Path(tmp_path)


def test_static_files_are_content_hashed_and_compressed(collected_static):
    manifest = json.loads((collected_static / "staticfiles.json").read_text())["paths"]
    hashed = manifest["css/site.css"]
    assert HASHED_NAME.match(hashed)

    original = (collected_static / hashed).read_bytes()
    for suffix in (".gz", ".br"):
        compressed = collected_static / (hashed + suffix)
        assert compressed.exists(), suffix
        assert compressed.stat().st_size < len(original) / 2, suffix


def test_hashed_static_files_are_served_compressed_and_cached_for_ever(collected_static):
    hashed = json.loads((collected_static / "staticfiles.json").read_text())["paths"]["css/site.css"]
    whitenoise = WhiteNoiseMiddleware(lambda request: HttpResponse(status=404))

    response = whitenoise(RequestFactory().get(f"/static/{hashed}", HTTP_ACCEPT_ENCODING="gzip, br"))

    assert response.status_code == 200
    assert response["Content-Encoding"] == "br"
    assert f"max-age={TEN_YEARS}" in response["Cache-Control"]
    assert "immutable" in response["Cache-Control"]


def test_pages_link_the_hashed_files(client, collected_static):
    html = client.get("/").content.decode()

    assets = ASSET.findall(html)
    assert assets and all(re.search(r"\.[0-9a-f]{12}\.(css|js)$", asset) for asset in assets)


def compressed_weight(client, url):
    """Bytes of the page and every stylesheet and script it loads, each gzip-compressed."""
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content
    weight = len(gzip.compress(html, compresslevel=6))
    for asset in ASSET.findall(html.decode()):
        weight += len(gzip.compress(Path(finders.find(asset)).read_bytes(), compresslevel=6))
    return weight


def test_home_and_the_longest_article_weigh_at_most_60_kb_compressed(client):
    call_command("load_demo_content", stdout=StringIO())
    longest = max(ArticlePage.objects.live(), key=lambda article: len(str(article.body.raw_data)))

    for url in ("/", longest.url):
        assert compressed_weight(client, url) <= PAGE_WEIGHT_LIMIT, url


def test_images_are_offered_in_modern_formats_and_sizes_and_only_the_lead_loads_at_once(
    client, article_index
):
    image = ImageFactory()
    article = ArticlePageFactory(parent=article_index, title="Foto utama", lead_image=image)
    for n in range(3):
        ArticlePageFactory(
            parent=article_index, title=f"Lainnya {n}", lead_image=image, topics=[], authors=[]
        )
    html = client.get(article.url).content.decode()
    lead = re.search(r'<figure class="wrap article__lead-image">(.*?)</figure>', html, re.S).group(1)

    # AVIF where the phone reads it, WebP for the rest; two widths each for the browser to choose.
    assert re.search(r'<source [^>]*srcset="[^"]+\.avif 480w, [^"]+\.avif \d+w"[^>]*type="image/avif"', lead)
    img = re.search(r"<img [^>]+>", lead).group(0)
    assert re.search(r'srcset="[^"]+\.webp 480w, [^"]+\.webp \d+w"', img)
    assert 'width="480"' in img and re.search(r'height="\d+"', img)
    assert 'loading="lazy"' not in img
    assert 'fetchpriority="high"' in img

    home = client.get("/").content.decode()
    cards = re.findall(r'<img [^>]*class="card__image"[^>]*>', home)
    assert cards and all('loading="lazy"' in card and 'width="' in card for card in cards)
    lead_image = re.search(r'<img [^>]*class="lead__image"[^>]*>', home).group(0)
    assert 'loading="lazy"' not in lead_image


def test_pages_leave_compressed_also_from_the_page_cache(client, article_index):
    article = ArticlePageFactory(parent=article_index, title="Dikompres")

    for expected_state in ("miss", "hit"):
        response = client.get(article.url, HTTP_ACCEPT_ENCODING="gzip, br")
        assert response["X-Page-Cache"] == expected_state
        assert response["Content-Encoding"] == "gzip"
        assert "Dikompres" in gzip.decompress(response.content).decode()
    plain = client.get(article.url)
    assert "Content-Encoding" not in plain and b"Dikompres" in plain.content


def test_uploaded_images_are_kept_by_the_phone_for_a_week(tmp_path, settings):
    from japbusi.urls import MEDIA_MAX_AGE, serve_media

    settings.MEDIA_ROOT = str(tmp_path)
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "kebun.width-480.webp").write_bytes(b"RIFF0000WEBP")
    response = serve_media(
        RequestFactory().get("/media/images/kebun.width-480.webp"), "images/kebun.width-480.webp"
    )
    assert response.status_code == 200
    assert response["Cache-Control"] == f"public, max-age={MEDIA_MAX_AGE}"
    assert MEDIA_MAX_AGE == 7 * 24 * 60 * 60

"""Every response carries the security headers: public pages, the report form, the status page, the admin, a 404."""

import re

import pytest
from django.test import override_settings

from articles.factories import ArticlePageFactory
from grievances.cases.models import Case
from tests.test_settings import PRODUCTION, run_manage

pytestmark = pytest.mark.django_db

PUBLIC_CSP = "Content-Security-Policy"
REPORT_ONLY_CSP = "Content-Security-Policy-Report-Only"
FEATURES_OFF = ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()")


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split("; ")}


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    for feature in FEATURES_OFF:
        assert feature in response["Permissions-Policy"]


def assert_public_policy(response):
    policy = directives(response[PUBLIC_CSP])
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]  # no inline script, no nonce, no other host
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert REPORT_ONLY_CSP not in response


def assert_never_cached(response):
    assert "no-store" in response["Cache-Control"]


def test_a_public_article_enforces_the_policy_and_carries_every_header(client, article_index):
    article = ArticlePageFactory(
        parent=article_index,
        body=[("embed", {"url": "https://vimeo.com/76979871", "title": "Panen sawit"})],
    )

    response = client.get(article.url)

    assert response.status_code == 200
    assert_common_headers(response)
    assert_public_policy(response)
    # The click-to-load player may be framed, and only from its own host.
    assert directives(response[PUBLIC_CSP])["frame-src"] == [
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    ]


def test_the_report_form_is_never_cached_and_carries_every_header(client, form_page):
    response = client.get(form_page.url)

    assert response.status_code == 200
    assert_common_headers(response)
    assert_public_policy(response)
    assert_never_cached(response)


def test_the_receipt_and_status_pages_are_never_cached_and_carry_every_header(client, form_page, report_data):
    receipt = client.get(client.post(form_page.url, report_data())["Location"])
    secret = receipt.context["secret"]
    reference = Case.objects.get().reference
    client.cookies.clear()
    lookup = client.get(f"{form_page.url}status/")
    opened = client.get(
        client.post(f"{form_page.url}status/", {"reference": reference, "secret": secret})["Location"]
    )

    for response in (receipt, lookup, opened):
        assert response.status_code == 200
        assert_common_headers(response)
        assert_public_policy(response)
        assert_never_cached(response)


def test_a_not_found_page_carries_every_header(client, home_page):
    response = client.get("/tidak-ada-halaman-ini/")

    assert response.status_code == 404
    assert_common_headers(response)
    assert_public_policy(response)


@pytest.mark.parametrize("path", ["/admin/login/", "/admin/", "/admin/tidak-ada/"])
def test_admin_pages_report_the_policy_and_are_never_cached(client, path):
    response = client.get(path)

    assert_common_headers(response)
    assert_never_cached(response)
    assert PUBLIC_CSP not in response  # reported, not enforced: Wagtail's admin still has inline styles
    policy = directives(response[REPORT_ONLY_CSP])
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


def test_the_signed_in_admin_dashboard_is_never_cached(admin_client):
    response = admin_client.get("/admin/")

    assert response.status_code == 200
    assert_common_headers(response)
    assert_never_cached(response)
    assert REPORT_ONLY_CSP in response


INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)(?![^>]*type=\"application/(ld\+)?json\")[^>]*>", re.I)
INLINE_STYLE = re.compile(r"<style\b|\sstyle=\"|\son[a-z]+=\"", re.I)


def test_public_pages_need_no_inline_script_or_style(
    client, home_page, article_index, form_page, report_data
):
    article = ArticlePageFactory(
        parent=article_index,
        body=[("embed", {"url": "https://www.youtube.com/watch?v=abcDEF12345", "title": "Wawancara"})],
    )
    receipt_url = client.post(form_page.url, report_data())["Location"]
    for url in [
        "/",
        article_index.url,
        article.url,
        form_page.url,
        receipt_url,
        f"{form_page.url}status/",
        "/cari/?q=upah",
        "/tidak-ada/",
    ]:
        html = client.get(url).content.decode()
        assert not INLINE_SCRIPT.search(html), url
        assert not INLINE_STYLE.search(html), url


def test_hsts_is_sent_over_https_with_the_production_values(client, home_page):
    production = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.SECURE_HSTS_SECONDS, settings.SECURE_HSTS_INCLUDE_SUBDOMAINS)",
        **PRODUCTION,
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="japbusi.example",
    )
    seconds, subdomains = production.stdout.split()[-2:]

    with override_settings(
        SECURE_HSTS_SECONDS=int(seconds), SECURE_HSTS_INCLUDE_SUBDOMAINS=subdomains == "True"
    ):
        response = client.get("/", secure=True)

    assert int(seconds) >= 31_536_000
    assert response["Strict-Transport-Security"] == f"max-age={seconds}; includeSubDomains"

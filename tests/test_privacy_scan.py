"""Nothing that came only from cases reaches any public address.

A site is seeded with articles, a campaign, the statistics page and cases whose references,
reporters' names, phone numbers, email addresses and estate names appear nowhere else. An
anonymous visitor then crawls every address it can reach: the sitemap's entries, the feeds,
search results for each of those words, the statistics page with its filters, and every same-site
link found on the way, breadth first. None of those words may appear in any response.
"""

import re
from collections import deque
from html import escape, unescape
from urllib.parse import parse_qs, quote_plus, urlencode, urljoin, urlparse

import pytest
from django.contrib.auth import get_user_model

from articles.factories import ArticlePageFactory, CampaignPageFactory
from grievances.cases.models import Case, CaseEvent
from grievances.cases.states import Status
from grievances.factories import CaseFactory
from grievances.intake.pages import GrievanceFormPage
from grievances.publication.models import CaseArticleLink
from grievances.publication.refresh import refresh_figures
from grievances.publication.statistics import CaseStatisticsPage
from grievances.publication.stories import start_story
from home.factories import TopicFactory
from home.models import Province, SiteSettings
from tests.utils import publish_translation

pytestmark = pytest.mark.django_db

LINK = re.compile(r"""(?:href|src|action)\s*=\s*["']([^"']+)["']""", re.I)
LOC = re.compile(r"<(?:loc|link)>\s*([^<\s]+)\s*</(?:loc|link)>", re.I)
SKIP_PREFIXES = ("/admin", "/static/", "/media/", "/documents/")
MAX_PAGES = 600

# (reference is drawn at random), name, phone, email, estate, words only in the description
SECRET_CASES = [
    ("Wagiyem Zurqani", "0813-5566-7788", "wagiyem.zq@contoh.example", "Kebun Lumut Qirana", "Xelvoran"),
    (
        "Parlindungan Yostrich",
        "+62 852 9911 3344",
        "yostrich@contoh.example",
        "Afdeling Vennora Tujuh",
        "Quabrist",
    ),
    ("Siti Ombelak", "0821 4455 6677", "", "Estate Drumavik", "Plonkavir"),
]


def same_site_targets(base_url, text):
    found = [unescape(value) for value in LINK.findall(text)] + LOC.findall(text)
    targets = []
    for value in found:
        absolute = urljoin(base_url, value.strip())
        parsed = urlparse(absolute)
        if parsed.scheme not in ("http", "https") or parsed.hostname not in ("testserver", "localhost"):
            continue
        path = parsed.path + (f"?{parsed.query}" if parsed.query else "")
        if not path.startswith(SKIP_PREFIXES):
            targets.append(path)
    return targets


def crawl(client, seeds):
    """Breadth first over every same-site address reachable from the seeds, as an anonymous visitor."""
    queue, seen, pages = deque(seeds), set(seeds), {}
    while queue and len(pages) < MAX_PAGES:
        path = queue.popleft()
        response = client.get(path)
        content_type = response.get("Content-Type", "")
        text = (
            response.content.decode("utf-8", "replace")
            if "text" in content_type or "xml" in content_type
            else ""
        )
        pages[path] = (response.status_code, text)
        targets = same_site_targets("http://testserver" + path, text)
        if response.status_code in (301, 302, 303, 307, 308):
            targets.append(urlparse(response["Location"]).path)
        for target in targets:
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return pages


@pytest.fixture
def seeded_site(home_page, article_index, campaign_index, english_home, english, site):
    wages = TopicFactory(slug="upah", name="Upah", name_en="Wages")
    housing = TopicFactory(slug="perumahan", name="Perumahan", name_en="Housing")
    form = GrievanceFormPage(title="Laporkan masalah", slug="lapor")
    home_page.add_child(instance=form)
    settings = SiteSettings.for_site(site)
    settings.report_problem_page = form
    settings.save()
    statistics = CaseStatisticsPage(title="Angka kasus", slug="angka-kasus")
    home_page.add_child(instance=statistics)
    publish_translation(article_index, english, title="News")
    publish_translation(statistics, english, title="Case figures")
    article = ArticlePageFactory(parent=article_index, title="Upah pemanen dipotong", topics=[wages])
    ArticlePageFactory(parent=article_index, title="Rumah pekerja bocor", topics=[housing])
    publish_translation(article, english, title="Harvesters' wages cut")
    CampaignPageFactory(parent=campaign_index, title="Upah layak", topics=[wages])

    operator = get_user_model().objects.create_superuser("pemilik-uji", "p@japbusi.example", "x")
    province = Province.objects.order_by("pk").first()
    secrets = []
    for index in range(12):
        name, phone, email, estate, word = SECRET_CASES[index % len(SECRET_CASES)]
        case = CaseFactory(
            description=f"{word}: mandor {name} menahan upah di {estate}.",
            reporter_name=name,
            phone=phone,
            email=email,
            estate=estate,
            employer="PT Contoh Sawit",
            province=province,
            identity_mode=Case.IdentityMode.NAMED,
            consent_anonymised_publication=True,
            status=[Status.RECEIVED, Status.HANDLING, Status.RESOLVED][index % 3],
            topics=[wages] if index % 2 else [wages, housing],
        )
        CaseEvent.objects.create(
            case=case, kind=CaseEvent.Kind.MESSAGE, visibility="reporter", text=f"{word} dibalas"
        )
        secrets += [case.reference, case.reference.replace("-", ""), name, phone, estate, word]
        if email:
            secrets.append(email)
    first = Case.objects.order_by("pk").first()
    CaseArticleLink.objects.create(case=first, article=article, linked_by=operator)
    start_story(first, operator)  # a draft: never public
    refresh_figures()
    return {"secrets": sorted(set(secrets)), "statistics": statistics}


def without_echoed_query(path, text):
    """A search page repeats what the visitor typed; that is their own input, not a leak."""
    query = parse_qs(urlparse(path).query).get("q", [""])[0]
    if not query:
        return text
    for form in {query, escape(query), quote_plus(query)}:
        text = text.replace(form, "")
    return text


def test_no_public_address_shows_anything_that_came_only_from_cases(client, seeded_site):
    secrets = seeded_site["secrets"]
    seeds = ["/", "/en/", "/sitemap.xml", "/berita/feed/", "/berita/topik/upah/feed/", "/angka-kasus/"]
    seeds += [f"/cari/?{urlencode({'q': secret})}" for secret in secrets]
    seeds += [f"/en/cari/?{urlencode({'q': secret})}" for secret in secrets]

    pages = crawl(client, seeds)

    leaks = {}
    for path, (_status, text) in pages.items():
        scanned = without_echoed_query(path, text).lower()
        found = [secret for secret in secrets if secret.lower() in scanned]
        if found:
            leaks[path] = found
    assert leaks == {}
    # The crawl reached what it must have reached.
    visited = set(pages)
    assert "/angka-kasus/?topik=upah" in visited and "/angka-kasus/?topik=perumahan" in visited
    assert any(path.startswith("/en/angka-kasus/") for path in visited)
    assert "/berita/upah-pemanen-dipotong/" in visited and "/lapor/" in visited
    sitemap_entries = [urlparse(url).path for url in LOC.findall(pages["/sitemap.xml"][1])]
    assert sitemap_entries and set(sitemap_entries) <= visited
    assert "kurang dari 5" in pages["/angka-kasus/?topik=perumahan"][1]
    assert all(status < 500 for status, _text in pages.values())

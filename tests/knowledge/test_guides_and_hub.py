"""Rights guides (FAQ structured data, plain printable page, links from the report form) and topic hubs."""

import json
import re

import pytest

from articles.factories import ArticlePageFactory, CampaignPageFactory
from home.factories import StandardPageFactory
from home.models import SiteSettings
from knowledge.factories import ResourcePageFactory, RightsGuidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide(guide_index, library, wages):
    law = ResourcePageFactory(parent=library, title="PP Pengupahan", resource_type="law", topics=[wages])
    return RightsGuidePageFactory(
        parent=guide_index,
        title="Hakmu soal upah",
        topic=wages,
        questions=[
            (
                "question",
                {
                    "question": "Apakah buruh harian lepas berhak atas upah minimum?",
                    "answer": "<p>Ya.</p><p>Upah minimum berlaku untuk <b>semua</b> pekerja &amp; statusnya.</p>",
                    "resources": [law],
                },
            ),
            (
                "question",
                {
                    "question": "Boleh upah dibayar terlambat?",
                    "answer": "<p>Tidak. Ada denda.</p>",
                    "resources": [],
                },
            ),
        ],
    )


def json_ld(html):
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(scripts) == 1
    return json.loads(scripts[0])


def test_a_guide_carries_faq_structured_data_that_parses_as_json_ld(client, guide):
    data = json_ld(client.get(guide.url).content.decode())
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "FAQPage"
    questions = data["mainEntity"]
    assert [item["@type"] for item in questions] == ["Question", "Question"]
    assert questions[0]["name"] == "Apakah buruh harian lepas berhak atas upah minimum?"
    assert questions[0]["acceptedAnswer"]["@type"] == "Answer"
    assert questions[0]["acceptedAnswer"]["text"] == (
        "Ya. Upah minimum berlaku untuk semua pekerja & statusnya."
    )


def test_structured_data_cannot_close_its_script_element(client, guide_index, wages):
    guide = RightsGuidePageFactory(
        parent=guide_index,
        topic=wages,
        questions=[("question", {"question": "</script><b>x", "answer": "<p>y</p>", "resources": []})],
    )
    html = client.get(guide.url).content.decode()
    assert json_ld(html)["mainEntity"][0]["name"] == "</script><b>x"


def test_each_answer_links_the_library_resources_it_rests_on(client, guide):
    html = client.get(guide.url).content.decode()
    assert '<a href="/perpustakaan/pp-pengupahan/">PP Pengupahan</a>' in html


def test_the_plain_version_has_no_navigation_and_points_back(client, guide):
    response = client.get(guide.url, {"versi": "cetak"})
    html = response.content.decode()
    assert "Boleh upah dibayar terlambat?" in html
    assert "site-header" not in html and "site-footer" not in html and "report-cta" not in html
    assert 'rel="canonical"' in html and guide.url in html.split('rel="canonical"')[1].split(">")[0]


@pytest.fixture
def form_page(home_page, site):
    from grievances.intake.pages import GrievanceFormPage

    page = GrievanceFormPage(title="Laporkan masalah", slug="laporkan")
    home_page.add_child(instance=page)
    settings = SiteSettings.for_site(site)
    settings.report_problem_page = page
    settings.save()
    return page


def test_the_report_form_links_the_rights_guide_next_to_its_topic_in_a_new_tab(
    client, guide, form_page, safety
):
    html = client.get(form_page.url).content.decode()
    links = re.findall(
        r'<a class="guide-link" href="([^"]+)" target="_blank" rel="noopener" data-rights-guide="(\d+)"', html
    )
    assert links == [(guide.url, str(guide.topic_id))]
    # The link sits with the wages checkbox, not with the safety one that has no guide.
    block = html.split(f'data-rights-guide="{guide.topic_id}"')[0].rsplit('class="choice-with-guide"', 1)[1]
    assert f'value="{guide.topic_id}"' in block
    assert "tab baru" in html


def test_a_guide_offers_to_report_the_problem_with_its_topic_chosen(client, guide, form_page):
    html = client.get(guide.url).content.decode()
    assert f'href="{form_page.url}?topic={guide.topic.slug}"' in html


def test_the_topic_hub_gathers_every_kind_of_content_on_its_topic(
    client, hub, guide, article_index, campaign_index, form_page, library, wages, safety
):
    ArticlePageFactory(parent=article_index, title="Pemanen menuntut upah layak", topics=[wages])
    ArticlePageFactory(parent=article_index, title="Helm pengaman tidak dibagikan", topics=[safety])
    CampaignPageFactory(parent=campaign_index, title="Upah layak untuk pemanen", topics=[wages])
    StandardPageFactory(parent=article_index.get_parent(), title="Tentang kami")

    url = hub.url + "upah-uji/"
    html = client.get(url).content.decode()

    assert "Pemanen menuntut upah layak" in html
    assert "Helm pengaman tidak dibagikan" not in html
    assert "Upah layak untuk pemanen" in html
    assert "PP Pengupahan" in html
    assert "Hakmu soal upah" in html
    assert f'href="{form_page.url}?topic=upah-uji"' in html
    assert f'href="{library.url}?topic=upah-uji"' in html
    assert client.get(hub.url + "tidak-ada/").status_code == 404


def test_topic_links_across_the_site_lead_to_the_hub(client, hub, article_index, wages):
    article = ArticlePageFactory(parent=article_index, title="Upah dipotong", topics=[wages])
    html = client.get(article.url).content.decode()
    assert f'href="{hub.url}upah-uji/"' in html


def test_without_a_hub_topic_links_keep_leading_to_the_article_listing(client, article_index, wages):
    article = ArticlePageFactory(parent=article_index, title="Upah dipotong", topics=[wages])
    assert f'href="{article_index.url}topik/upah-uji/"' in client.get(article.url).content.decode()


def test_the_hub_and_its_topics_are_in_the_sitemap(client, hub, wages):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/topik/upah-uji/</loc>" in xml


def test_knowledge_pages_need_no_inline_script_or_style(client, guide, hub, library):
    from tests.security.test_headers import INLINE_SCRIPT, INLINE_STYLE

    resource = library.get_children().first()
    for url in [
        library.url,
        resource.url,
        guide.get_parent().url,
        guide.url,
        guide.url + "?versi=cetak",
        hub.url,
        hub.url + "upah-uji/",
    ]:
        html = client.get(url).content.decode()
        assert not INLINE_SCRIPT.search(html), url
        assert not INLINE_STYLE.search(html), url

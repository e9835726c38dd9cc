"""The article editor shows an editor the company's approved, anonymised figures; never a case."""

import pytest
from django.urls import reverse

from articles.factories import ArticlePageFactory
from grievances.register.models import ApprovedCompanyFigures

from .conftest import linked_case

pytestmark = pytest.mark.django_db


@pytest.fixture
def reports(settings, makmur, wages, hukatan):
    settings.GRIEVANCE_PUBLIC_MIN_COUNT = 3
    consenting = [
        linked_case(makmur, topic=wages, federation=hukatan, consent_anonymised_publication=True)
        for _ in range(4)
    ]
    private = linked_case(makmur, topic=wages, federation=hukatan, reporter_name="Siti Rahasia")
    return consenting, private


def test_an_editor_sees_only_the_approved_figures_of_the_company_the_article_names(
    client, editor, article_index, makmur, staff, reports
):
    article = ArticlePageFactory(parent=article_index, title="Upah di PT Sawit Makmur Sejahtera ditahan")
    client.force_login(editor)
    editor_page = client.get(reverse("wagtailadmin_pages:edit", args=(article.pk,))).content.decode()
    assert "Figures about the companies" not in editor_page  # nothing approved yet

    client.force_login(staff["coordinator_a"])
    client.post(
        reverse("grievances_register_company:approve_figures", args=(makmur.pk,)), {"action": "approve"}
    )
    figures = ApprovedCompanyFigures.objects.get(company=makmur).figures
    # The case without publication consent is not counted.
    assert figures["total"] == 3 and figures["by_topic"][0]["count"] == 3  # 4, rounded as public figures are

    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=(article.pk,))).content.decode()
    panel = html.split('class="article-company-figures"')[1].split("</section>")[0]
    assert makmur.name in panel and "Upah: 3" in panel
    consenting, private = reports
    for case in [*consenting, private]:
        assert case.reference not in html
    assert "Siti Rahasia" not in html
    assert "/admin/kasus/" not in panel


def test_small_counts_are_shown_as_fewer_than_the_minimum(client, settings, makmur, wages, hukatan, staff):
    settings.GRIEVANCE_PUBLIC_MIN_COUNT = 5
    for _ in range(2):
        linked_case(makmur, topic=wages, federation=hukatan, consent_anonymised_publication=True)
    client.force_login(staff["operator_a"])
    client.post(
        reverse("grievances_register_company:approve_figures", args=(makmur.pk,)), {"action": "approve"}
    )
    figures = ApprovedCompanyFigures.objects.get(company=makmur).figures
    assert figures["total"] is None and figures["by_topic"][0]["count"] is None


def test_a_writer_cannot_approve_figures(client, writer, makmur):
    client.force_login(writer)
    response = client.post(reverse("grievances_register_company:approve_figures", args=(makmur.pk,)))
    assert response.status_code in (302, 403, 404)
    assert not ApprovedCompanyFigures.objects.exists()

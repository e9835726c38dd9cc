"""Cases linked to articles: only with the reporter's consent, only by staff who may see the case."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from articles.factories import ArticlePageFactory
from grievances.cases.models import CaseEvent
from grievances.cases.roles import LEGAL_ADVISOR_GROUP, OPERATOR_GROUP
from grievances.factories import CaseFactory, StaffFactory
from grievances.publication.models import CaseArticleLink
from home.factories import TopicFactory
from home.models import Province

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(article_index, hukatan, nikeuba):
    wages = TopicFactory(slug="upah-uji", name="Upah")
    riau = Province.objects.order_by("pk").first()
    return {
        "wages": wages,
        "riau": riau,
        "consenting": CaseFactory(
            federation=hukatan,
            topics=[wages],
            consent_anonymised_publication=True,
            employer="PT Sawit Makmur",
            province=riau,
        ),
        "refusing": CaseFactory(federation=hukatan, topics=[wages], consent_anonymised_publication=False),
        "other": CaseFactory(federation=nikeuba, topics=[wages], consent_anonymised_publication=True),
        "article": ArticlePageFactory(parent=article_index, title="Upah pemanen dipotong", topics=[wages]),
        "operator": StaffFactory(username="op-hukatan", role=OPERATOR_GROUP, federation=hukatan),
        "advisor": StaffFactory(username="penasihat-uji", role=LEGAL_ADVISOR_GROUP),
    }


def link(client, case, article):
    return client.post(reverse("grievances_case:article_link", args=(case.pk,)), {"article": article.pk})


def test_an_operator_links_a_consenting_case_and_the_timeline_and_audit_say_who(client, world):
    client.force_login(world["operator"])
    case, article = world["consenting"], world["article"]

    response = link(client, case, article)

    assert response.status_code == 302
    stored = CaseArticleLink.objects.get(case=case, article=article)
    assert stored.linked_by == world["operator"]
    event = case.events.get(kind=CaseEvent.Kind.ARTICLE)
    assert event.visibility == CaseEvent.Visibility.INTERNAL and event.author == world["operator"]
    assert ModelLogEntry.objects.filter(
        action="grievances.article_link", object_id=str(case.pk), user=world["operator"]
    ).exists()
    page = client.get(reverse("grievances_case:inspect", args=(case.pk,))).content.decode()
    assert "Upah pemanen dipotong" in page and "op-hukatan" in page


def test_a_case_without_publication_consent_cannot_be_linked(client, world):
    client.force_login(world["operator"])
    case = world["refusing"]

    page = client.get(reverse("grievances_case:inspect", args=(case.pk,))).content.decode()
    assert 'data-action="link-article"' not in page
    response = link(client, case, world["article"])

    assert not CaseArticleLink.objects.exists()
    assert not case.events.filter(kind=CaseEvent.Kind.ARTICLE).exists()
    shown = client.get(response.url).content.decode()
    assert "Pelapor tidak menyetujui penggunaan tanpa identitas dalam publikasi" in shown


def test_another_federations_operator_and_an_unassigned_advisor_cannot_link(client, world):
    client.force_login(world["operator"])
    assert link(client, world["other"], world["article"]).status_code == 404
    client.force_login(world["advisor"])
    assert link(client, world["consenting"], world["article"]).status_code == 404
    assert not CaseArticleLink.objects.exists()


def test_a_writer_cannot_link_or_unlink(client, world, writer):
    CaseArticleLink.objects.create(case=world["consenting"], article=world["article"])
    client.force_login(writer)
    assert link(client, world["consenting"], world["article"]).status_code == 404
    unlink_url = reverse("grievances_case:article_unlink", args=(world["consenting"].pk, world["article"].pk))
    assert client.post(unlink_url).status_code == 404
    assert CaseArticleLink.objects.count() == 1
    assert not world["consenting"].events.exists()


def test_only_articles_can_be_chosen(client, world, home_page):
    client.force_login(world["operator"])
    link(client, world["consenting"], home_page)
    assert not CaseArticleLink.objects.exists()


def test_unlinking_is_on_the_timeline(client, world):
    client.force_login(world["operator"])
    case, article = world["consenting"], world["article"]
    link(client, case, article)
    client.post(reverse("grievances_case:article_unlink", args=(case.pk, article.pk)))
    assert not CaseArticleLink.objects.exists()
    assert case.events.filter(kind=CaseEvent.Kind.ARTICLE).count() == 2


def test_suggestions_rank_employer_then_topics_then_province(client, world, article_index):
    case = world["consenting"]
    by_employer = ArticlePageFactory(
        parent=article_index, title="Kisah dari PT Sawit Makmur", standfirst="Pemanen bicara."
    )
    by_province = ArticlePageFactory(parent=article_index, title="Berita provinsi", province=world["riau"])
    ArticlePageFactory(parent=article_index, title="Tidak ada hubungannya")
    client.force_login(world["operator"])

    page = client.get(reverse("grievances_case:inspect", args=(case.pk,))).content.decode()
    section = page[page.index("Artikel yang disarankan") :]

    positions = [
        section.index(title) for title in (by_employer.title, "Upah pemanen dipotong", by_province.title)
    ]
    assert positions == sorted(positions)
    assert "Tidak ada hubungannya" not in section


def editor_html(client, article):
    return client.get(reverse("wagtailadmin_pages:edit", args=(article.pk,))).content.decode()


@pytest.fixture
def linked_world(world, django_user_model):
    from django.contrib.auth.models import Group

    from home.roles import EDITOR_GROUP

    CaseArticleLink.objects.create(case=world["consenting"], article=world["article"])
    CaseArticleLink.objects.create(case=world["other"], article=world["article"])
    world["editing_operator"] = StaffFactory(
        username="redaktur-operator", role=OPERATOR_GROUP, federation=world["consenting"].federation
    )
    world["editing_operator"].groups.add(Group.objects.get(name=EDITOR_GROUP))
    world["owner"] = django_user_model.objects.create_superuser("pemilik-uji", "p@japbusi.example", "x")
    return world


def references(world, *names):
    return [world[name].reference for name in names]


def test_writers_and_editors_without_case_access_see_no_trace_of_cases_in_the_editor(
    client, linked_world, writer, editor
):
    for user in (writer, editor):
        client.force_login(user)
        html = editor_html(client, linked_world["article"])
        assert "article-cases" not in html
        assert "Kasus yang ditautkan ke artikel ini" not in html
        for reference in references(linked_world, "consenting", "refusing", "other"):
            assert reference not in html


def test_an_editing_operator_sees_only_their_federations_cases_in_the_editor(client, linked_world):
    client.force_login(linked_world["editing_operator"])
    html = editor_html(client, linked_world["article"])
    linked = html[
        html.index("Kasus yang ditautkan ke artikel ini") : html.index("Kasus dengan topik yang sama")
    ]
    same_topic = html[html.index("Kasus dengan topik yang sama") :]
    assert linked_world["consenting"].reference in linked
    assert linked_world["refusing"].reference in same_topic
    assert "1 kasus yang boleh Anda lihat" in same_topic
    assert linked_world["other"].reference not in html


def test_a_system_owner_sees_every_linked_case(client, linked_world):
    client.force_login(linked_world["owner"])
    html = editor_html(client, linked_world["article"])
    for reference in references(linked_world, "consenting", "other", "refusing"):
        assert reference in html


def start_story(client, case):
    return client.post(reverse("grievances_case:story", args=(case.pk,)))


def test_a_story_draft_from_a_case_is_anonymised_prefilled_and_linked(client, world, django_user_model):
    case = world["consenting"]
    case.reporter_name = "Sutinah Marpaung"
    case.phone = "0812-7788-9911"
    case.email = "sutinah@contoh.example"
    case.description = "Mandor Budi memotong upah saya tanggal 3 Maret."
    case.save()
    client.force_login(world["operator"])

    start_story(client, case)

    from articles.models import ArticlePage

    draft = ArticlePage.objects.get(case_links__case=case)
    assert not draft.live and draft.owner == world["operator"]
    assert list(draft.topics.all()) == [world["wages"]]
    assert draft.province == world["riau"]
    text = " ".join([draft.title, draft.standfirst, str(draft.body.raw_data)])
    assert "PT Sawit Makmur" in text and "Upah" in text and world["riau"].name in text
    for secret in (
        "Sutinah",
        "0812-7788-9911",
        "sutinah@contoh.example",
        case.reference,
        "Mandor Budi",
        "3 Maret",
    ):
        assert secret not in text
    assert draft.get_latest_revision() is not None
    assert case.events.filter(kind=CaseEvent.Kind.ARTICLE, author=world["operator"]).exists()
    assert ModelLogEntry.objects.filter(action="grievances.story", object_id=str(case.pk)).exists()


def test_no_story_without_publication_consent_nor_from_someone_elses_case(client, world):
    from articles.models import ArticlePage

    before = ArticlePage.objects.count()
    client.force_login(world["operator"])
    response = start_story(client, world["refusing"])
    assert "Pelapor tidak menyetujui" in client.get(response.url).content.decode()
    assert start_story(client, world["other"]).status_code == 404
    client.force_login(world["advisor"])
    assert start_story(client, world["consenting"]).status_code == 404
    assert ArticlePage.objects.count() == before
    assert not CaseArticleLink.objects.exists()

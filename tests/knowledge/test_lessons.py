"""Lessons from cases: only case staff see them; a lesson is written only from a consenting, resolved case."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from grievances.cases.roles import CASE_GROUPS, OPERATOR_GROUP
from grievances.cases.states import Status
from grievances.factories import CaseFactory, StaffFactory
from home.factories import ProvinceFactory
from home.models import Federation
from knowledge.factories import LessonIndexPageFactory, LessonPageFactory
from knowledge.models import LessonPage

pytestmark = pytest.mark.django_db

# What the reporter wrote: it names them, so it must never reach a lesson.
DESCRIPTION = "Upah dipotong. Nama saya Siti, HP 0812."


@pytest.fixture
def lessons(home_page, wages):
    index = LessonIndexPageFactory(parent=home_page, title="Ruang belajar tim kasus")
    lesson = LessonPageFactory(
        parent=index, title="Pelajaran: potongan upah di Riau", topic=wages, problem="Potongan premi sepihak."
    )
    return index, lesson


@pytest.fixture
def operator(hukatan):
    return StaffFactory(username="op-pelajaran", role=OPERATOR_GROUP, federation=hukatan)


def test_a_new_lesson_section_is_restricted_to_the_case_groups(lessons):
    index, _lesson = lessons
    restriction = PageViewRestriction.objects.get(page=index)
    assert restriction.restriction_type == PageViewRestriction.GROUPS
    assert sorted(restriction.groups.values_list("name", flat=True)) == sorted(CASE_GROUPS)


def test_anonymous_visitors_are_sent_to_log_in(client, lessons):
    index, lesson = lessons
    for url in (index.url, lesson.url):
        response = client.get(url)
        assert response.status_code == 302
        assert "Potongan premi" not in response.content.decode()


def test_a_writer_cannot_read_lessons_on_the_site_or_in_the_admin(client, writer, lessons):
    index, lesson = lessons
    client.force_login(writer)
    for url in (index.url, lesson.url):
        assert "Potongan premi" not in client.get(url).content.decode()
    explorer = client.get(reverse("wagtailadmin_explore", args=[index.get_parent().pk])).content.decode()
    assert "Ruang belajar tim kasus" not in explorer
    for query in ("Ruang belajar", "potongan upah"):
        found = client.get(reverse("wagtailadmin_pages:search"), {"q": query}).content.decode()
        assert "Ruang belajar tim kasus" not in found and "potongan upah di Riau" not in found
    for view in ("edit", "view_draft", "history", "revisions_index", "delete", "copy", "move"):
        response = client.get(reverse(f"wagtailadmin_pages:{view}", args=[lesson.pk]))
        assert response.status_code in (302, 403, 404), view
        assert "Potongan premi" not in response.content.decode(), view


def test_case_staff_read_lessons_and_filter_them(client, operator, lessons, safety):
    index, lesson = lessons
    client.force_login(operator)
    found = client.get(reverse("wagtailadmin_pages:search"), {"q": "potongan upah"}).content.decode()
    assert "potongan upah di Riau" in found
    other = LessonPageFactory(parent=index, title="Pelajaran: helm", topic=safety, employer_type="state")
    client.force_login(operator)
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert "Potongan premi sepihak." in response.content.decode()
    assert {"private", "no-store"} <= {part.strip() for part in response["Cache-Control"].split(",")}

    def listed(**params):
        return [page.title for page in client.get(index.url, params).context["lessons"]]

    assert sorted(listed()) == sorted([lesson.title, other.title])
    assert listed(topic=safety.pk) == [other.title]
    assert listed(employer_type="private") == [lesson.title]
    assert listed(q="premi") == [lesson.title]


def test_public_search_and_sitemap_never_show_lessons(client, operator, lessons):
    index, lesson = lessons
    assert list(client.get("/cari/", {"q": "premi"}).context["results"]) == []
    client.force_login(operator)
    assert list(client.get("/cari/", {"q": "premi"}).context["results"]) == []
    xml = client.get("/sitemap.xml").content.decode()
    assert "pelajaran" not in xml


def test_a_lesson_cannot_be_written_without_the_reporters_consent(client, operator, hukatan, lessons, wages):
    case = CaseFactory(
        federation=hukatan,
        description=DESCRIPTION,
        status=Status.RESOLVED,
        consent_anonymised_publication=False,
    )
    client.force_login(operator)
    before = LessonPage.objects.count()

    page = client.get(reverse("grievances_case:inspect", args=[case.pk])).content.decode()
    assert 'data-action="write-lesson"' not in page
    response = client.post(
        reverse("grievances_write_lesson", args=[case.pk]), {"employer_type": "private"}, follow=True
    )

    assert LessonPage.objects.count() == before
    assert "tidak menyetujui" in response.content.decode()


def test_a_lesson_cannot_be_written_from_an_open_case(client, operator, hukatan, lessons):
    case = CaseFactory(
        federation=hukatan,
        description=DESCRIPTION,
        status=Status.HANDLING,
        consent_anonymised_publication=True,
    )
    client.force_login(operator)
    client.post(reverse("grievances_write_lesson", args=[case.pk]), {"employer_type": "private"})
    assert LessonPage.objects.count() == 1


def test_another_federations_operator_cannot_write_a_lesson_from_the_case(client, lessons, wages):
    nikeuba = Federation.objects.get(short_name="FSB Nikeuba")
    case = CaseFactory(
        federation=nikeuba, description=DESCRIPTION, status=Status.CLOSED, consent_anonymised_publication=True
    )
    outsider = StaffFactory(
        username="op-lain", role=OPERATOR_GROUP, federation=Federation.objects.get(short_name="FSB Hukatan")
    )
    client.force_login(outsider)
    response = client.post(reverse("grievances_write_lesson", args=[case.pk]), {"employer_type": "private"})
    assert response.status_code == 404
    assert LessonPage.objects.count() == 1


def test_a_consenting_resolved_case_gives_a_draft_with_only_topic_province_and_employer_type(
    client, operator, hukatan, lessons, wages
):
    riau = ProvinceFactory(code="14", name="Riau")
    case = CaseFactory(
        federation=hukatan,
        description=DESCRIPTION,
        status=Status.RESOLVED,
        consent_anonymised_publication=True,
        province=riau,
        employer="PT Sawit Rahasia",
        reporter_name="Siti",
        phone="0812",
    )
    case.topics.set([wages])
    client.force_login(operator)

    page = client.get(reverse("grievances_case:inspect", args=[case.pk])).content.decode()
    assert 'data-action="write-lesson"' in page
    # The case page suggests the lesson on the same topic.
    assert "Pelajaran: potongan upah di Riau" in page

    response = client.post(reverse("grievances_write_lesson", args=[case.pk]), {"employer_type": "state"})

    lesson = LessonPage.objects.exclude(pk=lessons[1].pk).get()
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    assert not lesson.live
    assert (lesson.topic, lesson.province, lesson.employer_type) == (wages, riau, "state")
    stored = (
        " ".join(str(value) for value in LessonPage.objects.filter(pk=lesson.pk).values().get().values())
        + lesson.get_latest_revision().content.__str__()
    )
    for secret in ("PT Sawit Rahasia", "Siti", "0812", case.reference):
        assert secret not in stored

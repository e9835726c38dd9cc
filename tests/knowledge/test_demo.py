"""The knowledge base demo: a realistic library with searchable PDFs, five rights guides, two private lessons."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.documents.models import Document
from wagtail.models import Page, PageViewRestriction, Revision

from knowledge import demo_content as demo
from knowledge.models import LessonIndexPage, LessonPage, ResourcePage, RightsGuidePage

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "documents": Document.objects.count(),
    }


def test_the_knowledge_demo(client, django_capture_on_commit_callbacks):
    """One load for every check: the demo draws and reads more than twenty PDFs (once the load
    commits, as `make demo` does)."""
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_knowledge_demo", stdout=StringIO())
    first = snapshot()
    output = StringIO()
    call_command("load_knowledge_demo", stdout=output)
    assert snapshot() == first
    assert "nothing changed" in output.getvalue()

    check_library()
    check_search_in_pdf(client)
    check_guides_and_lessons(client)


def check_library():
    resources = ResourcePage.objects.filter(locale__language_code="id")
    assert resources.count() >= 15
    assert ResourcePage.objects.filter(locale__language_code="en").count() == resources.count()
    for resource in resources:
        assert resource.document.file_extension == "pdf"
        assert resource.document_text, resource.title
    assert {r.resource_type for r in resources} == {"law", "ilo", "guide", "template", "training", "research"}


def check_search_in_pdf(client):
    wages_2023 = ResourcePage.objects.get(slug="pp-51-2023-perubahan-pengupahan", locale__language_code="id")
    assert "alfa" not in (wages_2023.title + wages_2023.summary).lower()
    results = client.get("/cari/", {"q": "alfa"}).context["results"]
    assert wages_2023.pk in [page.pk for page in results]


def check_guides_and_lessons(client):
    assert RightsGuidePage.objects.values("topic").distinct().count() >= 5
    assert LessonPage.objects.count() == len(demo.LESSONS) == 2
    index = LessonIndexPage.objects.get()
    assert PageViewRestriction.objects.filter(page=index, restriction_type="groups").exists()
    assert client.get(index.url).status_code == 302

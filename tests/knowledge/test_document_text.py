"""A resource's PDF is read after the editor's save, never inside it: in the same process once the
save commits by default, by a task worker with the database queue; old revisions never wipe it."""

import logging

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.documents.models import Document
from wagtail.test.utils.form_data import nested_form_data

from knowledge.extraction import document_fingerprint
from knowledge.factories import PdfDocumentFactory, ResourcePageFactory
from knowledge.models import ResourcePage
from knowledge.pdf import text_pdf
from operations.worker import Worker

pytestmark = pytest.mark.django_db

READING = "knowledge.tasks.read_document_text"


def found(client, word):
    """The pages site search lists for `word`."""
    return [page.pk for page in client.get("/cari/", {"q": word}).context["results"]]


def readings():
    return DBTaskResult.objects.filter(task_path=READING)


def run_worker():
    worker = Worker(schedule=False)
    while worker.run_one():
        pass


def resource_form(library, document, **overrides):
    data = {
        "title": "Peraturan lembur kebun",
        "slug": "peraturan-lembur-kebun",
        "summary": "Berapa upah lembur yang harus dibayar.",
        "resource_type": "law",
        "year": "2021",
        "resource_language": "id",
        "issuing_body": "Kemnaker",
        "topics": [],
        "document": document.pk,
        "external_url": "",
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


@pytest.fixture
def regulation(db):
    return PdfDocumentFactory(
        title="PP lembur", text="Upah lembur jam pertama satu setengah kali upah sejam."
    )


def publish_resource(client, editor, library, document, django_capture_on_commit_callbacks):
    """The editor adds and publishes a resource with this document, through the admin."""
    client.force_login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=("knowledge", "resourcepage", library.pk))
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(add_url, resource_form(library, document))


def test_by_default_the_text_is_searchable_when_the_editors_publish_request_ends(
    client, editor, library, regulation, django_capture_on_commit_callbacks
):
    response = publish_resource(client, editor, library, regulation, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    resource = ResourcePage.objects.get(slug="peraturan-lembur-kebun")
    assert resource.live
    assert "setengah kali" in resource.document_text
    assert found(client, "setengah") == [resource.pk]


def test_with_the_queue_publishing_only_queues_the_reading_and_a_worker_makes_the_text_searchable(
    queue, client, editor, library, regulation, django_capture_on_commit_callbacks
):
    response = publish_resource(client, editor, library, regulation, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    resource = ResourcePage.objects.get(slug="peraturan-lembur-kebun")
    assert resource.live
    # Created, then published: two saves in one request, one reading waiting for a worker.
    reading = readings().get()
    assert reading.status == TaskResultStatus.READY
    assert reading.args_kwargs["args"] == [resource.pk, document_fingerprint(regulation)]
    assert resource.document_text == ""
    assert found(client, "setengah") == []

    run_worker()

    assert readings().get().status == TaskResultStatus.SUCCESSFUL
    assert "setengah kali" in ResourcePage.objects.get(pk=resource.pk).document_text
    assert found(client, "setengah") == [resource.pk]


def test_with_the_queue_a_new_file_keeps_the_old_text_searchable_until_a_worker_reads_the_new_one(
    pdf_resource, queue, client, editor, library, regulation, django_capture_on_commit_callbacks
):
    assert found(client, "kemahalan") == [pdf_resource.pk]  # read before the queue was switched on
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=(pdf_resource.pk,))
    form = resource_form(
        library,
        regulation,
        title=pdf_resource.title,
        slug=pdf_resource.slug,
        summary=pdf_resource.summary,
        resource_type=pdf_resource.resource_type,
        year=str(pdf_resource.year),
        issuing_body=pdf_resource.issuing_body,
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url, form)

    assert response.status_code == 302
    assert ResourcePage.objects.get(pk=pdf_resource.pk).document_id == regulation.pk
    assert readings().count() == 1
    assert found(client, "kemahalan") == [pdf_resource.pk]
    assert found(client, "setengah") == []

    run_worker()

    assert found(client, "setengah") == [pdf_resource.pk]
    assert found(client, "kemahalan") == []


def test_publishing_an_older_revision_keeps_the_text_read_since_and_reads_nothing_again(
    pdf_resource, queue, client, django_capture_on_commit_callbacks
):
    assert found(client, "kemahalan") == [pdf_resource.pk]  # read before the queue was switched on
    first_revision = pdf_resource.revisions.order_by("created_at").first()
    # The revision was saved before the PDF was read: it carries no text of its own.
    assert first_revision.content["document_text"] == ""

    with django_capture_on_commit_callbacks(execute=True):
        first_revision.publish()

    assert "kemahalan" in ResourcePage.objects.get(pk=pdf_resource.pk).document_text
    assert found(client, "kemahalan") == [pdf_resource.pk]
    assert not readings().exists()


def test_going_back_to_a_revision_with_another_file_brings_back_that_files_text(
    client, pdf_resource, regulation, django_capture_on_commit_callbacks
):
    first_revision = pdf_resource.revisions.order_by("created_at").first()
    with django_capture_on_commit_callbacks(execute=True):
        pdf_resource.document = regulation
        pdf_resource.save_revision().publish()
    assert found(client, "setengah") == [pdf_resource.pk]

    with django_capture_on_commit_callbacks(execute=True):
        first_revision.publish()

    assert found(client, "kemahalan") == [pdf_resource.pk]
    assert found(client, "setengah") == []


def test_a_file_replaced_after_its_reading_was_queued_is_read_as_it_is_now(
    queue, client, library, regulation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        resource = ResourcePageFactory(parent=library, document=regulation, external_url="")
    queued_for = document_fingerprint(regulation)
    regulation.file = ContentFile(
        text_pdf("PP lembur", ["Lembur malam dibayar dua kali lipat."]), name="baru.pdf"
    )
    regulation._set_document_file_metadata()
    with django_capture_on_commit_callbacks(execute=True):
        regulation.save()
    assert [row.args_kwargs["args"][1] for row in readings().order_by("enqueued_at")] == [
        queued_for,
        document_fingerprint(regulation),
    ]

    run_worker()

    # The first reading found the new file; the second found its text stored and did nothing.
    assert list(readings().values_list("status", flat=True)) == [TaskResultStatus.SUCCESSFUL] * 2
    assert found(client, "lipat") == [resource.pk]
    assert found(client, "setengah") == []


def test_with_the_queue_an_unreadable_file_is_logged_and_the_resource_stays_without_text(
    queue, client, library, caplog, django_capture_on_commit_callbacks
):
    broken = Document.objects.create(
        title="Rusak", file=ContentFile(b"%PDF-1.4 not really", name="rusak.pdf")
    )
    with django_capture_on_commit_callbacks(execute=True):
        resource = ResourcePageFactory(parent=library, title="Edaran rusak", document=broken, external_url="")

    with caplog.at_level(logging.WARNING, logger="knowledge.extraction"):
        run_worker()

    # Read once, not retried: the same file would fail the same way.
    assert readings().get().status == TaskResultStatus.SUCCESSFUL
    assert f"Could not read the text of document {broken.pk}" in caplog.text
    stored = ResourcePage.objects.get(pk=resource.pk)
    assert stored.document_text == ""
    assert stored.document_fingerprint == document_fingerprint(broken)
    assert client.get(stored.url).status_code == 200


def test_taking_the_file_off_a_resource_drops_its_text_without_reading_anything(
    pdf_resource, queue, client, django_capture_on_commit_callbacks
):
    assert found(client, "kemahalan") == [pdf_resource.pk]  # read before the queue was switched on
    pdf_resource.document = None
    pdf_resource.external_url = "https://jdih.kemnaker.go.id/"
    with django_capture_on_commit_callbacks(execute=True):
        pdf_resource.save_revision().publish()

    assert not readings().exists()
    assert ResourcePage.objects.get(pk=pdf_resource.pk).document_text == ""
    run_worker()  # Wagtail's own search index update, queued by the publish
    assert found(client, "kemahalan") == []


def test_deleting_a_document_takes_its_text_out_of_search(
    client, pdf_resource, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        pdf_resource.document.delete()

    stored = ResourcePage.objects.get(pk=pdf_resource.pk)
    assert stored.document is None
    assert stored.document_text == ""
    assert found(client, "kemahalan") == []
    assert found(client, "slip gaji") == [pdf_resource.pk]

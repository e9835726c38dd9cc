"""Reading the text of a resource's document in the background, so that site search finds it.

A long regulation takes seconds to read, so never in the editor's request: saving a resource
keeps the text stored before, and when that is not the text of the page's current document the
reading is queued once the save commits. With TASKS_BACKEND=immediate it runs in the same process
right after the commit (the text is there when the editor's request ends); with the database queue
a task worker reads the file and the request only writes the queue row.
"""

import logging

from django.db import transaction
from django_tasks import task
from wagtail.documents import get_document_model
from wagtail.search import index

from .extraction import document_fingerprint, extract_text
from .models import ResourcePage

logger = logging.getLogger(__name__)


def read_document_text_after_commit(page_id, fingerprint):
    """Queue the reading of the resource's document when the current transaction commits: once per
    resource, however often it is saved in the transaction (a page created, then published)."""
    connection = transaction.get_connection()
    pending = getattr(connection, "_document_text_readings", None)
    if pending is None:
        pending = connection._document_text_readings = {}
    queued = pending.get(page_id)
    if queued is not None and any(entry[1] is queued for entry in connection.run_on_commit):
        return  # already queued in this transaction; the task reads whatever document is current

    def enqueue():
        pending.pop(page_id, None)
        read_document_text.enqueue(page_id, fingerprint)

    pending[page_id] = enqueue
    transaction.on_commit(enqueue)


@task()
def read_document_text(page_id, fingerprint):
    """Store the text of the resource's current document and index it; nothing if it is stored.

    `fingerprint` names the document as it was when the reading was queued; if the page or the
    file changed since, the current document is read. Idempotent: a worker killed halfway, or a
    second reading queued for the same document, finds the text stored and stops.
    """
    resource = ResourcePage.objects.select_related("document").filter(pk=page_id).first()
    if resource is None or not resource.document_text_due:
        return
    current = document_fingerprint(resource.document)
    if current != fingerprint:
        logger.info("Resource %s: its document changed after the reading was queued", page_id)
    # A file that cannot be read is logged by extract_text and stored as no text: reading it
    # again would give the same.
    text = extract_text(resource.document) if resource.document else ""
    with transaction.atomic():
        resource = ResourcePage.objects.select_for_update().filter(pk=page_id).first()
        if resource is None:
            return
        document = None
        if resource.document_id is not None:
            document = (
                get_document_model().objects.select_for_update().filter(pk=resource.document_id).first()
            )
        if document_fingerprint(document) != current:
            # Changed again while it was read: that change queued its own reading.
            return
        resource.document_text, resource.document_fingerprint = text, current
        resource.save(update_fields=["document_text", "document_fingerprint"], clean=False)
    # The save queues the search index update as another task; under a queue it would wait for a
    # worker again, so the page is indexed now and search finds the text when this task ends.
    index.insert_or_update_object(resource)

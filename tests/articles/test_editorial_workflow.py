"""Writers draft and submit; only editors publish, through the "Review redaksi" workflow."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Workflow
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from articles.factories import ArticlePageFactory
from articles.models import ArticlePage
from home.factories import TopicFactory
from home.roles import EDITOR_REVIEW_TASK, EDITORIAL_WORKFLOW, sync_editorial_roles

pytestmark = pytest.mark.django_db


def article_form(**overrides):
    data = {
        "title": "Buruh harian lepas menunggu kepastian",
        "slug": "bhl-menunggu-kepastian",
        "standfirst": "Sepuluh tahun bekerja, statusnya tetap harian.",
        "date": "2026-11-20",
        "body": streamfield([("paragraph", rich_text("<p>Isi berita.</p>"))]),
        "lead_image_caption": "",
        "tags": "",
        "topics": [TopicFactory(slug="kontrak").pk],
    }
    data.update(overrides)
    return nested_form_data(data)


def test_a_writer_cannot_publish_but_can_submit_for_review(client, writer, article_index):
    client.force_login(writer)
    add_url = reverse("wagtailadmin_pages:add", args=("articles", "articlepage", article_index.pk))

    client.post(add_url, article_form(**{"action-publish": "publish"}))
    client.post(add_url, article_form(slug="kedua", **{"action-submit": "submit"}))

    published_by_writer = ArticlePage.objects.filter(slug="bhl-menunggu-kepastian").first()
    assert published_by_writer is None or not published_by_writer.live
    submitted = ArticlePage.objects.get(slug="kedua")
    assert not submitted.live
    assert submitted.current_workflow_state.workflow.name == EDITORIAL_WORKFLOW
    assert not submitted.permissions_for_user(writer).can_publish()


def test_an_editor_approves_and_the_article_goes_live(client, writer, editor, article_index):
    client.force_login(writer)
    add_url = reverse("wagtailadmin_pages:add", args=("articles", "articlepage", article_index.pk))
    client.post(add_url, article_form(**{"action-submit": "submit"}))
    article = ArticlePage.objects.get(slug="bhl-menunggu-kepastian")
    task_state = article.current_workflow_task_state
    approve_url = reverse("wagtailadmin_pages:workflow_action", args=(article.pk, "approve", task_state.pk))

    # The writer cannot approve their own article.
    client.post(approve_url, {"comment": ""})
    article.refresh_from_db()
    assert not article.live

    client.force_login(editor)
    client.post(approve_url, {"comment": "Sudah diperiksa."})
    article.refresh_from_db()
    assert article.live
    assert client.get(article.url).status_code == 200


def test_editors_can_schedule_publication_and_unpublish(editor, writer, article_index):
    article = ArticlePageFactory(parent=article_index)
    assert article.permissions_for_user(editor).can_unpublish()
    assert not article.permissions_for_user(writer).can_unpublish()

    tomorrow = timezone.now() + datetime.timedelta(days=1)
    scheduled = ArticlePageFactory(parent=article_index, live=False, go_live_at=tomorrow)
    assert scheduled.permissions_for_user(editor).can_publish()
    scheduled.save_revision(user=editor).publish(user=editor)
    scheduled.refresh_from_db()
    assert not scheduled.live
    assert scheduled.scheduled_revision is not None


def test_roles_and_workflow_sync_is_idempotent(article_index):
    workflow = Workflow.objects.get(name=EDITORIAL_WORKFLOW)
    tasks_before = list(workflow.workflow_tasks.values_list("task__name", "sort_order"))
    sync_editorial_roles()
    sync_editorial_roles()
    # Other apps may add their own steps (the case-safety review); this sync adds none twice.
    assert list(workflow.workflow_tasks.values_list("task__name", "sort_order")) == tasks_before
    assert tasks_before[0] == (EDITOR_REVIEW_TASK, 0)
    assert article_index.get_workflow() == workflow

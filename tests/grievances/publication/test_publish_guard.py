"""No article linked to a case goes live by any path unless the case-safety review approved the
revision being published (grievances.publication.guard). Each test takes one path as an editor
(who holds the publishing permission) would, against an article "case to story" made."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from articles.factories import ArticlePageFactory
from articles.models import ArticlePage
from grievances.factories import CaseFactory
from grievances.publication.guard import UnreviewedPublication
from grievances.publication.links import link_article
from grievances.publication.models import CaseArticleLink, CaseSafetyReviewTask
from tests.utils import approve_in_workflow

pytestmark = pytest.mark.django_db


def is_live(article):
    return ArticlePage.objects.get(pk=article.pk).live


def edit_form(article, **overrides):
    data = {
        "title": article.title,
        "slug": article.slug,
        "standfirst": article.standfirst,
        "date": "2026-11-20",
        "body": streamfield([("paragraph", rich_text("<p>Isi berita.</p>"))]),
        "lead_image_caption": "",
        "tags": "",
        "topics": [],
    }
    data.update(overrides)
    return nested_form_data(data)


def test_the_publish_button_does_not_publish_a_story_and_says_why(client, editor, story):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=(story.pk,))

    response = client.post(url, edit_form(story, **{"action-publish": "publish"}), follow=True)

    assert not is_live(story)
    assert "case-safety review" in response.content.decode() or "keamanan kasus" in response.content.decode()


def test_the_publish_button_is_not_offered_for_an_unreviewed_story(client, editor, story):
    client.force_login(editor)
    page = client.get(reverse("wagtailadmin_pages:edit", args=(story.pk,))).content.decode()
    assert 'name="action-publish"' not in page
    other = ArticlePageFactory(parent=story.get_parent(), live=False)
    assert (
        'name="action-publish"'
        in client.get(reverse("wagtailadmin_pages:edit", args=(other.pk,))).content.decode()
    )


def test_the_admin_api_publish_action_is_refused(client, editor, story):
    client.force_login(editor)
    response = client.post(f"/admin/api/main/pages/{story.pk}/action/publish/")

    assert response.status_code == 403
    assert not is_live(story)


def test_the_bulk_publish_action_is_refused(client, editor, story):
    client.force_login(editor)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    client.post(f"{url}?id={story.pk}", {"include_descendants": ""})

    assert not is_live(story)
    # The same action publishes an article linked to no case.
    other = ArticlePageFactory(parent=story.get_parent(), live=False)
    other.save_revision(user=editor)
    client.post(f"{url}?id={other.pk}", {"include_descendants": ""})
    assert is_live(other)


def test_a_revision_publish_is_refused(editor, story):
    with pytest.raises(UnreviewedPublication):
        story.get_latest_revision().publish(user=editor)
    with pytest.raises(UnreviewedPublication):
        story.get_latest_revision().publish(user=None, skip_permission_checks=True)
    assert not is_live(story)


def test_scheduling_an_unreviewed_story_is_refused_and_the_scheduler_publishes_nothing(editor, story):
    story.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = story.save_revision(user=editor)
    with pytest.raises(UnreviewedPublication):
        revision.publish(user=editor)
    assert (
        not ArticlePage.objects.get(pk=story.pk).revisions.filter(approved_go_live_at__isnull=False).exists()
    )

    # Scheduled behind the guard's back (as before this rule): the scheduler still refuses.
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    type(revision).objects.filter(pk=revision.pk).update(approved_go_live_at=revision.approved_go_live_at)
    with pytest.raises(UnreviewedPublication):
        call_command("publish_scheduled")
    assert not is_live(story)


def test_the_workflow_with_the_review_publishes_and_only_the_reviewed_revision(
    client, writer, editor, operator, story
):
    story = approve_in_workflow(client, writer, editor, operator, story)
    assert story.live
    approved = TaskState.objects.get(
        task__in=CaseSafetyReviewTask.objects.all(), workflow_state__object_id=str(story.pk)
    )
    assert approved.status == TaskState.STATUS_APPROVED
    assert story.live_revision_id == approved.revision_id

    # The editor changes the live story: the new version needs its own review.
    story.title = "Judul baru menyebut korban"
    new_revision = story.save_revision(user=editor)
    with pytest.raises(UnreviewedPublication):
        new_revision.publish(user=editor)
    assert ArticlePage.objects.get(pk=story.pk).live_revision_id == approved.revision_id
    # Publishing the reviewed revision again is allowed.
    approved.revision.publish(user=editor)


def test_a_case_linked_after_the_review_needs_a_new_review(client, writer, editor, operator, story, hukatan):
    story = approve_in_workflow(client, writer, editor, operator, story)
    second = CaseFactory(federation=hukatan, consent_anonymised_publication=True)
    CaseArticleLink.objects.create(case=second, article=story)

    with pytest.raises(UnreviewedPublication):
        story.save_revision(user=editor).publish(user=editor)


def test_linking_a_case_to_a_live_article_takes_it_through_the_review(
    client, writer, editor, operator, case, article_index
):
    article = ArticlePageFactory(parent=article_index, live=False)
    article.save_revision(user=editor).publish(user=editor)
    assert is_live(article)

    link_article(case, article, operator)

    article = ArticlePage.objects.get(pk=article.pk)
    assert not article.live
    assert article.current_workflow_state is not None
    assert CaseArticleLink.objects.filter(case=case, article=article).exists()
    assert (
        case.events.filter(text__icontains="review").exists()
        or case.events.filter(text__icontains="pemeriksaan").exists()
    )

    # The editor approves, then the operator confirms: live again.
    approve_in_workflow(client, writer, editor, operator, article)
    assert is_live(article)


def test_an_article_linked_to_no_case_publishes_as_before(editor, article_index):
    article = ArticlePageFactory(parent=article_index, live=False)
    article.save_revision(user=editor).publish(user=editor)
    assert is_live(article)

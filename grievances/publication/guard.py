"""No article linked to a case goes live unless the case-safety review approved the revision.

Every way Wagtail publishes a page — the publish button, a workflow's end, the bulk action, the
admin API's publish action, `publish_scheduled`, `revision.publish()` — ends in
`PublishRevisionAction._publish_revision`, which saves the page with `live=True` and its
`live_revision`, or saves the revision with `approved_go_live_at` to schedule it. Wagtail offers no
hook on that common point (`before_publish_page` runs for the edit view only), so the check sits
on the two saves it makes: `pre_save` of the article and of the revision. The admin hooks
(grievances.wagtail_hooks) only add a clear message and hide the button in front of it. Copies,
translations and aliases of a linked article, which would otherwise carry no link, are kept
behind the review by copies.py.

A revision is approved when a case-safety review task state approved that very revision after
every case now linked to the article was linked: a link made after the review needs a new one.
"""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db.models import Max
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import Revision, TaskState

from articles.models import ArticlePage
from home.roles import editorial_workflow

from .models import CaseArticleLink, CaseSafetyReviewTask

UNREVIEWED_MESSAGE = _(
    "This article is linked to a case: it goes live only after the case-safety review has approved "
    "this version. Submit it to the editorial workflow."
)


class UnreviewedPublication(PublishPermissionError):
    """Publishing refused: the article draws on a case and this revision was not reviewed."""

    def __init__(self):
        super().__init__(str(UNREVIEWED_MESSAGE))


def review_approved(article_id, revision_id):
    """Whether the article may go live with this revision (always, when it is linked to no case)."""
    last_link = CaseArticleLink.objects.filter(article_id=article_id).aggregate(last=Max("linked_at"))["last"]
    if last_link is None:
        return True
    if revision_id is None:
        return False
    return TaskState.objects.filter(
        task__in=CaseSafetyReviewTask.objects.all(),
        status=TaskState.STATUS_APPROVED,
        revision_id=revision_id,
        workflow_state__object_id=str(article_id),
        finished_at__gte=last_link,
    ).exists()


def needs_review(article):
    """Whether publishing the article's latest revision now would be refused."""
    latest = article.get_latest_revision()
    return not review_approved(article.pk, latest.pk if latest else None)


@receiver(pre_save, sender=ArticlePage, dispatch_uid="grievances_publication_guard_article")
def refuse_unreviewed_going_live(sender, instance, raw=False, **kwargs):
    if raw or not instance.pk or not instance.live:
        return
    before = sender.objects.filter(pk=instance.pk).values("live", "live_revision_id").first()
    if before and before["live"] and before["live_revision_id"] == instance.live_revision_id:
        return  # no new version goes live in this save
    if not review_approved(instance.pk, instance.live_revision_id):
        raise UnreviewedPublication()


@receiver(pre_save, sender=Revision, dispatch_uid="grievances_publication_guard_schedule")
def refuse_unreviewed_scheduling(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or instance.approved_go_live_at is None or not instance.pk:
        return
    if instance.content_type_id != ContentType.objects.get_for_model(ArticlePage).pk:
        return
    if not review_approved(int(instance.object_id), instance.pk):
        raise UnreviewedPublication()


def take_through_review(article, user):
    """A case was just linked to an article that is live or scheduled: its published text was
    never reviewed for that case. Take it offline, cancel its schedule and submit it to the
    editorial workflow, whose case-safety review decides when it goes live again. Returns whether
    anything had to be done."""
    article = ArticlePage.objects.get(pk=article.pk)
    scheduled = article.revisions.filter(approved_go_live_at__isnull=False)
    if not article.live and not scheduled.exists():
        return False
    scheduled.update(approved_go_live_at=None)
    if article.live:
        # The person linking (an operator) holds no page permission: the rule is the permission.
        UnpublishPageAction(article, user=user).execute(skip_permission_checks=True)
        article = ArticlePage.objects.get(pk=article.pk)
    if article.current_workflow_state is None:
        if article.get_latest_revision() is None:
            article.save_revision(user=user)
        editorial_workflow().start(article, user)
    return True


# Admin screens: say why before the guard refuses -------------------------------------------------


def before_publish_page(request, page):
    """The publish button of an article that needs the review: saved as a draft, with the reason."""
    if isinstance(page.specific, ArticlePage) and needs_review(page):
        messages.error(request, UNREVIEWED_MESSAGE)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


def hide_publish_button(menu_items, request, context):
    page = context.get("page")
    if page is None or not page.pk or not isinstance(page.specific, ArticlePage):
        return
    if needs_review(page):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


def before_bulk_publish(request, action_type, objects, action_class_instance):
    if action_type != "publish":
        return None
    blocked = [page for page in objects if isinstance(page.specific, ArticlePage) and needs_review(page)]
    if blocked:
        messages.error(request, UNREVIEWED_MESSAGE)
        return redirect(request.GET.get("next") or "wagtailadmin_explore_root")
    return None

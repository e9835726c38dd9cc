"""Copies, translations and aliases of an article linked to a case stay behind the case-safety review.

Wagtail's "Copy" (also with "publish copies"), the admin API's copy action, `page.copy()`,
`CopyPageAction` and the translation of a page (`copy_for_translation`) all make a new page that
would carry none of the article's case links, so the publishing guard (guard.py) would let it go
live with the case in it. Editors copy articles to start a follow-up or a translation, so copying
stays possible: **the copy gets the same case links and is saved as a draft**, whatever the copy
was asked to do. It goes live, like the original, once the case-safety review has approved it.
Copying an article linked to no case works exactly as before (published copies stay published).

An alias has no revision and no workflow of its own: it shows the original's content and Wagtail
publishes it whenever the original is published, so it could never be reviewed. Hence **no alias
of a linked article is made** (the admin says why and suggests a copy), an existing alias — made
before the link — is saved live only while the original is live with a revision the review
approved (linking a case takes the original offline, and Wagtail takes its aliases with it; they
come back with the reviewed version), and such an alias is not turned into an ordinary page.

As in guard.py, Wagtail offers no hook shared by all these paths, so the rules sit on the save of
the new page: ArticlePage remembers, in memory, the article a copy or alias is made from
(`copied_from_id`, set before its first save). The admin hooks only say why, before the rule
refuses or after it changed what the editor asked for; the admin API's alias action refuses before
it starts, so that an alias of a whole section is not left half made. Code that makes a recursive
alias itself should do so in a transaction, as with any error inside Wagtail's alias action.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.api.actions.create_alias import CreatePageAliasAPIAction
from wagtail.admin.api.views import PagesAdminAPIViewSet

from articles.models import ArticlePage

from .guard import UnreviewedPublication, review_approved
from .links import carry_links_to_copy
from .models import CaseArticleLink

ALIAS_REFUSED_MESSAGE = _(
    "An alias cannot be made of an article linked to a case: an alias is published with the original, "
    "without a case-safety review of its own. Make a copy instead: the copy keeps the case links and "
    "goes live after the review."
)
CONVERT_REFUSED_MESSAGE = _(
    "This alias shows an article linked to a case, so it cannot become an ordinary page. Make a copy "
    "of the original instead: the copy keeps the case links and goes live after the review."
)
COPY_NOTICE = _(
    "Linked to a case: a copy keeps the case links and is saved as a draft even if you choose to publish "
    "copies; it goes live after the case-safety review. No alias can be made of it."
)
COPY_SAVED_AS_DRAFT = _(
    "The copy “%(title)s” is linked to the same cases as the original: it was saved as a draft and goes "
    "live only after the case-safety review has approved it."
)


class LinkedArticleAliasRefused(PermissionDenied):
    """An alias of an article linked to a case was to be made, or turned into an ordinary page."""

    def __init__(self, message=ALIAS_REFUSED_MESSAGE):
        super().__init__(str(message))


def is_linked(article_id):
    return article_id is not None and CaseArticleLink.objects.filter(article_id=article_id).exists()


@receiver(pre_save, sender=ArticlePage, dispatch_uid="grievances_publication_copies")
def keep_copies_and_aliases_in_review(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    if instance.alias_of_id:
        _check_alias(instance)
        return
    if instance.pk is None and is_linked(getattr(instance, "copied_from_id", None)):
        instance.carries_links_of = instance.copied_from_id
    if getattr(instance, "carries_links_of", None):
        # "Publish copies" or keep_live: the copy still starts as a draft, never published by the copy.
        instance.live = False
        instance.has_unpublished_changes = True
        instance.live_revision = None
        instance.first_published_at = instance.last_published_at = None
    elif instance.pk and (update_fields is None or {"alias_of", "alias_of_id"} & set(update_fields)):
        was_alias_of = sender.objects.filter(pk=instance.pk).values_list("alias_of_id", flat=True).first()
        if is_linked(was_alias_of):
            raise LinkedArticleAliasRefused(CONVERT_REFUSED_MESSAGE)


def _check_alias(alias):
    if alias.pk is None:
        if is_linked(alias.alias_of_id):
            raise LinkedArticleAliasRefused()
        return
    if alias.live and is_linked(alias.alias_of_id):
        original = _live_revision(alias.alias_of_id)
        if original is None or not review_approved(alias.alias_of_id, original):
            raise UnreviewedPublication()


def _live_revision(article_id):
    """The live revision of a live article, or None when it is not live."""
    return (
        ArticlePage.objects.filter(pk=article_id, live=True)
        .values_list("live_revision_id", flat=True)
        .first()
    )


@receiver(post_save, sender=ArticlePage, dispatch_uid="grievances_publication_copies_links")
def link_copies_to_the_same_cases(sender, instance, created=False, raw=False, **kwargs):
    if raw or not created:
        return
    source_id = getattr(instance, "carries_links_of", None)
    if source_id:
        carry_links_to_copy(source_id, instance, instance.owner)


# Admin screens: say why ----------------------------------------------------------------------------


def _linked_in_copy(page, with_subpages):
    """Whether the page, or with its subpages one of them, is an article linked to a case."""
    articles = ArticlePage.objects.filter(pk=page.pk)
    if with_subpages:
        articles = ArticlePage.objects.filter(path__startswith=page.path)
    return CaseArticleLink.objects.filter(article__in=articles).exists()


def before_copy_page(request, page):
    """The copy screen (also where an alias is made): a notice for linked articles, and a clear
    refusal, before anything is made, of an alias of one."""
    if request.method == "POST":
        if request.POST.get("alias") and _linked_in_copy(page, bool(request.POST.get("copy_subpages"))):
            messages.error(request, ALIAS_REFUSED_MESSAGE)
            return redirect(request.get_full_path())
    elif _linked_in_copy(page, with_subpages=False):
        messages.warning(request, COPY_NOTICE)
    return None


def after_copy_page(request, page, new_page):
    copies = ArticlePage.objects.filter(path__startswith=new_page.path, case_links__isnull=False).distinct()
    for copy in copies:
        messages.warning(request, COPY_SAVED_AS_DRAFT % {"title": copy.title})


class CreateAliasAPIAction(CreatePageAliasAPIAction):
    """The admin API's "create_alias": refused before anything is made when the page, or with
    "recursive" one of its subpages, is a linked article (the save's refusal would come only at
    that subpage, after the aliases before it)."""

    def execute(self, instance, data):
        if _linked_in_copy(instance, data.get("recursive", False)):
            raise LinkedArticleAliasRefused()
        return super().execute(instance, data)


class PagesAPIViewSet(PagesAdminAPIViewSet):
    actions = {**PagesAdminAPIViewSet.actions, "create_alias": CreateAliasAPIAction}


def construct_admin_api(router):
    router.register_endpoint("pages", PagesAPIViewSet)


def before_convert_alias_page(request, page):
    if is_linked(page.alias_of_id):
        messages.error(request, CONVERT_REFUSED_MESSAGE)
        return redirect(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    return None

"""Case to story: a draft article started from an anonymised template, linked to the case."""

import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import Site

from articles.models import ArticleIndexPage, ArticlePage
from grievances.cases.models import CaseEvent

from .links import check_publication_consent
from .models import CaseArticleLink


class NoArticleSection(ValidationError):
    pass


def story_parent():
    """The article section of the site's main language, where story drafts start."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return None
    return ArticleIndexPage.objects.filter(locale_id=site.root_page.locale_id).order_by("path").first()


def start_story(case, user):
    """Start a draft article from an anonymised template, linked to the case.

    Only the topics, the province and the employer come from the case: never the reporter's
    name or contact, a date, the description or the reference. Refused without the reporter's
    consent to anonymised use in publications.
    """
    check_publication_consent(case)
    parent = story_parent()
    if parent is None:
        raise NoArticleSection(_("There is no article section to put the draft in."))
    topics = list(case.topics.all())
    with translation.override(parent.locale.language_code):
        facts = {
            "topic": ", ".join(topic.label for topic in topics) or gettext("working conditions"),
            "province": case.province.label if case.province_id else gettext("a plantation province"),
            "employer": case.employer.strip() or gettext("a plantation company"),
        }
        title = gettext("Draft: %(topic)s at %(employer)s, %(province)s") % facts
        standfirst = (
            gettext("Workers at %(employer)s in %(province)s report problems with %(topic)s.") % facts
        )
        body = render_to_string("grievances/story_template.html", facts)
    with transaction.atomic():
        article = ArticlePage(
            title=title[:255],
            slug=unique_slug(parent, title),
            standfirst=standfirst[:300],
            body=[("paragraph", body)],
            province_id=case.province_id,
            live=False,
            owner=user,
        )
        article.topics.set(topics)
        parent.add_child(instance=article)
        article.save_revision(user=user, log_action=True)
        CaseArticleLink.objects.create(case=case, article=article, linked_by=user)
        CaseEvent.objects.create(
            case=case,
            kind=CaseEvent.Kind.ARTICLE,
            author=user,
            text=_("Story draft “%(title)s” started from this case.") % {"title": article.title},
        )
        log(instance=case, action="grievances.story", user=user, data={"article": article.pk})
    return article


def unique_slug(parent, title):
    base = slugify(title)[:60].strip("-") or "cerita"
    slug = base
    while parent.get_children().filter(slug=slug).exists():
        slug = f"{base}-{secrets.token_hex(2)}"
    return slug

"""Cases and articles: links between them, suggestions, and the consent every link depends on.

A case may be linked to an article only when its reporter consented to anonymised use in
publications. Each link and unlink is an internal timeline entry and an audit-log entry naming
the article by id only.
"""

import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, IntegerField, Q, Value
from django.db.models import When as DbWhen
from django.db.models.expressions import Case as DbCase
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import Site

from articles.models import ArticleIndexPage, ArticlePage

from .models import CaseArticleLink, CaseEvent

SUGGESTIONS = 8
NO_CONSENT_MESSAGE = _(
    "The reporter has not consented to anonymised use in publications: this case cannot be linked "
    "to an article or turned into a story."
)


def check_publication_consent(case):
    if not case.consent_anonymised_publication:
        raise ValidationError(NO_CONSENT_MESSAGE)


def link_article(case, article, user):
    """Link a case to an article; refused without the reporter's consent. Returns the link."""
    check_publication_consent(case)
    with transaction.atomic():
        link, created = CaseArticleLink.objects.get_or_create(
            case=case, article=article, defaults={"linked_by": user}
        )
        if created:
            CaseEvent.objects.create(
                case=case,
                kind=CaseEvent.Kind.ARTICLE,
                author=user,
                text=_("Linked to the article “%(title)s”.") % {"title": article.title},
            )
            log(instance=case, action="grievances.article_link", user=user, data={"article": article.pk})
    return link


def unlink_article(case, article, user):
    with transaction.atomic():
        deleted, _count = CaseArticleLink.objects.filter(case=case, article=article).delete()
        if deleted:
            CaseEvent.objects.create(
                case=case,
                kind=CaseEvent.Kind.ARTICLE,
                author=user,
                text=_("Link to the article “%(title)s” removed.") % {"title": article.title},
            )
            log(instance=case, action="grievances.article_unlink", user=user, data={"article": article.pk})
    return bool(deleted)


def suggested_articles(case, limit=SUGGESTIONS):
    """Articles (published or draft) sharing a topic, the province or the employer's name, best first.

    Each comes with the reasons it was suggested, so staff can judge the match.
    """
    topic_ids = list(case.topics.values_list("pk", flat=True))
    employer = case.employer.strip()
    names_employer = (
        Q(title__icontains=employer) | Q(standfirst__icontains=employer) if employer else Q(pk__in=[])
    )
    same_province = Q(province_id=case.province_id) if case.province_id else Q(pk__in=[])
    articles = (
        ArticlePage.objects.filter(Q(topics__in=topic_ids) | same_province | names_employer)
        .exclude(pk__in=case.article_links.values("article_id"))
        .annotate(
            shared_topics=Count("topics", filter=Q(topics__in=topic_ids), distinct=True),
            province_score=DbCase(
                DbWhen(same_province, then=Value(1)), default=Value(0), output_field=IntegerField()
            ),
            employer_score=DbCase(
                DbWhen(names_employer, then=Value(2)), default=Value(0), output_field=IntegerField()
            ),
        )
        .order_by("-employer_score", "-shared_topics", "-province_score", "-date", "-pk")
        .distinct()[:limit]
    )
    suggestions = []
    for article in articles:
        reasons = []
        if article.employer_score:
            reasons.append(_("names the employer"))
        if article.shared_topics:
            reasons.append(
                ngettext("shares %(count)d topic", "shares %(count)d topics", article.shared_topics)
                % {"count": article.shared_topics}
            )
        if article.province_score:
            reasons.append(_("same province"))
        suggestions.append((article, reasons))
    return suggestions


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

"""Cases and articles: links between them, suggestions, and the consent every link depends on.

A case may be linked to an article only when its reporter consented to anonymised use in
publications. Each link and unlink is an internal timeline entry and an audit-log entry naming
the article by id only.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, IntegerField, Q, Value
from django.db.models import When as DbWhen
from django.db.models.expressions import Case as DbCase
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.log_actions import log
from wagtail.models import Locale

from articles.models import ArticlePage
from grievances.cases.models import CaseEvent

from .guard import take_through_review
from .models import CaseArticleLink

SUGGESTIONS = 8
NO_CONSENT_MESSAGE = _(
    "The reporter has not consented to anonymised use in publications: this case cannot be linked "
    "to an article or turned into a story."
)
TAKEN_THROUGH_REVIEW = _(
    "The article “%(title)s” was already published or scheduled: it was taken offline and submitted "
    "to the case-safety review before it goes live again."
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
            text = _("Linked to the article “%(title)s”.") % {"title": article.title}
            if take_through_review(article, user):
                text = f"{text} {TAKEN_THROUGH_REVIEW % {'title': article.title}}"
            CaseEvent.objects.create(case=case, kind=CaseEvent.Kind.ARTICLE, author=user, text=text)
            log(instance=case, action="grievances.article_link", user=user, data={"article": article.pk})
    return link


def carry_links_to_copy(source_id, copy, user):
    """A copy or translation of an article draws on the same cases as the article: it gets the same
    links, each an internal timeline entry and an audit-log entry like any other link. No consent
    is checked: the text is already written, and the link is what keeps it in review. Returns the
    number of links made."""
    made = 0
    for link in CaseArticleLink.objects.filter(article_id=source_id).select_related("case"):
        _link, created = CaseArticleLink.objects.get_or_create(
            case=link.case, article=copy, defaults={"linked_by": user}
        )
        if not created:
            continue
        made += 1
        CaseEvent.objects.create(
            case=link.case,
            kind=CaseEvent.Kind.ARTICLE,
            author=user,
            text=_("Linked to the article “%(title)s”, a copy of an article linked to this case.")
            % {"title": copy.title},
        )
        log(instance=link.case, action="grievances.article_link", user=user, data={"article": copy.pk})
    return made


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

    Each comes with the reasons it was suggested, so staff can judge the match. Only articles in
    the case's language: cases are reported and handled in Indonesian, the site's default language,
    so an English translation of an Indonesian article is not offered beside it.
    """
    topic_ids = list(case.topics.values_list("pk", flat=True))
    employer = case.employer.strip()
    names_employer = (
        Q(title__icontains=employer) | Q(standfirst__icontains=employer) if employer else Q(pk__in=[])
    )
    same_province = Q(province_id=case.province_id) if case.province_id else Q(pk__in=[])
    articles = (
        ArticlePage.objects.filter(locale=Locale.get_default())
        .filter(Q(topics__in=topic_ids) | same_province | names_employer)
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

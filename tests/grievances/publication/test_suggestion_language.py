"""Suggested articles for a case are in the case's language (Indonesian), never a translation beside it."""

import pytest

from articles.factories import ArticlePageFactory
from grievances.factories import CaseFactory
from grievances.publication.links import suggested_articles
from home.models import Province

pytestmark = pytest.mark.django_db


def test_an_english_translation_is_not_suggested_beside_the_indonesian_article(
    article_index, english, english_home, hukatan
):
    riau = Province.objects.get(name="Riau")
    indonesian = ArticlePageFactory(parent=article_index, title="Upah pemanen di Riau", province=riau)
    translation = indonesian.copy_for_translation(english, copy_parents=True)
    translation.title = "Harvesters' wages in Riau"
    translation.save_revision().publish()
    case = CaseFactory(federation=hukatan, province=riau)

    suggested = [article.pk for article, _reasons in suggested_articles(case)]
    assert indonesian.pk in suggested
    assert translation.pk not in suggested

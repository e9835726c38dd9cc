"""Copying or aliasing an article linked to a case does not get its text out without the case-safety
review (grievances.publication.copies). Each test is an editor who wants the story out without the
review, through the admin screens, the admin API or the model and action APIs; and each checks that
the same action on an article linked to no case works as before."""

import pytest
from django.urls import reverse
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.actions.copy_page import CopyPageAction
from wagtail.actions.create_alias import CreatePageAliasAction
from wagtail.models import Locale, Page, PageLogEntry

from articles.factories import ArticlePageFactory
from articles.models import ArticlePage
from grievances.cases.models import CaseEvent
from grievances.publication.copies import LinkedArticleAliasRefused
from grievances.publication.guard import UnreviewedPublication
from grievances.publication.links import link_article
from grievances.publication.models import CaseArticleLink
from tests.utils import approve_in_workflow

pytestmark = pytest.mark.django_db


@pytest.fixture
def live_story(client, writer, editor, operator, story):
    """The story, reviewed and live."""
    story = approve_in_workflow(client, writer, editor, operator, story)
    assert story.live
    return story


@pytest.fixture
def unlinked(article_index, editor):
    """A live article linked to no case."""
    article = ArticlePageFactory(parent=article_index, live=False, title="Panen raya", slug="panen-raya")
    article.save_revision(user=editor).publish(user=editor)
    return ArticlePage.objects.get(pk=article.pk)


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


def cases_of(article):
    return set(CaseArticleLink.objects.filter(article=article).values_list("case_id", flat=True))


def copy_form(page, **overrides):
    data = {
        "new_title": f"{page.title} (salinan)",
        "new_slug": f"{page.slug}-salinan",
        "new_parent_page": page.get_parent().pk,
        "publish_copies": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def messages_of(response):
    return " ".join(str(message) for message in response.context["messages"])


# Copy ----------------------------------------------------------------------------------------------


def test_publishing_a_copy_of_a_linked_story_in_the_admin_saves_a_draft_linked_to_the_same_cases(
    client, editor, live_story, case
):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:copy", args=(live_story.pk,))
    assert "menyimpan tautan kasus" in client.get(url).content.decode()

    response = client.post(url, copy_form(live_story), follow=True)

    assert response.status_code == 200
    copy = ArticlePage.objects.get(slug=f"{live_story.slug}-salinan")
    assert not copy.live and copy.live_revision_id is None and copy.first_published_at is None
    assert cases_of(copy) == {case.pk}
    assert "disimpan sebagai draf" in messages_of(response)
    assert fresh(live_story).live  # the original is untouched
    assert not PageLogEntry.objects.filter(page=copy, action="wagtail.publish").exists()
    # The copy is on the case's timeline, internal, like any link.
    assert case.events.filter(kind=CaseEvent.Kind.ARTICLE, text__contains=copy.title).exists()

    # And it cannot be published without its own review.
    with pytest.raises(UnreviewedPublication):
        copy.get_latest_revision().publish(user=editor)
    assert not fresh(copy).live


def test_the_copy_goes_live_once_the_review_approves_it(client, writer, editor, operator, live_story):
    copy = live_story.copy(update_attrs={"title": "Lanjutan", "slug": "lanjutan"}, user=editor)

    copy = approve_in_workflow(client, writer, editor, operator, copy)

    assert copy.live


def test_copying_an_article_linked_to_no_case_publishes_the_copy_as_before(client, editor, unlinked):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:copy", args=(unlinked.pk,))
    assert "tautan kasus" not in client.get(url).content.decode()

    response = client.post(url, copy_form(unlinked), follow=True)

    copy = ArticlePage.objects.get(slug="panen-raya-salinan")
    assert copy.live and copy.live_revision_id is not None
    assert not CaseArticleLink.objects.filter(article=copy).exists()
    assert "draf" not in messages_of(response)


def test_the_admin_api_copy_keeps_the_links_and_does_not_publish(client, editor, live_story, case):
    client.force_login(editor)

    response = client.post(
        f"/admin/api/main/pages/{live_story.pk}/action/copy/",
        {"slug": "salinan-api", "keep_live": True},
        content_type="application/json",
    )

    assert response.status_code == 201
    copy = ArticlePage.objects.get(slug="salinan-api")
    assert not copy.live and cases_of(copy) == {case.pk}
    # Nor does the API's publish action publish it.
    assert client.post(f"/admin/api/main/pages/{copy.pk}/action/publish/").status_code == 403
    assert not fresh(copy).live


@pytest.mark.parametrize("how", ["page.copy", "CopyPageAction"])
def test_copying_through_the_model_keeps_the_links_and_does_not_publish(how, editor, live_story, case):
    attrs = {"title": "Salinan kode", "slug": "salinan-kode"}
    if how == "page.copy":
        copy = live_story.copy(update_attrs=attrs, keep_live=True, user=editor)
    else:
        copy = CopyPageAction(live_story, update_attrs=attrs, keep_live=True, user=editor).execute()

    copy = fresh(copy)
    assert not copy.live and copy.has_unpublished_changes
    assert cases_of(copy) == {case.pk}
    with pytest.raises(UnreviewedPublication):
        copy.save_revision(user=editor).publish(user=editor)


def test_a_draft_copy_of_an_unpublished_story_cannot_be_bulk_published(client, editor, story, case):
    # The copy is not asked to be published; the editor then tries to publish it in bulk.
    copy = story.copy(
        update_attrs={"slug": "draf-salinan"}, keep_live=False, copy_revisions=False, user=editor
    )
    assert cases_of(copy) == {case.pk}
    client.force_login(editor)

    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    client.post(f"{url}?id={copy.pk}", {"include_descendants": ""})

    assert not fresh(copy).live


def test_copying_the_article_section_with_its_subpages_keeps_linked_stories_offline(
    client, editor, live_story, unlinked, case, home_page
):
    client.force_login(editor)
    section = live_story.get_parent().specific
    section.save_revision(user=editor).publish(user=editor)

    client.post(
        reverse("wagtailadmin_pages:copy", args=(section.pk,)),
        copy_form(section, new_parent_page=home_page.pk, copy_subpages="on"),
    )

    copied_section = Page.objects.get(slug=f"{section.slug}-salinan")
    copies = {page.slug: page for page in ArticlePage.objects.child_of(copied_section)}
    assert not copies[live_story.slug].live and cases_of(copies[live_story.slug]) == {case.pk}
    assert copies["panen-raya"].live and not cases_of(copies["panen-raya"])


def test_a_translation_of_a_linked_story_is_linked_to_the_same_cases(editor, live_story, case):
    english, _created = Locale.objects.get_or_create(language_code="en")

    translation = live_story.copy_for_translation(english, copy_parents=True)

    assert translation.locale == english
    assert cases_of(translation) == {case.pk}
    assert not fresh(translation).live


# Alias ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("what", ["the story", "its section with subpages"])
def test_an_alias_of_a_linked_story_is_refused_in_the_admin_with_a_clear_message(
    what, client, editor, live_story, home_page
):
    client.force_login(editor)
    before = Page.objects.count()
    page = live_story if what == "the story" else live_story.get_parent()
    extra = {} if what == "the story" else {"copy_subpages": "on", "new_parent_page": home_page.pk}
    url = reverse("wagtailadmin_pages:copy", args=(page.pk,))

    response = client.post(url, copy_form(page, alias="on", **extra), follow=True)

    assert response.status_code == 200
    assert "Alias tidak dapat dibuat" in messages_of(response)
    assert Page.objects.count() == before


def test_an_alias_of_an_article_linked_to_no_case_is_made_as_before(client, editor, unlinked):
    client.force_login(editor)

    client.post(reverse("wagtailadmin_pages:copy", args=(unlinked.pk,)), copy_form(unlinked, alias="on"))

    alias = ArticlePage.objects.get(slug="panen-raya-salinan")
    assert alias.alias_of_id == unlinked.pk and alias.live


@pytest.mark.parametrize("what", ["the story", "its section with subpages"])
def test_the_admin_api_refuses_an_alias_of_a_linked_story_before_making_anything(
    what, client, editor, live_story, unlinked, home_page
):
    client.force_login(editor)
    before = Page.objects.count()
    if what == "the story":
        page, data = live_story, {"update_slug": "alias-api"}
    else:
        # The section's own alias would be made before its linked story is reached: nothing may be
        # left half made.
        page = live_story.get_parent()
        data = {"recursive": True, "destination_page_id": home_page.pk, "update_slug": "berita-alias"}

    response = client.post(
        f"/admin/api/main/pages/{page.pk}/action/create_alias/", data, content_type="application/json"
    )

    assert response.status_code == 403
    assert Page.objects.count() == before


def test_the_admin_api_still_makes_an_alias_of_an_article_linked_to_no_case(client, editor, unlinked):
    client.force_login(editor)

    response = client.post(
        f"/admin/api/main/pages/{unlinked.pk}/action/create_alias/",
        {"update_slug": "panen-raya-alias"},
        content_type="application/json",
    )

    assert response.status_code == 201
    assert ArticlePage.objects.get(slug="panen-raya-alias").alias_of_id == unlinked.pk


@pytest.mark.parametrize("how", ["page.create_alias", "CreatePageAliasAction", "copy_for_translation"])
def test_the_model_refuses_an_alias_of_a_linked_story(how, editor, live_story):
    before = Page.objects.count()

    with pytest.raises(LinkedArticleAliasRefused):
        if how == "page.create_alias":
            live_story.create_alias(update_slug="alias-kode", user=editor)
        elif how == "CreatePageAliasAction":
            CreatePageAliasAction(live_story, update_slug="alias-kode", user=editor).execute()
        else:
            english, _created = Locale.objects.get_or_create(language_code="en")
            live_story.copy_for_translation(english, copy_parents=True, alias=True)

    assert not ArticlePage.objects.filter(alias_of=live_story).exists()
    if how != "copy_for_translation":  # that one first makes the section's translation
        assert Page.objects.count() == before


@pytest.fixture
def alias_then_link(editor, operator, unlinked, case):
    """An alias made while the article was linked to no case; then a case is linked to it."""
    alias = unlinked.create_alias(update_slug="panen-raya-alias", user=editor)
    assert fresh(alias).live
    link_article(case, unlinked, operator)
    return fresh(alias)


def test_linking_a_case_takes_an_existing_alias_offline_and_it_cannot_be_put_back_live(
    editor, alias_then_link, unlinked
):
    alias = alias_then_link
    assert not alias.live and not fresh(unlinked).live

    alias.live = True
    with pytest.raises(UnreviewedPublication):
        alias.save()
    assert not fresh(alias).live


def test_an_existing_alias_comes_back_live_with_the_reviewed_version(
    client, writer, editor, operator, alias_then_link, unlinked
):
    approve_in_workflow(client, writer, editor, operator, unlinked)

    alias = fresh(alias_then_link)
    assert alias.live and fresh(unlinked).live


def test_an_alias_of_a_linked_article_is_not_turned_into_an_ordinary_page(client, editor, alias_then_link):
    alias = alias_then_link
    client.force_login(editor)

    response = client.post(reverse("wagtailadmin_pages:convert_alias", args=(alias.pk,)), follow=True)

    assert response.status_code == 200
    assert "tidak dapat menjadi halaman biasa" in messages_of(response)
    assert fresh(alias).alias_of_id is not None
    with pytest.raises(LinkedArticleAliasRefused):
        ConvertAliasPageAction(fresh(alias), user=editor).execute()
    assert fresh(alias).alias_of_id is not None

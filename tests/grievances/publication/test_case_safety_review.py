"""The case-safety review: an extra workflow step exactly for articles linked to cases."""

import pytest
from django.urls import reverse
from wagtail.models import TaskState

from articles.factories import ArticlePageFactory
from articles.models import ArticlePage
from grievances.cases.roles import COORDINATOR_GROUP, LEGAL_ADVISOR_GROUP, OPERATOR_GROUP
from grievances.factories import CaseFactory, StaffFactory
from grievances.publication.models import CaseArticleLink, CaseSafetyReviewTask
from home.models import Federation
from home.roles import editorial_workflow

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(hukatan, nikeuba):
    return {
        "hukatan": hukatan,
        "case": CaseFactory(federation=hukatan, consent_anonymised_publication=True),
        "operator": StaffFactory(username="op-hukatan", role=OPERATOR_GROUP, federation=hukatan),
        "coordinator": StaffFactory(username="koor-hukatan", role=COORDINATOR_GROUP, federation=hukatan),
        "other_operator": StaffFactory(username="op-nikeuba", role=OPERATOR_GROUP, federation=nikeuba),
        "advisor": StaffFactory(username="penasihat-uji", role=LEGAL_ADVISOR_GROUP),
    }


def submit_and_approve_by_editor(client, writer, editor, article):
    article.save_revision(user=writer)
    editorial_workflow().start(article, writer)
    article = ArticlePage.objects.get(pk=article.pk)
    client.force_login(editor)
    state = article.current_workflow_task_state
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(article.pk, "approve", state.pk)), {"comment": ""}
    )
    return ArticlePage.objects.get(pk=article.pk)


def safety_states(article):
    return TaskState.objects.filter(
        workflow_state__object_id=str(article.pk), task__in=CaseSafetyReviewTask.objects.all()
    )


def test_the_review_is_part_of_the_editorial_workflow_after_the_editor():
    tasks = [task.specific for task in editorial_workflow().tasks]
    assert isinstance(tasks[-1], CaseSafetyReviewTask)
    assert len(tasks) == 2


def test_an_article_linked_to_no_case_skips_the_review_and_goes_live(client, writer, editor, article_index):
    article = ArticlePageFactory(parent=article_index, live=False)

    article = submit_and_approve_by_editor(client, writer, editor, article)

    assert article.live
    assert [state.status for state in safety_states(article)] == [TaskState.STATUS_SKIPPED]


def test_an_article_linked_to_a_case_waits_for_an_operator_who_may_see_the_case(
    client, writer, editor, article_index, people
):
    article = ArticlePageFactory(parent=article_index, live=False)
    CaseArticleLink.objects.create(case=people["case"], article=article)

    article = submit_and_approve_by_editor(client, writer, editor, article)

    assert not article.live
    state = article.current_workflow_task_state
    assert isinstance(state.task.specific, CaseSafetyReviewTask)
    assert state.status == TaskState.STATUS_IN_PROGRESS
    approve_url = reverse("wagtailadmin_pages:workflow_action", args=(article.pk, "approve", state.pk))

    # The editor, the writer, another federation's operator and a legal advisor cannot confirm.
    for user in (editor, writer, people["other_operator"], people["advisor"]):
        client.force_login(user)
        client.post(approve_url, {"comment": ""})
        state.refresh_from_db()
        assert state.status == TaskState.STATUS_IN_PROGRESS, user.username
    assert not ArticlePage.objects.get(pk=article.pk).live
    # While it waits, only a reviewer may edit it.
    assert state.task.specific.locked_for_user(article, editor)

    client.force_login(people["operator"])
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert article.title in dashboard
    client.post(approve_url, {"comment": ""})

    state.refresh_from_db()
    assert state.status == TaskState.STATUS_APPROVED and state.finished_by == people["operator"]
    assert ArticlePage.objects.get(pk=article.pk).live


def test_a_coordinator_may_confirm_and_the_operator_of_another_federation_does_not_see_it_waiting(
    client, writer, editor, article_index, people
):
    article = ArticlePageFactory(parent=article_index, live=False)
    CaseArticleLink.objects.create(case=people["case"], article=article)
    article = submit_and_approve_by_editor(client, writer, editor, article)
    state = article.current_workflow_task_state

    client.force_login(people["other_operator"])
    assert article.title not in client.get(reverse("wagtailadmin_home")).content.decode()
    assert not TaskState.objects.reviewable_by(people["other_operator"]).exists()

    client.force_login(people["coordinator"])
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(article.pk, "approve", state.pk)),
        {"comment": "Aman."},
    )
    assert ArticlePage.objects.get(pk=article.pk).live


def test_an_article_linked_to_two_federations_cases_needs_a_reviewer_who_sees_both(
    client, writer, editor, article_index, people, django_user_model
):
    article = ArticlePageFactory(parent=article_index, live=False)
    CaseArticleLink.objects.create(case=people["case"], article=article)
    CaseArticleLink.objects.create(
        case=CaseFactory(
            federation=Federation.objects.get(short_name="FSB Nikeuba"), consent_anonymised_publication=True
        ),
        article=article,
    )
    article = submit_and_approve_by_editor(client, writer, editor, article)
    task = article.current_workflow_task_state.task.specific

    assert task.get_actions(article, people["operator"]) == []
    owner = django_user_model.objects.create_superuser("pemilik-uji", "p@japbusi.example", "x")
    assert task.get_actions(article, owner)


def test_syncing_the_review_again_changes_nothing():
    from grievances.publication.review import sync_case_safety_review

    before = list(editorial_workflow().workflow_tasks.values_list("task_id", "sort_order"))
    sync_case_safety_review()
    sync_case_safety_review()
    assert list(editorial_workflow().workflow_tasks.values_list("task_id", "sort_order")) == before

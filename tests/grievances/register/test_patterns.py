"""The repeat flag and its content-free notification."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from grievances.cases.models import Case
from grievances.cases.roles import SYSTEM_OWNER_GROUP
from grievances.factories import StaffFactory
from grievances.register.links import link_case
from grievances.register.models import RepeatPattern
from grievances.register.patterns import repeat_topics, sweep_patterns

from .conftest import linked_case

pytestmark = pytest.mark.django_db


def mail_server_down(*args, **kwargs):
    raise ConnectionRefusedError("mail server down")


def test_the_flag_needs_n_distinct_reporters_on_one_topic_within_m_months(settings, makmur, wages, hukatan):
    settings.GRIEVANCE_REPEAT_MIN_REPORTERS = 3
    settings.GRIEVANCE_REPEAT_MONTHS = 6
    first = linked_case(makmur, topic=wages, federation=hukatan)
    linked_case(makmur, topic=wages, federation=hukatan, duplicate_of=first)  # the same report again
    linked_case(
        makmur, topic=wages, federation=hukatan, created_at=timezone.now() - timezone.timedelta(days=250)
    )
    assert repeat_topics(makmur) == []
    linked_case(makmur, topic=wages, federation=hukatan)
    assert repeat_topics(makmur) == []
    linked_case(makmur, topic=wages, federation=hukatan)
    assert repeat_topics(makmur) == [(wages, 3)]


def test_reaching_the_threshold_tells_the_team_once_without_content(
    settings, makmur, rasau, wages, hukatan, staff, django_capture_on_commit_callbacks
):
    settings.GRIEVANCE_REPEAT_MIN_REPORTERS = 3
    owner = StaffFactory(username="pemilik", role=SYSTEM_OWNER_GROUP)
    cases = [
        linked_case(makmur, rasau, wages, federation=hukatan, employer="PT Sawit Makmur") for _ in range(3)
    ]
    Case.objects.filter(pk__in=[c.pk for c in cases]).update(
        description="Upah dipotong, mandor Budi mengancam."
    )
    with django_capture_on_commit_callbacks(execute=True):
        link_case(cases[0], staff["operator_a"], company=makmur, estate=rasau)
    assert RepeatPattern.objects.filter(company=makmur, topic=wages).count() == 2  # company and estate
    assert len(mail.outbox) == 2
    message = mail.outbox[0]
    recipients = set(message.to)
    assert {staff["operator_a"].email, staff["coordinator_a"].email, owner.email} <= recipients
    assert staff["operator_b"].email not in recipients
    text = message.subject + message.body
    for secret in ("Makmur", "Rasau", "Upah", "upah", "Budi", *(c.reference for c in cases)):
        assert secret not in text.replace(reverse("grievances_register_patterns"), "")
    # A fourth report changes the count, and tells no one again.
    with django_capture_on_commit_callbacks(execute=True):
        fourth = linked_case(makmur, rasau, wages, federation=hukatan)
        link_case(fourth, staff["operator_a"], company=makmur, estate=rasau)
    assert len(mail.outbox) == 2
    assert RepeatPattern.objects.get(company=makmur, estate=None, topic=wages).reporters == 4


def test_the_daily_sweep_finds_patterns_linked_before_and_retries_untold_ones(
    settings, makmur, wages, hukatan, staff, django_capture_on_commit_callbacks, monkeypatch
):
    settings.GRIEVANCE_REPEAT_MIN_REPORTERS = 2
    linked_case(makmur, topic=wages, federation=hukatan)
    linked_case(makmur, topic=wages, federation=hukatan)
    with monkeypatch.context() as patched:
        patched.setattr("grievances.register.patterns.send_mail", mail_server_down)
        with django_capture_on_commit_callbacks(execute=True):
            assert len(sweep_patterns()) == 1
    assert RepeatPattern.objects.get().notified_at is None
    with django_capture_on_commit_callbacks(execute=True):
        assert sweep_patterns() == []
    assert RepeatPattern.objects.get().notified_at is not None
    assert len(mail.outbox) == 1


def test_the_pattern_page_groups_only_the_reports_the_user_may_see(
    client, settings, makmur, wages, hukatan, nikeuba, staff
):
    settings.GRIEVANCE_REPEAT_MIN_REPORTERS = 2
    own = [linked_case(makmur, topic=wages, federation=hukatan) for _ in range(2)]
    other = linked_case(makmur, topic=wages, federation=nikeuba)
    sweep_patterns()
    pattern = RepeatPattern.objects.get()
    client.force_login(staff["operator_a"])
    html = client.get(reverse("grievances_register_pattern", args=(pattern.pk,))).content.decode()
    assert "3 laporan berbeda" in html and other.reference not in html
    response = client.post(
        reverse("grievances_register_pattern", args=(pattern.pk,)), {"action": "group", "name": "Upah Makmur"}
    )
    assert response.status_code == 302
    for case in own:
        case.refresh_from_db()
        assert case.group is not None and case.group.name == "Upah Makmur"
    other.refresh_from_db()
    assert other.group is None

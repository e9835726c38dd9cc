"""The calendar screens: a system owner adds a cuti bersama and adjusts a stage clock; case staff
cannot open them."""

import datetime

import pytest
from django.urls import reverse

from grievances.cases.calendar import DayOff, DisputeStageClock
from grievances.cases.deadlines import add_working_days
from grievances.cases.roles import COORDINATOR_GROUP, OPERATOR_GROUP, SYSTEM_OWNER_GROUP
from grievances.factories import StaffFactory

pytestmark = pytest.mark.django_db


def test_a_system_owner_adds_a_cuti_bersama_and_deadlines_follow(client, hukatan):
    client.force_login(StaffFactory(username="pemilik", role=SYSTEM_OWNER_GROUP))
    response = client.post(
        reverse("grievances_dayoff:add"),
        {"date": "2027-03-16", "kind": "off", "name": "Cuti bersama tambahan"},
    )
    assert response.status_code == 302
    assert DayOff.objects.get().name == "Cuti bersama tambahan"
    assert add_working_days(datetime.date(2027, 3, 5), 3) == datetime.date(2027, 3, 19)

    clock = DisputeStageClock.objects.get(stage="court")
    response = client.post(
        reverse("grievances_dispute_clock:edit", args=(clock.pk,)),
        {"working_days": "45", "legal_basis": "UU 2/2004 pasal 103"},
    )
    assert response.status_code == 302
    clock.refresh_from_db()
    assert clock.working_days == 45


@pytest.mark.parametrize("group", [OPERATOR_GROUP, COORDINATOR_GROUP])
def test_case_staff_cannot_change_the_calendar(client, hukatan, group):
    client.force_login(StaffFactory(username="staf", role=group, federation=hukatan))
    assert client.get(reverse("grievances_dayoff:index")).status_code in (302, 403)
    client.post(reverse("grievances_dayoff:add"), {"date": "2027-03-16", "kind": "off", "name": "x"})
    assert not DayOff.objects.exists()

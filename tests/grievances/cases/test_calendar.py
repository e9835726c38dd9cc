"""Deadlines count Indonesia's working days: weekends, national holidays, cuti bersama, and the
days off a system owner adds or removes; dispute stages carry their legal clocks."""

import datetime

import pytest
from django.utils import timezone

from grievances.cases.calendar import DayOff, DisputeStageClock, WorkingCalendar
from grievances.cases.deadlines import add_working_days, deadline_for, dispute_clock
from grievances.cases.states import Status
from grievances.factories import CaseFactory

pytestmark = pytest.mark.django_db

FRIDAY_BEFORE_IDUL_FITRI_2027 = datetime.date(2027, 3, 5)


def test_three_working_days_across_idul_fitri_2027_skip_nyepi_lebaran_and_cuti_bersama():
    calendar = WorkingCalendar()
    assert calendar.add_working_days(FRIDAY_BEFORE_IDUL_FITRI_2027, 3) == datetime.date(2027, 3, 18)
    assert [day for day, _name in calendar.skipped(FRIDAY_BEFORE_IDUL_FITRI_2027, 3)] == [
        datetime.date(2027, 3, 8),  # Hari Suci Nyepi
        datetime.date(2027, 3, 9),  # cuti bersama Idul Fitri
        datetime.date(2027, 3, 10),  # Idul Fitri
        datetime.date(2027, 3, 11),  # Idul Fitri, second day
        datetime.date(2027, 3, 12),  # cuti bersama
        datetime.date(2027, 3, 15),  # cuti bersama
    ]


def test_a_verification_deadline_set_before_lebaran_lands_after_it():
    start = timezone.make_aware(datetime.datetime(2027, 3, 5, 9, 30))
    deadline = deadline_for(Status.VERIFYING, start)
    assert timezone.localtime(deadline).date() == datetime.date(2027, 3, 18)
    assert timezone.localtime(deadline).time() == datetime.time(9, 30)


def test_a_cuti_bersama_added_by_the_system_owner_moves_the_deadline():
    DayOff.objects.create(date=datetime.date(2027, 3, 16), name="Cuti bersama tambahan")
    assert add_working_days(FRIDAY_BEFORE_IDUL_FITRI_2027, 3) == datetime.date(2027, 3, 19)


def test_a_day_off_changed_after_the_calendar_was_read_moves_the_next_deadline_at_once():
    # The calendar is read once for every new case, not once per case: a change must still count
    # for the very next one, and a removed day off counts again as a working day.
    assert add_working_days(FRIDAY_BEFORE_IDUL_FITRI_2027, 3) == datetime.date(2027, 3, 18)

    added = DayOff.objects.create(date=datetime.date(2027, 3, 16), name="Cuti bersama tambahan")
    assert add_working_days(FRIDAY_BEFORE_IDUL_FITRI_2027, 3) == datetime.date(2027, 3, 19)

    added.kind = DayOff.Kind.WORKING
    added.save()
    assert add_working_days(FRIDAY_BEFORE_IDUL_FITRI_2027, 3) == datetime.date(2027, 3, 18)

    added.delete()
    DayOff.objects.create(date=datetime.date(2027, 3, 15), name="Masuk kerja", kind=DayOff.Kind.WORKING)
    assert add_working_days(FRIDAY_BEFORE_IDUL_FITRI_2027, 3) == datetime.date(2027, 3, 17)


def test_a_library_holiday_marked_as_worked_counts_again():
    DayOff.objects.create(date=datetime.date(2027, 3, 15), name="Masuk kerja", kind=DayOff.Kind.WORKING)
    assert add_working_days(FRIDAY_BEFORE_IDUL_FITRI_2027, 3) == datetime.date(2027, 3, 17)


def test_weekends_alone_still_count_as_before():
    assert add_working_days(datetime.date(2026, 11, 27), 3) == datetime.date(2026, 12, 2)


def test_the_dispute_stage_clock_follows_the_table_a_system_owner_adjusts():
    case = CaseFactory(dispute_stage="bipartite", dispute_stage_started_on=datetime.date(2027, 3, 1))
    clock = dispute_clock(case)
    assert clock.working_days == 30 and "pasal 3" in clock.legal_basis
    # 30 working days from 1 March 2027, with the eight weekday days off of March (8–12, 15, 25, 26) skipped.
    assert clock.expected_on == datetime.date(2027, 4, 22)

    DisputeStageClock.objects.filter(stage="bipartite").update(working_days=10)
    assert dispute_clock(case).expected_on == datetime.date(2027, 3, 23)


def test_no_clock_without_a_stage_and_its_start():
    assert dispute_clock(CaseFactory(dispute_stage="mediation")) is None
    assert set(DisputeStageClock.objects.values_list("stage", "working_days")) == {
        ("bipartite", 30),
        ("mediation", 30),
        ("court", 50),
    }

"""Indonesia's working-day calendar and the legal clocks of the dispute stages.

Working days skip weekends, national holidays and cuti bersama as the `holidays` library knows
them (its "public" and "government" categories), adjusted by a system owner: cuti bersama are
decreed each year, sometimes changed, so days off can be added and library days off worked.
Every deadline of a case counts on this calendar (grievances.cases.deadlines).
"""

import datetime

import holidays
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.cache import bump_content_generation, remember

from .models import Case

# The categories of the holidays library: national holidays and the government's cuti bersama.
HOLIDAY_CATEGORIES = (holidays.PUBLIC, holidays.GOVERNMENT)


class DayOff(models.Model):
    """A system owner's change to the calendar: a day off added, or a library day off worked."""

    class Kind(models.TextChoices):
        OFF = "off", _("day off (e.g. cuti bersama)")
        WORKING = "working", _("working day (the holiday is worked)")

    date = models.DateField(_("date"), unique=True)
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices, default=Kind.OFF)
    name = models.CharField(_("name"), max_length=150)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["date"]
        verbose_name = _("day off")
        verbose_name_plural = _("days off")

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.name}"


# UU No. 2/2004 on industrial relations disputes: the time each stage may take, in working days.
LEGAL_CLOCKS = {
    Case.DisputeStage.BIPARTITE: (30, "UU 2/2004 pasal 3"),
    Case.DisputeStage.MEDIATION: (30, "UU 2/2004 pasal 15"),
    Case.DisputeStage.COURT: (50, "UU 2/2004 pasal 103"),
}


class DisputeStageClock(models.Model):
    """The time limit of one dispute stage, adjustable by a system owner (seeded from LEGAL_CLOCKS)."""

    stage = models.CharField(
        _("dispute stage"), max_length=12, choices=Case.DisputeStage.choices, unique=True
    )
    working_days = models.PositiveSmallIntegerField(_("working days"))
    legal_basis = models.CharField(_("legal basis"), max_length=150, blank=True)

    class Meta:
        ordering = ["working_days", "stage"]
        verbose_name = _("dispute stage clock")
        verbose_name_plural = _("dispute stage clocks")

    def __str__(self):
        return f"{self.get_stage_display()}: {self.working_days}"


def stage_clocks():
    """{stage: (working days, legal basis)}: the law's, as a system owner adjusted them."""
    clocks = dict(LEGAL_CLOCKS)
    for clock in DisputeStageClock.objects.all():
        clocks[clock.stage] = (clock.working_days, clock.legal_basis)
    return clocks


def days_off_of_year(year):
    """{date: name} of the library's non-weekend days off of a year, as a system owner changed them.

    Read through WorkingCalendar, which keeps it under the content generation: every new case
    counts its deadline on it, and it changes only when a system owner edits a day off."""
    off = dict(holidays.Indonesia(years=year, categories=HOLIDAY_CATEGORIES, language="id"))
    for change in DayOff.objects.filter(date__year=year):
        if change.kind == DayOff.Kind.OFF:
            off[change.date] = change.name
        else:
            off.pop(change.date, None)
    return off


@receiver(post_save, sender=DayOff, dispatch_uid="grievances_calendar_day_off_saved")
@receiver(post_delete, sender=DayOff, dispatch_uid="grievances_calendar_day_off_deleted")
def day_off_changed(sender, **kwargs):
    # The days off are kept under the content generation: a new one is read at the next use.
    bump_content_generation()


class WorkingCalendar:
    """Reads the library and the system owner's changes once per year asked about."""

    def __init__(self):
        self._years = {}

    def days_off(self, year):
        """{date: name} of the non-weekend days off of a year."""
        if year not in self._years:
            self._years[year] = remember(f"calendar:days-off:{year}", lambda: days_off_of_year(year))
        return self._years[year]

    def day_off_name(self, day):
        """Why `day` is not a working day (a weekend or the holiday's name), or None."""
        if day.weekday() >= 5:
            return _("weekend")
        return self.days_off(day.year).get(day)

    def is_working_day(self, day):
        return self.day_off_name(day) is None

    def add_working_days(self, start, days):
        """The date (or datetime, same time of day in Jakarta) `days` working days after `start`."""
        is_datetime = isinstance(start, datetime.datetime)
        moment = timezone.localtime(start) if is_datetime and timezone.is_aware(start) else start
        day = moment.date() if is_datetime else moment
        while days > 0:
            day += datetime.timedelta(days=1)
            if self.is_working_day(day):
                days -= 1
        if is_datetime:
            return moment + datetime.timedelta(days=(day - moment.date()).days)
        return day

    def skipped(self, start, days):
        """[(date, name)]: the days off that are not weekends skipped when counting from `start`."""
        start = start.date() if isinstance(start, datetime.datetime) else start
        end = self.add_working_days(start, days)
        skipped = []
        day = start + datetime.timedelta(days=1)
        while day < end:
            name = self.day_off_name(day)
            if name is not None and day.weekday() < 5:
                skipped.append((day, name))
            day += datetime.timedelta(days=1)
        return skipped

    def working_days_between(self, start, end):
        """Working days after `start` up to and including `end` (0 when end is not later)."""
        count, day = 0, start
        while day < end:
            day += datetime.timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count


def add_working_days(start, days):
    return WorkingCalendar().add_working_days(start, days)

"""System owners' screens for the working-day calendar: days off (cuti bersama) added or worked,
and the legal clocks of the dispute stages. Every deadline reads them (grievances.cases.calendar)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from grievances.cases.calendar import DayOff, DisputeStageClock


class DayOffViewSet(ModelViewSet):
    model = DayOff
    icon = "date"
    menu_label = _("Days off (cuti bersama)")
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = ["date", "name", "kind"]
    list_filter = ["kind"]
    form_fields = ["date", "kind", "name"]
    ordering = ["-date"]


class DisputeStageClockViewSet(ModelViewSet):
    model = DisputeStageClock
    icon = "time"
    menu_label = _("Dispute stage clocks")
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = ["stage", "working_days", "legal_basis"]
    form_fields = ["working_days", "legal_basis"]

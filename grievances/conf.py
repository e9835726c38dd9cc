"""Every GRIEVANCE_* setting, its default and what it does, declared once; code reads `conf.NAME`.

Settings files set a value only to differ from the default here; those marked `environment` may
also be set from an environment variable of the same name (see japbusi/settings/base.py).
"""

from dataclasses import dataclass

from django.conf import settings
from django.core import checks


@dataclass(frozen=True)
class Setting:
    default: object
    help: str
    environment: bool = False


SETTINGS = {
    "GRIEVANCE_RETENTION_MONTHS": Setting(
        24,
        "Closed or rejected cases keep personal data and files this long, then are anonymised "
        "(UU PDP: purpose limitation). The form's consent notices state it.",
        environment=True,
    ),
    "GRIEVANCE_PUBLIC_MIN_COUNT": Setting(
        5,
        "Public figures: counts below this are shown as 'fewer than N', the others are rounded "
        "to a multiple of it (grievances/publication/figures.py).",
        environment=True,
    ),
    "GRIEVANCE_FIGURES_REFRESH_SECONDS": Setting(
        300,
        "Public figures are recounted at most once per this many seconds "
        "(grievances/publication/refresh.py).",
        environment=True,
    ),
    "GRIEVANCE_UPLOAD_MAX_FILES": Setting(5, "Files a reporter may attach to one report or message."),
    "GRIEVANCE_UPLOAD_MAX_BYTES": Setting(10 * 1024 * 1024, "Largest file a reporter may attach."),
    "GRIEVANCE_MIN_FILL_SECONDS": Setting(
        4, "A report form sent back faster than a person can fill it is dropped as spam."
    ),
    "GRIEVANCE_FORM_MAX_AGE_SECONDS": Setting(
        24 * 60 * 60, "A report form expires this long after it was opened."
    ),
    "GRIEVANCE_LOOKUP_MAX_FAILURES_PER_REFERENCE": Setting(
        5, "Wrong reference + secret guesses on one reference before its cool-off."
    ),
    "GRIEVANCE_LOOKUP_MAX_FAILURES_OVERALL": Setting(
        100, "Wrong guesses over the whole site before every lookup cools off."
    ),
    "GRIEVANCE_LOOKUP_COOL_OFF_SECONDS": Setting(15 * 60, "How long a throttled status lookup waits."),
    "GRIEVANCE_STATUS_IDLE_SECONDS": Setting(
        10 * 60, "The status page closes after this long without activity."
    ),
    "GRIEVANCE_RECEIPT_SECONDS": Setting(
        10 * 60, "The secret stays in the session (never in a URL) only this long, for the receipt email."
    ),
    "GRIEVANCE_REFERRAL_LINK_DAYS": Setting(
        30, "A partner's link to a referral expires after this many days."
    ),
    "GRIEVANCE_DEADLINE_WORKING_DAYS": Setting(
        {},
        "Working days a case may stay in a state, by state name, overriding the defaults of the "
        "lifecycle (grievances/cases/states.py).",
    ),
    "GRIEVANCE_VERDICT_REPLY_WORKING_DAYS": Setting(
        10,
        "Working days a reporter has to confirm or object to a resolved case; silence past them "
        "closes it. Cannot be switched off: at least 1 (grievances/aftercare/verdict.py).",
        environment=True,
    ),
    "GRIEVANCE_RETALIATION_CHECKIN_DAYS": Setting(
        (14, 30, 91, 182),
        "Days after a case closes when the status page asks the reporter about retaliation "
        "(2 weeks, 1, 3 and 6 months); the retention clock starts after the last one.",
    ),
}
PREFIX = "GRIEVANCE_"


class GrievanceSettings:
    """`conf.RETENTION_MONTHS` is settings.GRIEVANCE_RETENTION_MONTHS, or its declared default."""

    def __getattr__(self, name):
        declared = SETTINGS.get(PREFIX + name)
        if declared is None:
            raise AttributeError(f"{PREFIX}{name} is not a declared setting (grievances/conf.py)")
        return getattr(settings, PREFIX + name, declared.default)


conf = GrievanceSettings()


def from_environment(env):
    """The settings the environment may set and does, cast like their defaults."""
    return {
        name: env.get_value(name, cast=type(declared.default))
        for name, declared in SETTINGS.items()
        if declared.environment and name in env.ENVIRON
    }


@checks.register(checks.Tags.compatibility)
def check_declared_settings(app_configs=None, **kwargs):
    """A GRIEVANCE_* setting that is not declared here is a typo that would silently do nothing."""
    return [
        checks.Warning(
            f"{name} is not a setting of the grievance module.",
            hint="The settings it reads are declared in grievances/conf.py.",
            id="grievances.W001",
        )
        for name in dir(settings)
        if name.startswith(PREFIX) and name not in SETTINGS
    ]

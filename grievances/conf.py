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
        "No longer used: public figures change once a day, at GRIEVANCE_FIGURES_PUBLISH_TIME.",
        environment=True,
    ),
    "GRIEVANCE_FIGURES_PUBLISH_TIME": Setting(
        "06:00",
        "Public figures change once a day, at this time (HH:MM, Asia/Jakarta), counting the cases "
        "received before it; run `refresh_case_figures --if-stale` from cron at this time when "
        "tasks run in-process (grievances/publication/refresh.py).",
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
        5, "Wrong guesses on one reference from one client before that client's cool-off on it."
    ),
    "GRIEVANCE_LOOKUP_MAX_FAILURES_OVERALL": Setting(
        100,
        "Wrong guesses over the whole site within the cool-off after which every client gets only one "
        "free guess; a correct pair is never refused for it.",
    ),
    "GRIEVANCE_LOOKUP_COOL_OFF_SECONDS": Setting(
        15 * 60, "How long a client waits on a reference it guessed wrong too often; the site-wide window."
    ),
    "GRIEVANCE_LOOKUP_FREE_FAILURES": Setting(
        5,
        "Wrong status lookups one client may make before each further one waits (grievances/intake/"
        "throttle.py); 1 while the site-wide limit is reached.",
    ),
    "GRIEVANCE_LOOKUP_MAX_DELAY_SECONDS": Setting(
        5 * 60, "The longest a client waits after a wrong status lookup (the wait doubles up to it)."
    ),
    "GRIEVANCE_LOOKUP_CLIENT_MEMORY_SECONDS": Setting(
        60 * 60, "A client's wrong status lookups are forgotten this long after its last one."
    ),
    "GRIEVANCE_LOOKUP_KEY_ROTATION_SECONDS": Setting(
        24 * 60 * 60, "The secret key that turns a client's address into a throttle key changes this often."
    ),
    "GRIEVANCE_STATUS_IDLE_SECONDS": Setting(
        10 * 60, "The status page closes after this long without activity."
    ),
    "GRIEVANCE_RECEIPT_SECONDS": Setting(
        10 * 60, "The secret stays in the session (never in a URL) only this long, for the receipt email."
    ),
    "GRIEVANCE_REFERRAL_LINK_DAYS": Setting(
        30, "A partner's link to a referral expires after this many days."
    ),
    # Reporting by WhatsApp and SMS (grievances/channels/, docs/channels.md). A channel whose
    # settings are empty does not exist: its webhook answers 404.
    "GRIEVANCE_CHANNEL_NUMBER_KEYS": Setting(
        "",
        "Fernet keys (comma-separated, the first encrypts) for senders' phone numbers at rest; "
        "required by every channel. Make one with `manage.py channel_key`.",
        environment=True,
    ),
    "GRIEVANCE_CHANNEL_HASH_KEY": Setting(
        "",
        "Key of the keyed hash (HMAC) that recognises a returning sender without storing the "
        "number; empty: derived from SECRET_KEY. Changing it forgets every thread.",
        environment=True,
    ),
    "GRIEVANCE_CHANNEL_DELIVERY_ATTEMPTS": Setting(
        6, "Attempts to deliver one message to a reporter's phone before it is given up.", environment=True
    ),
    "GRIEVANCE_CHANNEL_CONVERSATION_HOURS": Setting(
        24, "An unfinished report by WhatsApp or SMS is deleted this long after its last message."
    ),
    "GRIEVANCE_CHANNEL_HTTP_TIMEOUT": Setting(15, "Seconds to wait for a provider's API."),
    "GRIEVANCE_WHATSAPP_PHONE_NUMBER_ID": Setting(
        "", "WhatsApp Business Cloud API: the sending number's id.", environment=True
    ),
    "GRIEVANCE_WHATSAPP_ACCESS_TOKEN": Setting(
        "", "WhatsApp Business Cloud API: the system user's bearer token.", environment=True
    ),
    "GRIEVANCE_WHATSAPP_APP_SECRET": Setting(
        "", "WhatsApp: the app secret that signs each webhook (X-Hub-Signature-256).", environment=True
    ),
    "GRIEVANCE_WHATSAPP_VERIFY_TOKEN": Setting(
        "", "WhatsApp: the token Meta sends back when the webhook is registered.", environment=True
    ),
    "GRIEVANCE_WHATSAPP_GRAPH_URL": Setting(
        "https://graph.facebook.com/v21.0", "WhatsApp: the Graph API's base address.", environment=True
    ),
    "GRIEVANCE_WHATSAPP_TEMPLATE": Setting(
        "japbusi_pesan_baru",
        "WhatsApp: the approved template (no parameters: 'there is a new message, reply STATUS') "
        "sent outside the 24-hour window.",
        environment=True,
    ),
    "GRIEVANCE_WHATSAPP_TEMPLATE_LANGUAGE": Setting(
        "id", "WhatsApp: the template's language code.", environment=True
    ),
    "GRIEVANCE_SMS_SEND_URL": Setting(
        "", "SMS gateway: the address messages are POSTed to (docs/channels.md).", environment=True
    ),
    "GRIEVANCE_SMS_API_KEY": Setting("", "SMS gateway: bearer token of the outbound call.", environment=True),
    "GRIEVANCE_SMS_SENDER": Setting("", "SMS gateway: the sender id or number.", environment=True),
    "GRIEVANCE_SMS_INBOUND_SECRET": Setting(
        "",
        "SMS gateway: the shared secret each inbound webhook carries (X-Gateway-Secret).",
        environment=True,
    ),
    "GRIEVANCE_REPEAT_MIN_REPORTERS": Setting(
        3,
        "A company or estate is flagged as a repeat when at least this many distinct reporters "
        "report it on the same topic within GRIEVANCE_REPEAT_MONTHS (grievances/register/patterns.py).",
        environment=True,
    ),
    "GRIEVANCE_REPEAT_MONTHS": Setting(
        12,
        "The window, in months, in which repeat reports of a company or estate are counted.",
        environment=True,
    ),
    "GRIEVANCE_REGISTER_MATCH_MIN_SCORE": Setting(
        70, "Register entries scoring below this (0-100) are not suggested for a reporter's words."
    ),
    "GRIEVANCE_REFERRAL_LETTER_NUMBER": Setting(
        "{number:03d}/JAPBUSI/RJK/{month_roman}/{year}",
        "How referral letters are numbered (sequential per year): {number}, {year}, {month}, "
        "{month_roman} (grievances/referrals/letters.py).",
        environment=True,
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
    "GRIEVANCE_EXPORT_INLINE_MAX_ROWS": Setting(
        5000,
        "A case export of at most this many rows is sent at once; a larger one is written by a task "
        "and waits under 'My exports' (grievances/tracker/queued_exports.py).",
        environment=True,
    ),
    "GRIEVANCE_EXPORT_KEEP_HOURS": Setting(
        24,
        "A queued export's file is deleted this long after it is ready (hourly housekeeping task, or "
        "`delete_expired_exports` from cron); it cannot be downloaded after that.",
        environment=True,
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

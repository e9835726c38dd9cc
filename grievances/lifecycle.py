"""The case lifecycle: its states, what each means to staff and to the reporter.

Every status change goes through this module (transitions arrive with the case tracker).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    RECEIVED = "received", _("received")
    VERIFYING = "verifying", _("verifying")
    REJECTED = "rejected", _("cannot be processed")
    HANDLING = "handling", _("handling")
    REFERRED = "referred", _("referred")
    RESOLVED = "resolved", _("resolved")
    CLOSED = "closed", _("closed")


# What the reporter reads on the status page: plain words, nothing internal.
REPORTER_LABELS = {
    Status.RECEIVED: _("Your report has been received. The team will check it soon."),
    Status.VERIFYING: _("The team is checking the facts of your report."),
    Status.REJECTED: _("The team cannot take this report further. See the messages below for why."),
    Status.HANDLING: _("Your case is being handled by the team and a labour-law advisor."),
    Status.REFERRED: _(
        "Your case has been passed to a partner organisation that can help, with your consent."
    ),
    Status.RESOLVED: _("The team considers your case resolved. Tell them below if you disagree."),
    Status.CLOSED: _("Your case is closed."),
}


def reporter_label(status):
    return REPORTER_LABELS[Status(status)]

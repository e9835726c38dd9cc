"""Public rates of the mechanism: verified within the deadline, remedies delivered. Computed with
the other public figures (grievances.publication.refresh), nationally only, with the same rule:
a rate is published only over at least GRIEVANCE_PUBLIC_MIN_COUNT cases (or remedies), its base is
published rounded like any count, and the rate itself is rounded to RATE_STEP percentage points,
so it cannot be turned back into an exact count below the threshold."""

from grievances.aftercare.performance import case_measures
from grievances.cases.models import Case

from .figures import publishable, threshold

RATE_STEP = 5


def publishable_rate(part, whole, minimum=None):
    """{"percent", "base"}: the share in percent rounded to RATE_STEP, None under the threshold."""
    minimum = minimum or threshold()
    if whole < minimum:
        return {"percent": None, "base": None}
    percent = round(100 * part / whole / RATE_STEP) * RATE_STEP
    return {"percent": percent, "base": publishable(whole, minimum)}


def compute_rates(today=None):
    measures = case_measures(Case.objects.order_by(), today).values()
    verified = [m["verified"] for m in measures if m["verified"] is not None]
    return {
        "verified_on_time": publishable_rate(sum(verified), len(verified)),
        "remedies_delivered": publishable_rate(
            sum(m["remedies_delivered"] for m in measures), sum(m["remedies_due"] for m in measures)
        ),
    }

"""Referral figures per partner, over the cases a reader may see: for the dashboard and its CSV."""

import statistics

from .models import Referral


def referral_figures(cases):
    """Per partner, over the referrals of the given cases: sent, acceptance rate, median days to
    answer, outcomes. `cases` is already scoped to what the reader may see."""
    rows = {}
    referrals = Referral.objects.filter(case__in=cases).select_related("partner").order_by("partner__name")
    for referral in referrals:
        row = rows.setdefault(
            referral.partner_id,
            {
                "partner": referral.partner,
                "sent": 0,
                "accepted": 0,
                "answered": 0,
                "days": [],
                "outcomes": {},
            },
        )
        row["sent"] += 1
        if referral.answered_at:
            row["answered"] += 1
            row["days"].append((referral.answered_at - referral.created_at).total_seconds() / 86400)
        if referral.status in (Referral.Status.ACCEPTED, Referral.Status.COMPLETED):
            row["accepted"] += 1
        key = referral.result or referral.status
        row["outcomes"][key] = row["outcomes"].get(key, 0) + 1
    figures = []
    for row in rows.values():
        figures.append(
            {
                "partner": row["partner"],
                "sent": row["sent"],
                "acceptance_rate": round(100 * row["accepted"] / row["answered"])
                if row["answered"]
                else None,
                "median_days_to_answer": round(statistics.median(row["days"]), 1) if row["days"] else None,
                "successful": row["outcomes"].get(Referral.Result.SUCCESSFUL, 0),
                "unsuccessful": row["outcomes"].get(Referral.Result.UNSUCCESSFUL, 0),
                "declined": row["outcomes"].get(Referral.Status.DECLINED, 0),
                "open": row["outcomes"].get(Referral.Status.SENT, 0)
                + row["outcomes"].get(Referral.Status.ACCEPTED, 0),
            }
        )
    return figures

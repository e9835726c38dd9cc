"""Suggesting register entries for a reporter's free text.

Both sides are normalised (grievances.register.normalise). On PostgreSQL, pg_trgm's trigram index
narrows the register to the nearest names; everywhere, rapidfuzz scores the candidates, so the
ranking is the same on SQLite and PostgreSQL.
"""

from dataclasses import dataclass

from django.contrib.postgres.search import TrigramSimilarity, TrigramWordSimilarity
from django.db import connection
from django.db.models.functions import Greatest
from rapidfuzz import fuzz

from grievances.conf import conf

from .models import Company, Estate
from .normalise import normalise_company, normalise_estate, split_afdeling

# How many nearest names PostgreSQL hands to the scorer.
TRIGRAM_CANDIDATES = 50
TRIGRAM_FLOOR = 0.2


@dataclass(frozen=True)
class Suggestion:
    entry: object
    score: int


def score(query, names):
    """0-100: how well the normalised query fits the best of an entry's normalised names."""
    best = 0.0
    for name in names:
        if not name:
            continue
        if name == query:
            return 100
        # token_sort forgives word order; ratio forgives typing slips; partial covers a name
        # typed with an extra word ("sawit makmur riau").
        value = max(
            fuzz.ratio(query, name),
            fuzz.token_sort_ratio(query, name),
            0.9 * fuzz.partial_ratio(query, name) if " " in query and " " in name else 0,
        )
        best = max(best, value)
    return round(best)


def _candidates(queryset, query):
    if connection.vendor == "postgresql":
        return (
            queryset.annotate(
                similarity=Greatest(
                    TrigramSimilarity("normalised_name", query),
                    TrigramWordSimilarity(query, "normalised_aliases"),
                )
            )
            .filter(similarity__gte=TRIGRAM_FLOOR)
            .order_by("-similarity")[:TRIGRAM_CANDIDATES]
        )
    return queryset


def _rank(entries, query, limit):
    scored = []
    for entry in entries:
        value = score(query, [entry.normalised_name, *entry.normalised_aliases.splitlines()])
        if value >= conf.REGISTER_MATCH_MIN_SCORE:
            scored.append(Suggestion(entry, value))
    scored.sort(key=lambda suggestion: (-suggestion.score, suggestion.entry.name))
    return scored[:limit]


def suggest_companies(text, limit=5):
    query = normalise_company(text)
    if not query:
        return []
    return _rank(_candidates(Company.objects.select_related("group"), query), query, limit)


def suggest_estates(text, company=None, limit=5):
    """Estates, divisions and mills for the text; with an afdeling named, its division first."""
    query = normalise_estate(text)
    if not query:
        return []
    estates = Estate.objects.select_related("company", "parent")
    if company is not None:
        estates = estates.filter(company=company)
    suggestions = _rank(_candidates(estates, query), query, limit * 2)
    base, division = split_afdeling(query)
    if not division and base != query:
        return suggestions[:limit]
    if not division:
        # No afdeling named: the estate itself before its divisions.
        suggestions.sort(key=lambda s: (-s.score, s.entry.kind == Estate.Kind.AFDELING, s.entry.name))
    return suggestions[:limit]


def best_company(text):
    suggestions = suggest_companies(text, limit=1)
    return suggestions[0].entry if suggestions else None


def best_estate(text, company=None):
    suggestions = suggest_estates(text, company=company, limit=1)
    return suggestions[0].entry if suggestions else None

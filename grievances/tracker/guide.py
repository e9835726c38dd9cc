"""The case team's guide, in the admin's help menu: docs/case_team_guide.md rendered as a page.

Indonesian first (`case_team_guide.md`), English beside it (`case_team_guide.en.md`); the admin
language chooses. The Markdown is the project's own, rendered without raw HTML.
"""

from functools import cache
from pathlib import Path

from django.conf import settings
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from markdown_it import MarkdownIt

GUIDES = {"id": "case_team_guide.md", "en": "case_team_guide.en.md"}


@cache
def guide_html(language):
    text = (Path(settings.BASE_DIR) / "docs" / GUIDES[language]).read_text(encoding="utf-8")
    # "commonmark" with html off: any tag in the file is shown as text, never run.
    return MarkdownIt("commonmark", {"html": False}).enable("table").render(text)


def guide_view(request):
    language = "en" if (get_language() or "").startswith("en") else "id"
    return render(
        request,
        "grievances/admin/guide.html",
        {"guide": mark_safe(guide_html(language)), "guide_language": language},  # noqa: S308
    )

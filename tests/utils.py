"""Helpers shared by tests."""

import re
from urllib.parse import urlparse

LOADING_TAG = re.compile(r"<(script|img|iframe|source|link|video|audio)\b([^>]*)>", re.I)
ATTRIBUTE = re.compile(r'(src|href|srcset)="([^"]*)"', re.I)
NON_LOADING_LINKS = {"canonical", "alternate", "next", "prev"}
OWN_HOSTS = {"", "testserver", "localhost", "127.0.0.1"}


def third_party_loads(html):
    """Addresses on other hosts that a browser would fetch while showing this HTML.

    Content inside <template> is inert until script clones it, so it is left out.
    """
    html = re.sub(r"<template\b.*?</template>", "", html, flags=re.S | re.I)
    found = []
    for tag, attributes in LOADING_TAG.findall(html):
        rel = re.search(r'rel="([^"]*)"', attributes)
        if tag.lower() == "link" and rel and set(rel.group(1).lower().split()) & NON_LOADING_LINKS:
            continue
        for _name, value in ATTRIBUTE.findall(attributes):
            for candidate in value.split(","):
                url = candidate.strip().split(" ")[0]
                if urlparse(url).hostname not in OWN_HOSTS and urlparse(url).hostname is not None:
                    found.append(url)
    return found


def publish_translation(page, locale, **fields):
    """Translate a page into `locale` with the given fields, and publish it."""
    from wagtail.models import Page

    translation = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return Page.objects.get(pk=translation.pk).specific


def approve_in_workflow(client, writer, editor, operator, article):
    """The editor approves, then the operator confirms in the case-safety review. The writer starts
    the editorial workflow first, unless it is already running (linking a case starts it)."""
    from django.urls import reverse

    from articles.models import ArticlePage
    from home.roles import editorial_workflow

    if ArticlePage.objects.get(pk=article.pk).current_workflow_state is None:
        editorial_workflow().start(article, writer)
    for user in (editor, operator):
        client.force_login(user)
        state = ArticlePage.objects.get(pk=article.pk).current_workflow_task_state
        client.post(
            reverse("wagtailadmin_pages:workflow_action", args=(article.pk, "approve", state.pk)),
            {"comment": ""},
        )
    return ArticlePage.objects.get(pk=article.pk)

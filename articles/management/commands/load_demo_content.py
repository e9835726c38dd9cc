"""Load the demo site: pages in Indonesian and English, articles, campaigns, images and demo accounts.

Safe to run again: whatever already exists is left as it is.
"""

import datetime
from io import BytesIO
from urllib.parse import urlparse

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Site

from accounts.two_factor import enrol_demo_account
from articles import demo_content as demo
from articles.demo_images import draw_illustration
from articles.models import ArticleIndexPage, ArticlePage, Author, CampaignIndexPage, CampaignPage
from home.demo import DemoPages, quiet_page_logging
from home.models import (
    Federation,
    FederationDirectoryPage,
    HomeLeadStory,
    Province,
    SiteSettings,
    StandardPage,
    Topic,
)
from home.roles import EDITOR_GROUP, WRITER_GROUP

# Demo accounts, one per role; the README lists the same table.
DEMO_ACCOUNTS = [
    # (username, password, group or None for the system owner, first name)
    ("pemilik", "pemilik-demo-2026", None, "Penanggung jawab sistem"),
    ("redaktur", "redaktur-demo-2026", EDITOR_GROUP, "Redaktur"),
    ("penulis", "penulis-demo-2026", WRITER_GROUP, "Penulis"),
]
MENU_PAGES = ("articles", "campaigns", "federations", "about", "how-we-work", "contact")


def rich_text(blocks):
    """Turn the demo's (kind, text, ...) tuples into StreamField data: text blocks and pull quotes."""
    stream, html = [], []
    for block in blocks:
        kind, text = block[0], block[1]
        if kind == "quote":
            if html:
                stream.append(("paragraph", "".join(html)))
                html = []
            stream.append(("pull_quote", {"quote": text, "attribution": block[2] if len(block) > 2 else ""}))
        else:
            tag = "h2" if kind == "h2" else "p"
            html.append(f"<{tag}>{escape(text)}</{tag}>")
    if html:
        stream.append(("paragraph", "".join(html)))
    return stream


class Command(DemoPages, BaseCommand):
    help = "Load the demo content and demo accounts (idempotent; refused under production settings)."

    def handle(self, *args, **options):
        if not settings.DEMO_ACCOUNTS_ALLOWED:
            raise CommandError("Demo content and demo accounts are for development machines only.")
        self.created = 0
        with quiet_page_logging(), transaction.atomic():
            self.load()
        self.stdout.write(
            self.style.SUCCESS(f"Demo content ready ({self.created} new objects).")
            if self.created
            else "Demo content already loaded: nothing changed."
        )

    # Pages -------------------------------------------------------------------

    def load(self):
        self.id_locale = Locale.objects.get(language_code="id")
        self.en_locale, _created = Locale.objects.get_or_create(language_code="en")
        site = Site.objects.get(is_default_site=True)
        self.point_site_at_base_url(site)
        home = site.root_page.specific
        if not home.intro:
            self.update_page(home, intro=demo.HOME["intro"], title="JAPBUSI")
        en_home = self.translation(
            home, title="JAPBUSI", intro=demo.HOME["intro_en"], report_heading="", report_text=""
        )
        self.load_settings(site)

        sections = demo.SECTIONS
        articles_index = self.child(home, ArticleIndexPage, **self.section(sections["articles"]))
        campaigns_index = self.child(home, CampaignIndexPage, **self.section(sections["campaigns"]))
        federations_page = self.child(home, FederationDirectoryPage, **self.section(sections["federations"]))
        for page, data in (
            (articles_index, sections["articles"]),
            (campaigns_index, sections["campaigns"]),
            (federations_page, sections["federations"]),
        ):
            self.translation(page, title=data["title_en"], intro=data["intro_en"])

        standard_pages = {}
        for role, data in demo.PAGES.items():
            page = self.child(
                home,
                StandardPage,
                slug=data["slug"],
                title=data["title"],
                intro=data["intro"],
                body=rich_text(data["body"]),
                show_in_menus=role in MENU_PAGES,
            )
            self.translation(
                page, title=data["title_en"], intro=data["intro_en"], body=rich_text(data["body_en"])
            )
            standard_pages[role] = page

        site_settings = SiteSettings.for_site(site)
        if site_settings.report_problem_page_id is None:
            site_settings.report_problem_page = standard_pages["report"]
            site_settings.save()
        self.report_page = site_settings.report_problem_page

        authors = self.load_authors()
        topics = {topic.slug: topic for topic in Topic.objects.all()}
        provinces = {province.code: province for province in Province.objects.all()}
        federations = {federation.short_name: federation for federation in Federation.objects.all()}
        lead_articles = []
        for data in demo.ARTICLES:
            article = self.load_article(articles_index, data, authors, topics, provinces, federations)
            if data.get("lead"):
                lead_articles.append(article)
        for data in demo.CAMPAIGNS:
            self.load_campaign(campaigns_index, data, topics)

        if not home.lead_stories.exists():
            for order, article in enumerate(lead_articles):
                HomeLeadStory.objects.create(home_page=home, page=article, sort_order=order)
            self.publish(home)
            for order, article in enumerate(lead_articles):
                HomeLeadStory.objects.create(
                    home_page=en_home, page=article.get_translation(self.en_locale), sort_order=order
                )
            self.publish(en_home)
        self.load_accounts()

    def point_site_at_base_url(self, site):
        """Full addresses (canonical, sitemap, feeds, share links) name the server the demo runs on."""
        base = urlparse(settings.WAGTAILADMIN_BASE_URL)
        port = base.port or (443 if base.scheme == "https" else 80)
        if (site.hostname, site.port) != (base.hostname, port):
            site.hostname, site.port = base.hostname, port
            site.site_name = "JAPBUSI"
            site.save()
            self.created += 1

    def section(self, data):
        return {"title": data["title"], "slug": data["slug"], "intro": data["intro"], "show_in_menus": True}

    def update_page(self, page, **fields):
        for name, value in fields.items():
            setattr(page, name, value)
        self.publish(page)

    def publish(self, page, date=None):
        super().publish(page)
        if date is not None:
            published = timezone.make_aware(datetime.datetime.combine(date, datetime.time(9, 0)))
            Page.objects.filter(pk=page.pk).update(first_published_at=published, last_published_at=published)

    # Content -----------------------------------------------------------------

    def image(self, slug, data, seed):
        title = f"Demo: {slug}"
        existing = Image.objects.filter(title=title).first()
        if existing is not None:
            return existing
        image = Image(title=title, description=data.get("alt", ""))
        image.file = ImageFile(
            BytesIO(draw_illustration(data.get("motif", "palms"), seed)), name=f"{slug}.jpg"
        )
        image.save()
        self.created += 1
        return image

    def load_authors(self):
        authors = {}
        for data in demo.AUTHORS:
            author, created = Author.objects.get_or_create(reporter_code=data["reporter_code"], defaults=data)
            self.created += created
            authors[author.reporter_code] = author
        return authors

    def load_article(self, index, data, authors, topics, provinces, federations):
        existing = index.get_children().filter(slug=data["slug"]).first()
        if existing is not None:
            return existing.specific
        date = timezone.localdate() - datetime.timedelta(days=data["days_ago"])
        image = self.image(data["slug"], data["image"], seed=data["days_ago"])
        article = ArticlePage(
            title=data["title"],
            slug=data["slug"],
            standfirst=data["standfirst"],
            body=rich_text(data["body"]),
            date=date,
            lead_image=image,
            lead_image_caption=data["image"].get("caption", ""),
            province=provinces.get(data["province"]),
            locale=index.locale,
        )
        article.topics = [topics[slug] for slug in data["topics"]]
        article.federations = [federations[name] for name in data["federations"]]
        article.authors = [authors[code] for code in data["authors"]]
        article.tags.add(*data["tags"])
        index.add_child(instance=article)
        self.publish(article, date=date)
        self.created += 1
        english = article.copy_for_translation(self.en_locale)
        english.title = data["title_en"]
        english.standfirst = data["standfirst_en"]
        english.body = rich_text(data["body_en"])
        english.lead_image_caption = data["image"].get("caption_en", "")
        self.publish(english, date=date)
        return article

    def load_campaign(self, index, data, topics):
        existing = index.get_children().filter(slug=data["slug"]).first()
        if existing is not None:
            return existing.specific
        date = timezone.localdate() - datetime.timedelta(days=data["days_ago"])
        report_page = self.report_page
        campaign = CampaignPage(
            title=data["title"],
            slug=data["slug"],
            aim=data["aim"],
            status=data["status"],
            start_date=date,
            lead_image=self.image(data["slug"], data["image"], seed=data["days_ago"]),
            body=rich_text(data["body"]),
            action_heading=data["action_heading"],
            action_text=data["action_text"],
            action_label=data["action_label"],
            action_page=report_page,
            locale=index.locale,
        )
        campaign.topics = [topics[slug] for slug in data["topics"]]
        index.add_child(instance=campaign)
        self.publish(campaign, date=date)
        self.created += 1
        english = campaign.copy_for_translation(self.en_locale)
        english.title = data["title_en"]
        english.aim = data["aim_en"]
        english.body = rich_text(data["body_en"])
        english.action_heading = data["action_heading_en"]
        english.action_text = data["action_text_en"]
        english.action_label = data["action_label_en"]
        english.action_page = report_page.get_translation(self.en_locale)
        self.publish(english, date=date)
        return campaign

    def load_settings(self, site):
        site_settings = SiteSettings.for_site(site)
        if site_settings.email:
            return
        for name, value in demo.SITE_SETTINGS.items():
            setattr(site_settings, name, value)
        site_settings.save()
        self.created += 1

    def load_accounts(self):
        User = get_user_model()
        for username, password, group_name, first_name in DEMO_ACCOUNTS:
            existing = User.objects.filter(username=username).first()
            if existing:
                enrol_demo_account(existing)
                continue
            user = User(
                username=username,
                first_name=first_name,
                email=f"{username}@japbusi.example",
                is_staff=group_name is None,
                is_superuser=group_name is None,
            )
            user.set_password(password)
            user.save()
            enrol_demo_account(user)
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
            self.created += 1

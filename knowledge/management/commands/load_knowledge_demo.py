"""Load the knowledge base demo: library with generated PDFs, rights guides, topic hub and two lessons.

Safe to run again: whatever already exists is left as it is. Refused under production settings.
"""

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.documents.models import Document
from wagtail.models import Locale, Site

from home.demo import DemoPages, quiet_page_logging
from home.models import Province, Topic
from knowledge import demo_content as demo
from knowledge.models import (
    LessonIndexPage,
    LessonPage,
    ResourceIndexPage,
    ResourcePage,
    RightsGuideIndexPage,
    RightsGuidePage,
    TopicHubPage,
)
from knowledge.pdf import text_pdf


class Command(DemoPages, BaseCommand):
    help = "Load the knowledge base demo content (idempotent; refused under production settings)."

    def handle(self, *args, **options):
        if not settings.DEMO_ACCOUNTS_ALLOWED:
            raise CommandError("Demo content is for development machines only.")
        self.created = 0
        with quiet_page_logging(), transaction.atomic():
            self.load()
        self.stdout.write(
            self.style.SUCCESS(f"Knowledge base demo ready ({self.created} new objects).")
            if self.created
            else "Knowledge base demo already loaded: nothing changed."
        )

    def load(self):
        self.en_locale, _created = Locale.objects.get_or_create(language_code="en")
        home = Site.objects.get(is_default_site=True).root_page.specific
        topics = {topic.slug: topic for topic in Topic.objects.all()}
        sections = demo.SECTIONS

        library = self.child(home, ResourceIndexPage, **self.section(sections["library"], menu=True))
        guide_index = self.child(home, RightsGuideIndexPage, **self.section(sections["guides"], menu=True))
        hub = self.child(home, TopicHubPage, **self.section(sections["hub"], menu=False))
        lessons = self.child(home, LessonIndexPage, **self.section(sections["lessons"], menu=False))
        for page, key in ((library, "library"), (guide_index, "guides"), (hub, "hub")):
            self.translation(page, title=sections[key]["title_en"], intro=sections[key]["intro_en"])

        resources = {}
        for data in demo.RESOURCES:
            resources[data["slug"]] = self.load_resource(library, data, topics)
        for data in demo.GUIDES:
            self.load_guide(guide_index, data, topics, resources)
        provinces = {province.code: province for province in Province.objects.all()}
        for data in demo.LESSONS:
            self.load_lesson(lessons, data, topics, provinces)

    def section(self, data, menu):
        return {"slug": data["slug"], "title": data["title"], "intro": data["intro"], "show_in_menus": menu}

    def document(self, data):
        title = f"Demo: {data['title']}"[:255]
        existing = Document.objects.filter(title=title).first()
        if existing is not None:
            return existing
        pdf = text_pdf(data["title"], [data["summary"], *data["points"]], footer=demo.PDF_NOTE)
        document = Document(title=title)
        document.file = ContentFile(pdf, name=f"{data['slug']}.pdf")
        document._set_document_file_metadata()
        document.save()
        self.created += 1
        return document

    def load_resource(self, library, data, topics):
        existing = library.get_children().filter(slug=data["slug"]).first()
        if existing is not None:
            return existing.specific
        resource = ResourcePage(
            title=data["title"],
            slug=data["slug"],
            resource_type=data["type"],
            year=data["year"],
            resource_language=data["language"],
            issuing_body=data["issuing_body"],
            summary=data["summary"],
            document=self.document(data),
            locale=library.locale,
        )
        resource.topics = [topics[slug] for slug in data["topics"]]
        library.add_child(instance=resource)
        self.publish(resource)
        self.created += 1
        self.translation(resource, title=data["title_en"], summary=data["summary_en"])
        return resource

    def load_guide(self, guide_index, data, topics, resources):
        existing = guide_index.get_children().filter(slug=data["slug"]).first()
        if existing is not None:
            return existing.specific
        questions = [
            (
                "question",
                {
                    "question": question,
                    "answer": "".join(f"<p>{escape(paragraph)}</p>" for paragraph in answer),
                    "resources": [resources[slug] for slug in sources],
                },
            )
            for question, answer, sources in data["questions"]
        ]
        guide = RightsGuidePage(
            title=data["title"],
            slug=data["slug"],
            topic=topics[data["topic"]],
            intro=data["intro"],
            questions=questions,
            reviewed_on=timezone.localdate(),
            locale=guide_index.locale,
        )
        guide_index.add_child(instance=guide)
        self.publish(guide)
        self.created += 1
        return guide

    def load_lesson(self, lessons, data, topics, provinces):
        if lessons.get_children().filter(slug=data["slug"]).exists():
            return
        lesson = LessonPage(
            title=data["title"],
            slug=data["slug"],
            topic=topics[data["topic"]],
            province=provinces.get(data["province"]),
            employer_type=data["employer_type"],
            problem=data["problem"],
            what_was_tried=data["what_was_tried"],
            what_worked=data["what_worked"],
            partner=data["partner"],
            duration_weeks=data["duration_weeks"],
            locale=lessons.locale,
        )
        lessons.add_child(instance=lesson)
        self.publish(lesson)
        self.created += 1

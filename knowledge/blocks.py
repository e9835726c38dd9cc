"""StreamField blocks of the rights guides: one question, its answer and the rules it rests on."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "italic", "link", "ul", "ol"])
    resources = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="knowledge.ResourcePage"),
        label=_("Rules it rests on"),
        help_text=_("Resources in the library that this answer is based on."),
        default=[],
    )

    class Meta:
        icon = "help"
        label = _("Question and answer")
        template = "knowledge/blocks/question_answer.html"
        description = _("A question a worker asks, answered in plain Indonesian.")
        preview_value = {
            "question": "Apakah buruh harian lepas berhak atas upah minimum?",
            "answer": "<p>Ya. Upah minimum berlaku untuk semua pekerja, apa pun status kerjanya.</p>",
            "resources": [],
        }


class RightsGuideBlock(blocks.StreamBlock):
    question = QuestionAnswerBlock()

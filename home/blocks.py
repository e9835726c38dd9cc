"""StreamField blocks shared by every page type with a body."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/captioned_image.html"
        description = _("A photo with a caption and the photographer's credit.")


class PullQuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"), max_length=400)
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=150)

    class Meta:
        icon = "openquote"
        label = _("Pull quote")
        template = "blocks/pull_quote.html"
        description = _("A short quote set apart from the text.")
        preview_value = {
            "quote": "Kami hanya meminta upah yang sesuai aturan dan alat pelindung diri yang layak.",
            "attribution": "Pemanen, Kalimantan Tengah",
        }


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120)
    text = blocks.TextBlock(label=_("text"), required=False, max_length=400)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("or address"), required=False)
    button_label = blocks.CharBlock(label=_("button label"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action.html"
        description = _("A box that asks the reader to act, with one button.")
        preview_value = {
            "title": "Alami masalah serupa?",
            "text": "Laporkan secara aman. Identitas Anda boleh dirahasiakan.",
            "url": "/",
            "button_label": "Laporkan masalah",
        }

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": blocks.BlockValidationError(_("Choose a page or give an address."))}
            )
        return value


class BaseBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Text"),
        icon="pilcrow",
        description=_("Paragraphs with headings, lists and links."),
        preview_value="<p>Buruh harian lepas di perkebunan sawit berhak atas upah minimum.</p>",
    )
    image = CaptionedImageBlock()
    pull_quote = PullQuoteBlock()
    call_to_action = CallToActionBlock()

"""StreamField blocks of article bodies: the shared ones plus embeds and documents."""

import re
from urllib.parse import urlparse

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from home.blocks import BaseBodyBlock

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{6,20}$")
VIMEO_ID = re.compile(r"^\d{4,12}$")


def embed_player(url):
    """Return (provider name, player address) for the video services we can embed, else (host, None).

    The player address is built here rather than asked from the provider, so
    nothing is fetched from the third party when the page is rendered.
    """
    parsed = urlparse(url or "")
    host = (parsed.hostname or "").removeprefix("www.").removeprefix("m.")
    path_parts = [part for part in parsed.path.split("/") if part]
    if host in ("youtube.com", "youtube-nocookie.com"):
        video_id = None
        if path_parts[:1] == ["watch"]:
            query = dict(pair.split("=", 1) for pair in parsed.query.split("&") if "=" in pair)
            video_id = query.get("v")
        elif len(path_parts) >= 2 and path_parts[0] in ("embed", "shorts", "live"):
            video_id = path_parts[1]
        if video_id and YOUTUBE_ID.match(video_id):
            return "YouTube", f"https://www.youtube-nocookie.com/embed/{video_id}"
        return "YouTube", None
    if host == "youtu.be" and path_parts and YOUTUBE_ID.match(path_parts[0]):
        return "YouTube", f"https://www.youtube-nocookie.com/embed/{path_parts[0]}"
    if host in ("vimeo.com", "player.vimeo.com"):
        video_id = path_parts[-1] if path_parts else ""
        if VIMEO_ID.match(video_id):
            return "Vimeo", f"https://player.vimeo.com/video/{video_id}"
        return "Vimeo", None
    return host, None


class ClickToLoadEmbedBlock(blocks.StructBlock):
    """A video that loads nothing from its host until the reader asks for it."""

    url = blocks.URLBlock(label=_("video address"), help_text=_("A YouTube or Vimeo address."))
    title = blocks.CharBlock(label=_("title"), max_length=200)
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "media"
        label = _("Video (loads on click)")
        template = "blocks/click_to_load_embed.html"
        description = _(
            "A YouTube or Vimeo video. Readers see a notice and a link; the video "
            "only loads from its host when they click."
        )

    def clean(self, value):
        value = super().clean(value)
        _provider, player = embed_player(value.get("url"))
        if player is None:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": blocks.BlockValidationError(_("Give the address of a YouTube or Vimeo video."))
                }
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["provider"], context["player_url"] = embed_player(value.get("url"))
        return context


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("title"), required=False, max_length=200)
    description = blocks.CharBlock(label=_("description"), required=False, max_length=300)

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "blocks/document.html"
        description = _("A file readers can download, with its type and size shown.")


class ArticleBodyBlock(BaseBodyBlock):
    embed = ClickToLoadEmbedBlock()
    document = DocumentBlock()

"""The refusal messages shown to workers and the ValidationError that carries each one."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_MESSAGES = {
    "empty": _("“%(name)s” is empty. Please choose the file again."),
    "too_large": _("“%(name)s” is too large. Each file can be at most %(max)s."),
    "type_not_allowed": _(
        "“%(name)s” is not a kind of file we accept. Please send a photo (JPEG, PNG, WebP or HEIC), "
        "a PDF document or a voice recording."
    ),
    "type_mismatch": _(
        "The content of “%(name)s” does not match the end of its file name. "
        "Please send the original file without renaming it."
    ),
    "image_too_large": _(
        "The picture “%(name)s” has too many pixels to process (at most %(max)s megapixels). "
        "Please send a smaller photo or a screenshot."
    ),
    "images_too_large_together": _(
        "Together, these pictures have too many pixels to process (at most %(max)s megapixels in all). "
        "Please send fewer or smaller photos, or screenshots."
    ),
    "metadata_left": _(
        "“%(name)s” still holds information about the person or the phone that made it (such as a "
        "place or a name) that we could not remove, so it was not saved. Please send a screenshot "
        "or a photo of it instead."
    ),
    "corrupt": _("“%(name)s” is damaged or incomplete and cannot be opened. Please send it again."),
    "pdf_active_content": _(
        "“%(name)s” contains scripts, attached files or other active content that we could not remove "
        "safely, so it was not saved. Please save it again as a plain PDF, or send photos of the pages."
    ),
    "pdf_unreadable": _(
        "“%(name)s” could not be checked: it may be password-protected or damaged. "
        "Please remove the password, or send photos of the pages."
    ),
    "pdf_too_large": _(
        "“%(name)s” holds too much to check safely (more than %(max)s once unpacked). "
        "Please send fewer pages in each file, or photos of the pages."
    ),
}


def _refuse(code, name, **params):
    return ValidationError(_MESSAGES[code], code=code, params={"name": name or _("unnamed file"), **params})

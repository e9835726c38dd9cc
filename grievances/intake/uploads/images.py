"""Re-encoding photos from bare pixels, which drops EXIF, GPS, XMP, comments and ICC profiles."""

import io

from django.core.exceptions import ValidationError
from PIL import Image, ImageOps

from .detection import _HEIC, _JPEG, _PNG, _WEBP, HEIF_SUPPORTED, _iso_is_complete, register_heif_opener
from .refusals import _refuse

try:
    from PIL import ImageCms
except ImportError:  # Pillow built without LittleCMS: colours of wide-gamut photos just look a little flat
    ImageCms = None

if HEIF_SUPPORTED:
    # Idempotent and option-free, so it cannot change how Wagtail opens images.
    register_heif_opener()

# HEIC is stored as JPEG: every browser and office computer can show it.
_IMAGE_OUTPUT = {"JPEG": _JPEG, "PNG": _PNG, "WEBP": _WEBP, "HEIF": _JPEG}


def _image_pixels(data, detected):
    """Width × height read from the image's header alone (nothing is decoded); None if unreadable."""
    try:
        with Image.open(io.BytesIO(data), formats=[detected.pillow_format]) as probe:
            width, height = probe.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return 10**12  # more than any limit: refused as too large
    except Exception:
        return None  # refused as damaged later, when it is processed
    return width * height


def _reencode_image(data, detected, policy, name):
    output = _IMAGE_OUTPUT[detected.pillow_format]
    try:
        # Naming the one expected format keeps Pillow from handing the bytes to any other decoder.
        with Image.open(io.BytesIO(data), formats=[detected.pillow_format]) as probe:
            width, height = probe.size
            if width * height > policy.max_pixels:
                raise _refuse("image_too_large", name, max=policy.max_pixels // 1_000_000)
            probe.verify()
        # Decoders fill a cut-off photo with grey when LOAD_TRUNCATED_IMAGES is switched on, which any
        # other part of the site may do; these checks do not depend on that global.
        if (detected is _JPEG and not _jpeg_has_end(data)) or (
            detected is _HEIC and not _iso_is_complete(data)
        ):
            raise _refuse("corrupt", name)
        with Image.open(io.BytesIO(data), formats=[detected.pillow_format]) as image:
            if detected is _JPEG:
                # JPEG decodes at 1/2, 1/4 or 1/8 scale for free: never more pixels than are kept.
                image.draft(
                    "RGB" if image.mode != "L" else "L", (policy.max_image_side, policy.max_image_side)
                )
            image.load()  # decodes the first frame; damage anywhere in it surfaces here
            picture = _clean_picture(image, output, policy)
        buffer = io.BytesIO()
        if output is _JPEG:
            picture.save(buffer, "JPEG", quality=policy.jpeg_quality, optimize=True, progressive=True)
        elif output is _PNG:
            picture.save(buffer, "PNG")
        else:
            picture.save(buffer, "WEBP", quality=policy.jpeg_quality)
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _refuse("image_too_large", name, max=policy.max_pixels // 1_000_000) from None
    except MemoryError:
        raise
    except Exception:
        # Decoders report damaged input with many exception types (OSError, SyntaxError, ValueError,
        # struct.error, EOFError...); to the worker they all mean the same thing.
        raise _refuse("corrupt", name) from None
    return buffer.getvalue(), output


def _jpeg_has_end(data):
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return False
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
        elif marker == 0xDA:  # start of scan: the entropy-coded data can only contain escaped FF bytes
            return data.find(b"\xff\xd9", position) != -1
        elif marker == 0x01 or 0xD0 <= marker <= 0xD7:
            position += 2
        else:
            position += 2 + int.from_bytes(data[position + 2 : position + 4])
    return False


def _clean_picture(image, output, policy):
    icc_profile = image.info.get("icc_profile")
    picture = _apply_orientation(image)
    picture = _to_srgb(picture, icc_profile)
    picture = _to_output_mode(picture, output)
    if max(picture.size) > policy.max_image_side:
        picture.thumbnail((policy.max_image_side, policy.max_image_side), Image.Resampling.LANCZOS)
    # A new image built from bare pixels has no .info at all: no EXIF, GPS, XMP, comment, text chunk
    # or ICC profile can be carried into the saved file by any encoder default.
    return Image.frombytes(picture.mode, picture.size, picture.tobytes())


def _apply_orientation(image):
    try:
        return ImageOps.exif_transpose(image)
    except Exception:
        # A damaged EXIF block must not cost a worker their evidence: the pixels are still good.
        return image.copy()


def _to_srgb(picture, icc_profile):
    # Phones shoot in wide-gamut colour spaces; converting before the profile is dropped keeps the
    # colours right instead of washed out.
    if not icc_profile or ImageCms is None or picture.mode not in ("RGB", "RGBA", "CMYK"):
        return picture
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        output_mode = "RGBA" if picture.mode == "RGBA" else "RGB"
        return ImageCms.profileToProfile(
            picture, source, ImageCms.createProfile("sRGB"), outputMode=output_mode
        )
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return picture


def _to_output_mode(picture, output):
    if picture.mode.startswith("I") or picture.mode == "F":
        # 16-bit greyscale: scale down, because a plain conversion clips everything above 255 to white.
        picture = picture.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    has_alpha = picture.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        picture.mode == "P" and "transparency" in picture.info
    )
    if has_alpha:
        rgba = picture.convert("RGBA")
        if output is not _JPEG:
            return rgba
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if picture.mode == "L" and output is not _WEBP:
        return picture
    return picture if picture.mode == "RGB" else picture.convert("RGB")

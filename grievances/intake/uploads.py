"""Strict checking and privacy-preserving clean-up of files that workers attach to grievances."""

# Every accepted file is identified from its bytes, never from its name or the browser's content type.
# Images are decoded and re-encoded from bare pixels, which drops EXIF (GPS, phone make and model), XMP,
# comments and ICC profiles: a photo must not be able to place a worker at their house or identify
# their phone. PDFs are admitted only after structural checks and are then written anew from their
# parsed objects without the document information (author, creator, producer, title), XMP metadata
# and earlier revisions — a letter typed in Word carries its author's name. Audio loses its tags
# (ID3, Vorbis comments) wherever mutagen can read the container; in an MP4 or 3GP recording every
# user-data, metadata and uuid box (tags, the ©xyz place where the phone was, XMP) is blanked in
# place into padding, so the sound's offsets stay valid; a WAV file keeps only
# its format, fact and sound chunks (no LIST/INFO, bext, iXML, XMP or ID3 chunk: recorder apps
# write the device, the date and sometimes the place there); a stream it cannot
# read (raw AAC or AMR have no tags at all) is kept as it passed the checks. The original's SHA-256
# is kept in every case. Files must be served with the content type decided here,
# `X-Content-Type-Options: nosniff` and `Content-Disposition: attachment`.
#
# Refusal codes: too_many_files, empty, too_large, type_not_allowed, type_mismatch, image_too_large,
# corrupt, pdf_active_content, pdf_unreadable.

import contextlib
import hashlib
import io
import os
import re
import secrets
import unicodedata
import zlib
from dataclasses import dataclass, field

import filetype
import mutagen
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from PIL import Image, ImageOps
from pypdf import PdfReader, PdfWriter

from grievances.conf import SETTINGS, conf

try:
    from PIL import ImageCms
except ImportError:  # Pillow built without LittleCMS: colours of wide-gamut photos just look a little flat
    ImageCms = None

try:
    from pillow_heif import register_heif_opener
except ImportError:  # without the plugin HEIC photos are refused as an unknown type instead of crashing
    HEIF_SUPPORTED = False
else:
    # Idempotent and option-free, so it cannot change how Wagtail opens images.
    register_heif_opener()
    HEIF_SUPPORTED = True

DISPLAY_NAME_MAX_LENGTH = 100

_READ_CHUNK = 64 * 1024
# Inflating compressed PDF object streams is where a small file can cost a lot of memory and time.
_PDF_MAX_INFLATED_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class UploadPolicy:
    max_files: int = SETTINGS["GRIEVANCE_UPLOAD_MAX_FILES"].default
    max_bytes: int = SETTINGS["GRIEVANCE_UPLOAD_MAX_BYTES"].default
    # Well under Pillow's own bomb limit: a 40 MP RGB image already needs 120 MB to decode.
    max_pixels: int = 40_000_000
    # Staff often read cases on slow links; 3000 px keeps a document photo legible.
    max_image_side: int = 3000
    jpeg_quality: int = 85

    @classmethod
    def from_settings(cls):
        return cls(
            max_files=conf.UPLOAD_MAX_FILES,
            max_bytes=conf.UPLOAD_MAX_BYTES,
        )


@dataclass(frozen=True)
class ProcessedFile:
    # Content and name stay out of repr() so that a logged object reveals nothing about the worker.
    content: bytes = field(repr=False)
    kind: str
    content_type: str
    extension: str
    size: int
    original_size: int
    sha256: str
    original_name: str = field(repr=False)

    def storage_name(self):
        # Lower-case hex: safe on case-insensitive disks, never starts with "-", and nothing of the
        # worker's own file name (often their name or the date) reaches the storage.
        return secrets.token_hex(16) + self.extension


@dataclass(frozen=True)
class _Format:
    kind: str
    content_type: str
    extension: str
    pillow_format: str = ""


_JPEG = _Format("image", "image/jpeg", ".jpg", "JPEG")
_PNG = _Format("image", "image/png", ".png", "PNG")
_WEBP = _Format("image", "image/webp", ".webp", "WEBP")
_HEIC = _Format("image", "image/heic", ".heic", "HEIF")
_PDF = _Format("pdf", "application/pdf", ".pdf")
_OPUS = _Format("audio", "audio/ogg", ".opus")
_VORBIS = _Format("audio", "audio/ogg", ".ogg")
_M4A = _Format("audio", "audio/mp4", ".m4a")
_3GP = _Format("audio", "audio/3gpp", ".3gp")
_MP3 = _Format("audio", "audio/mpeg", ".mp3")
_AAC = _Format("audio", "audio/aac", ".aac")
_AMR = _Format("audio", "audio/amr", ".amr")
_AMR_WB = _Format("audio", "audio/amr-wb", ".awb")
_WAV = _Format("audio", "audio/wav", ".wav")

# HEIC is stored as JPEG: every browser and office computer can show it.
_IMAGE_OUTPUT = {"JPEG": _JPEG, "PNG": _PNG, "WEBP": _WEBP, "HEIF": _JPEG}

_EXTENSION_KINDS = {
    **dict.fromkeys((".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".heic", ".heif", ".hif"), "image"),
    ".pdf": "pdf",
    **dict.fromkeys(
        (".ogg", ".oga", ".opus", ".m4a", ".aac", ".mp3", ".amr", ".awb", ".wav", ".3gp", ".3ga"), "audio"
    ),
}

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
    "corrupt": _("“%(name)s” is damaged or incomplete and cannot be opened. Please send it again."),
    "pdf_active_content": _(
        "“%(name)s” contains scripts, attached files or other active content, which we do not accept "
        "for safety. Please save it again as a plain PDF, or send photos of the pages."
    ),
    "pdf_unreadable": _(
        "“%(name)s” could not be checked: it may be password-protected or damaged. "
        "Please remove the password, or send photos of the pages."
    ),
}


def _refuse(code, name, **params):
    return ValidationError(_MESSAGES[code], code=code, params={"name": name or _("unnamed file"), **params})


def validate_upload_count(files, policy=None):
    policy = policy or UploadPolicy.from_settings()
    count = len(files) if hasattr(files, "__len__") else len(list(files or ()))
    if count > policy.max_files:
        raise ValidationError(
            ngettext_lazy(
                "You can attach at most %(max)d file.", "You can attach at most %(max)d files.", "max"
            ),
            code="too_many_files",
            params={"max": policy.max_files},
        )


def process_upload(uploaded_file, policy=None):
    policy = policy or UploadPolicy.from_settings()
    clean_name = _clean_basename(getattr(uploaded_file, "name", "") or "")
    name = _shorten(clean_name)

    declared_size = getattr(uploaded_file, "size", None)
    if declared_size is not None and declared_size > policy.max_bytes:
        raise _refuse("too_large", name, max=filesizeformat(policy.max_bytes))
    # The declared size can lie (or be missing), so the read itself is bounded too.
    data = _read_at_most(uploaded_file, policy.max_bytes + 1)
    if not data:
        raise _refuse("empty", name)
    if len(data) > policy.max_bytes:
        raise _refuse("too_large", name, max=filesizeformat(policy.max_bytes))

    detected = _detect(data)
    if detected is None:
        raise _refuse("type_not_allowed", name)
    # A trailing dot or space is ignored by Windows, so "report.pdf." still claims to be a PDF.
    claimed_kind = _EXTENSION_KINDS.get(os.path.splitext(clean_name.rstrip(". "))[1].lower())
    if claimed_kind is not None and claimed_kind != detected.kind:
        raise _refuse("type_mismatch", name)

    stored_format = detected
    if detected.kind == "image":
        content, stored_format = _reencode_image(data, detected, policy, name)
    elif detected.kind == "pdf":
        _check_pdf(data, name)
        content = _pdf_without_metadata(data, name)
    elif detected is _WAV:
        content = _wav_without_metadata(data)
    elif detected in (_M4A, _3GP):
        content = _iso_without_metadata(data)
    else:
        content = _audio_without_tags(data, detected)

    return ProcessedFile(
        content=content,
        kind=stored_format.kind,
        content_type=stored_format.content_type,
        extension=stored_format.extension,
        size=len(content),
        original_size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        original_name=name,
    )


def _read_at_most(uploaded_file, limit):
    # A form validator may already have read part of the file.
    with contextlib.suppress(AttributeError, OSError, ValueError):
        uploaded_file.seek(0)
    parts = []
    remaining = limit
    while remaining > 0:
        chunk = uploaded_file.read(min(remaining, _READ_CHUNK))
        if not chunk:
            break
        parts.append(chunk)
        remaining -= len(chunk)
    return b"".join(parts)


def _clean_basename(name):
    name = unicodedata.normalize("NFC", str(name))
    # Control and format characters include NUL, terminal escapes and the right-to-left override that
    # makes "photo\u202egpj.exe" display as "photoexe.jpg".
    name = "".join(_display_character(ch) for ch in name)
    name = " ".join(name.replace("\\", "/").rsplit("/", 1)[-1].split())
    return "" if name in (".", "..") else name


def _display_character(character):
    category = unicodedata.category(character)
    if category[0] == "C" or category in ("Zl", "Zp"):
        return ""
    return " " if category == "Zs" else character


def _shorten(name):
    if len(name) <= DISPLAY_NAME_MAX_LENGTH:
        return name
    stem, extension = os.path.splitext(name)
    if 1 < len(extension) <= 10:
        return stem[: DISPLAY_NAME_MAX_LENGTH - len(extension)].rstrip() + extension
    return name[:DISPLAY_NAME_MAX_LENGTH]


# Type detection ------------------------------------------------------------------------------------

_EXECUTABLE_MAGIC = (
    b"MZ",  # Windows and DOS
    b"\x7fELF",
    b"\xfe\xed\xfa\xce",  # Mach-O, both byte orders and word sizes, and fat binaries
    b"\xfe\xed\xfa\xcf",
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",
)
# WHATWG's HTML sniffing patterns plus SVG and XML: anything a browser might render and run scripts in.
_MARKUP_START = re.compile(
    r"<(?:\?xml|!doctype|!--|(?:html|head|body|script|iframe|svg|h1|div|font|table|a|style|title|b|br|p)[\s>/])"
)
_HEIF_BRANDS = frozenset({"heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "mif2", "msf1"})
_AVIF_BRANDS = frozenset({"avif", "avis"})
# Chapter titles and hint tracks are harmless; any picture track makes the file a video.
_AUDIO_ONLY_HANDLERS = frozenset({"soun", "text", "meta", "hint"})


def _detect(data):
    if _is_executable_or_markup(data):
        return None
    if data[4:8] == b"ftyp":
        return _detect_iso_media(data)
    if data.startswith(b"#!AMR-WB\n"):  # filetype knows only narrow-band AMR
        return _AMR_WB
    guess = filetype.guess(data)
    mime = guess.mime if guess else None
    if mime == "image/jpeg":
        return _JPEG
    if mime in ("image/png", "image/apng"):
        return _PNG
    if mime == "image/webp":
        return _WEBP
    if mime == "application/pdf":
        # filetype skips a byte-order mark; real PDF writers never emit one.
        return _PDF if data.startswith(b"%PDF-") else None
    if mime == "audio/ogg":
        return _detect_ogg(data)
    if mime == "audio/x-wav":
        return _WAV if _has_wav_format_chunk(data) else None
    if mime == "audio/amr":
        return _AMR
    if data.startswith(b"ID3") or data[:1] == b"\xff":
        # filetype knows only some MPEG frame headers and takes any two bytes FF F1 for AAC.
        return _detect_mpeg_audio(data)
    return None


def _is_executable_or_markup(data):
    if data.startswith(_EXECUTABLE_MAGIC):
        return True
    if data.startswith(b"#!") and not data.startswith(b"#!AMR"):
        return True
    head = data[:1024]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="ignore")
    else:
        text = head.removeprefix(b"\xef\xbb\xbf").decode("latin-1")
    return bool(_MARKUP_START.match(text.lstrip(" \t\r\n\f\v\x00\ufeff").lower()))


def _detect_iso_media(data):
    ftyp_end = min(max(int.from_bytes(data[0:4]), 16), 4096, len(data))
    major_brand = data[8:12].decode("latin-1")
    # After the major brand comes a minor version number, then the compatible brands.
    brands = {major_brand} | {data[i : i + 4].decode("latin-1") for i in range(16, ftyp_end - 3, 4)}
    if brands & _AVIF_BRANDS:
        return None
    if brands & _HEIF_BRANDS:
        return _HEIC if HEIF_SUPPORTED else None
    # An MP4 container may hold a video, which we do not accept (too large, and it shows faces and
    # places). Rather than trust the brand or the name, look at what the tracks actually carry.
    handlers = _iso_track_handlers(data)
    if "soun" not in handlers or not handlers <= _AUDIO_ONLY_HANDLERS:
        return None
    return _3GP if major_brand.startswith("3g") else _M4A


def _iso_boxes(data, start, end):
    position = start
    while position + 8 <= end:
        size = int.from_bytes(data[position : position + 4])
        box_type = data[position + 4 : position + 8]
        header = 8
        if size == 1:
            size = int.from_bytes(data[position + 8 : position + 16])
            header = 16
        elif size == 0:
            size = end - position
        if size < header or position + size > end:
            return
        yield box_type, position + header, position + size
        position += size


def _iso_is_complete(data):
    last_end = 0
    for _box_type, _start, box_end in _iso_boxes(data, 0, len(data)):
        last_end = box_end
    return last_end == len(data)


def _iso_track_handlers(data):
    handlers = set()
    for moov_type, moov_start, moov_end in _iso_boxes(data, 0, len(data)):
        if moov_type != b"moov":
            continue
        for trak_type, trak_start, trak_end in _iso_boxes(data, moov_start, moov_end):
            if trak_type != b"trak":
                continue
            for mdia_type, mdia_start, mdia_end in _iso_boxes(data, trak_start, trak_end):
                if mdia_type != b"mdia":
                    continue
                for hdlr_type, hdlr_start, hdlr_end in _iso_boxes(data, mdia_start, mdia_end):
                    # Version and flags, then a reserved word, then the handler type.
                    if hdlr_type == b"hdlr" and hdlr_end - hdlr_start >= 12:
                        handlers.add(data[hdlr_start + 8 : hdlr_start + 12].decode("latin-1"))
    return handlers


def _detect_ogg(data):
    # The first page must open a stream (version 0, "beginning of stream" flag) whose first packet
    # names the codec; Ogg also carries video (Theora), which is refused.
    if len(data) < 28 or data[4] != 0 or not data[5] & 0x02:
        return None
    payload = data[27 + data[26] :]
    if payload.startswith(b"OpusHead"):
        return _OPUS
    if payload.startswith(b"\x01vorbis"):
        return _VORBIS
    return None


def _has_wav_format_chunk(data):
    position = 12
    for _chunk in range(64):
        if position + 8 > len(data):
            return False
        chunk_id = data[position : position + 4]
        size = int.from_bytes(data[position + 4 : position + 8], "little")
        if chunk_id == b"fmt ":
            return size >= 16
        position += 8 + size + (size & 1)
    return False


def _detect_mpeg_audio(data):
    position = 0
    while data.startswith(b"ID3", position) and len(data) >= position + 10:
        tag_size = 0
        for byte in data[position + 6 : position + 10]:  # "synchsafe": 7 bits per byte
            tag_size = (tag_size << 7) | (byte & 0x7F)
        footer = 10 if data[position + 5] & 0x10 else 0
        position += 10 + tag_size + footer
    while position < len(data) and data[position] == 0:  # padding some taggers leave after the tag
        position += 1
    header = data[position : position + 7]
    if len(header) < 4 or header[0] != 0xFF:
        return None
    if (header[1] & 0xE0 == 0xE0 and (header[1] >> 3) & 3 != 1 and (header[1] >> 1) & 3 != 0
            and header[2] >> 4 != 0xF and (header[2] >> 2) & 3 != 3):  # fmt: skip
        return _MP3
    if len(header) == 7 and header[1] & 0xF6 == 0xF0 and (header[2] >> 2) & 0xF < 13:
        # ADTS (AAC): the frame length is in the header, so check that another frame follows.
        frame_length = ((header[3] & 0x03) << 11) | (header[4] << 3) | (header[5] >> 5)
        following = data[position + frame_length : position + frame_length + 2]
        if frame_length >= 7 and (not following or (following[0] == 0xFF and following[1] & 0xF6 == 0xF0)):
            return _AAC
    return None


# Boxes of an MP4/3GP file that hold what the recorder wrote about itself, the time and the place.
_ISO_METADATA_BOXES = (b"udta", b"meta", b"uuid")


def _iso_without_metadata(data):
    """The recording with every udta, meta and uuid box (at the top, in moov and in each track)
    turned into a "free" box of the same size filled with zeros. Nothing moves, so the sample
    offsets in the tracks still point at the sound."""
    cleaned = bytearray(data)

    def blank(start, end, depth):
        for box_type, body_start, box_end in _iso_boxes(data, start, end):
            if box_type in _ISO_METADATA_BOXES:
                # The type sits just before the body, or before a 64-bit size (a 16-byte header).
                type_at = body_start - 4 if data[body_start - 4 : body_start] == box_type else body_start - 12
                cleaned[type_at : type_at + 4] = b"free"
                cleaned[body_start:box_end] = bytes(box_end - body_start)
            elif box_type in (b"moov", b"trak") and depth < 2:
                blank(body_start, box_end, depth + 1)

    blank(0, len(data), 0)
    rebuilt = bytes(cleaned)
    return rebuilt if _detect(rebuilt) == _detect(data) else data


# What a WAV file needs to be played: its format, the sample count of compressed formats, the sound.
_WAV_KEPT_CHUNKS = (b"fmt ", b"fact", b"data")


def _wav_without_metadata(data):
    """The WAV file rebuilt from its format, fact and data chunks only; every other chunk (LIST
    INFO with artist, date, software and comments, bext with the originator and time, iXML, XMP,
    ID3) is left out. A file that cannot be walked to its end is kept as it passed the checks."""
    kept = []
    position = 12
    while position + 8 <= len(data):
        chunk_id = data[position : position + 4]
        size = int.from_bytes(data[position + 4 : position + 8], "little")
        body = data[position + 8 : position + 8 + size]
        if chunk_id == b"data" and len(body) < size:
            # A recording cut short or written as a stream (size 0xFFFFFFFF): the sound that is there.
            size = len(body) - (len(body) & 1)
            body = body[:size]
        elif len(body) < size:
            return data
        if chunk_id in _WAV_KEPT_CHUNKS:
            kept.append(chunk_id + size.to_bytes(4, "little") + body + (b"\0" if size & 1 else b""))
        position += 8 + size + (size & 1)
    if not any(chunk.startswith(b"data") for chunk in kept):
        return data
    content = b"".join(kept)
    rebuilt = b"RIFF" + (len(content) + 4).to_bytes(4, "little") + b"WAVE" + content
    return rebuilt if _detect(rebuilt) is _WAV else data


def _audio_without_tags(data, detected):
    """The recording without its tags where mutagen reads the container, else as it arrived."""
    buffer = io.BytesIO(data)
    try:
        recording = mutagen.File(buffer)
        if recording is None or recording.tags is None:
            return data
        buffer.seek(0)
        recording.delete(buffer)
    except Exception:  # mutagen raises many kinds of error on streams it cannot parse
        return data
    stripped = buffer.getvalue()
    # Removing the tags must leave the same kind of recording; if not, keep the checked original.
    return stripped if stripped and _detect(stripped) == detected else data


# Images --------------------------------------------------------------------------------------------


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


# PDF -----------------------------------------------------------------------------------------------

# Names that run code, start programs, carry other files or embed Flash or XFA forms (which run scripts).
# /JS and /JavaScript also cover an /OpenAction or /AA that runs JavaScript.
_PDF_FORBIDDEN_NAMES = frozenset(
    {b"JavaScript", b"JS", b"Launch", b"EmbeddedFile", b"EmbeddedFiles", b"RichMedia", b"XFA", b"GoToE"}
)
# The long ones are also searched for as plain bytes everywhere, even inside stream data, in case a
# viewer repairing a broken file reads objects where a well-formed file has none; the short ones
# would turn up by chance in image data.
_PDF_FORBIDDEN_BYTES = (b"/JavaScript", b"/Launch", b"/EmbeddedFile", b"/RichMedia", b"/GoToE")
_PDF_FILTER_NAMES = frozenset(
    {
        b"FlateDecode", b"Fl", b"ASCIIHexDecode", b"AHx", b"ASCII85Decode", b"A85", b"LZWDecode", b"LZW",
        b"RunLengthDecode", b"RL", b"CCITTFaxDecode", b"CCF", b"JBIG2Decode", b"DCTDecode", b"DCT",
        b"JPXDecode", b"Crypt",
    }
)  # fmt: skip
_PDF_TOKEN = re.compile(
    rb"[\x00\t\n\x0c\r ]*(?:"
    rb"(?P<comment>%[^\r\n]*)"
    rb"|(?P<string>\()"
    rb"|(?P<dict_open><<)"
    rb"|(?P<dict_close>>>)"
    rb"|(?P<hex><[^>]*>)"
    rb"|(?P<name>/[^\x00\t\n\x0c\r ()<>\[\]{}/%]*)"
    rb"|(?P<word>[^\x00\t\n\x0c\r ()<>\[\]{}/%]+)"
    rb"|(?P<other>[\[\]{}()<>]))"
)
_PDF_STRING_SPECIAL = re.compile(rb"[()\\]")
_PDF_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_PDF_ENDSTREAM = re.compile(rb"[\x00\t\n\x0c\r ]*endstream")


class _PdfUnreadable(Exception):
    pass


def _check_pdf(data, name):
    # A PDF cut off during upload lacks its end-of-file marker; writers may add a little after it.
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise _refuse("corrupt", name)
    try:
        found = _pdf_has_forbidden_name(data, [_PDF_MAX_INFLATED_BYTES], depth=0)
    except _PdfUnreadable:
        raise _refuse("pdf_unreadable", name) from None
    if found:
        raise _refuse("pdf_active_content", name)


def _pdf_without_metadata(data, name):
    """The PDF written anew from its objects, without document information, XMP or old revisions."""
    try:
        reader = PdfReader(io.BytesIO(data))
        writer = PdfWriter(clone_from=reader)
        writer.pdf_header = reader.pdf_header
        writer.metadata = None
        writer.xmp_metadata = None
        for page in writer.pages:
            for key in ("/Metadata", "/PieceInfo"):
                if key in page:
                    del page[key]
        # The metadata objects themselves would still be written, only no longer referenced.
        writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
        output = io.BytesIO()
        writer.write(output)
    except Exception:  # pypdf raises many kinds of error on a malformed file; each means unreadable
        raise _refuse("pdf_unreadable", name) from None
    content = output.getvalue()
    # What was written must pass the same checks as what arrived.
    _check_pdf(content, name)
    return content


def _pdf_has_forbidden_name(data, inflate_budget, depth):
    # A small tokenizer rather than a byte search: names may be written with #xx escapes, must not be
    # mistaken for text inside strings or bytes inside image streams, and may hide inside compressed
    # object streams. Stream data is skipped only after a dictionary, exactly as a viewer reads it, so
    # a "stream" keyword tucked into a string cannot hide the objects that follow it.
    if any(forbidden in data for forbidden in _PDF_FORBIDDEN_BYTES):
        return True
    position, end = 0, len(data)
    depth_in_dict = 0
    current_dict, last_dict = [], []
    after_top_level_dict = False
    while position < end:
        match = _PDF_TOKEN.match(data, position)
        if match is None:
            break  # only whitespace is left
        position = match.end()
        kind = match.lastgroup
        token = match.group(kind)
        if kind == "comment":
            continue  # viewers ignore comments, even between a dictionary and its "stream"
        just_closed = False
        if kind == "string":
            position = _pdf_skip_string(data, position)
        elif kind == "name":
            value = token[1:]
            if b"#" in value:
                value = _PDF_NAME_ESCAPE.sub(lambda escape: bytes([int(escape.group(1), 16)]), value)
            if value in _PDF_FORBIDDEN_NAMES:
                return True
            if depth_in_dict:
                current_dict.append(b"/" + value)
        elif kind == "dict_open":
            if depth_in_dict == 0:
                current_dict = []
            depth_in_dict += 1
        elif kind == "dict_close" and depth_in_dict:
            depth_in_dict -= 1
            if depth_in_dict == 0:
                last_dict, just_closed = current_dict, True
        elif kind == "word" and token == b"stream" and after_top_level_dict:
            stream_start = position
            if data.startswith(b"\r\n", position):
                stream_start += 2
            elif data.startswith((b"\n", b"\r"), position):
                stream_start += 1
            stream_end = _pdf_stream_end(data, stream_start, last_dict)
            if b"/ObjStm" in last_dict and _pdf_object_stream_has_forbidden_name(
                data[stream_start:stream_end], last_dict, inflate_budget, depth
            ):
                return True
            position = stream_end
        elif kind == "word" and depth_in_dict:
            current_dict.append(token)
        after_top_level_dict = just_closed
    return False


def _pdf_skip_string(data, position):
    nesting = 1
    while nesting:
        special = _PDF_STRING_SPECIAL.search(data, position)
        if special is None:
            return len(data)
        position = special.end()
        character = special.group()
        if character == b"\\":
            position += 1
        elif character == b"(":
            nesting += 1
        else:
            nesting -= 1
    return position


def _pdf_stream_end(data, stream_start, stream_dict):
    # Trust a direct /Length only when "endstream" really follows it, as viewers do; otherwise the
    # first "endstream" ends the data, which can only make us read more of the file, never less.
    if b"/Length" in stream_dict:
        index = stream_dict.index(b"/Length")
        following = stream_dict[index + 1 : index + 4]
        is_reference = len(following) == 3 and following[1].isdigit() and following[2] == b"R"
        if following and following[0].isdigit() and not is_reference:
            candidate = stream_start + int(following[0])
            if _PDF_ENDSTREAM.match(data, candidate):
                return candidate
    found = data.find(b"endstream", stream_start)
    return len(data) if found == -1 else found


def _pdf_object_stream_has_forbidden_name(raw, stream_dict, inflate_budget, depth):
    filters = {token[1:] for token in stream_dict if token[:1] == b"/" and token[1:] in _PDF_FILTER_NAMES}
    if depth >= 2 or b"/DecodeParms" in stream_dict or b"/DP" in stream_dict:
        raise _PdfUnreadable
    if not filters:
        return _pdf_has_forbidden_name(raw, inflate_budget, depth + 1)
    if filters - {b"FlateDecode", b"Fl"}:
        raise _PdfUnreadable  # encrypted or exotically encoded: we cannot see what it contains
    try:
        inflated = zlib.decompressobj().decompress(raw, inflate_budget[0] + 1)
    except zlib.error:
        raise _PdfUnreadable from None  # encrypted object streams fail here
    if len(inflated) > inflate_budget[0]:
        raise _PdfUnreadable
    inflate_budget[0] -= len(inflated)
    return _pdf_has_forbidden_name(inflated, inflate_budget, depth + 1)

"""Strict checking and privacy-preserving clean-up of files that workers attach to grievances."""

# Every accepted file is identified from its bytes, never from its name or the browser's content type.
# Images are decoded and re-encoded from bare pixels, which drops EXIF (GPS, phone make and model), XMP,
# comments and ICC profiles: a photo must not be able to place a worker at their house or identify
# their phone. PDFs are admitted only after structural checks and are then written anew from their
# parsed objects without the document information (author, creator, producer, title), XMP metadata
# and earlier revisions — a letter typed in Word carries its author's name — and without active
# content (scripts, actions, embedded files, media, XFA), which is removed rather than refused: a
# payslip from a company's software often carries a form script. What is written is scanned again
# and refused if anything active is still found. Audio loses its tags
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
# corrupt, pdf_active_content, pdf_unreadable, pdf_too_large, images_too_large_together, metadata_left.
#
# Each kind of file has its own module (detection, images, pdf, audio); refusals holds the messages
# they share. Only this module is imported by the rest of the project.

import contextlib
import hashlib
import os
import secrets
import unicodedata
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import ngettext_lazy

from grievances.conf import SETTINGS, conf

from .audio import _audio_without_tags, _iso_without_metadata, _mpeg_without_tags, _wav_without_metadata
from .detection import _3GP, _AAC, _M4A, _MP3, _WAV, HEIF_SUPPORTED, _detect
from .images import _image_pixels, _reencode_image
from .pdf import _check_pdf, _pdf_without_active_content
from .refusals import _refuse
from .scan import MARKERS, metadata_markers

__all__ = [
    "DISPLAY_NAME_MAX_LENGTH",
    "HEIF_SUPPORTED",
    "MARKERS",
    "ProcessedFile",
    "UploadPolicy",
    "check_before_decoding",
    "process_upload",
    "validate_upload_count",
]

DISPLAY_NAME_MAX_LENGTH = 100

_READ_CHUNK = 64 * 1024


@dataclass(frozen=True)
class UploadPolicy:
    max_files: int = SETTINGS["GRIEVANCE_UPLOAD_MAX_FILES"].default
    max_bytes: int = SETTINGS["GRIEVANCE_UPLOAD_MAX_BYTES"].default
    # Well under Pillow's own bomb limit: a 40 MP RGB image already needs 120 MB to decode.
    max_pixels: int = 40_000_000
    # All the pictures of one report or message together: five ordinary phone photos pass, five
    # 40-megapixel images (several seconds of a worker's time) are refused before any is decoded.
    max_total_pixels: int = 100_000_000
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


_EXTENSION_KINDS = {
    **dict.fromkeys((".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".heic", ".heif", ".hif"), "image"),
    ".pdf": "pdf",
    **dict.fromkeys(
        (".ogg", ".oga", ".opus", ".m4a", ".aac", ".mp3", ".amr", ".awb", ".wav", ".3gp", ".3ga"), "audio"
    ),
}


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


def check_before_decoding(files, policy=None):
    """Refuse, before anything is decoded, what the headers already show is too much: the number of
    files, a file's size, a picture's pixels, the pixels of all pictures together."""
    policy = policy or UploadPolicy.from_settings()
    validate_upload_count(files, policy)
    errors, total_pixels = [], 0
    for uploaded_file in files:
        name = _shorten(_clean_basename(getattr(uploaded_file, "name", "") or ""))
        declared_size = getattr(uploaded_file, "size", None)
        if declared_size is not None and declared_size > policy.max_bytes:
            errors.append(_refuse("too_large", name, max=filesizeformat(policy.max_bytes)))
            continue
        data = _read_at_most(uploaded_file, policy.max_bytes + 1)
        detected = _detect(data) if data else None
        if detected is None or detected.kind != "image":
            continue  # refused or checked when it is processed
        pixels = _image_pixels(data, detected)
        if pixels is None:
            continue
        if pixels > policy.max_pixels:
            errors.append(_refuse("image_too_large", name, max=policy.max_pixels // 1_000_000))
        total_pixels += pixels
    if not errors and total_pixels > policy.max_total_pixels:
        errors.append(_refuse("images_too_large_together", "", max=policy.max_total_pixels // 1_000_000))
    if errors:
        raise ValidationError([message for error in errors for message in error.messages])


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
        content = _pdf_without_active_content(data, name)
    elif detected is _WAV:
        content = _wav_without_metadata(data)
    elif detected in (_M4A, _3GP):
        content = _iso_without_metadata(data)
    elif detected in (_MP3, _AAC):
        content = _mpeg_without_tags(data)
    else:
        content = _audio_without_tags(data, detected)
    # Clean by construction: whatever the cleaning above missed, the file is not stored with it.
    markers = metadata_markers(content, stored_format)
    if "pdf_action" in markers:
        raise _refuse("pdf_active_content", name)
    if markers:
        raise _refuse("metadata_left", name)

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

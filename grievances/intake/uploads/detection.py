"""Identifying an uploaded file from its bytes alone, and refusing executables and markup."""

import re
from dataclasses import dataclass

import filetype

try:
    from pillow_heif import register_heif_opener
except ImportError:  # without the plugin HEIC photos are refused as an unknown type instead of crashing
    register_heif_opener = None

# HEIC is accepted only where it can be decoded; images.py registers the opener with Pillow.
HEIF_SUPPORTED = register_heif_opener is not None


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

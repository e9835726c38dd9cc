"""The last check before a file is stored: does anything that identifies a person or a device remain?

Run on every file after it was cleaned; a file in which a marker is still found is refused
("metadata_left"), never stored. The markers it knows are listed in MARKERS.
"""

import io

import pikepdf

from .detection import _3GP, _AAC, _JPEG, _M4A, _MP3, _PNG, _WAV, _WEBP, _iso_boxes

MARKERS = {
    "exif": "EXIF block (camera, time, GPS position): JPEG APP1 “Exif”, PNG eXIf, WebP EXIF, anywhere",
    "xmp": "XMP packet (<x:xmpmeta, <?xpacket, the XMP namespace), anywhere; PDF /Metadata streams",
    "iptc": "IPTC/Photoshop block (JPEG APP13 “Photoshop 3.0”, 8BIM resources), anywhere",
    "jpeg_comment": "JPEG COM comment segment",
    "png_text": "PNG tEXt, zTXt and iTXt chunks",
    "id3v2": "ID3v2 tag at the start or (with its 3DI footer) at the end of an MP3 or AAC file",
    "id3v1": "ID3v1 tag (“TAG”) in the last 128 bytes of an MP3 or AAC file",
    "ape": "APEv2/APEv1 tag (APETAGEX), anywhere in an audio file",
    "riff_info": "RIFF LIST/INFO, bext, iXML, id3 and _PMX chunks of a WAV file",
    "mp4_udta": "MP4/3GP udta, meta and uuid boxes (top level, in moov, in each track)",
    "pdf_info": "PDF document information dictionary (/Info: author, creator, producer, title)",
    "pdf_metadata": "PDF /Metadata and /PieceInfo on any object",
    "pdf_action": "PDF /OpenAction, /AA, JavaScript, /URI, /SubmitForm, /Launch, /GoToR, /GoToE, /ImportData "
    "and media actions, XFA, embedded files, file attachment, RichMedia, 3D, movie, sound and screen "
    "annotations",
}

_EXIF = b"Exif\x00\x00"
_XMP = (b"<x:xmpmeta", b"<?xpacket", b"http://ns.adobe.com/xap/1.0/")
_IPTC = (b"Photoshop 3.0\x00", b"8BIM\x04\x04")
_RIFF_METADATA_CHUNKS = (b"LIST", b"bext", b"iXML", b"id3 ", b"ID3 ", b"_PMX")
_ISO_METADATA = (b"udta", b"meta", b"uuid")
_PDF_ACTION_KEYS = (
    "/OpenAction", "/AA", "/JS", "/JavaScript", "/EmbeddedFiles", "/EmbeddedFile", "/EF", "/XFA",
    "/RichMediaContent", "/3DD",
)  # fmt: skip
_PDF_ALLOWED_ACTIONS = (pikepdf.Name.GoTo,)
# Actions that run a script, open a file, a program or an address, send or read form data, or play
# media, wherever they are (pdf.py makes every one it finds harmless).
PDF_UNSAFE_ACTIONS = frozenset(
    pikepdf.Name(name)
    for name in (
        "/JavaScript", "/Launch", "/URI", "/SubmitForm", "/ImportData", "/GoToR", "/GoToE", "/GoTo3DView",
        "/Rendition", "/Movie", "/Sound", "/RichMediaExecute", "/Thread",
    )
)  # fmt: skip
# Annotations that carry a file or play media (pdf.py takes them off their page).
PDF_UNSAFE_ANNOTATIONS = frozenset(
    pikepdf.Name(name) for name in ("/FileAttachment", "/RichMedia", "/3D", "/Movie", "/Sound", "/Screen")
)
# Every stream decoded, all together; pdf.py refuses a document whose streams need more.
PDF_MAX_SCANNED_BYTES = 32 * 1024 * 1024


def metadata_markers(content, stored_format):
    """The names (keys of MARKERS) of the markers found in a cleaned file; empty when clean."""
    found = set(_anywhere(content))
    if stored_format is _JPEG:
        found |= _jpeg_markers(content)
    elif stored_format is _PNG:
        found |= _png_markers(content)
    elif stored_format is _WEBP:
        found |= _riff_chunks(content, {b"EXIF": "exif", b"XMP ": "xmp"})
    elif stored_format.kind == "pdf":
        found |= _pdf_markers(content)
    if stored_format.kind == "audio":
        found |= _audio_markers(content, stored_format)
    return sorted(found)


def _anywhere(data):
    if _EXIF in data:
        yield "exif"
    if any(marker in data for marker in _XMP):
        yield "xmp"
    if any(marker in data for marker in _IPTC):
        yield "iptc"


def _jpeg_markers(data):
    found, position = set(), 2
    while position + 4 <= len(data) and data[position] == 0xFF:
        marker = data[position + 1]
        if marker == 0xDA:  # start of scan: no more segments with metadata before the pixels
            break
        length = int.from_bytes(data[position + 2 : position + 4])
        body = data[position + 4 : position + 2 + length]
        if marker == 0xE1:
            found.add("xmp" if body.startswith(b"http://ns.adobe.com") else "exif")
        elif marker == 0xED:
            found.add("iptc")
        elif marker == 0xFE:
            found.add("jpeg_comment")
        position += 2 + length
    return found


def _png_markers(data):
    found, position = set(), 8
    while position + 8 <= len(data):
        length = int.from_bytes(data[position : position + 4])
        chunk = data[position + 4 : position + 8]
        if chunk == b"eXIf":
            found.add("exif")
        elif chunk in (b"tEXt", b"zTXt", b"iTXt"):
            found.add("png_text")
        position += 12 + length
    return found


def _riff_chunks(data, wanted):
    found, position = set(), 12
    while position + 8 <= len(data):
        chunk = data[position : position + 4]
        size = int.from_bytes(data[position + 4 : position + 8], "little")
        if chunk in wanted:
            found.add(wanted[chunk])
        position += 8 + size + (size & 1)
    return found


def _audio_markers(data, stored_format):
    found = set()
    if b"APETAGEX" in data:
        found.add("ape")
    if stored_format in (_MP3, _AAC):
        if data.startswith(b"ID3") or data[-10:-7] == b"3DI":
            found.add("id3v2")
        if len(data) >= 128 and data[-128:-125] == b"TAG" and data[-131:-128] != b"APE":
            found.add("id3v1")
    elif stored_format is _WAV:
        found |= _riff_chunks(data, dict.fromkeys(_RIFF_METADATA_CHUNKS, "riff_info"))
    elif stored_format in (_M4A, _3GP):
        found |= _iso_markers(data)
    return found


def _iso_markers(data):
    found = set()

    def walk(start, end, depth):
        for box_type, body_start, box_end in _iso_boxes(data, start, end):
            if box_type in _ISO_METADATA:
                found.add("mp4_udta")
            elif box_type in (b"moov", b"trak") and depth < 2:
                walk(body_start, box_end, depth + 1)

    walk(0, len(data), 0)
    return found


def _pdf_markers(data):
    found = set()
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            if "/Info" in pdf.trailer:
                found.add("pdf_info")
            budget = [PDF_MAX_SCANNED_BYTES]
            for obj in pdf.objects:
                found |= _pdf_object_markers(obj, budget)
    except pikepdf.PdfError:
        found.add("pdf_info")  # what cannot be read cannot be shown to be clean
    return found


def _pdf_object_markers(obj, budget):
    found = set()
    if isinstance(obj, pikepdf.Stream):
        try:
            content = obj.read_bytes()  # inflated; images stay as they are encoded (JPEG, JPEG 2000)
        except pikepdf.PdfError:
            content = obj.read_raw_bytes()
        budget[0] -= len(content)
        if budget[0] < 0:
            return {"pdf_metadata"}
        found |= set(_anywhere(content))
        if obj.get("/Filter") == pikepdf.Name.DCTDecode:
            found |= _jpeg_markers(content)
    for key, value in _pdf_items(obj):
        if key in ("/Metadata", "/PieceInfo"):
            found.add("pdf_metadata")
        elif _pdf_is_action(key, value):
            found.add("pdf_action")
    return found


def _pdf_is_action(key, value):
    if key in _PDF_ACTION_KEYS:
        return True
    if key == "/URI":  # the catalogue's base address; an action's own /URI is caught by its /S
        return not isinstance(value, pikepdf.String)
    if key == "/A":
        return isinstance(value, pikepdf.Dictionary) and value.get("/S") not in _PDF_ALLOWED_ACTIONS
    if key == "/Subtype":
        return value in PDF_UNSAFE_ANNOTATIONS
    return key == "/S" and value in PDF_UNSAFE_ACTIONS


def _pdf_items(obj, depth=0):
    """Every key and value of a dictionary (or stream dictionary) and of the direct objects in it."""
    if depth > 8:
        return
    if isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
        for key in list(obj.keys()):
            value = obj.get(key)
            yield key, value
            if isinstance(value, (pikepdf.Dictionary, pikepdf.Array)) and not value.is_indirect:
                yield from _pdf_items(value, depth + 1)
    elif isinstance(obj, pikepdf.Array):
        for value in obj:
            if isinstance(value, (pikepdf.Dictionary, pikepdf.Array)) and not value.is_indirect:
                yield from _pdf_items(value, depth + 1)

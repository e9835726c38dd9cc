"""Structural checks of PDF documents, and rewriting them without metadata, active content or earlier revisions.

Three steps, in this order. Before qpdf (pikepdf) reads a byte, a small tokenizer checks that the file is
a whole PDF and that its compressed object streams are readable and inflate within a limit. Once opened,
no stream is decoded before the size of all of them decoded together is known to fit the limit the
scan reads within (an inflation bomb is refused before it costs memory). Then the document is written
anew without what could act or leak: document information, XMP, scripts, actions other than going to a
page of the same document, embedded files, attachment and media annotations, XFA forms. What a worker
sees (pages, text, pictures, the values typed into a form) stays. The written file is scanned again,
strictly: a file in which anything active is still found is refused, never stored.
"""

import base64
import binascii
import io
import re
import zlib

import pikepdf

from .refusals import _refuse
from .scan import PDF_MAX_SCANNED_BYTES, PDF_UNSAFE_ACTIONS, PDF_UNSAFE_ANNOTATIONS

# Inflating compressed PDF object streams is where a small file can cost a lot of memory and time.
_PDF_MAX_INFLATED_BYTES = 8 * 1024 * 1024
# Every stream decoded, all together: the scan of the stored file reads no more than this, so a
# document that needs more could not be shown to be clean anyway.
_PDF_MAX_DECODED_BYTES = PDF_MAX_SCANNED_BYTES

# Names of what runs code, starts programs, opens addresses or other files, sends form data, carries
# files or plays media, and of XFA forms (which run scripts). None may be left in a stored file.
_PDF_ACTIVE_NAMES = frozenset(
    {
        b"JavaScript", b"JS", b"OpenAction", b"AA", b"Launch", b"URI", b"SubmitForm", b"ImportData",
        b"GoToR", b"GoToE", b"EmbeddedFile", b"EmbeddedFiles", b"FileAttachment", b"RichMedia", b"3D",
        b"Movie", b"Sound", b"Rendition", b"XFA",
    }
)  # fmt: skip
# The long ones are also searched for as plain bytes everywhere, even inside stream data (a JPEG's
# data is stored as it came), in case a viewer repairing a broken file reads objects where a
# well-formed file has none; the short ones would turn up by chance in image data.
_PDF_ACTIVE_BYTES = (
    b"/JavaScript", b"/OpenAction", b"/Launch", b"/SubmitForm", b"/ImportData", b"/EmbeddedFile",
    b"/FileAttachment", b"/RichMedia", b"/GoToE", b"/GoToR",
)  # fmt: skip
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
    """Refuse, before qpdf reads it, a PDF that is cut off or whose object streams cannot be read
    within the limit. What it contains is not judged here: the cleaning removes it."""
    _check_pdf_is_whole(data, name)
    try:
        _pdf_has_name(data, frozenset(), (), [_PDF_MAX_INFLATED_BYTES], depth=0)
    except _PdfUnreadable:
        raise _refuse("pdf_unreadable", name) from None


def _check_pdf_is_whole(data, name):
    # A PDF cut off during upload lacks its end-of-file marker; writers may add a little after it.
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise _refuse("corrupt", name)


def _pdf_active_content_left(content):
    """Whether the strict scan finds anything active in a written PDF: a name of _PDF_ACTIVE_NAMES
    anywhere outside strings and stream data, or one of _PDF_ACTIVE_BYTES anywhere at all."""
    try:
        return _pdf_has_name(
            content, _PDF_ACTIVE_NAMES, _PDF_ACTIVE_BYTES, [_PDF_MAX_INFLATED_BYTES], depth=0
        )
    except _PdfUnreadable:
        return True  # what cannot be read cannot be shown to be clean


def _pdf_without_active_content(data, name):
    """The PDF written anew by qpdf (pikepdf) from the objects it reaches, without what could act or
    leak (see _remove_active_content) and without earlier revisions; refused when its streams decode
    to more than the limit, when qpdf cannot read it, or when the strict scan of what was written
    still finds active content."""
    output = io.BytesIO()
    fits = True
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            fits = _pdf_streams_fit(pdf, _PDF_MAX_DECODED_BYTES)
            if fits:
                _remove_active_content(pdf)
                # Without object streams every object is plain text to the strict scan.
                pdf.save(
                    output,
                    object_stream_mode=pikepdf.ObjectStreamMode.disable,
                    fix_metadata_version=False,
                    deterministic_id=True,
                )
    except Exception:  # qpdf raises many kinds of error on a malformed file; each means unreadable
        raise _refuse("pdf_unreadable", name) from None
    if not fits:
        raise _refuse("pdf_too_large", name, max=_megabytes(_PDF_MAX_DECODED_BYTES))
    content = output.getvalue()
    _check_pdf_is_whole(content, name)
    if _pdf_active_content_left(content):
        raise _refuse("pdf_active_content", name)
    return content


def _megabytes(size):
    return f"{size // (1024 * 1024)} MB"


# Keys removed wherever they are: metadata, scripts, the actions a document runs on its own (on
# opening, closing, printing, a page or field coming into view, a keystroke in a form field), the
# base address of links, embedded and related files, portfolios, XFA forms and media playlists.
_PDF_REMOVED_KEYS = (
    "/Metadata", "/PieceInfo", "/OpenAction", "/AA", "/JS", "/JavaScript", "/URI", "/EmbeddedFiles",
    "/EF", "/RF", "/AF", "/Collection", "/XFA", "/NeedsRendering", "/Renditions", "/AlternatePresentations",
)  # fmt: skip
# Direct objects nested deeper than this are not visited; anything left in them is found by the
# strict scan and the file is refused.
_PDF_MAX_DEPTH = 8


def _remove_active_content(pdf):
    """No document information, no XMP or PieceInfo on any object, no action other than going to a
    page of the same document (such links and bookmarks keep working), no JavaScript (document,
    page, annotation or form-field scripts), no embedded files and no file attachment or media
    annotations, no XFA form (the form's ordinary fields and the values typed into them stay), and
    embedded JPEG images without their EXIF/GPS, XMP, IPTC or comments."""
    if "/Info" in pdf.trailer:
        del pdf.trailer["/Info"]
    for page in pdf.pages:
        annotations = page.obj.get("/Annots")
        if isinstance(annotations, pikepdf.Array):
            page.obj.Annots = pikepdf.Array(
                [annotation for annotation in annotations if not _is_unsafe_annotation(annotation)]
            )
    for obj in list(pdf.objects):
        _strip_pdf_object(obj, 0)
        if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == pikepdf.Name.Image:
            _clean_pdf_jpeg(obj)


def _is_unsafe_annotation(obj):
    return (
        isinstance(obj, pikepdf.Dictionary)
        and obj.get("/Subtype") in PDF_UNSAFE_ANNOTATIONS
        and obj.get("/Type", pikepdf.Name.Annot) == pikepdf.Name.Annot
    )


def _strip_pdf_object(obj, depth):
    """A link, bookmark or form field (/A) keeps only an action going to a page of the same document;
    an action of a kind the scan calls unsafe found anywhere else (a /Next chain, a shared object)
    is made harmless, and so is an attachment or media annotation still reachable from elsewhere."""
    if depth > _PDF_MAX_DEPTH:
        return
    if isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
        for key in _PDF_REMOVED_KEYS:
            if key in obj:
                del obj[key]
        action = obj.get("/A")
        if isinstance(action, pikepdf.Dictionary) and action.get("/S") != pikepdf.Name.GoTo:
            del obj["/A"]
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/S") in PDF_UNSAFE_ACTIONS:
            _neutralise(obj, S=pikepdf.Name.GoTo, D=pikepdf.Array())
        elif _is_unsafe_annotation(obj):
            # Kept as an empty, hidden note: a structure tree or a pop-up may still point to it.
            _neutralise(obj, Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Square, Rect=[0, 0, 0, 0], F=2)
        children = [obj.get(key) for key in list(obj.keys())]
    elif isinstance(obj, pikepdf.Array):
        children = list(obj)
    else:
        return
    for child in children:
        if isinstance(child, (pikepdf.Dictionary, pikepdf.Array)) and not child.is_indirect:
            _strip_pdf_object(child, depth + 1)


def _neutralise(obj, **kept):
    for key in list(obj.keys()):
        del obj[key]
    for key, value in kept.items():
        obj[f"/{key}"] = value


# JPEG segments kept in an embedded image: the frame, tables, scan, restart markers, JFIF (APP0) and
# Adobe's colour transform (APP14); every other application segment and comment is dropped.
_JPEG_KEPT_APP = (0xE0, 0xEE)


def _clean_pdf_jpeg(image):
    if image.get("/Filter") not in (pikepdf.Name.DCTDecode, pikepdf.Array([pikepdf.Name.DCTDecode])):
        return
    raw = image.read_raw_bytes()
    cleaned = _jpeg_without_metadata(raw)
    if cleaned != raw:
        image.write(cleaned, filter=pikepdf.Name.DCTDecode, decode_parms=image.get("/DecodeParms"))


def _jpeg_without_metadata(data):
    """The JPEG with its APP1–APP13, APP15 and COM segments left out; the pixels are not touched."""
    if not data.startswith(b"\xff\xd8"):
        return data
    kept, position = [data[:2]], 2
    while position + 4 <= len(data) and data[position] == 0xFF:
        marker = data[position + 1]
        if marker == 0xDA:
            kept.append(data[position:])
            return b"".join(kept)
        length = int.from_bytes(data[position + 2 : position + 4])
        segment = data[position : position + 2 + length]
        if not ((0xE1 <= marker <= 0xEF and marker not in _JPEG_KEPT_APP) or marker == 0xFE):
            kept.append(segment)
        position += 2 + length
    return data


# Decoded size of the streams ----------------------------------------------------------------------


def _pdf_streams_fit(pdf, limit):
    """Whether all streams, decoded as the scan reads them (qpdf's general filters undone: Flate,
    LZW, ASCII85, ASCIIHex; run-length and image codecs left as stored), come to at most `limit` bytes. Measured from each stream's stored bytes
    (already decrypted by qpdf) by our own bounded decoders, so that a bomb stops at the limit."""
    remaining = limit
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Stream):
            continue
        filters = obj.get("/Filter")
        if isinstance(filters, pikepdf.Name):
            filters = [filters]
        elif not isinstance(filters, pikepdf.Array):
            filters = []
        try:
            raw = obj.read_raw_bytes()
        except pikepdf.PdfError:
            continue  # qpdf cannot read it either: the scan will not decode it
        remaining -= _decoded_size(raw, [str(item) for item in filters], remaining)
        if remaining < 0:
            return False
    return True


def _decoded_size(data, filters, limit):
    """How many bytes `data` decodes to through `filters`, counted up to a little over `limit`.
    A filter that fails stops decoding there, as it stops qpdf."""
    for name in filters:
        decode = _DECODERS.get(name)
        if decode is None:
            break  # an image codec, or encryption: read as stored
        try:
            data = decode(data, limit)
        except (ValueError, zlib.error):
            break
        if len(data) > limit:
            break
    return len(data)


_INFLATE_STEP = 1024 * 1024


def _inflate(data, limit):
    # In steps, so that a stream that is damaged after a huge run of zeros is still counted.
    inflater, parts, size = zlib.decompressobj(), [], 0
    pending = data
    try:
        while pending and size <= limit:
            piece = inflater.decompress(pending, min(_INFLATE_STEP, limit + 1 - size))
            if not piece:
                break
            parts.append(piece)
            size += len(piece)
            pending = inflater.unconsumed_tail
    except zlib.error:
        pass
    return b"".join(parts)


def _ascii_hex(data, limit):
    digits = bytes(data.split(b">", 1)[0].translate(None, b"\x00\t\n\x0c\r "))
    return binascii.unhexlify(digits + b"0" * (len(digits) % 2))


def _ascii_85(data, limit):
    return base64.a85decode(data.split(b"~>", 1)[0], ignorechars=b"\x00\t\n\x0c\r ")


def _lzw(data, limit):
    table = [bytes([code]) for code in range(256)] + [b"", b""]
    output, width, buffer, buffered, previous = bytearray(), 9, 0, 0, b""
    for byte in data:
        buffer, buffered = (buffer << 8) | byte, buffered + 8
        while buffered >= width:
            buffered -= width
            code, buffer = buffer >> buffered, buffer & ((1 << buffered) - 1)
            if code == 256:
                del table[258:]
                width, previous = 9, b""
                continue
            if code == 257:
                return bytes(output)
            if code < len(table):
                entry = table[code]
                if previous:
                    table.append(previous + entry[:1])
            elif code == len(table) and previous:
                entry = previous + previous[:1]
                table.append(entry)
            else:
                raise ValueError("LZW code out of range")
            output += entry
            if len(output) > limit:
                return bytes(output)
            previous = entry
            # The PDF default (EarlyChange 1): codes widen one entry before the table needs it.
            if len(table) + 1 >= 1 << width and width < 12:
                width += 1
    return bytes(output)


_DECODERS = {
    **dict.fromkeys(("/FlateDecode", "/Fl"), _inflate),
    **dict.fromkeys(("/ASCIIHexDecode", "/AHx"), _ascii_hex),
    **dict.fromkeys(("/ASCII85Decode", "/A85"), _ascii_85),
    **dict.fromkeys(("/LZWDecode", "/LZW"), _lzw),
}


# The tokenizer ------------------------------------------------------------------------------------


def _pdf_has_name(data, names, raw_names, inflate_budget, depth):
    # A small tokenizer rather than a byte search: names may be written with #xx escapes, must not be
    # mistaken for text inside strings or bytes inside image streams, and may hide inside compressed
    # object streams. Stream data is skipped only after a dictionary, exactly as a viewer reads it, so
    # a "stream" keyword tucked into a string cannot hide the objects that follow it. With no names to
    # look for it still walks the whole file: object streams that cannot be read, or that inflate
    # beyond the budget, raise _PdfUnreadable.
    if any(raw_name in data for raw_name in raw_names):
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
            if value in names:
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
            if b"/ObjStm" in last_dict and _pdf_object_stream_has_name(
                data[stream_start:stream_end], last_dict, names, raw_names, inflate_budget, depth
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


def _pdf_object_stream_has_name(raw, stream_dict, names, raw_names, inflate_budget, depth):
    filters = {token[1:] for token in stream_dict if token[:1] == b"/" and token[1:] in _PDF_FILTER_NAMES}
    if depth >= 2 or b"/DecodeParms" in stream_dict or b"/DP" in stream_dict:
        raise _PdfUnreadable
    if not filters:
        return _pdf_has_name(raw, names, raw_names, inflate_budget, depth + 1)
    if filters - {b"FlateDecode", b"Fl"}:
        raise _PdfUnreadable  # encrypted or exotically encoded: we cannot see what it contains
    try:
        inflated = zlib.decompressobj().decompress(raw, inflate_budget[0] + 1)
    except zlib.error:
        raise _PdfUnreadable from None  # encrypted object streams fail here
    if len(inflated) > inflate_budget[0]:
        raise _PdfUnreadable
    inflate_budget[0] -= len(inflated)
    return _pdf_has_name(inflated, names, raw_names, inflate_budget, depth + 1)

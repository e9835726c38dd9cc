"""Structural checks of PDF documents and rewriting them without metadata or earlier revisions."""

import io
import re
import zlib

import pikepdf

from .refusals import _refuse

# Inflating compressed PDF object streams is where a small file can cost a lot of memory and time.
_PDF_MAX_INFLATED_BYTES = 8 * 1024 * 1024

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
    """The PDF written anew by qpdf (pikepdf) from the objects it reaches: no document information,
    no XMP or PieceInfo on any object, no action other than going to a page of the same document
    (open actions, additional actions, links to addresses, form submissions, launches, JavaScript
    and embedded files are removed), embedded JPEG images without their EXIF/GPS, XMP, IPTC or
    comments, and no earlier revision."""
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            if "/Info" in pdf.trailer:
                del pdf.trailer["/Info"]
            for obj in list(pdf.objects):
                _strip_pdf_object(obj, 0)
                if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == pikepdf.Name.Image:
                    _clean_pdf_jpeg(obj)
            names = pdf.Root.get("/Names")
            if isinstance(names, pikepdf.Dictionary):
                for key in ("/JavaScript", "/EmbeddedFiles"):
                    if key in names:
                        del names[key]
            output = io.BytesIO()
            # Without object streams every object is plain text to the checks below.
            pdf.save(
                output,
                object_stream_mode=pikepdf.ObjectStreamMode.disable,
                fix_metadata_version=False,
                deterministic_id=True,
            )
    except Exception:  # qpdf raises many kinds of error on a malformed file; each means unreadable
        raise _refuse("pdf_unreadable", name) from None
    content = output.getvalue()
    # What was written must pass the same checks as what arrived.
    _check_pdf(content, name)
    return content


_PDF_REMOVED_KEYS = (
    "/Metadata", "/PieceInfo", "/OpenAction", "/AA", "/JS", "/JavaScript", "/EmbeddedFiles", "/XFA", "/URI",
)  # fmt: skip


def _strip_pdf_object(obj, depth):
    if depth > 8:
        return
    if isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
        for key in _PDF_REMOVED_KEYS:
            if key in obj and not (key == "/URI" and obj.get("/S") == pikepdf.Name.URI):
                del obj[key]
        action = obj.get("/A")
        if isinstance(action, pikepdf.Dictionary) and action.get("/S") != pikepdf.Name.GoTo:
            del obj["/A"]
        if obj.get("/S") in (pikepdf.Name.URI, pikepdf.Name.SubmitForm, pikepdf.Name.Launch):
            # An action object reached other than through /A (a /Next chain): made harmless.
            obj.S = pikepdf.Name.GoTo
            for key in ("/URI", "/F", "/Fields", "/Flags"):
                if key in obj:
                    del obj[key]
            obj.D = pikepdf.Array()
        children = [obj.get(key) for key in list(obj.keys())]
    elif isinstance(obj, pikepdf.Array):
        children = list(obj)
    else:
        return
    for child in children:
        if isinstance(child, (pikepdf.Dictionary, pikepdf.Array)) and not child.is_indirect:
            _strip_pdf_object(child, depth + 1)


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

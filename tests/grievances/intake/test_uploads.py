"""Grievance attachments: only photos, PDFs and voice notes get in, and photos lose everything but pixels."""

import base64
import dataclasses
import functools
import hashlib
import io
import re
import wave
import zipfile
import zlib

import filetype
import pikepdf
import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.test import override_settings
from django.utils import translation
from django.utils.functional import Promise
from PIL import ExifTags, Image, ImageCms, ImageFile, PngImagePlugin
from pypdf import PdfReader, PdfWriter

from grievances.intake.uploads import ProcessedFile, UploadPolicy, process_upload, validate_upload_count
from grievances.intake.uploads import pdf as uploads_pdf

# Lets this file run on its own (pytest --noconftest -p no:django) before the app is installed.
if not settings.configured:
    settings.configure(USE_I18N=False, FILE_UPLOAD_MAX_MEMORY_SIZE=2621440)


# Building test files -------------------------------------------------------------------------------


def upload(content, name="file"):
    return SimpleUploadedFile(name, content)


def accept(content, name="file", policy=None):
    return process_upload(upload(content, name), policy or UploadPolicy())


def refusal(content, name="file", policy=None):
    with pytest.raises(ValidationError) as caught:
        process_upload(upload(content, name), policy or UploadPolicy())
    return caught.value


def encode(image, image_format, **options):
    buffer = io.BytesIO()
    image.save(buffer, image_format, **options)
    return buffer.getvalue()


def red_and_blue(size=(80, 40), mode="RGB"):
    """Left half red, right half blue, so that a rotation shows."""
    image = Image.new(mode, size, "red")
    image.paste("blue", (size[0] // 2, 0, size[0], size[1]))
    return image


def phone_exif(orientation=None):
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "SamsungTestMake"
    exif[ExifTags.Base.Model] = "GalaxyTestModel"
    exif[ExifTags.Base.DateTime] = "2025:03:01 06:12:00"
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (0.0, 31.0, 12.5)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (101.0, 26.0, 48.0)
    return exif


def phone_photo(orientation=None, size=(80, 40)):
    return encode(
        red_and_blue(size),
        "JPEG",
        exif=phone_exif(orientation),
        xmp=b"<x:xmpmeta><rdf:Description>XmpSecretPlace</rdf:Description></x:xmpmeta>",
        comment=b"CommentWorkerName",
        icc_profile=ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes(),
    )


def heic_photo():
    pillow_heif = pytest.importorskip("pillow_heif")
    if not pillow_heif.libheif_info().get("HEIF"):
        pytest.skip("libheif was built without an HEVC encoder")
    return encode(red_and_blue((64, 48)), "HEIF", exif=phone_exif().tobytes())


def small_png():
    return encode(red_and_blue((8, 8)), "PNG")


def pdf_stream(data, extra=b""):
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def make_pdf(catalog_extra=b"", extra_objects=(), trailer_extra=b""):
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
        pdf_stream(b"BT /F1 12 Tf 72 720 Td (Slip gaji Maret) Tj ET"),
        *extra_objects,
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer_extra,
        xref,
    )
    return bytes(out)


def ogg_crc(data):
    crc = 0
    for byte in data:
        crc ^= byte << 24
        for _bit in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
            crc &= 0xFFFFFFFF
    return crc


def ogg_page(payload, sequence, flags):
    page = (
        b"OggS\x00"
        + bytes([flags])
        + (0).to_bytes(8, "little")
        + (0x4A415042).to_bytes(4, "little")
        + sequence.to_bytes(4, "little")
        + b"\0\0\0\0"
        + bytes([1, len(payload)])
        + payload
    )
    return page[:22] + ogg_crc(page).to_bytes(4, "little") + page[26:]


def voice_note(first_packet=None):
    """A minimal Ogg Opus file, as WhatsApp records them: OpusHead, OpusTags, one silent frame."""
    head = first_packet or (
        b"OpusHead\x01\x01" + (312).to_bytes(2, "little") + (48000).to_bytes(4, "little") + b"\0\0\0"
    )
    vendor = b"libopus test"
    tags = b"OpusTags" + len(vendor).to_bytes(4, "little") + vendor + (0).to_bytes(4, "little")
    return ogg_page(head, 0, 0x02) + ogg_page(tags, 1, 0) + ogg_page(b"\xf8\xff\xfe", 2, 0x04)


def box(kind, payload):
    return (8 + len(payload)).to_bytes(4) + kind + payload


def iso_media(major_brand, handlers):
    ftyp = box(b"ftyp", major_brand + (0).to_bytes(4) + major_brand + b"isom")
    tracks = b"".join(
        box(b"trak", box(b"mdia", box(b"hdlr", bytes(8) + handler + bytes(12) + b"\0")))
        for handler in handlers
    )
    return ftyp + box(b"mdat", bytes(64)) + box(b"moov", tracks)


def adts_frame(payload=bytes(20)):
    length = 7 + len(payload)
    return (
        bytes(
            [0xFF, 0xF1, 0x50, 0x80 | (length >> 11), (length >> 3) & 0xFF, ((length & 7) << 5) | 0x1F, 0xFC]
        )
        + payload
    )


def mp3_file():
    frame = b"\xff\xfb\x90\x64" + bytes(413)
    tag_body = b"TIT2" + (6).to_bytes(4) + b"\0\0\0Rapat"
    return b"ID3\x04\x00\x00" + bytes([0, 0, 0, len(tag_body)]) + tag_body + frame * 3


def wav_file():
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as recording:
        recording.setnchannels(1)
        recording.setsampwidth(2)
        recording.setframerate(8000)
        recording.writeframes(bytes(1600))
    return buffer.getvalue()


class CountingFile(io.BytesIO):
    def __init__(self, data):
        super().__init__(data)
        self.bytes_read = 0

    def read(self, size=-1):
        chunk = super().read(size)
        self.bytes_read += len(chunk)
        return chunk


# Photos lose their metadata ------------------------------------------------------------------------


def test_phone_photo_is_stored_without_exif_gps_or_other_metadata():
    original = phone_photo()
    with Image.open(io.BytesIO(original)) as sent:
        assert sent.getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the test photo really carries GPS

    processed = accept(original, "IMG_20250301_061200.jpg")

    assert processed.kind == "image"
    assert processed.content_type == "image/jpeg"
    assert processed.extension == ".jpg"
    with Image.open(io.BytesIO(processed.content)) as stored:
        assert stored.format == "JPEG"
        assert len(stored.getexif()) == 0
        assert stored.getexif().get_ifd(ExifTags.IFD.GPSInfo) == {}
        assert not {"exif", "xmp", "comment", "icc_profile"} & set(stored.info)
    for secret in (b"Exif", b"GalaxyTestModel", b"SamsungTestMake", b"XmpSecretPlace", b"CommentWorkerName"):
        assert secret not in processed.content


def test_hash_and_sizes_describe_the_original_upload():
    original = phone_photo()
    processed = accept(original, "foto.jpg")

    assert processed.sha256 == hashlib.sha256(original).hexdigest()
    assert processed.sha256 != hashlib.sha256(processed.content).hexdigest()
    assert processed.original_size == len(original)
    assert processed.size == len(processed.content)


def test_exif_orientation_is_applied_to_the_pixels():
    # Orientation 6: the phone was held upright, the sensor wrote the picture lying on its side.
    processed = accept(phone_photo(orientation=6, size=(80, 40)), "foto.jpg")

    with Image.open(io.BytesIO(processed.content)) as stored:
        assert stored.size == (40, 80)
        top, bottom = stored.getpixel((20, 10)), stored.getpixel((20, 70))
    assert top[0] > 200 and top[2] < 60  # the left (red) half is now on top
    assert bottom[2] > 200 and bottom[0] < 60


def test_png_stays_png_and_loses_text_chunks():
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "BudiSantosoAuthor")
    info.add_text("Comment", "KebunSawitComment")
    original = encode(red_and_blue((30, 20), "RGBA"), "PNG", pnginfo=info)

    processed = accept(original, "screenshot.png")

    assert (processed.content_type, processed.extension) == ("image/png", ".png")
    with Image.open(io.BytesIO(processed.content)) as stored:
        assert stored.format == "PNG"
        assert stored.mode == "RGBA"
        assert stored.text == {}
    assert b"BudiSantoso" not in processed.content
    assert b"KebunSawit" not in processed.content


def test_webp_stays_webp_without_exif():
    original = encode(red_and_blue(), "WEBP", exif=phone_exif())
    assert b"GalaxyTestModel" in original

    processed = accept(original, "foto.webp")

    assert (processed.content_type, processed.extension) == ("image/webp", ".webp")
    assert b"GalaxyTestModel" not in processed.content
    with Image.open(io.BytesIO(processed.content)) as stored:
        assert len(stored.getexif()) == 0


def test_animated_image_keeps_only_its_first_frame():
    frames = [Image.new("RGB", (20, 20), "red"), Image.new("RGB", (20, 20), "blue")]
    original = encode(frames[0], "WEBP", save_all=True, append_images=frames[1:], duration=200, lossless=True)

    processed = accept(original, "stiker.webp")

    with Image.open(io.BytesIO(processed.content)) as stored:
        assert getattr(stored, "n_frames", 1) == 1
        red, green, blue = stored.convert("RGB").getpixel((10, 10))
    assert red > 200 and blue < 60


def test_motion_photo_loses_the_video_appended_to_it():
    # Some Android cameras append a short MP4 of the surroundings after the JPEG data.
    original = (
        phone_photo() + box(b"ftyp", b"mp42" + bytes(4) + b"isom") + box(b"mdat", b"VideoOfTheYard" * 50)
    )

    processed = accept(original, "MVIMG_20250301.jpg")

    assert processed.content_type == "image/jpeg"
    assert b"ftyp" not in processed.content
    assert b"VideoOfTheYard" not in processed.content


def test_multi_picture_jpeg_keeps_only_the_main_picture():
    main, depth_map = Image.new("RGB", (50, 40), "red"), Image.new("RGB", (50, 40), "blue")
    original = encode(main, "MPO", save_all=True, append_images=[depth_map])

    processed = accept(original, "portrait.jpg")

    with Image.open(io.BytesIO(processed.content)) as stored:
        assert stored.format == "JPEG"
        assert getattr(stored, "n_frames", 1) == 1
        red, green, blue = stored.getpixel((5, 5))
    assert red > 200 and blue < 60


def test_heic_photo_is_converted_to_jpeg_without_metadata():
    original = heic_photo()
    assert filetype.guess(original).mime == "image/heic"

    processed = accept(original, "IMG_0042.HEIC")

    assert (processed.kind, processed.content_type, processed.extension) == ("image", "image/jpeg", ".jpg")
    assert b"GalaxyTestModel" not in processed.content
    with Image.open(io.BytesIO(processed.content)) as stored:
        assert stored.format == "JPEG"
        assert stored.size == (64, 48)
        assert len(stored.getexif()) == 0


def test_large_photo_is_scaled_down_to_3000_pixels_on_the_long_side():
    processed = accept(encode(Image.new("RGB", (4000, 1000), "green"), "JPEG"), "panorama.jpg")

    with Image.open(io.BytesIO(processed.content)) as stored:
        assert stored.size == (3000, 750)


def test_sixteen_bit_greyscale_is_scaled_not_clipped_to_white():
    original = encode(Image.new("I;16", (10, 10), 32768), "PNG")

    processed = accept(original, "scan.png")

    with Image.open(io.BytesIO(processed.content)) as stored:
        assert stored.mode == "L"
        assert 120 <= stored.getpixel((5, 5)) <= 135


def test_transparent_image_becomes_white_behind_when_stored_as_jpeg():
    # CMYK and palette images are common in forwarded documents; they all end up as plain RGB.
    processed = accept(encode(Image.new("CMYK", (10, 10), (0, 255, 255, 0)), "JPEG"), "cmyk.jpg")
    with Image.open(io.BytesIO(processed.content)) as stored:
        assert stored.mode == "RGB"
        red, green, blue = stored.getpixel((5, 5))
    assert red > 200 and green < 60 and blue < 60


def test_decompression_bomb_is_refused_before_decoding():
    # 48 megapixels of a single colour compress to a few kilobytes.
    original = encode(Image.new("1", (8000, 6000)), "PNG")
    assert len(original) < 100_000

    error = refusal(original, "bom.png")

    assert error.code == "image_too_large"


def test_pixel_limit_comes_from_the_policy():
    error = refusal(small_png(), "foto.png", UploadPolicy(max_pixels=50))

    assert error.code == "image_too_large"


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (phone_photo()[: len(phone_photo()) // 2], "terpotong.jpg"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x13\x37" * 200, "rusak.jpg"),
        (small_png()[:-5], "tanpa-akhir.png"),
        (small_png()[:40], "terpotong.png"),
    ],
    ids=["truncated-jpeg", "garbage-jpeg", "png-without-iend", "truncated-png"],
)
def test_damaged_image_is_refused_as_corrupt(content, name):
    assert refusal(content, name).code == "corrupt"


@pytest.mark.parametrize("make_photo", [phone_photo, small_png, heic_photo], ids=["jpeg", "png", "heic"])
def test_cut_off_photo_is_refused_even_if_pillow_is_told_to_load_truncated_images(monkeypatch, make_photo):
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    photo = make_photo()

    assert refusal(photo[:-5], "terpotong").code == "corrupt"


# Only accepted types get in ------------------------------------------------------------------------

HTML = b"<!DOCTYPE html><html><body><script>fetch('/admin/')</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="5"/></svg>'


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (HTML, "foto.jpg"),
        (b"\xef\xbb\xbf \r\n\t<HTML><p>hi</p></HTML>", "foto.jpg"),
        ("<html><script>alert(1)</script></html>".encode("utf-16"), "foto.jpg"),
        (b"<script>alert(document.cookie)</script>", "bukti"),
        (SVG, "logo.svg"),
        (b'<?xml version="1.0"?>\n' + SVG, "logo.png"),
        (
            b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(200) + b"This program cannot be run in DOS mode",
            "foto.jpg",
        ),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(200), "slip-gaji"),
        (b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + bytes(200), "rekaman.m4a"),
        (b"#!/bin/sh\ncurl http://example.invalid | sh\n", "voice.amr"),
        (b"%!PS-Adobe-3.0\n%%EndComments\n", "dokumen"),
        (b"Saya dipecat tanpa surat.\n", "cerita.txt"),
        (encode(Image.new("RGB", (10, 10)), "GIF"), "animasi.gif"),
        (encode(Image.new("RGB", (10, 10)), "BMP"), "foto.bmp"),
        (encode(Image.new("RGB", (10, 10)), "TIFF"), "scan.tiff"),
        (b"\xef\xbb\xbf" + make_pdf(), "surat"),
        (voice_note(b"\x80theora" + bytes(40)), "video.ogg"),
        (iso_media(b"isom", [b"vide", b"soun"]), "video.mp4"),
        (iso_media(b"M4A ", []), "kosong.m4a"),
        (b"\xff\xf1\x50\x80\x00\x1f\xfc" + b"A" * 100, "suara.aac"),
        (b"RIFF\x24\x00\x00\x00WAVEdata\x00\x00\x00\x00", "suara.wav"),
        (bytes(range(256)) * 4, "acak"),
    ],
    ids=[
        "html-as-jpg",
        "html-after-bom-and-spaces",
        "utf16-html",
        "bare-script",
        "svg",
        "xml-svg-as-png",
        "windows-exe-as-jpg",
        "elf",
        "mach-o",
        "shell-script",
        "postscript",
        "plain-text",
        "gif",
        "bmp",
        "tiff",
        "pdf-behind-bom",
        "ogg-video",
        "mp4-video",
        "mp4-without-tracks",
        "two-bytes-of-aac",
        "wav-without-format",
        "random-bytes",
    ],
)
def test_content_of_a_type_we_do_not_accept_is_refused(content, name):
    assert refusal(content, name).code == "type_not_allowed"


def test_office_document_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")

    assert refusal(buffer.getvalue(), "surat.docx").code == "type_not_allowed"


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (small_png(), "slip-gaji.pdf"),
        (make_pdf(), "foto.jpg"),
        (phone_photo(), "pesan-suara.ogg"),
        (voice_note(), "foto.jpeg"),
        (mp3_file(), "surat.PDF"),
        (make_pdf(), "report.mp3. "),
    ],
    ids=[
        "png-named-pdf",
        "pdf-named-jpg",
        "jpeg-named-ogg",
        "ogg-named-jpeg",
        "mp3-named-pdf",
        "trailing-dot",
    ],
)
def test_content_contradicting_the_file_name_is_refused(content, name):
    assert refusal(content, name).code == "type_mismatch"


@pytest.mark.parametrize(
    ("content", "name", "extension"),
    [
        (phone_photo(), "foto.png", ".jpg"),  # same family: a photo is a photo
        (small_png(), "bukti.bin", ".png"),  # unknown extension: content decides
        (small_png(), "bukti", ".png"),
        (voice_note(), "PTT-20250301-WA0003.opus", ".opus"),
        (voice_note(), "rekaman.m4a", ".opus"),
    ],
)
def test_name_only_matters_when_it_claims_another_family(content, name, extension):
    assert accept(content, name).extension == extension


# Audio and PDF keep their content and lose their metadata -----------------------------------------------------------------


def test_whatsapp_voice_note_is_accepted_unchanged():
    note = voice_note()
    assert filetype.guess(note).mime == "audio/ogg"

    processed = accept(note, "PTT-20250301-WA0003.opus")

    assert processed.content == note
    assert (processed.kind, processed.content_type, processed.extension) == ("audio", "audio/ogg", ".opus")
    assert processed.sha256 == hashlib.sha256(note).hexdigest()


@pytest.mark.parametrize(
    ("content", "name", "content_type", "extension"),
    [
        (voice_note(b"\x01vorbis" + bytes(23)), "rekaman.ogg", "audio/ogg", ".ogg"),
        (iso_media(b"M4A ", [b"soun"]), "Rekaman Suara 001.m4a", "audio/mp4", ".m4a"),
        (iso_media(b"isom", [b"soun", b"text"]), "rekaman.mp4", "audio/mp4", ".m4a"),
        (iso_media(b"3gp4", [b"soun"]), "Voice 001.3ga", "audio/3gpp", ".3gp"),
        (b"\xff\xfb\x90\x64" + bytes(413) * 3, "rapat.mp3", "audio/mpeg", ".mp3"),
        (adts_frame() * 3, "rekaman.aac", "audio/aac", ".aac"),
        (b"#!AMR\n" + (b"\x3c" + bytes(31)) * 5, "voice.amr", "audio/amr", ".amr"),
        (b"#!AMR-WB\n" + (b"\x04" + bytes(32)) * 5, "voice.awb", "audio/amr-wb", ".awb"),
        (wav_file(), "rekaman.wav", "audio/wav", ".wav"),
    ],
    ids=["ogg-vorbis", "m4a", "audio-only-mp4", "3gp", "mp3", "aac", "amr", "amr-wb", "wav"],
)
def test_voice_recordings_are_accepted_unchanged(content, name, content_type, extension):
    processed = accept(content, name)

    assert processed.kind == "audio"
    assert (processed.content_type, processed.extension) == (content_type, extension)
    assert processed.content == content


def test_a_pdf_keeps_its_pages_and_loses_its_document_information():
    document = make_pdf(trailer_extra=b"/Info << /Title (Surat PHK /JS bukan nama) >> ")

    processed = accept(document, "Surat PHK.pdf")

    assert (processed.kind, processed.content_type, processed.extension) == ("pdf", "application/pdf", ".pdf")
    assert b"Surat PHK" not in processed.content and b"/Info" not in processed.content
    assert processed.content[:8] == document[:8]
    assert len(PdfReader(io.BytesIO(processed.content)).pages) == len(PdfReader(io.BytesIO(document)).pages)
    assert processed.sha256 == hashlib.sha256(document).hexdigest()
    assert processed.size == len(processed.content) and processed.original_size == len(document)


def test_a_pdf_from_a_word_processor_loses_author_creator_producer_and_xmp():
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_metadata(
        {"/Author": "Sari Wulandari", "/Creator": "Microsoft Word", "/Producer": "HP-LaptopSari"}
    )
    writer.xmp_metadata = (
        b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
        b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Sari Wulandari</dc:creator>'
        b'</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    document = buffer.getvalue()
    assert b"Sari Wulandari" in document

    processed = accept(document, "surat.pdf")

    for leak in (b"Sari", b"Microsoft Word", b"HP-Laptop", b"xmpmeta"):
        assert leak not in processed.content
    stored = PdfReader(io.BytesIO(processed.content))
    assert len(stored.pages) == 1 and not stored.metadata and stored.xmp_metadata is None
    assert processed.sha256 == hashlib.sha256(document).hexdigest()


def test_an_mp3_loses_its_id3_tag_and_stays_an_mp3():
    recording = mp3_file()
    assert b"Rapat" in recording

    processed = accept(recording, "rapat.mp3")

    assert b"Rapat" not in processed.content and not processed.content.startswith(b"ID3")
    assert (processed.kind, processed.content_type) == ("audio", "audio/mpeg")
    assert processed.content.endswith(b"\xff\xfb\x90\x64" + bytes(413))
    assert processed.sha256 == hashlib.sha256(recording).hexdigest()


# Active content is removed, and what the cleaning cannot remove is refused ------------------------------

# What no stored PDF may contain (issue 21).
ACTIVE_PDF_NAMES = (
    b"/JavaScript", b"/JS", b"/Launch", b"/EmbeddedFile", b"/OpenAction", b"/AA", b"/URI", b"/SubmitForm",
    b"/XFA", b"/RichMedia",
)  # fmt: skip


def assert_stored_without_active_content(processed, text="Slip gaji Maret"):
    for name in ACTIVE_PDF_NAMES:
        assert name not in processed.content, name
    with pikepdf.open(io.BytesIO(processed.content)) as stored:
        assert len(stored.pages) == 1
    assert text in PdfReader(io.BytesIO(processed.content)).pages[0].extract_text()


@functools.cache
def flate_bomb(megabytes):
    compressor, zeros = zlib.compressobj(9), bytes(1024 * 1024)
    return b"".join(compressor.compress(zeros) for _ in range(megabytes)) + compressor.flush()


def lzw_pack(codes):
    """LZW codes as PDF writes them: 9 to 12 bits, widening one code early (EarlyChange 1)."""
    out, bits, buffered, width, since_clear = bytearray(), 0, 0, 9, 0
    for code in codes:
        bits, buffered = (bits << width) | code, buffered + width
        while buffered >= 8:
            buffered -= 8
            out.append((bits >> buffered) & 0xFF)
        bits &= (1 << buffered) - 1
        if code == 256:
            width, since_clear = 9, 0
            continue
        since_clear += 1
        if 258 + since_clear >= 1 << width and width < 12:
            width += 1
    if buffered:
        out.append((bits << (8 - buffered)) & 0xFF)
    return bytes(out)


def lzw_encode(data):
    codes, table, current = [256], {bytes([n]): n for n in range(256)}, b""
    for byte in data:
        candidate = current + bytes([byte])
        if candidate in table:
            current = candidate
            continue
        codes.append(table[current])
        table[candidate] = len(table) + 2
        current = bytes([byte])
        if len(table) > 3800:
            codes.append(256)
            table = {bytes([n]): n for n in range(256)}
    return lzw_pack([*codes, table[current], 257])


def lzw_zeros(count):
    """`count` zero bytes or a few more in LZW, without encoding them one by one: after a clear, code 0
    stands for one zero and each next code for one zero more than the last."""
    codes, written = [], 0
    while written < count:
        codes += [256, 0, *range(258, 258 + 3800)]
        written += 1 + sum(range(2, 3802))
    return lzw_pack([*codes, 257])


EMBEDDED_FILE = [
    b"<< /Type /Filespec /F (gaji.exe) /EF << /F 6 0 R >> >>",
    pdf_stream(b"MZ bukan slip gaji", b"/Type /EmbeddedFile "),
]


@pytest.mark.parametrize(
    ("catalog_extra", "extra_objects"),
    [
        (b"/OpenAction << /S /JavaScript /JS (app.alert('x')) >>", []),
        (b"/OpenAction << /S /J#61vaScript /J#53 (app.alert('x')) >>", []),
        (b"/AA << /WC << /JS (this.submitForm('http://example.invalid')) >> >>", []),
        (b"/Names << /JavaScript << /Names [(init) << /S /JavaScript /JS (app.alert(1)) >>] >> >>", []),
        (b"/OpenAction << /S /Launch /F (cmd.exe) >>", []),
        (b"/OpenAction << /S /GoToE /T << /R /C /N (gaji.exe) >> >>", []),
        (b"/OpenAction << /S /SubmitForm /F << /FS /URL /F (http://t.example/s) >> >>", []),
        (
            b"/OpenAction << /S /URI /URI (http://t.example/dibuka) >> /URI << /Base (http://t.example/) >>",
            [],
        ),
        (b"/Names << /EmbeddedFiles << /Names [(gaji.exe) 5 0 R] >> >>", EMBEDDED_FILE),
        (b"/AcroForm << /Fields [] /XFA 5 0 R >> /NeedsRendering true", [pdf_stream(b"<xdp:xdp><script/>")]),
        # A /Next chain leads from a harmless action to a script.
        (b"/OpenAction << /S /GoTo /D [3 0 R /Fit] /Next << /S /JavaScript /JS (app.alert(1)) >> >>", []),
        # Objects a viewer repairing a damaged file might read; a written file has none of them.
        (b"", [pdf_stream(b"9 0 obj << /S /JavaScript /JS (x) >> endobj")]),
        (b"", [b"(<< /Length 5 >> stream\n) << /OpenAction << /JS (app.alert(1)) >> >> (endstream)"]),
        (b"", [b"<< /Length 1 >> % made by hand\nstream\n(\nendstream", b"<< /JS (app.alert(1)) >>"]),
        (b"", [b"<< /Title <4142<<43> >>\n" + pdf_stream(b"(", b"/Subtype /Image ") + b" << /JS (x) >> )"]),
    ],
    ids=[
        "javascript",
        "escaped-names",
        "document-will-close",
        "document-javascript",
        "launch",
        "embedded-goto",
        "submit-form",
        "address",
        "embedded-file",
        "xfa",
        "next-chain",
        "in-stream-data",
        "fake-stream",
        "comment",
        "hex",
    ],
)
def test_pdf_with_active_content_is_stored_without_it(catalog_extra, extra_objects):
    document = make_pdf(catalog_extra, extra_objects)
    assert uploads_pdf._pdf_active_content_left(document)  # the strict scan sees it in the upload

    processed = accept(document, "surat.pdf")

    assert_stored_without_active_content(processed)
    for active in (b"alert", b"cmd.exe", b"gaji.exe", b"t.example", b"MZ bukan", b"xdp"):
        assert active not in processed.content
    assert processed.sha256 == hashlib.sha256(document).hexdigest()


def test_pdf_with_javascript_in_a_compressed_object_stream_is_stored_without_it():
    with pikepdf.open(io.BytesIO(make_pdf())) as original:
        original.Root.OpenAction = original.make_indirect(
            pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)"))
        )
        buffer = io.BytesIO()
        original.save(buffer, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    document = buffer.getvalue()
    assert b"/ObjStm" in document and b"/JS" not in document and b"alert" not in document

    processed = accept(document, "surat.pdf")

    assert_stored_without_active_content(processed)
    assert b"alert" not in processed.content and b"/ObjStm" not in processed.content


@pytest.mark.parametrize(
    ("catalog_extra", "extra_objects"),
    [
        (b"/OpenAction << /S /J#61vaScript /J#53 (app.alert('x')) >>", []),
        (b"", [pdf_stream(b"9 0 obj << /S /JavaScript /JS (x) >> endobj")]),
        (b"", [b"(<< /Length 5 >> stream\n) << /OpenAction << /JS (app.alert(1)) >> >> (endstream)"]),
        (b"", [b"<< /Length 1 >> % made by hand\nstream\n(\nendstream", b"<< /JS (app.alert(1)) >>"]),
        (b"", [b"<< /Title <4142<<43> >>\n" + pdf_stream(b"(", b"/Subtype /Image ") + b" << /JS (x) >> )"]),
        (
            b"/OpenAction 5 0 R",
            [
                pdf_stream(
                    zlib.compress(b"5 0 << /JS (app.alert(1)) >>"),
                    b"/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode ",
                )
            ],
        ),
    ],
    ids=["escaped-names", "in-stream-data", "fake-stream", "comment", "hex", "object-stream"],
)
def test_the_strict_scan_of_a_written_pdf_is_not_fooled(catalog_extra, extra_objects):
    # The scan every written PDF passes before it is stored: however a name is spelt or hidden
    # (escapes, stream data a repairing viewer might read, a "stream" keyword inside a string or
    # after a comment, "<<" in a hex string, a compressed object stream), it is found.
    assert uploads_pdf._pdf_active_content_left(make_pdf(catalog_extra, extra_objects))


def test_pdf_whose_image_data_happens_to_contain_js_bytes_is_accepted():
    picture = pdf_stream(b"\x00\x81/JS \xfe(\xff/XFA>>" * 50, b"/Type /XObject /Subtype /Image ")

    assert accept(make_pdf(extra_objects=[picture]), "scan.pdf").kind == "pdf"


def deeply_nested(levels, innermost):
    return b"/Lampiran " + b"<< /Isi " * levels + innermost + b" >>" * levels


@pytest.mark.parametrize(
    ("catalog_extra", "extra_objects"),
    [
        # JPEG data is stored as it came: an object written into it stays in the stored file's bytes.
        (
            b"/Lampiran 5 0 R",
            [
                pdf_stream(
                    b"\xff\xd8\xff\xda 9 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj",
                    b"/Filter /DCTDecode ",
                )
            ],
        ),
        # A stream in a filter qpdf does not know is copied as it is.
        (b"/Lampiran 5 0 R", [pdf_stream(b"<< /S /Launch /F (cmd.exe) >>", b"/Filter /MerekSendiri ")]),
        # Nested deeper than the cleaning goes.
        (deeply_nested(20, b"<< /S /JavaScript /JS (app.alert(1)) >>"), []),
    ],
    ids=["in-jpeg-data", "unknown-filter", "nested-deep"],
)
def test_pdf_whose_active_content_survives_the_cleaning_is_refused(catalog_extra, extra_objects):
    document = make_pdf(catalog_extra, extra_objects)

    assert refusal(document, "surat.pdf").code == "pdf_active_content"


@pytest.mark.parametrize(
    "stream",
    [
        pdf_stream(flate_bomb(64), b"/Filter /FlateDecode "),
        # Damaged after the zeros: what is inflated before the damage still counts.
        pdf_stream(flate_bomb(64)[:-8] + b"\x13\x37" * 32, b"/Filter /FlateDecode "),
        pdf_stream(lzw_zeros(40 * 1024 * 1024), b"/Filter /LZWDecode "),
        pdf_stream(base64.a85encode(flate_bomb(64)) + b"~>", b"/Filter [/ASCII85Decode /FlateDecode] "),
    ],
    ids=["flate", "flate-damaged", "lzw", "ascii85-then-flate"],
)
def test_pdf_whose_streams_unpack_to_more_than_the_limit_is_refused_before_it_is_unpacked(stream):
    document = make_pdf(b"/Lampiran 5 0 R", [stream])
    assert len(document) < 1024 * 1024

    error = refusal(document, "scan.pdf")

    assert error.code == "pdf_too_large"
    with translation.override("en"):
        assert "32 MB" in error.messages[0]


def owner_password_only(document):
    """The document as a company's software often sends it: encrypted, opened without a password."""
    with pikepdf.open(io.BytesIO(document)) as original:
        buffer = io.BytesIO()
        original.save(
            buffer,
            encryption=pikepdf.Encryption(owner="hrd-perusahaan", user="", aes=True, R=4),
            object_stream_mode=pikepdf.ObjectStreamMode.disable,
        )
    return buffer.getvalue()


def test_encrypted_pdf_whose_streams_unpack_to_more_than_the_limit_is_refused():
    # The streams are measured once decrypted, so encryption cannot hide a bomb.
    document = owner_password_only(
        make_pdf(b"/Lampiran 5 0 R", [pdf_stream(flate_bomb(64), b"/Filter /FlateDecode ")])
    )
    assert b"/Encrypt" in document

    assert refusal(document, "slip.pdf").code == "pdf_too_large"


def test_pdf_opened_without_a_password_is_stored_decrypted_with_its_text():
    document = owner_password_only(make_pdf(b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"))
    assert b"/Encrypt" in document

    processed = accept(document, "slip.pdf")

    assert b"/Encrypt" not in processed.content
    assert_stored_without_active_content(processed)


def test_pdf_pages_in_lzw_are_measured_as_qpdf_reads_them_and_kept():
    # Enough different bytes for the LZW codes to widen from 9 to 12 bits.
    numbers = b" ".join(b"%d" % (n * 7919 % 10007) for n in range(3000))
    content = b"BT /F1 12 Tf 72 720 Td (Slip gaji Maret) Tj ET\n% " + numbers + b"\n"
    encoded = lzw_encode(content)
    document = make_pdf(extra_objects=[pdf_stream(encoded, b"/Filter /LZWDecode ")])
    document = document.replace(b"/Contents 4 0 R", b"/Contents 5 0 R")
    with pikepdf.open(io.BytesIO(document)) as original:
        assert original.pages[0].Contents.read_bytes() == content
    assert uploads_pdf._decoded_size(encoded, ["/LZWDecode"], 10**9) == len(content)

    processed = accept(document, "surat.pdf")

    assert "Slip gaji Maret" in PdfReader(io.BytesIO(processed.content)).pages[0].extract_text()


def test_pdf_with_an_object_stream_we_cannot_read_is_refused():
    # What an encrypted object stream looks like from outside: bytes that do not inflate.
    unreadable = pdf_stream(b"\x13\x37" * 50, b"/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode ")

    assert refusal(make_pdf(extra_objects=[unreadable]), "surat.pdf").code == "pdf_unreadable"


def test_pdf_object_streams_are_inflated_only_up_to_a_limit(monkeypatch):
    monkeypatch.setattr(uploads_pdf, "_PDF_MAX_INFLATED_BYTES", 1000)
    big = pdf_stream(zlib.compress(b"5 0 << >> " * 500), b"/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode ")

    assert refusal(make_pdf(extra_objects=[big]), "surat.pdf").code == "pdf_unreadable"


def test_truncated_pdf_is_refused():
    document = make_pdf()

    assert refusal(document[: len(document) // 2], "surat.pdf").code == "corrupt"


# Size and count ------------------------------------------------------------------------------------


def test_empty_file_is_refused():
    assert refusal(b"", "foto.jpg").code == "empty"


def test_file_over_the_limit_is_refused_without_being_read():
    spy = CountingFile(bytes(10_000))
    uploaded = UploadedFile(spy, name="video.jpg", content_type="image/jpeg", size=10_000)

    with pytest.raises(ValidationError) as caught:
        process_upload(uploaded, UploadPolicy(max_bytes=1000))

    assert caught.value.code == "too_large"
    assert spy.bytes_read == 0


def test_file_lying_about_its_size_is_read_only_up_to_the_limit():
    spy = CountingFile(bytes(10_000))
    uploaded = UploadedFile(spy, name="video.jpg", content_type="image/jpeg", size=10)

    with pytest.raises(ValidationError) as caught:
        process_upload(uploaded, UploadPolicy(max_bytes=1000))

    assert caught.value.code == "too_large"
    assert spy.bytes_read == 1001


def test_file_exactly_at_the_limit_is_accepted():
    note = voice_note()

    assert accept(note, "suara.opus", UploadPolicy(max_bytes=len(note))).content == note


def test_file_already_read_by_someone_else_is_read_from_the_start():
    uploaded = upload(voice_note(), "suara.opus")
    uploaded.read(10)

    assert process_upload(uploaded, UploadPolicy()).content == voice_note()


def test_six_files_are_too_many():
    files = [upload(small_png(), f"foto{number}.png") for number in range(6)]

    with pytest.raises(ValidationError) as caught:
        validate_upload_count(files, UploadPolicy())

    assert caught.value.code == "too_many_files"
    assert caught.value.params == {"max": 5}
    with translation.override("en"):
        assert caught.value.messages == ["You can attach at most 5 files."]
    validate_upload_count(files[:5], UploadPolicy())
    validate_upload_count([], UploadPolicy())


def test_policy_reads_the_settings():
    with override_settings(GRIEVANCE_UPLOAD_MAX_FILES=2, GRIEVANCE_UPLOAD_MAX_BYTES=1234):
        policy = UploadPolicy.from_settings()

    assert (policy.max_files, policy.max_bytes) == (2, 1234)
    with pytest.raises(ValidationError):
        validate_upload_count([1, 2, 3], policy)


# Names ---------------------------------------------------------------------------------------------


def test_storage_name_is_random_and_reveals_nothing_of_the_original_name():
    processed = accept(phone_photo(), "Budi Santoso PHK kebun 7.jpg")

    first, second = processed.storage_name(), processed.storage_name()

    assert first != second
    assert re.fullmatch(r"[0-9a-f]{32}\.jpg", first)
    assert "Budi" not in first and "PHK" not in first
    assert "Budi" not in repr(processed)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\budi\\Pictures\\bukti.png", "bukti.png"),
        ("bu\x00kti\x1b[31m\r\n.png", "bukti[31m.png"),
        ("slip\u202egnp.exe", "slipgnp.exe"),
        ("foto\u00a0 \u3000kebun\u2028.png", "foto kebun.png"),
        ("\x1b\x00\u200f", ""),
        ("a" * 300 + ".png", "a" * 96 + ".png"),
    ],
)
def test_original_name_is_reduced_to_a_safe_display_form(name, expected):
    assert accept(small_png(), name).original_name == expected


def test_processed_file_cannot_be_changed():
    processed = accept(small_png(), "bukti.png")

    with pytest.raises(dataclasses.FrozenInstanceError):
        processed.content = b"other"
    assert isinstance(processed, ProcessedFile)


# Messages ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "name", "code", "policy"),
    [
        (b"", "kosong.jpg", "empty", None),
        (bytes(2000), "besar.jpg", "too_large", UploadPolicy(max_bytes=1000)),
        (HTML, "halaman.jpg", "type_not_allowed", None),
        (small_png(), "slip.pdf", "type_mismatch", None),
        (small_png(), "besar.png", "image_too_large", UploadPolicy(max_pixels=10)),
        (small_png()[:40], "rusak.png", "corrupt", None),
        (make_pdf(deeply_nested(20, b"<< /JS (x) >>")), "surat.pdf", "pdf_active_content", None),
        (
            make_pdf(b"/Lampiran 5 0 R", [pdf_stream(flate_bomb(64), b"/Filter /FlateDecode ")]),
            "besar.pdf",
            "pdf_too_large",
            None,
        ),
    ],
)
def test_refusals_have_a_code_and_a_translatable_message_naming_the_file(content, name, code, policy):
    error = refusal(content, name, policy)

    assert error.code == code
    assert isinstance(error.message, Promise)
    with translation.override("en"):
        assert name in error.messages[0]


def test_refusal_of_a_nameless_file_still_reads_well():
    error = refusal(b"", "\x00\x1b")

    with translation.override("en"):
        assert "unnamed file" in error.messages[0]


def riff_chunk(chunk_id, body):
    return chunk_id + len(body).to_bytes(4, "little") + body + (b"\0" if len(body) & 1 else b"")


def test_a_wav_recording_loses_its_info_bext_and_id3_chunks_and_still_plays():
    plain = wav_file()
    fmt_and_data = plain[12:]
    info = riff_chunk(
        b"LIST", b"INFO" + riff_chunk(b"IART", b"Sari HP Redmi\0") + riff_chunk(b"ICRD", b"2026-11-02\0")
    )
    bext = riff_chunk(b"bext", b"Perekam Suara Kebun Sawit Blok C7".ljust(602, b"\0"))
    id3 = riff_chunk(b"id3 ", b"ID3\x04\x00\x00\x00\x00\x00\x0bTIT2Rapat")
    body = b"WAVE" + info + fmt_and_data[:24] + bext + fmt_and_data[24:] + id3
    recording = b"RIFF" + len(body).to_bytes(4, "little") + body
    with wave.open(io.BytesIO(recording)) as readable:  # the test file is a valid WAV
        assert readable.getnframes() == 800

    processed = accept(recording, "rekaman.wav")

    for leak in (b"Sari", b"Redmi", b"2026-11-02", b"Kebun Sawit", b"Rapat", b"LIST", b"bext"):
        assert leak not in processed.content
    assert (processed.kind, processed.content_type, processed.extension) == ("audio", "audio/wav", ".wav")
    with wave.open(io.BytesIO(processed.content)) as stored:
        assert (stored.getnchannels(), stored.getframerate(), stored.getnframes()) == (1, 8000, 800)
        assert stored.readframes(800) == bytes(1600)
    assert processed.sha256 == hashlib.sha256(recording).hexdigest()


def test_a_wav_recording_cut_short_keeps_the_sound_it_has():
    plain = wav_file()
    info = riff_chunk(b"LIST", b"INFO" + riff_chunk(b"IART", b"Sari\0"))
    recording = plain[:36] + info + plain[36:-100]  # the data chunk still claims 1,600 bytes

    processed = accept(recording, "rekaman.wav")

    assert b"Sari" not in processed.content
    with wave.open(io.BytesIO(processed.content)) as stored:
        assert stored.getnframes() == 750


def test_an_m4a_recording_loses_its_place_tags_and_xmp_and_keeps_its_sound_where_it_was():
    place = b"+01.4567+101.4478/"
    user_data = box(b"udta", box(b"\xa9xyz", len(place).to_bytes(2) + b"\x15\xc7" + place))
    tags = box(b"meta", bytes(4) + box(b"ilst", box(b"\xa9nam", box(b"data", bytes(8) + b"Rapat serikat"))))
    xmp = box(b"uuid", bytes.fromhex("be7acfcb97a942e89c71999491e3afac") + b"<x:xmpmeta>Sari</x:xmpmeta>")
    sound = bytes(range(64))
    track = box(
        b"trak",
        box(b"mdia", box(b"hdlr", bytes(8) + b"soun" + bytes(12) + b"\0")) + box(b"udta", b"Redmi Note"),
    )
    ftyp = box(b"ftyp", b"M4A " + (0).to_bytes(4) + b"M4A isom")
    recording = ftyp + box(b"mdat", sound) + box(b"moov", track + user_data + tags) + xmp

    processed = accept(recording, "rekaman.m4a")

    for leak in (place, b"Rapat", b"Sari", b"Redmi", b"\xa9xyz", b"xmpmeta"):
        assert leak not in processed.content
    assert (processed.kind, processed.content_type) == ("audio", "audio/mp4")
    # Same length and the sound at the same offset: the tracks' sample offsets still hold.
    assert len(processed.content) == len(recording)
    assert processed.content.index(sound) == recording.index(sound)
    assert processed.sha256 == hashlib.sha256(recording).hexdigest()

"""Files are clean by construction (issue 21): what a worker's file says about them or their phone is
removed, and a file in which any of it is still found is refused, never stored."""

import io

import pikepdf
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image
from pypdf import PdfReader

from grievances.cases.models import CaseAttachment
from grievances.intake.uploads import MARKERS, UploadPolicy, process_upload
from grievances.intake.uploads.detection import _AAC, _JPEG, _MP3, _PDF
from grievances.intake.uploads.scan import metadata_markers


def processed(data, name):
    return process_upload(SimpleUploadedFile(name, data), UploadPolicy())


def phone_photo_with_gps():
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Samsung"
    exif[ExifTags.Base.Model] = "Galaxy A05"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "S"
    gps[ExifTags.GPS.GPSLatitude] = (2.0, 58.0, 34.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (104.0, 45.0, 12.0)
    buffer = io.BytesIO()
    Image.new("RGB", (80, 60), (90, 140, 60)).save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def pdf_with(photo=None, open_action=None, page_actions=None, link=None, author=None):
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    page = pdf.pages[0]
    content = b"BT /F1 12 Tf 72 720 Td (Slip gaji Maret) Tj ET"
    if photo:
        image = pikepdf.Stream(pdf, photo)
        image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        image.Width, image.Height, image.BitsPerComponent = 80, 60, 8
        image.ColorSpace, image.Filter = pikepdf.Name.DeviceRGB, pikepdf.Name.DCTDecode
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
        content += b" q 80 0 0 60 72 600 cm /Im0 Do Q"
    page.Contents = pdf.make_stream(content)
    if open_action:
        pdf.Root.OpenAction = open_action
    if page_actions:
        page.AA = page_actions
    if link:
        page.Annots = pdf.make_indirect(
            pikepdf.Array(
                [
                    pikepdf.Dictionary(
                        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[0, 0, 595, 842], A=link
                    )
                ]
            )
        )
    if author:
        pdf.docinfo["/Author"] = author
        with pdf.open_metadata() as meta:
            meta["dc:creator"] = [author]
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def uri(address):
    return pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(address))


def test_a_pdf_with_an_embedded_phone_photo_loses_its_exif_gps():
    photo = phone_photo_with_gps()
    assert b"Exif\x00\x00" in photo
    document = pdf_with(photo=photo, author="Budi Santoso")
    assert metadata_markers(document, _PDF)  # the scan sees what the worker's PDF carries

    stored = processed(document, "slip.pdf")

    assert b"Exif" not in stored.content and b"Galaxy" not in stored.content
    assert b"Budi Santoso" not in stored.content
    assert metadata_markers(stored.content, _PDF) == []
    with pikepdf.open(io.BytesIO(stored.content)) as pdf:
        image = pdf.pages[0].Resources.XObject.Im0
        picture = Image.open(io.BytesIO(image.read_raw_bytes()))
        assert picture.size == (80, 60) and not picture.getexif()


def test_a_pdf_that_calls_an_address_when_opened_or_submits_a_form_is_stored_without_those_actions():
    submit = pikepdf.Dictionary(
        S=pikepdf.Name.SubmitForm,
        F=pikepdf.Dictionary(FS=pikepdf.Name.URL, F=pikepdf.String("http://t.example/s")),
    )
    document = pdf_with(
        open_action=uri("http://tracker.example/opened"),
        page_actions=pikepdf.Dictionary(O=submit),
        link=uri("http://tracker.example/link"),
    )
    assert b"tracker.example" in document

    stored = processed(document, "surat.pdf")

    assert b"tracker.example" not in stored.content and b"t.example" not in stored.content
    assert b"/OpenAction" not in stored.content and b"/AA" not in stored.content
    assert b"/SubmitForm" not in stored.content and b"/URI" not in stored.content
    assert metadata_markers(stored.content, _PDF) == []
    with pikepdf.open(io.BytesIO(stored.content)) as pdf:
        assert len(pdf.pages) == 1


def adts(frames=20):
    body = bytearray()
    length = 64
    for _ in range(frames):
        header = bytes(
            [
                0xFF,
                0xF1,
                0x50,
                0x80 | ((length >> 11) & 3),
                (length >> 3) & 0xFF,
                ((length & 7) << 5) | 0x1F,
                0xFC,
            ]
        )
        body += header + bytes(length - 7)
    return bytes(body)


def id3v2(*frames):
    content = b"".join(frame_id + len(data).to_bytes(4) + b"\x00\x00" + data for frame_id, data in frames)
    size = len(content)
    synchsafe = bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
    return b"ID3\x03\x00\x00" + synchsafe + content


def id3v1(title=b"Rekaman", artist=b"Budi Santoso"):
    return b"TAG" + title.ljust(30, b"\0") + artist.ljust(30, b"\0") + bytes(30 + 4 + 30) + b"\xff"


def test_an_aac_voice_note_loses_its_id3_tags_with_the_place():
    tag = id3v2(
        (b"TPE1", b"\x00Budi Santoso"),
        (b"TXXX", b"\x00GPSCoordinates\x00-2.9761,104.7754"),
    )
    note = tag + adts() + id3v1()
    assert set(metadata_markers(note, _AAC)) == {"id3v1", "id3v2"}

    stored = processed(note, "pesan-suara.aac")

    assert stored.content == adts()
    assert b"Budi" not in stored.content and b"104.7754" not in stored.content
    assert metadata_markers(stored.content, _AAC) == []


def mp3_frames(count=10):
    frame = b"\xff\xfb\x90\x64" + bytes(417 - 4)  # MPEG-1 layer III, 128 kbit/s, 44.1 kHz
    return frame * count


def ape_tag(**items):
    body = b"".join(
        len(value.encode()).to_bytes(4, "little") + bytes(4) + key.encode() + b"\0" + value.encode()
        for key, value in items.items()
    )
    size = len(body) + 32

    def block(flags):
        return (
            b"APETAGEX"
            + (2000).to_bytes(4, "little")
            + size.to_bytes(4, "little")
            + len(items).to_bytes(4, "little")
            + flags.to_bytes(4, "little")
            + bytes(8)
        )

    return block(0xA0000000) + body + block(0x80000000)


def test_an_mp3_loses_its_ape_tag():
    song = mp3_frames() + ape_tag(Artist="Budi Santoso", Comment="Kebun Blok C, Afdeling 3")
    assert metadata_markers(song, _MP3) == ["ape"]

    stored = processed(song, "rekaman.mp3")

    assert stored.content == mp3_frames()
    assert b"Budi" not in stored.content and metadata_markers(stored.content, _MP3) == []


def test_a_file_the_cleaning_cannot_clear_is_refused_with_a_clear_message(monkeypatch):
    from grievances.intake import uploads

    monkeypatch.setattr(uploads, "_mpeg_without_tags", lambda data: data)
    with pytest.raises(ValidationError) as refused:
        processed(mp3_frames() + ape_tag(Artist="Budi"), "rekaman.mp3")

    assert refused.value.code == "metadata_left"


@pytest.mark.django_db
def test_the_refusal_reads_in_indonesian(client, form_page, report_data, monkeypatch):
    from grievances.intake import uploads

    monkeypatch.setattr(uploads, "_mpeg_without_tags", lambda data: data)
    song = SimpleUploadedFile("rekaman.mp3", mp3_frames() + ape_tag(Artist="Budi"))
    response = client.post(form_page.url, {**report_data(), "attachments": [song]})

    assert response.status_code == 400
    assert "tidak dapat kami hapus" in response.content.decode()


@pytest.mark.parametrize(
    "data, fmt, marker",
    [
        (phone_photo_with_gps(), _JPEG, "exif"),
        (b"\xff\xd8\xff\xed\x00\x10Photoshop 3.0\x00\x00" + b"\xff\xd9", _JPEG, "iptc"),
        (b"xx<x:xmpmeta xmlns:x='adobe:ns:meta/'>", _JPEG, "xmp"),
    ],
)
def test_the_scan_knows_its_markers(data, fmt, marker):
    assert marker in MARKERS
    assert marker in metadata_markers(data, fmt)


def test_a_cleaned_phone_photo_passes_the_scan():
    stored = processed(phone_photo_with_gps(), "foto.jpg")
    assert metadata_markers(stored.content, _JPEG) == []


# PDFs with active content are cleaned, not refused -------------------------------------------------

ACTIVE_PDF_NAMES = (
    b"/JavaScript", b"/JS", b"/Launch", b"/EmbeddedFile", b"/OpenAction", b"/AA", b"/URI", b"/SubmitForm",
    b"/XFA", b"/RichMedia",
)  # fmt: skip
HELVETICA = pikepdf.Dictionary(
    Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
)


def javascript(code):
    return pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String(code))


def page_with_text(pdf, text):
    pdf.add_blank_page(page_size=(595, 842))
    page = pdf.pages[-1]
    page.Resources = pikepdf.Dictionary(
        Font=pikepdf.Dictionary(
            F1=pikepdf.Dictionary(
                Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
            )
        )
    )
    page.Contents = pdf.make_stream(b"BT /F1 12 Tf 72 720 Td (" + text + b") Tj ET")
    return page


def annotation(pdf, page, subtype, **entries):
    made = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name(subtype), Rect=[72, 600, 300, 640], **entries
        )
    )
    page.Annots = pikepdf.Array([*page.obj.get("/Annots", []), made])
    return made


def saved(pdf):
    buffer = io.BytesIO()
    pdf.save(buffer, compress_streams=False)
    return buffer.getvalue()


def payslip_with_form_scripts():
    """A payslip as a company's payroll software makes it: a form whose fields format themselves with
    scripts, a script that runs on opening, an XFA copy of the form and a button that sends it away."""
    pdf = pikepdf.new()
    page = page_with_text(pdf, b"Slip gaji Maret 2026")
    wage = annotation(
        pdf,
        page,
        "/Widget",
        FT=pikepdf.Name.Tx,
        T=pikepdf.String("gaji_pokok"),
        V=pikepdf.String("Rp 3.500.000"),
        AA=pikepdf.Dictionary(
            K=javascript('AFNumber_Keystroke(0, 0, 0, 0, "Rp ", true);'),
            F=javascript('AFNumber_Format(0, 0, 0, 0, "Rp ", true);'),
        ),
    )
    send = annotation(
        pdf,
        page,
        "/Widget",
        FT=pikepdf.Name.Btn,
        Ff=65536,
        T=pikepdf.String("kirim"),
        A=pikepdf.Dictionary(
            S=pikepdf.Name.SubmitForm,
            F=pikepdf.Dictionary(FS=pikepdf.Name.URL, F=pikepdf.String("http://payroll.example/terima")),
        ),
    )
    xfa = pdf.make_stream(b"<xdp:xdp><template><script>xfa.host.gotoURL('http://payroll.example')</script>")
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=[wage, send], XFA=xfa, DA=pikepdf.String("/F1 10 Tf 0 g"))
    pdf.Root.Names = pikepdf.Dictionary(
        JavaScript=pikepdf.Dictionary(Names=[pikepdf.String("init"), javascript("app.alert('Rahasia')")])
    )
    pdf.Root.OpenAction = javascript("this.print();")
    return saved(pdf)


def assert_stored_pdf_is_inactive(stored, text):
    for name in ACTIVE_PDF_NAMES:
        assert name not in stored.content, name
    assert metadata_markers(stored.content, _PDF) == []
    reader = PdfReader(io.BytesIO(stored.content))
    assert text in reader.pages[0].extract_text()


def test_a_payslip_with_form_scripts_is_stored_without_them_and_keeps_its_text_and_values():
    document = payslip_with_form_scripts()
    assert b"/JavaScript" in document and b"/XFA" in document

    stored = processed(document, "slip-gaji-maret.pdf")

    assert_stored_pdf_is_inactive(stored, "Slip gaji Maret 2026")
    assert b"AFNumber" not in stored.content and b"payroll.example" not in stored.content
    assert b"Rahasia" not in stored.content and b"xdp" not in stored.content
    with pikepdf.open(io.BytesIO(stored.content)) as pdf:
        fields = {str(field.T): field for field in pdf.Root.AcroForm.Fields}
        assert str(fields["gaji_pokok"].V) == "Rp 3.500.000"
        assert "/A" not in fields["kirim"]  # the button is still there and sends nothing
        assert len(pdf.pages[0].Annots) == 2


def test_a_scan_with_an_attached_file_is_stored_without_the_file_and_keeps_its_picture():
    pdf = pikepdf.new()
    page = page_with_text(pdf, b"Surat PHK")
    photo = pikepdf.Stream(pdf, phone_photo_with_gps())
    photo.Type, photo.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    photo.Width, photo.Height, photo.BitsPerComponent = 80, 60, 8
    photo.ColorSpace, photo.Filter = pikepdf.Name.DeviceRGB, pikepdf.Name.DCTDecode
    page.Resources.XObject = pikepdf.Dictionary(Im0=photo)
    page.Contents = pdf.make_stream(page.Contents.read_bytes() + b" q 80 0 0 60 72 600 cm /Im0 Do Q")
    attached = pdf.make_stream(b"Daftar nama pekerja yang ikut mogok")
    attached.Type = pikepdf.Name.EmbeddedFile
    filespec = pikepdf.Dictionary(
        Type=pikepdf.Name.Filespec, F=pikepdf.String("daftar.txt"), EF=pikepdf.Dictionary(F=attached)
    )
    annotation(pdf, page, "/FileAttachment", FS=filespec, Contents=pikepdf.String("lampiran"))
    pdf.Root.Names = pikepdf.Dictionary(EmbeddedFiles=pikepdf.Dictionary(Names=["daftar.txt", filespec]))
    document = saved(pdf)
    assert b"Daftar nama pekerja" in document

    stored = processed(document, "scan.pdf")

    assert_stored_pdf_is_inactive(stored, "Surat PHK")
    assert b"Daftar nama" not in stored.content and b"FileAttachment" not in stored.content
    with pikepdf.open(io.BytesIO(stored.content)) as cleaned:
        assert "/Annots" not in cleaned.pages[0] or len(cleaned.pages[0].Annots) == 0
        picture = Image.open(io.BytesIO(cleaned.pages[0].Resources.XObject.Im0.read_raw_bytes()))
        assert picture.size == (80, 60) and not picture.getexif()


def test_media_annotations_and_links_out_are_removed_and_links_within_the_document_kept():
    pdf = pikepdf.new()
    first = page_with_text(pdf, b"Kronologi")
    second = page_with_text(pdf, b"Lampiran foto")
    annotation(
        pdf, first, "/Link", A=pikepdf.Dictionary(S=pikepdf.Name.GoTo, D=[second.obj, pikepdf.Name.Fit])
    )
    media = [
        annotation(pdf, first, subtype) for subtype in ("/RichMedia", "/3D", "/Movie", "/Sound", "/Screen")
    ]
    media[0].RichMediaContent = pikepdf.Dictionary(Assets=pikepdf.Dictionary(Names=[]))
    pdf.Root.Lampiran = media[0]  # still reachable once it is off the page
    outside = [
        pikepdf.Dictionary(S=pikepdf.Name.Launch, F=pikepdf.String("cmd.exe")),
        pikepdf.Dictionary(S=pikepdf.Name.GoToR, F=pikepdf.String("lain.pdf"), D=[0, pikepdf.Name.Fit]),
        pikepdf.Dictionary(S=pikepdf.Name.ImportData, F=pikepdf.String("data.fdf")),
        pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String("http://tracker.example/")),
    ]
    for action in outside:
        annotation(pdf, first, "/Link", A=action)
    second.AA = pikepdf.Dictionary(O=javascript("app.alert(1)"))
    document = saved(pdf)

    stored = processed(document, "kronologi.pdf")

    assert_stored_pdf_is_inactive(stored, "Kronologi")
    for gone in (b"/3D", b"/Movie", b"/Sound", b"/Screen", b"/GoToR", b"/ImportData", b"cmd.exe", b"tracker"):
        assert gone not in stored.content, gone
    with pikepdf.open(io.BytesIO(stored.content)) as cleaned:
        links = list(cleaned.pages[0].Annots)
        assert [str(link.Subtype) for link in links] == ["/Link"] * 5
        kept = [link for link in links if "/A" in link]
        assert len(kept) == 1 and kept[0].A.D[0].objgen == cleaned.pages[1].obj.objgen


@pytest.mark.django_db
def test_a_worker_reporting_with_a_payslip_that_has_form_scripts_gets_it_stored_clean(
    client, form_page, report_data
):
    slip = SimpleUploadedFile(
        "slip-gaji-maret.pdf", payslip_with_form_scripts(), content_type="application/pdf"
    )

    response = client.post(form_page.url, {**report_data(), "attachments": [slip]})

    assert response.status_code == 302
    attachment = CaseAttachment.objects.get()
    stored = attachment.file.read()
    for name in ACTIVE_PDF_NAMES:
        assert name not in stored, name
    assert "Slip gaji Maret 2026" in PdfReader(io.BytesIO(stored)).pages[0].extract_text()


@pytest.mark.django_db
def test_a_pdf_whose_script_cannot_be_removed_is_refused_in_indonesian(client, form_page, report_data):
    photo = phone_photo_with_gps() + b"9 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj"
    document = pdf_with(photo=photo)
    letter = SimpleUploadedFile("surat.pdf", document, content_type="application/pdf")

    response = client.post(form_page.url, {**report_data(), "attachments": [letter]})

    assert response.status_code == 400
    assert "tidak dapat kami hapus dengan aman" in response.content.decode()
    assert not CaseAttachment.objects.exists()

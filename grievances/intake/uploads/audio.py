"""Removing the tags, metadata boxes and metadata chunks that recorders write into audio files."""

import io

import mutagen

from .detection import _WAV, _detect, _iso_boxes

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


def _synchsafe(data):
    size = 0
    for byte in data:  # 7 bits per byte
        size = (size << 7) | (byte & 0x7F)
    return size


def _mpeg_without_tags(data):
    """An MP3 or ADTS (AAC) stream without the tags recorders and taggers put around the frames:
    ID3v2 at the start (or appended, with its 3DI footer), APEv1/v2 and ID3v1 at the end. These
    formats have no other place for metadata, so what is left is only sound."""
    start = 0
    while data.startswith(b"ID3", start) and len(data) >= start + 10:
        footer = 10 if data[start + 5] & 0x10 else 0
        start += 10 + _synchsafe(data[start + 6 : start + 10]) + footer
    while start < len(data) and data[start] == 0:  # padding some taggers leave after the tag
        start += 1
    end, changed = len(data), True
    while changed and end > start:
        changed = False
        if (
            end - start >= 128
            and data[end - 128 : end - 125] == b"TAG"
            and data[end - 131 : end - 128] != b"APE"
        ):
            end, changed = end - 128, True
        if end - start >= 32 and data[end - 32 : end - 24] == b"APETAGEX":
            size = int.from_bytes(data[end - 20 : end - 16], "little")  # items and footer
            flags = int.from_bytes(data[end - 12 : end - 8], "little")
            end, changed = end - size - (32 if flags & 0x80000000 else 0), True
        if end - start >= 10 and data[end - 10 : end - 7] == b"3DI":
            end, changed = end - 20 - _synchsafe(data[end - 4 : end]), True
    stripped = data[max(start, 0) : max(end, start)]
    return stripped if stripped and _detect(stripped) == _detect(data) else data

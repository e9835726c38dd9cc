"""Illustrations for the demo content, drawn locally with Pillow so a fresh install needs no download."""

import io
import math
import random

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1200, 675

PALETTES = {
    "palms": ((214, 234, 248), (46, 125, 50), (27, 94, 32)),
    "fruit": ((255, 236, 179), (191, 54, 12), (93, 64, 55)),
    "workers": ((225, 245, 254), (85, 139, 47), (38, 50, 56)),
    "document": ((236, 239, 241), (69, 90, 100), (176, 190, 197)),
    "meeting": ((255, 243, 224), (121, 85, 72), (62, 39, 35)),
    "road": ((227, 242, 253), (141, 110, 99), (78, 52, 46)),
    "factory": ((207, 216, 220), (84, 110, 122), (55, 71, 79)),
    "river": ((178, 235, 242), (0, 121, 107), (0, 77, 64)),
    "clinic": ((232, 245, 233), (198, 40, 40), (56, 142, 60)),
    "housing": ((255, 248, 225), (161, 136, 127), (93, 64, 55)),
}


def _palm(draw, x, base, height, colour):
    top = base - height
    draw.line([(x, base), (x + height * 0.05, top)], fill=(93, 64, 55), width=max(6, height // 25))
    for i in range(9):
        angle = math.pi * (0.1 + 0.8 * i / 8)
        length = height * 0.45
        end = (x + math.cos(angle) * length, top + math.sin(angle) * length * -0.35 + length * 0.25)
        draw.line([(x + height * 0.05, top), end], fill=colour, width=max(4, height // 30))


def draw_illustration(motif, seed):
    """Return JPEG bytes of a simple, recognisable illustration for the motif."""
    sky, main, dark = PALETTES.get(motif, PALETTES["palms"])
    rng = random.Random(seed)
    image = Image.new("RGB", (WIDTH, HEIGHT), sky)
    draw = ImageDraw.Draw(image)
    horizon = int(HEIGHT * rng.uniform(0.55, 0.7))
    draw.rectangle([0, horizon, WIDTH, HEIGHT], fill=tuple(max(0, c - 40) for c in main))
    draw.ellipse([WIDTH - 220, 60, WIDTH - 120, 160], fill=(255, 213, 79))
    if motif in ("palms", "workers", "road", "river", "fruit"):
        for i in range(7):
            x = int(WIDTH * (i + rng.uniform(0.2, 0.8)) / 7)
            _palm(draw, x, horizon + rng.randint(0, 40), rng.randint(200, 320), main)
    if motif == "river":
        draw.polygon(
            [(0, HEIGHT), (WIDTH * 0.4, horizon + 20), (WIDTH * 0.6, horizon + 20), (WIDTH, HEIGHT)],
            fill=(79, 195, 247),
        )
    if motif == "road":
        draw.polygon(
            [
                (WIDTH * 0.35, HEIGHT),
                (WIDTH * 0.48, horizon),
                (WIDTH * 0.52, horizon),
                (WIDTH * 0.65, HEIGHT),
            ],
            fill=dark,
        )
    if motif == "fruit":
        for _ in range(40):
            x, y = rng.randint(350, 850), rng.randint(horizon - 60, HEIGHT - 60)
            draw.ellipse([x, y, x + 34, y + 34], fill=rng.choice([(191, 54, 12), (230, 81, 0), (62, 39, 35)]))
    if motif in ("workers", "meeting"):
        for i in range(6 if motif == "workers" else 9):
            x = 120 + i * (WIDTH - 240) // (5 if motif == "workers" else 8)
            y = horizon + 40
            draw.ellipse([x - 22, y - 110, x + 22, y - 66], fill=(141, 110, 99))
            draw.rounded_rectangle(
                [x - 34, y - 64, x + 34, y + 60], radius=18, fill=rng.choice([main, dark, (255, 143, 0)])
            )
    if motif in ("document", "meeting"):
        draw.rectangle(
            [WIDTH * 0.3, HEIGHT * 0.15, WIDTH * 0.7, HEIGHT * 0.5],
            fill=(255, 255, 255),
            outline=dark,
            width=4,
        )
        for row in range(6):
            y = HEIGHT * 0.2 + row * 26
            draw.line([(WIDTH * 0.34, y), (WIDTH * (0.5 + rng.uniform(0, 0.16)), y)], fill=main, width=6)
    if motif in ("factory", "clinic", "housing"):
        for i in range(4 if motif != "factory" else 2):
            x = 100 + i * 260
            top = horizon - rng.randint(120, 220)
            draw.rectangle(
                [x, top, x + 200, horizon],
                fill=main if motif != "clinic" else (255, 255, 255),
                outline=dark,
                width=4,
            )
            draw.polygon([(x - 10, top), (x + 100, top - 70), (x + 210, top)], fill=dark)
            if motif == "clinic":
                draw.rectangle([x + 85, top + 20, x + 115, top + 90], fill=main)
                draw.rectangle([x + 65, top + 40, x + 135, top + 70], fill=main)
        if motif == "factory":
            draw.rectangle([WIDTH - 420, horizon - 320, WIDTH - 370, horizon], fill=dark)
            for i in range(5):
                draw.ellipse(
                    [
                        WIDTH - 430 + i * 30,
                        horizon - 380 - i * 40,
                        WIDTH - 350 + i * 40,
                        horizon - 320 - i * 40,
                    ],
                    fill=(224, 224, 224),
                )
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=82, optimize=True)
    return buffer.getvalue()

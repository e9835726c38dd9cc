"""Charts of the public figures: geometry computed here, drawn as inline SVG by the template."""

# Nothing is loaded from anywhere: the page draws the bars itself.
CHART_WIDTH, LABEL_WIDTH, ROW_HEIGHT = 480, 190, 26
MONTH_CHART_HEIGHT, MONTH_BAR_GAP = 160, 6


def svg_number(value):
    """A coordinate for an SVG attribute: always a dot, never the Indonesian decimal comma that
    the template's number formatting would give a float."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def horizontal_chart(rows):
    """rows: [(label, published value or None)] → bars for a horizontal bar chart."""
    highest = max((value for _label_, value in rows if value), default=0) or 1
    bar_area = CHART_WIDTH - LABEL_WIDTH - 50
    bars = []
    for index, (label, value) in enumerate(rows):
        width = bar_area * (value or 0) / highest
        bars.append(
            {
                "label": label,
                "value": value,
                "y": svg_number(index * ROW_HEIGHT),
                "text_y": svg_number(index * ROW_HEIGHT + ROW_HEIGHT * 0.65),
                "x": svg_number(LABEL_WIDTH),
                "width": svg_number(width),
                "value_x": svg_number(LABEL_WIDTH + round(width, 1) + 6),
                "height": svg_number(ROW_HEIGHT - 6),
            }
        )
    return {
        "bars": bars,
        "width": CHART_WIDTH,
        "height": max(len(rows), 1) * ROW_HEIGHT,
        "label_x": LABEL_WIDTH - 8,
    }


def month_chart(rows):
    """rows: [(month label, short label, published value or None)] → bars for a column chart."""
    highest = max((value for _label_, _short, value in rows if value), default=0) or 1
    count = max(len(rows), 1)
    bar_width = (CHART_WIDTH - MONTH_BAR_GAP * (count - 1)) / count
    bars = []
    for index, (label, short, value) in enumerate(rows):
        height = (MONTH_CHART_HEIGHT - 20) * (value or 0) / highest
        x = index * (bar_width + MONTH_BAR_GAP)
        bars.append(
            {
                "label": label,
                "short": short,
                "value": value,
                "x": svg_number(x),
                "center": svg_number(x + bar_width / 2),
                "y": svg_number(MONTH_CHART_HEIGHT - 20 - height),
                "width": svg_number(bar_width),
                "height": svg_number(height),
            }
        )
    return {
        "bars": bars,
        "width": CHART_WIDTH,
        "height": MONTH_CHART_HEIGHT + 18,
        "axis_y": MONTH_CHART_HEIGHT - 20,
    }

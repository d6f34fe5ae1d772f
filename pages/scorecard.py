"""A speaker's verdicts as a horizontal bar chart: the geometry the SVG template draws."""

from dataclasses import dataclass

from pages.verdicts import ScoreRow

WIDTH = 360
ROW_HEIGHT = 28
BAR_HEIGHT = 18
LABEL_WIDTH = 112
BAR_START = LABEL_WIDTH + 8
# Room after the longest bar for its count.
BAR_MAX_WIDTH = WIDTH - BAR_START - 48


@dataclass(frozen=True)
class Bar:
    status: str
    label: str
    count: int
    y: int
    text_y: int
    width: int
    count_x: int


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    label_x: int
    bar_x: int
    bars: list[Bar]
    total: int
    summary: str


def chart(rows: list[ScoreRow]) -> Chart:
    """Bars scaled to the largest count; a count of zero draws no bar, only its number."""
    largest = max((row.count for row in rows), default=0)
    bars = []
    for index, row in enumerate(rows):
        width = round(BAR_MAX_WIDTH * row.count / largest) if largest else 0
        if row.count and not width:
            width = 1  # one claim among a hundred thousand is still visible
        top = index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) // 2
        bars.append(
            Bar(
                status=row.status,
                label=row.label,
                count=row.count,
                y=top,
                text_y=top + BAR_HEIGHT - 4,
                width=width,
                count_x=BAR_START + width + 6,
            )
        )
    total = sum(row.count for row in rows)
    shown = [f"{row.count} {row.label.lower()}" for row in rows if row.count]
    summary = f"{total} claim{'' if total == 1 else 's'}: " + (", ".join(shown) if shown else "none") + "."
    return Chart(
        width=WIDTH,
        height=len(rows) * ROW_HEIGHT,
        label_x=LABEL_WIDTH,
        bar_x=BAR_START,
        bars=bars,
        total=total,
        summary=summary,
    )

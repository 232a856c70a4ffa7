"""A plain A4 document for the case pack, with fpdf2: headings, label/value rows, paragraphs and
photos with captions, and "Page n of N" on every page.

Text is set in DejaVu Sans (bundled in ``fonts/``, with its licence), which covers Latin,
Cyrillic and Greek. Chinese, Japanese and Korean are not in DejaVu: Droid Sans Fallback, bundled
too (Apache 2.0), is the fallback for them, so a store's Chinese name prints on any system;
system CJK fonts are tried only should the bundled one be unusable (see
:data:`CJK_FONT_CANDIDATES`). Only the glyphs used are embedded in the PDF. What goes in the document is decided by the service
(``app/services/evidence_pack.py``); this module only lays it out.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from app.i18n import translate

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FAMILY = "DejaVu"
CJK_FAMILY = "CJKFallback"
CJK_FONT_CANDIDATES = (
    str(FONT_DIR / "DroidSansFallbackFull.ttf"),
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
    "C:/Windows/Fonts/simsun.ttc",
)
LINE = 5.2  # mm per line of body text
PHOTO_MAX_HEIGHT = 165.0  # mm

_log = logging.getLogger(__name__)


class _Document(FPDF):
    def __init__(self, footer_title: str) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.footer_title = footer_title

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FAMILY, size=8)
        self.set_text_color(110)
        self.cell(self.epw / 2, 6, self.footer_title[:80], align="L")
        page = translate("case pack", "Page {page} of {pages}").format(page=self.page_no(), pages="{nb}")
        self.cell(self.epw / 2, 6, page, align="R")
        self.set_text_color(0)


class CasePdf:
    """Build the document top to bottom, then :meth:`save` it."""

    def __init__(self, title: str, footer_title: str) -> None:
        pdf = _Document(footer_title)
        pdf.set_auto_page_break(auto=True, margin=18)
        pdf.set_margins(18, 16, 18)
        pdf.add_font(FAMILY, "", str(FONT_DIR / "DejaVuSans.ttf"))
        pdf.add_font(FAMILY, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        if _add_cjk_fallback(pdf):
            pdf.set_fallback_fonts([CJK_FAMILY], exact_match=False)
        pdf.set_title(title)
        pdf.set_creator("Dispute Desk")
        pdf.add_page()
        self._pdf = pdf
        pdf.set_font(FAMILY, "B", 17)
        pdf.multi_cell(0, 9, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)

    def heading(self, text: str, *, new_page: bool = False) -> None:
        pdf = self._pdf
        if new_page or pdf.get_y() > pdf.page_break_trigger - 30:  # a heading never ends a page
            pdf.add_page()
        pdf.ln(3)
        pdf.set_font(FAMILY, "B", 13)
        pdf.multi_cell(0, 7, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_draw_color(160)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(2)

    def rows(self, pairs: Sequence[tuple[str, str]], *, label_width: float = 48) -> None:
        """Label/value lines (labels bold); long values wrap under themselves."""
        pdf = self._pdf
        for label, value in pairs:
            pdf.set_font(FAMILY, "B", 10)
            pdf.cell(label_width, LINE, label)
            pdf.set_font(FAMILY, "", 10)
            pdf.multi_cell(0, LINE, value or "—", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def paragraph(self, text: str, *, bold: bool = False, size: float = 10, indent: float = 0) -> None:
        pdf = self._pdf
        pdf.set_font(FAMILY, "B" if bold else "", size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, LINE, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def bullets(self, items: Sequence[str]) -> None:
        for item in items:
            self.paragraph(f"•  {item}", indent=2)

    def gap(self, mm: float = 2) -> None:
        self._pdf.ln(mm)

    def photo(self, path: Path, size_px: tuple[int, int], caption: str, details: Sequence[str]) -> None:
        """A photo scaled to the text width (and at most :data:`PHOTO_MAX_HEIGHT`), with its
        caption and details under it; it starts a new page when it would not fit."""
        pdf = self._pdf
        width_px, height_px = size_px
        scale = min(pdf.epw / width_px, PHOTO_MAX_HEIGHT / height_px)
        width, height = width_px * scale, height_px * scale
        needed = height + LINE * (2 + len(details))
        if pdf.get_y() + needed > pdf.page_break_trigger:
            pdf.add_page()
        top = pdf.get_y()
        pdf.image(str(path), x=pdf.l_margin + (pdf.epw - width) / 2, y=top, w=width, h=height)
        pdf.set_y(top + height + 2)
        self.paragraph(caption or translate("case pack", "(no caption)"), bold=True)
        for line in details:
            self.paragraph(line, size=9)
        pdf.ln(4)

    def save(self, target: Path) -> int:
        """Write the file; returns the number of pages."""
        self._pdf.output(str(target))
        return int(self._pdf.pages_count)


def _add_cjk_fallback(pdf: FPDF) -> bool:
    for candidate in CJK_FONT_CANDIDATES:
        path = Path(candidate)
        if not path.is_file():
            continue
        try:
            pdf.add_font(CJK_FAMILY, "", str(path))
        except Exception as exc:  # an unreadable or unsupported font: try the next one
            _log.info("CJK font %s not usable: %s", path, exc)
            continue
        return True
    return False

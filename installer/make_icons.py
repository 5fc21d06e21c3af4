"""Draw the SealDesk app icon (a red seal with 签) as PNG, ICO and ICNS into build/icons/.

Made at build time from the bundled CJK font, so no binary image lives in the repository.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "icons"
FONT = ROOT / "resources" / "fonts" / "NotoSansCJKsc-Bold-GB2312.otf"
RED = (200, 30, 30, 255)
SIZE = 1024


def draw(size: int = SIZE) -> Image.Image:
    """The icon at ``size`` pixels: a round seal ring around the character 签."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    margin, ring = size * 0.06, size * 0.07
    pen.ellipse((margin, margin, size - margin, size - margin), outline=RED, width=round(ring))
    font = ImageFont.truetype(str(FONT), round(size * 0.52))
    pen.text((size / 2, size / 2), "签", font=font, fill=RED, anchor="mm")
    return image


def main() -> None:
    """Write sealdesk.png (256 px), sealdesk.ico and sealdesk.icns."""
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "sealdesk.png")
    big.save(OUT / "sealdesk.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(OUT / "sealdesk.icns")


if __name__ == "__main__":
    main()

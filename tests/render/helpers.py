"""Independent readers for the rendered formats: pypdf, python-docx and the raw Word XML,
Python's HTML parser."""

from __future__ import annotations

import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import docx
import pypdf

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def pdf_text(path: Path) -> tuple[str, int]:
    reader = pypdf.PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    return text.replace("\u00a0", " "), len(reader.pages)


def docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts).replace("\u00a0", " ")


def docx_part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(name).decode("utf-8")


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text, of an HTML file."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag]

    def joined(self) -> str:
        return " ".join(" ".join(self.text).split())


def pdf_root(path: Path) -> Any:
    return pypdf.PdfReader(path).trailer["/Root"]

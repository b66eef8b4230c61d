"""Files a sketch names (its logo, its commitment letter), checked before any engine reads them.

A sketch is untrusted: the path it gives must lie inside the sketch's own folder once every
symlink is resolved, be a regular file of bounded size, and be what it claims by its content
(not its name). Only then are its bytes handed to a renderer.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from sketchkit.core.i18n import Lang, Msg
from sketchkit.documents.model import Logo

MAX_LOGO_BYTES = 2 * 1024 * 1024
MAX_LETTER_BYTES = 20 * 1024 * 1024

_M = {
    "outside": Msg(
        "{field}: {p} ligger utenfor skissens mappe; legg filen i mappen med skissen",
        "{field}: {p} lies outside the sketch's folder; put the file in the sketch's folder",
    ),
    "missing": Msg("{field}: finner ikke {p}", "{field}: {p} not found"),
    "not_file": Msg("{field}: {p} er ikke en vanlig fil", "{field}: {p} is not a regular file"),
    "too_big": Msg(
        "{field}: {p} er {n} byte; grensen er {limit}",
        "{field}: {p} is {n} bytes; the limit is {limit}",
    ),
    "not_image": Msg(
        "{field}: {p} er ikke et PNG-, JPEG- eller SVG-bilde",
        "{field}: {p} is not a PNG, JPEG or SVG image",
    ),
    "not_pdf": Msg("{field}: {p} er ikke en PDF-fil", "{field}: {p} is not a PDF file"),
    "no_letter": Msg(
        "--attach: skissen oppgir ingen forpliktelseserklæring (anchoring.commitment_letter)",
        "--attach: the sketch names no commitment letter (anchoring.commitment_letter)",
    ),
}


class FileCheckError(Exception):
    """A file the sketch names cannot be used; the message says which and why."""


def _read_inside(folder: Path, name: str, field: str, limit: int, lang: Lang) -> tuple[Path, bytes]:
    if "\x00" in name or not name.strip():
        raise FileCheckError(_M["missing"](lang, field=field, p=name.replace("\x00", "\\0")))
    base = folder.resolve()
    try:
        target = (base / name).resolve(strict=True)
    except (OSError, RuntimeError):
        raise FileCheckError(_M["missing"](lang, field=field, p=name)) from None
    if not target.is_relative_to(base):
        raise FileCheckError(_M["outside"](lang, field=field, p=name))
    # Opened without following a last-moment symlink swap, and without blocking on a FIFO.
    try:
        fd = os.open(target, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        raise FileCheckError(_M["missing"](lang, field=field, p=name)) from None
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise FileCheckError(_M["not_file"](lang, field=field, p=name))
        if info.st_size > limit:
            raise FileCheckError(
                _M["too_big"](lang, field=field, p=name, n=info.st_size, limit=limit)
            )
        data = f.read(limit + 1)
    if len(data) > limit:
        raise FileCheckError(_M["too_big"](lang, field=field, p=name, n=len(data), limit=limit))
    return target, data


def _image_kind(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<svg", b"<?xml")) and b"<svg" in data[:4096].lower():
        return "svg"
    return None


def load_logo(folder: Path, name: str, lang: Lang = Lang.NB) -> tuple[Path, Logo]:
    """``applicant.logo``: a PNG, JPEG or SVG inside the sketch's folder, at most 2 MB."""
    field = "applicant.logo"
    path, data = _read_inside(folder, name, field, MAX_LOGO_BYTES, lang)
    kind = _image_kind(data)
    if kind is None:
        raise FileCheckError(_M["not_image"](lang, field=field, p=name))
    if kind == "svg":
        _check_svg(data, name, lang)
    suffix = {"png": "png", "jpeg": "jpg", "svg": "svg"}[kind]
    return path, Logo(data, kind, f"logo.{suffix}")


def _check_svg(data: bytes, name: str, lang: Lang) -> None:
    """An SVG is XML: refuse one that does not parse, or that declares entities (the
    billion-laughs kind of bomb), before any engine sees it."""
    import xml.etree.ElementTree as ET

    if b"<!ENTITY" in data or b"<!DOCTYPE" in data:
        raise FileCheckError(_M["not_image"](lang, field="applicant.logo", p=name))
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        raise FileCheckError(_M["not_image"](lang, field="applicant.logo", p=name)) from None
    if not root.tag.endswith("svg"):
        raise FileCheckError(_M["not_image"](lang, field="applicant.logo", p=name))


def find_letter(folder: Path, name: object, lang: Lang = Lang.NB) -> tuple[Path, bytes]:
    """``anchoring.commitment_letter`` for --attach: a PDF inside the sketch's folder."""
    if not isinstance(name, str) or not name.strip():
        raise FileCheckError(_M["no_letter"](lang))
    field = "anchoring.commitment_letter"
    path, data = _read_inside(folder, name, field, MAX_LETTER_BYTES, lang)
    if not data.lstrip()[:5] == b"%PDF-":
        raise FileCheckError(_M["not_pdf"](lang, field=field, p=name))
    return path, data

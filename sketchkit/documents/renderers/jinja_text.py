"""Markdown and HTML from Jinja2 templates, always in the sandbox."""

from __future__ import annotations

import base64
import re
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sketchkit.core import resources
from sketchkit.core.i18n import Lang, Msg
from sketchkit.documents.model import Document
from sketchkit.documents.renderers import DocumentFormat, Rendered, RenderError, RenderOptions

# Characters with inline meaning in CommonMark/GFM (emphasis, code, links, HTML, tables,
# strikethrough, entities). A backslash before ASCII punctuation shows it literally.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~&$])")
# What starts a block when it opens a line: headings, lists, quotes, setext underlines.
_MD_LEADING = re.compile(r"^(\s*)([#>+=-])")
_MD_ORDERED = re.compile(r"^(\s*\d+)([.)])")
_MD_BREAKS = re.compile(r"[ \t]*(?:\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x85)\s*")
_MD_AUTOLINK = re.compile(r"(?i)\b(https?|ftp|www|mailto|xmpp)([:.])")
_MD_EMAIL = re.compile(r"@")
_NAMES = {"md": "sketch.md.j2", "html": "sketch.html.j2"}


def md_escape(text: object) -> str:
    """Text inside a line (list item, table cell, after a label): inline markup escaped."""
    # Line breaks (LF, CR, CRLF and Unicode's own) would end a table cell or start a new
    # block: fold them first. Line by line, not by a pattern like \s*\n\s*, which is
    # quadratic on a long run of spaces.
    s = " ".join(part.strip() for part in str(text).splitlines() if part.strip())
    s = _MD_INLINE.sub(r"\\\1", s)
    # GFM turns bare URLs, www. names and e-mail addresses into links: break the pattern
    # with an escape that shows nothing.
    s = _MD_AUTOLINK.sub(lambda m: m.group(1) + "\\" + m.group(2), s)
    return _MD_EMAIL.sub(r"\\@", s)


def md_block_escape(text: object) -> str:
    """Text that opens a line (a paragraph, a heading): block markers escaped too."""
    s = md_escape(text)
    s = _MD_LEADING.sub(lambda m: m.group(1) + "\\" + m.group(2), s)
    return _MD_ORDERED.sub(lambda m: m.group(1) + "\\" + m.group(2), s)


_NOT_FOUND = Msg("finner ikke malen {p}", "template not found: {p}")
_FAILED = Msg("malen {where} feilet: {what}", "the template {where} failed: {what}")
_TOO_SLOW = Msg(
    "brukte mer enn {s} sekunder (en løkke uten ende?)",
    "took more than {s} seconds (an endless loop?)",
)
_TOO_BIG = Msg(
    "lager mer enn {n} MB tekst",
    "produces more than {n} MB of text",
)
_OUTSIDE = Msg(
    "{name} ligger utenfor malens mappe",
    "{name} lies outside the template's folder",
)
_TEMPLATE_BYTES = 1_000_000  # one template file
_OUTPUT_CHARS = 50_000_000  # what a template may produce
_SECONDS = 5  # a template's time
_MAX_REPEAT = 1_000_000  # "x" * n and [..] * n: at most this many characters or items


class _Timeout(Exception):
    pass


class _TemplateLimit(Exception):
    """A template went past a limit; the message says which."""


def _guarded_env(search: list[Path], fmt: str) -> Any:
    """A Jinja2 sandbox that reads templates only inside ``search`` (symlinks resolved) and
    refuses arithmetic that would build huge values."""
    from jinja2 import BaseLoader, StrictUndefined, TemplateNotFound
    from jinja2.exceptions import SecurityError
    from jinja2.loaders import split_template_path
    from jinja2.sandbox import SandboxedEnvironment

    folders = [p.resolve() for p in search]

    class FolderLoader(BaseLoader):
        def __init__(self) -> None:
            self.loaded: set[str] = set()

        def get_source(self, environment: Any, template: str) -> tuple[str, str, Any]:
            pieces = split_template_path(template)  # refuses ".." and absolute names
            for folder in folders:
                candidate = folder.joinpath(*pieces)
                try:
                    real = candidate.resolve(strict=True)
                except (OSError, RuntimeError):
                    continue
                if not real.is_relative_to(folder):
                    raise TemplateNotFound(template, _OUTSIDE(Lang.EN, name=template))
                if not real.is_file():
                    continue
                with real.open("rb") as f:
                    raw = f.read(_TEMPLATE_BYTES + 1)
                if len(raw) > _TEMPLATE_BYTES:
                    raise TemplateNotFound(template, f"{template}: over {_TEMPLATE_BYTES} bytes")
                self.loaded.add(str(real))
                return raw.decode("utf-8", errors="replace"), str(real), lambda: True
            raise TemplateNotFound(template)

    class GuardedSandbox(SandboxedEnvironment):
        intercepted_binops = frozenset({"*", "**"})

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            if operator == "*":
                for seq, n in ((left, right), (right, left)):
                    if (
                        isinstance(seq, str | list | tuple)
                        and isinstance(n, int)
                        and len(seq) * max(n, 0) > _MAX_REPEAT
                    ):
                        raise SecurityError("repetition too large")
            if operator == "**" and isinstance(right, int | float) and abs(right) > 100:
                raise SecurityError("power too large")
            return super().call_binop(context, operator, left, right)

    return GuardedSandbox(
        loader=FolderLoader(),
        autoescape=fmt == "html",
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def _where(e: BaseException, name: str, known: set[str]) -> str:
    """``template:line`` of the innermost template frame in the error's traceback."""
    import traceback

    line = getattr(e, "lineno", None)
    filename = getattr(e, "filename", None) or getattr(e, "name", None)
    if line is None:
        frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename in known]
        if frames:
            filename, line = frames[-1].filename, frames[-1].lineno
    where = str(filename or name)
    return f"{where}:{line}" if line else where


@contextmanager
def _time_limit(seconds: int) -> Iterator[None]:
    """SIGALRM stops a runaway template in the main thread (where the command runs)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def render(
    doc: Document,
    fmt: str,
    template: Path | None,
    lang: Lang = Lang.NB,
    *,
    charts: dict[str, str] | None = None,
    logo: str | None = None,
) -> bytes:
    from jinja2 import TemplateError
    from markupsafe import Markup

    name = _NAMES[fmt]
    search = [resources.templates_dir()]
    if template is not None:
        if template.is_dir():
            search.insert(0, template)
        elif template.is_file():
            search.insert(0, template.parent)
            name = template.name
        else:
            raise RenderError(_NOT_FOUND(lang, p=template))
    env = _guarded_env(search, fmt)
    env.filters["md"] = md_escape
    env.filters["md_block"] = md_block_escape
    values = {
        "doc": doc.to_dict(),
        # Pictures made by sketchkit itself (typst's SVG, the checked logo as a data URI).
        "charts": {k: Markup(v) for k, v in (charts or {}).items()},
        "logo": logo,
    }
    started = time.monotonic()
    chunks: list[str] = []
    size = 0
    try:
        with _time_limit(_SECONDS):
            for chunk in env.get_template(name).generate(**values):
                size += len(chunk)
                if size > _OUTPUT_CHARS:
                    raise _TemplateLimit(_TOO_BIG(lang, n=_OUTPUT_CHARS // 1_000_000))
                if time.monotonic() - started > _SECONDS:
                    raise _Timeout
                chunks.append(chunk)
    except _Timeout as e:
        raise RenderError(
            _FAILED(
                lang, where=_where(e, name, env.loader.loaded), what=_TOO_SLOW(lang, s=_SECONDS)
            )
        ) from None
    except _TemplateLimit as e:
        raise RenderError(
            _FAILED(lang, where=_where(e, name, env.loader.loaded), what=str(e))
        ) from None
    except TemplateError as e:
        raise RenderError(
            _FAILED(lang, where=_where(e, name, env.loader.loaded), what=f"{type(e).__name__}: {e}")
        ) from None
    except (ArithmeticError, RecursionError, MemoryError, TypeError, ValueError, LookupError) as e:
        # Runtime errors in a template (1/0, self-extends, a bad call) name template and line.
        raise RenderError(
            _FAILED(lang, where=_where(e, name, env.loader.loaded), what=f"{type(e).__name__}: {e}")
        ) from None
    return "".join(chunks).encode("utf-8")


def _data_uri(doc: Document) -> str | None:
    if doc.logo is None:
        return None
    mime = {"png": "image/png", "jpeg": "image/jpeg", "svg": "image/svg+xml"}[doc.logo.kind]
    return f"data:{mime};base64,{base64.b64encode(doc.logo.data).decode('ascii')}"


def draw(doc: Document, fmt: DocumentFormat, opts: RenderOptions) -> Rendered:
    """This module's entry in the renderer registry."""
    charts: dict[str, str] = {}
    if fmt is DocumentFormat.HTML:
        from sketchkit.documents.renderers.chart_images import svgs

        found = doc.charts()
        charts = {
            c.kind: svg for c, svg in zip(found, svgs(found, doc.lang, opts.lang), strict=True)
        }
    return Rendered(
        render(doc, fmt.value, opts.template, opts.lang, charts=charts, logo=_data_uri(doc))
    )

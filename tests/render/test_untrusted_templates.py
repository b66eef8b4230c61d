"""Issue 10, items 5 and 9: sketch text never becomes Markdown structure; user templates and
Word letterheads are sandboxed for real (folder, time, size, clear errors)."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from sketchkit.documents.renderers import RenderError, jinja_text
from sketchkit.documents.renderers.jinja_text import md_block_escape, md_escape
from sketchkit.documents.renderers.word import check_template
from tests.conftest import run_cli

TODAY = "2017-08-15"
MD = MarkdownIt("commonmark").enable("table")


def _structure(markdown: str) -> list[str]:
    """The block and link tokens a CommonMark reader (with tables) finds."""
    kinds = []
    for token in MD.parse(markdown):
        kinds.append(token.type)
        kinds.extend(child.type for child in token.children or [])
    return [k for k in kinds if k.endswith("_open") or k in ("hr", "html_block", "html_inline")]


HOSTILE_LINES = [
    "# Overskrift",
    "\r# Overskrift etter CR",
    "tekst\r\n- punkt etter CRLF",
    "tekst\r1. nummerert etter CR",
    "| a | b |\r\n|---|---|\r\n| c | d |",
    "[lenke](https://example.com)",
    "<https://example.com>",
    "<b>fet</b><script>x()</script>",
    "> sitat",
    "***",
    "    kodeblokk",
    "```\nkode\n```",
    "Tittel\n===",
    "- a\u2028# b",
]


@pytest.mark.parametrize("text", HOSTILE_LINES)
def test_markdown_escapes_give_sketch_text_no_structure(text: str) -> None:
    plain = _structure("avsnitt\n")
    assert _structure(md_block_escape(text) + "\n") == plain
    assert _structure("- " + md_block_escape(text) + "\n") == _structure("- punkt\n")
    assert _structure("| a |\n|---|\n| " + md_escape(text) + " |\n") == _structure(
        "| a |\n|---|\n| b |\n"
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("#-*+>|[]()<>!`~=_:.1 \r\n\tabwh/@")), max_size=40))
def test_no_generated_text_gains_markdown_structure(text: str) -> None:
    assert _structure(md_block_escape(text) + "\n") in ([], _structure("avsnitt\n"))
    assert _structure("- " + md_block_escape(text) + "\n") in (
        _structure("- \n"),
        _structure("- punkt\n"),
    )


def test_bare_urls_and_addresses_are_not_autolinked() -> None:
    escaped = md_escape("se https://example.com, www.example.com og ola@example.com")
    assert escaped == "se https\\://example.com, www\\.example.com og ola\\@example.com"


def test_rendered_markdown_of_a_hostile_sketch_has_only_its_own_structure(
    sketch_dir: Path,
) -> None:
    sketch = sketch_dir / "skisse.yaml"
    text = sketch.read_text(encoding="utf-8")
    hostile = '"Ærlig\\r# Falsk overskrift\\r\\n- falskt punkt\\r| x | y |\\r[lenke](http://x)"'
    sketch.write_text(
        text.replace("name: Hordaland fylkeskommune", f"name: {hostile}", 1), encoding="utf-8"
    )
    clean = sketch_dir / "ren.md"
    r = run_cli(
        "render", sketch_dir / "skisse.yaml", "-o", sketch_dir / "s.md", "--draft", "--today", TODAY
    )
    assert r.exit_code in (0, 1), r.stderr
    sketch.write_text(text, encoding="utf-8")
    r = run_cli("render", sketch, "-o", clean, "--draft", "--today", TODAY)
    assert r.exit_code == 0, r.stderr
    hostile_md = (sketch_dir / "s.md").read_text(encoding="utf-8")
    assert "\r" not in hostile_md
    assert (
        "- **Søker:** Ærlig # Falsk overskrift - falskt punkt \\| x \\| y \\| "
        "\\[lenke\\](http\\://x)\n"
    ) in hostile_md
    # Exactly the headings, lists, tables and links of the clean sketch.
    assert _structure(hostile_md) == _structure(clean.read_text(encoding="utf-8"))


# Templates: only files inside their folder; runtime errors named by template and line.


def _render_md(sketch_dir: Path, template: Path) -> tuple[int, str]:
    r = run_cli(
        "render", sketch_dir / "skisse.yaml", "-f", "md", "--template", template,
        "-o", sketch_dir / "ut.md", "--today", TODAY,
    )  # fmt: skip
    return r.exit_code, r.stderr


def test_template_cannot_include_a_symlink_out_of_its_folder(
    sketch_dir: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "hemmelig.txt"
    secret.write_text("HEMMELIG", encoding="utf-8")
    folder = tmp_path / "maler"
    folder.mkdir()
    (folder / "lenke.txt").symlink_to(secret)
    (folder / "sketch.md.j2").write_text('{% include "lenke.txt" %}\n', encoding="utf-8")
    code, err = _render_md(sketch_dir, folder)
    assert code == 2
    assert "lenke.txt ligger utenfor malens mappe" in err or "lenke.txt" in err
    assert not (sketch_dir / "ut.md").exists()


def test_template_cannot_climb_with_dotdot(sketch_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "hemmelig.txt").write_text("HEMMELIG", encoding="utf-8")
    folder = tmp_path / "maler"
    folder.mkdir()
    (folder / "sketch.md.j2").write_text('{% include "../hemmelig.txt" %}\n', encoding="utf-8")
    code, err = _render_md(sketch_dir, folder)
    assert code == 2 and "TemplateNotFound" in err


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (
            "linje én\n{{ 1 // 0 }}\n",
            ":2 feilet: ZeroDivisionError: integer division or modulo by zero",
        ),
        ('{% extends "t.md.j2" %}\n', "feilet: RecursionError"),
        ("{% for i in range(10**9) %}{% endfor %}\n", "OverflowError: Range too big"),
        ("{{ 'x' * 10**9 }}\n", "SecurityError: repetition too large"),
        ("{{ 9 ** 99999999 }}\n", "SecurityError: power too large"),
    ],
)
def test_template_runtime_errors_name_template_and_line(
    sketch_dir: Path, tmp_path: Path, body: str, needle: str
) -> None:
    template = tmp_path / "t.md.j2"
    template.write_text(body, encoding="utf-8")
    started = time.monotonic()
    code, err = _render_md(sketch_dir, template)
    assert time.monotonic() - started < 5
    assert code == 2
    assert "t.md.j2" in err and needle in err
    assert "Traceback" not in err


def test_an_endless_template_is_stopped(
    sketch_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jinja_text, "_SECONDS", 1)
    template = tmp_path / "t.md.j2"
    template.write_text(
        "a\n{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}\n",
        encoding="utf-8",
    )
    started = time.monotonic()
    code, err = _render_md(sketch_dir, template)
    assert time.monotonic() - started < 3
    assert code == 2
    assert "t.md.j2:2 feilet: brukte mer enn 1 sekunder (en løkke uten ende?)" in err


# Word letterheads: broken XML and zip bombs refused in bounded memory.


def _letterhead(tmp_path: Path) -> Path:
    path = tmp_path / "brevmal.docx"
    docx.Document().save(str(path))
    return path


def _replace_part(path: Path, name: str, data: bytes) -> None:
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    parts[name] = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for key, value in parts.items():
            z.writestr(key, value)


def test_letterhead_with_broken_xml_is_refused(sketch_dir: Path, tmp_path: Path) -> None:
    path = _letterhead(tmp_path)
    _replace_part(path, "word/styles.xml", b"<w:styles><w:style></w:styles")
    r = run_cli(
        "render", sketch_dir / "skisse.yaml", "-f", "docx", "--template", path, "--today", TODAY
    )
    assert r.exit_code == 2
    assert f"kan ikke bruke {path} som Word-mal: ødelagt XML i word/styles.xml" in r.stderr


def test_letterhead_zip_bomb_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    path = _letterhead(tmp_path)
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z,
        z.open("word/media/bombe.xml", "w", force_zip64=True) as f,
    ):
        block = b"\0" * (1 << 20)
        for _ in range(260):
            f.write(block)
    assert path.stat().st_size < 2_000_000  # small on disk, 260 MB unpacked
    tracemalloc.start()
    with pytest.raises(RenderError) as caught:
        check_template(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "pakket ut er filen over 200 MB (en zip-bombe?)" in str(caught.value)
    assert peak < 20_000_000


def test_letterhead_that_is_no_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "brevmal.docx"
    path.write_bytes(b"dette er ikke en zip")
    with pytest.raises(RenderError) as caught:
        check_template(path)
    assert str(caught.value) == f"kan ikke bruke {path} som Word-mal: ikke en Word-fil (.docx)"


def test_a_good_letterhead_passes_the_check(tmp_path: Path) -> None:
    path = _letterhead(tmp_path)
    check_template(path)  # no error
    assert docx.Document(io.BytesIO(path.read_bytes())).sections

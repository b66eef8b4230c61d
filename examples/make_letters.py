"""Write the example letters of commitment as small, valid one-page PDFs.

The examples need a signed letter beside each sketch; real ones are scanned
PDFs. These stand in for them, made from the sketch's own facts so they stay
in step. Run from the checkout: ``python examples/make_letters.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


def _pdf_text(s: str) -> bytes:
    # WinAnsiEncoding covers æøå; escape what PDF string syntax reserves.
    raw = s.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def letter_pdf(lines: list[str]) -> bytes:
    content = b"BT /F1 11 Tf 72 770 Td 15 TL\n"
    for line in lines:
        content += b"(" + _pdf_text(line) + b") Tj T*\n"
    content += b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def main() -> int:
    for sketch in sorted(HERE.glob("*/skisse.yaml")):
        data = yaml.safe_load(sketch.read_text(encoding="utf-8"))
        a = data["anchoring"]
        # In the sketch's own written standard: a nynorsk sketch gets a nynorsk letter.
        nn = data.get("language") == "nn"
        lines = [
            "Forpliktingserklæring" if nn else "Forpliktelseserklæring",
            "",
            f"{data['applicant']['name']} {'står bak' if nn else 'stiller seg bak'} prosjektskissa"
            if nn
            else f"{data['applicant']['name']} stiller seg bak prosjektskissen",
            f"«{data['title']}»",
            f"til {data['call']}.",
            "",
            f"{'Vedteke' if nn else 'Vedtatt'} av {a['decision']['body']} {a['decision']['date']}, "
            f"sak {a['decision']['reference']}.",
            (
                f"Verksemda set av {a['resources']['person_months']} månadsverk til prosjektet."
                if nn
                else f"Virksomheten setter av {a['resources']['person_months']} månedsverk til prosjektet."
            ),
            "",
            f"{a['top_manager']['name']}",
            f"{a['top_manager']['title']}",
            "",
            "(Døme laga for sketchkit; ikkje eit ekte dokument.)"
            if nn
            else "(Eksempel laget for sketchkit; ikke et ekte dokument.)",
        ]
        if data.get("language") == "nn":
            lines = [
                "Forpliktingserklæring",
                "",
                f"{data['applicant']['name']} stiller seg bak prosjektskissa",
                f"«{data['title']}»",
                f"til {data['call']}.",
                "",
                f"Vedteke av {a['decision']['body']} {a['decision']['date']}, sak {a['decision']['reference']}.",
                f"Verksemda set av {a['resources']['person_months']} månadsverk til prosjektet.",
                "",
                f"{a['top_manager']['name']}",
                f"{a['top_manager']['title']}",
                "",
                "(Døme laga for sketchkit; ikkje eit ekte dokument.)",
            ]
        target = sketch.parent / a["commitment_letter"]
        target.write_bytes(letter_pdf(lines))
        print(f"wrote {target.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Readers: real small files in a temporary folder, good and bad."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from entente.errors import EntenteError, InputError
from entente.read import DEFAULT_MAX_BYTES, read_inputs
from entente.records import Document

NEWS_TXT = (
    "Russian jets strike rebel-held towns in Syria\n"
    "\n"
    "MOSCOW (Reuters) - Russian warplanes bombed rebel-held towns in Homs province on "
    "Wednesday, the Syrian army said.\n"
    "The United States said the strikes hit groups opposed to President Bashar al-Assad.\n"
)

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Russia begins air strikes in Syria | World Wire</title>
<meta property="og:site_name" content="World Wire">
<meta property="article:published_time" content="2015-09-30T14:05:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Russia begins air strikes in Syria</h1>
<p>Russian warplanes carried out their first air strikes in Syria on Wednesday, hitting
targets near the city of Homs, the Russian defence ministry said.</p>
<p>The United States accused Moscow of striking groups opposed to President Bashar
al-Assad rather than Islamic State militants, and called for talks.</p>
</article>
<footer>Copyright 2015 World Wire. All rights reserved.</footer>
</body></html>
"""


def read(*paths, **kwargs) -> list:
    return list(read_inputs([str(p) for p in paths], **kwargs))


def only(items: list):
    assert len(items) == 1, items
    return items[0]


# -- plain text ------------------------------------------------------------------------
def test_text_file_with_title_line(tmp_path: Path):
    path = tmp_path / "russia.txt"
    path.write_bytes(b"\xef\xbb\xbf" + NEWS_TXT.replace("\n", "\r\n").encode("utf-8"))
    doc = only(read(path))
    assert isinstance(doc, Document)
    assert doc.id == str(path)
    assert doc.title == "Russian jets strike rebel-held towns in Syria"
    assert doc.text == NEWS_TXT                     # BOM gone, \r\n -> \n, title kept
    assert doc.n_chars == len(NEWS_TXT)
    assert doc.published is None
    start = doc.text.index("Homs")
    assert doc.text[start:start + 4] == "Homs"


def test_text_without_blank_line_has_no_title(tmp_path: Path):
    path = tmp_path / "plain.txt"
    path.write_text("Russia bombed Aleppo.\nSyria thanked Moscow.\n", encoding="utf-8")
    assert only(read(path)).title is None


# -- HTML ------------------------------------------------------------------------------
def test_html_article(tmp_path: Path):
    path = tmp_path / "strikes.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    doc = only(read(path))
    assert isinstance(doc, Document), doc
    assert doc.id == str(path)
    assert doc.title == "Russia begins air strikes in Syria"
    assert doc.published == "2015-09-30"
    assert doc.source == "World Wire"
    assert "first air strikes in Syria on Wednesday" in doc.text
    assert "called for talks" in doc.text
    assert "Copyright" not in doc.text and "Sport" not in doc.text


def test_html_without_article_text(tmp_path: Path):
    path = tmp_path / "empty.htm"
    path.write_text("<html><head><title>Log in</title></head><body><div></div></body></html>",
                    encoding="utf-8")
    err = only(read(path))
    assert err == InputError(str(path), err.message)
    assert err.message.startswith("no article text found in HTML")


def test_html_in_declared_latin1_charset(tmp_path: Path):
    path = tmp_path / "latin.html"
    html = ("<html><head><meta charset='iso-8859-1'><title>T</title></head><body><p>"
            "Le président français a rencontré le ministre syrien à Genève lundi pour des "
            "pourparlers sur le cessez-le-feu.</p></body></html>")
    path.write_bytes(html.encode("latin-1"))
    doc = only(read(path))
    assert isinstance(doc, Document), doc
    assert "président français" in doc.text


# -- JSON Lines ------------------------------------------------------------------------
def test_jsonl_documents_bad_line_and_bad_date(tmp_path: Path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "rtr-1", "text": "Russia bombed Aleppo on Sunday.",
                    "date": "2015-11-02", "title": "Strikes on Aleppo",
                    "url": "https://example.org/a", "source": "Reuters"}),
        "",
        json.dumps({"text": "Iran and the United States met in Geneva.",
                    "date": "2015-11-03T08:30:00+01:00"}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "bad-date", "text": "Turkey shot down a Russian jet.",
                    "date": "24/11/2015"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "no-text", "title": "Only a title"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = read(path)
    assert [type(x).__name__ for x in out] == ["Document", "Document", "InputError",
                                               "InputError", "InputError", "InputError"]
    first, second, broken, bad_date, not_object, no_text = out
    assert (first.id, first.title, first.published, first.url, first.source) == (
        "rtr-1", "Strikes on Aleppo", "2015-11-02", "https://example.org/a", "Reuters")
    assert first.text == "Russia bombed Aleppo on Sunday."
    assert (second.id, second.published, second.title) == (f"{path}:3", "2015-11-03", None)
    assert broken.source == f"{path}:4" and broken.message.startswith("invalid JSON")
    assert bad_date.source == f"{path}:5"
    assert "'24/11/2015'" in bad_date.message and "2015-11-02" in bad_date.message
    assert not_object.source == f"{path}:6" and "JSON object" in not_object.message
    assert no_text.source == f"{path}:7" and '"text"' in no_text.message


def test_jsonl_size_limit_is_per_line(tmp_path: Path):
    path = tmp_path / "big.jsonl"
    small = json.dumps({"id": "s", "text": "Short."})
    large = json.dumps({"id": "l", "text": "x" * 2000})
    path.write_text(f"{small}\n{large}\n{small.replace('s', 't', 1)}\n", encoding="utf-8")
    out = read(path, max_bytes=1000)
    assert [getattr(x, "id", None) for x in out] == ["s", None, "t"]
    assert out[1].source == f"{path}:2"
    assert "over the 0.0 MB limit per document" in out[1].message


def test_stdin_defaults_to_jsonl():
    stdin = io.StringIO('{"id": "a", "text": "NATO warned Russia."}\n')
    doc = only(read("-", stdin=stdin))
    assert (doc.id, doc.text) == ("a", "NATO warned Russia.")


def test_stdin_as_text_with_binary_stream():
    stdin = io.BytesIO(NEWS_TXT.encode("utf-8"))
    doc = only(read("-", input_format="txt", stdin=stdin))
    assert doc.id == "<stdin>" and doc.title.startswith("Russian jets")


# -- directories and formats -----------------------------------------------------------
def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("x,y", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "Three."}\n', encoding="utf-8")
    out = read(tmp_path)
    assert [d.text for d in out] == ["One.", "Two.", "Three."]
    assert out[1].id == str(tmp_path / "b" / "two.txt")


def test_empty_directory(tmp_path: Path):
    err = only(read(tmp_path))
    assert err.source == str(tmp_path) and ".txt" in err.message


def test_unknown_suffix_and_forced_format(tmp_path: Path):
    path = tmp_path / "story.md"
    path.write_text("Syria and Turkey agreed a ceasefire.", encoding="utf-8")
    err = only(read(path))
    assert err.source == str(path)
    assert ".txt" in err.message and ".jsonl" in err.message and "--input-format" in err.message
    doc = only(read(path, input_format="txt"))
    assert doc.text == "Syria and Turkey agreed a ceasefire."


def test_unknown_input_format_is_a_usage_error(tmp_path: Path):
    with pytest.raises(EntenteError):
        read(tmp_path, input_format="docx")


# -- bad files -------------------------------------------------------------------------
def test_missing_file(tmp_path: Path):
    path = tmp_path / "nope.txt"
    assert only(read(path)) == InputError(str(path), "file not found; check the path")


@pytest.mark.parametrize("content", [b"", b"  \n\t\n"])
def test_empty_file(tmp_path: Path, content: bytes):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    err = only(read(path))
    assert err.source == str(path) and err.message.startswith("is empty")


def test_empty_jsonl_file(tmp_path: Path):
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"\n\n")
    err = only(read(path))
    assert err.source == str(path) and err.message.startswith("is empty")


@pytest.mark.parametrize("name", ["photo.txt", "photo.html", "photo.jsonl"])
def test_binary_file(tmp_path: Path, name: str):
    path = tmp_path / name
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    err = only(read(path))
    assert err.source == str(path)
    assert "looks like a binary file, not text" in err.message


def test_control_characters_count_as_binary(tmp_path: Path):
    path = tmp_path / "ctl.txt"
    path.write_bytes(b"abc\x01\x02\x03\x04\x05def\x06\x07" * 50)
    assert "binary" in only(read(path)).message


def test_latin1_file(tmp_path: Path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Le président a parlé.".encode("latin-1"))
    err = only(read(path))
    assert err.source == str(path)
    assert err.message == ("is not valid UTF-8 (byte 0xe9 at offset 5); convert it, e.g. "
                           f"iconv -f latin1 -t utf-8 {path} > {tmp_path / 'latin.utf8.txt'}")


def test_latin1_jsonl_line(tmp_path: Path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"text": "ok"}\n' + '{"text": "Gen\u00e8ve"}\n'.encode("latin-1"))
    good, err = read(path)
    assert good.text == "ok"
    assert err.source == f"{path}:2" and "offset 13" in err.message
    assert f"iconv -f latin1 -t utf-8 {path} >" in err.message


def test_file_over_size_limit(tmp_path: Path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Russia bombed Aleppo. " * (20 * 1024 * 1024 // 22 + 1))
    path.write_bytes(path.read_bytes()[:20 * 1024 * 1024])
    assert DEFAULT_MAX_BYTES == 10 * 1024 * 1024
    err = only(read(path))
    assert err == InputError(str(path), "is 20.0 MB, over the 10.0 MB limit per document; "
                                        "split it or raise --max-bytes")


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text("Iran agreed to talks.", encoding="utf-8")
    out = read(tmp_path / "missing.txt", good)
    assert isinstance(out[0], InputError) and out[1].text == "Iran agreed to talks."

"""Fuzzing every reader (hypothesis): whatever the bytes, reading never raises.

Each input gives only Documents and InputErrors; an error names its input (``path``,
``path:line``, ``path#entry``, ``path@offset``) and says something; a Document's text is
non-empty, holds no NUL and can be written as UTF-8; and nothing is lost: n non-blank
JSON lines give n results, n CSV rows n results, n feed entries n results.  Inputs:
arbitrary bytes, broken valid files (cut, flipped, spliced), malformed and deeply nested
HTML, control characters, invalid UTF-8, BOMs, right-to-left and mixed scripts, cut gzip
and WARC files, XML bombs, 100,000 tiny documents and a 10 MB sentence.

The longer coverage-guided run is ``bench/fuzz_atheris.py``; ``bench/harden_fuzz.py``
runs a bounded campaign and reports inputs tried, crashes and documents lost.
"""
from __future__ import annotations

import csv
import gzip
import io
import itertools
import json
import os
import time
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entente.errors import InputError
from entente.read import read_inputs
from entente.read.text import SNIFF_BYTES, looks_binary, normalise_newlines
from entente.records import Document

# ENTENTE_FUZZ_EXAMPLES=2000 for a longer run; database=None: nothing written to the tree
EXAMPLES = int(os.environ.get("ENTENTE_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.large_base_example])
FEW = settings(FUZZ, max_examples=max(1, EXAMPLES // 4))

NEWS = [
    "Russian warplanes bombed rebel positions near Homs on Wednesday, the Syrian army said.",
    "The United States accused Moscow of striking groups opposed to President Bashar al-Assad.",
    'Ayman al-Zawahiri called on Islamic State to unite with al-Qaeda, saying "we must fight".',
    "NATO warned Russia over its strikes in Syria.",
]
SCRIPTS = [
    "قصفت الطائرات الروسية مواقع للمعارضة قرب حمص يوم الأربعاء.",         # Arabic
    'צה"ל תקף מטרות של חמאס ברצועת עזה, כך נמסר.',                      # Hebrew
    "Russia (روسيا) and Israel (ישראל) met in Moscow (Москва) 🇷🇺🤝🇮🇱.",   # mixed, emoji
    "普京周三会见了埃尔多安。", "प्रधानमंत्री ने कहा", "\u202eevil\u202c \u2067RTL\u2069",
]
BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
CONTROLS = "".join(map(chr, range(32))) + "\x7f\x85\u2028\u2029\ufeff\ufffe"

words = st.one_of(
    st.sampled_from(NEWS + SCRIPTS),
    st.text(st.characters(codec="utf-8"), max_size=30),
    st.text(st.sampled_from(BIDI + CONTROLS + "ab \n"), max_size=12),
    st.text(st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF), max_size=5),
)
prose = st.lists(words, max_size=6).map(" ".join)
# real text in the encodings one meets: UTF-8 with or without BOM, UTF-16, Latin-1
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252"])
encoded = st.builds(lambda text, enc: text.encode(enc, errors="replace"), prose, encodings)

_names = itertools.count()


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def write(workdir: Path, suffix: str, data: bytes) -> Path:
    path = workdir / f"f{next(_names)}{suffix}"
    path.write_bytes(data)
    return path


def read(path: Path | str, **kwargs) -> list:
    return list(read_inputs([str(path)], **kwargs))


def check(items: list, source: str) -> list:
    """The reader's contract; returns the items."""
    assert items, f"{source}: no result at all (the input vanished)"
    for item in items:
        assert isinstance(item, (Document, InputError)), f"{type(item).__name__}: {item!r}"
        if isinstance(item, InputError):
            assert isinstance(item.source, str) and item.source.startswith(source), item
            assert isinstance(item.message, str) and item.message.strip(), item
            continue
        assert isinstance(item.text, str) and item.text.strip(), item
        assert item.n_chars == len(item.text)
        assert item.origin and item.origin.startswith(source), item.origin
        for value in (item.text, item.id, item.title, item.url, item.source, item.published):
            if value is not None:
                assert isinstance(value, str) and "\x00" not in value
                value.encode("utf-8")              # no lone surrogate: can be stored
        assert item.id
    return items


def docs(items: list) -> list[Document]:
    return [x for x in items if isinstance(x, Document)]


# -- valid files of each format, to break --------------------------------------------------
ARTICLE = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Jets hit Homs</title>"
           "</head><body><nav>Home</nav><article><h1>Jets hit Homs</h1>"
           + "".join(f"<p>{escape(s)}</p>" for s in NEWS)
           + f"<p>{SCRIPTS[2]}</p></article><footer>(c) Wire</footer></body></html>")


def jsonl_bytes(texts: list[str]) -> bytes:
    return b"".join(json.dumps({"id": f"d{i}", "text": t, "date": "2015-11-02"})
                    .encode("utf-8") + b"\n" for i, t in enumerate(texts))


def csv_bytes(rows: list[list[str]], header=("id", "text", "date")) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def rss_bytes(texts: list[str]) -> bytes:
    items = "".join(f"<item><title>t{i}</title><guid>g{i}</guid><link>https://w.example/{i}"
                    f"</link><pubDate>Tue, 03 Nov 2015 08:30:00 GMT</pubDate><description>"
                    f"{escape(t)}</description></item>" for i, t in enumerate(texts))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Wire</title>{items}</channel></rss>").encode("utf-8")


def atom_bytes(texts: list[str]) -> bytes:
    entries = "".join(f"<entry><title>t{i}</title><id>urn:e:{i}</id>"
                      f"<updated>2016-03-14T12:00:00Z</updated><content type='html'>"
                      f"{escape(escape(t))}</content></entry>" for i, t in enumerate(texts))
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Desk</title><id>urn:desk</id>{entries}</feed>").encode("utf-8")


def warc_bytes(pages: list[tuple[str, bytes]], gz: bool) -> bytes:
    """A WARC with a request, the pages (HTML responses) and an image between them."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    w = WARCWriter(out, gzip=gz)
    w.write_record(w.create_warc_record("https://w.example/", "request",
                                        payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
    for n, (url, body) in enumerate(pages):
        ctype = "text/html; charset=utf-8"
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body),
                                            http_headers=headers))
        if n == 0:
            image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")],
                                     protocol="HTTP/1.1")
            w.write_record(w.create_warc_record("https://w.example/a.png", "response",
                                                payload=io.BytesIO(b"\x89PNG\r\n\x1a\n...."),
                                                http_headers=image))
    return out.getvalue()


PAGES = [(f"https://w.example/{i}", ARTICLE.replace("Jets hit Homs", f"Story {i}")
          .encode("utf-8")) for i in range(3)]
WARCS = {gz: warc_bytes(PAGES, gz=gz) for gz in (False, True)}   # built once: record ids vary
SAMPLES = {
    ".txt": ("\ufeff" + "\n\n".join(NEWS + SCRIPTS)).encode("utf-8"),
    ".html": ARTICLE.encode("utf-8"),
    ".jsonl": jsonl_bytes(NEWS + SCRIPTS),
    ".csv": csv_bytes([[f"c{i}", t, "2015-11-02"] for i, t in enumerate(NEWS + SCRIPTS)]),
    ".rss": rss_bytes(NEWS + SCRIPTS),
    ".atom": atom_bytes(NEWS),
    ".warc": WARCS[False],
    ".warc.gz": WARCS[True],
}
SAMPLES[".jsonl.gz"] = gzip.compress(SAMPLES[".jsonl"])
SAMPLES[".csv.gz"] = gzip.compress(SAMPLES[".csv"])
SAMPLES[".txt.gz"] = gzip.compress(SAMPLES[".txt"])
SAMPLES[".rss.gz"] = gzip.compress(SAMPLES[".rss"])
SAMPLES[".html.gz"] = gzip.compress(SAMPLES[".html"])


@st.composite
def mutated(draw, base: bytes) -> bytes:
    """``base`` broken a few times: cut, bytes flipped, junk inserted, slices repeated."""
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["cut", "flip", "insert", "repeat", "delete"]))
        if op == "cut":
            del data[at:]
        elif op == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif op == "insert":
            data[at:at] = draw(st.one_of(st.binary(max_size=16), encoded,
                                         st.sampled_from([b"\x00", b"\xff\xfe", b"\xef\xbb\xbf",
                                                          b"\xc3", b"\xed\xa0\x80", b"<", b"]]>",
                                                          b'"', b"\r", b"\n", b"&#0;"])))
        elif op == "repeat":
            end = draw(st.integers(at, min(len(data), at + 200)))
            data[at:at] = data[at:end] * draw(st.integers(1, 20))
        elif op == "delete":
            del data[at:draw(st.integers(at, len(data)))]
    return bytes(data)


def any_bytes_for(suffix: str) -> st.SearchStrategy[bytes]:
    return st.one_of(st.binary(max_size=3000), encoded, mutated(SAMPLES[suffix]))


# -- every reader, anything --------------------------------------------------------------
@FUZZ
@given(data=st.data(), suffix=st.sampled_from(sorted(SAMPLES)))
def test_any_bytes_in_any_format(workdir, data, suffix):
    path = write(workdir, suffix, data.draw(any_bytes_for(suffix)))
    check(read(path), str(path))


@FUZZ
@given(data=st.binary(max_size=3000) | encoded | mutated(SAMPLES[".jsonl.gz"]),
       fmt=st.sampled_from(["jsonl", "csv", "feed", "txt", "html", "warc"]))
def test_any_bytes_on_standard_input(data, fmt):
    check(read("-", stdin=io.BytesIO(data), input_format=fmt), "<stdin>")


@FEW
@given(st.data())
def test_samples_read_whole(workdir, data):
    """The unbroken samples give documents (so that the fuzzing above breaks real files)."""
    suffix = data.draw(st.sampled_from(sorted(SAMPLES)))
    path = write(workdir, suffix, SAMPLES[suffix])
    assert docs(check(read(path), str(path)))


# -- plain text: any script, any control character -------------------------------------
@FUZZ
@given(text=prose, bom=st.sampled_from(["", "\ufeff"]))
def test_text_keeps_every_script(workdir, text, bom):
    data = (bom + text).encode("utf-8")
    path = write(workdir, ".txt", data)
    item, = check(read(path), str(path))
    expected = text if bom else text.removeprefix("\ufeff")
    expected = normalise_newlines(expected.replace("\x00", ""))
    if expected.strip() and data.strip() and not looks_binary(data):
        assert isinstance(item, Document) and item.text == expected
    else:
        assert isinstance(item, InputError)


@FEW
@given(pad=st.integers(0, 40), junk=st.binary(max_size=50), suffix=st.sampled_from([".txt",
                                                                                   ".html"]))
def test_nul_after_the_sniffed_head_is_dropped(workdir, pad, junk, suffix):
    """looks_binary reads the first 8 KB; a NUL after them must not reach the text."""
    head = (f"<p>{NEWS[0]}</p>" if suffix == ".html" else NEWS[0]).encode()
    head = head * (SNIFF_BYTES // len(head) + 1) + b" " * pad
    path = write(workdir, suffix, head + b"\x00" + junk.replace(b"\x00", b"") + b"\x00 end.")
    check(read(path), str(path))


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".html", ".csv"])
def test_file_names_that_are_not_utf8(workdir, suffix):
    """A name the file system gives as undecodable bytes: errors and ids can be printed
    and stored (the bytes shown as escapes)."""
    data = SAMPLES[suffix]
    path = workdir / os.fsdecode(b"bad\xff\xfe-name" + suffix.encode())
    path.write_bytes(data)
    shown = str(workdir / ("bad\\xff\\xfe-name" + suffix))
    items = check(read(path), shown)
    assert docs(items)
    missing = check(read(workdir / os.fsdecode(b"gone\xff.txt")), str(workdir / "gone"))
    assert "\\xff" in missing[0].source


# -- HTML: malformed, unclosed, deeply nested ------------------------------------------
TAGS = ["html", "head", "body", "article", "div", "p", "span", "table", "tr", "td", "ul",
        "li", "script", "style", "title", "h1", "a", "b", "i", "svg", "math", "template"]
html_piece = st.one_of(
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"),
    st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(NEWS + SCRIPTS).map(escape),
    prose,
    st.sampled_from(["<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "&amp;", "&#0;",
                     "&#xD800;", "&nbsp", "<", ">", "<p class='x", "<meta charset=latin-9>",
                     "<meta charset='utf-16'>", "<meta charset=undefined>", "<meta charset=idna>",
                     "<meta charset=rot13>", '<a href="javascript:">', "<?xml ?>"]),
)
tag_soup = st.lists(html_piece, max_size=40).map("".join)


@FUZZ
@given(soup=tag_soup, depth=st.sampled_from([0, 1, 50, 300, 3000]),
       enc=st.sampled_from(["utf-8", "utf-16", "latin-1"]))
def test_malformed_and_nested_html(workdir, soup, depth, enc):
    page = "<div>" * depth + soup + "".join(f"<p>{escape(s)}</p>" for s in NEWS) + soup
    path = write(workdir, ".html", page.encode(enc, errors="replace"))
    check(read(path), str(path))


def test_very_deep_html(workdir):
    page = "<html><body>" + "<div><span>" * 100_000 + f"<p>{NEWS[0]}</p>"
    path = write(workdir, ".html", page.encode())
    check(read(path), str(path))


@pytest.mark.parametrize("junk,times", [("<title>", 60_000), ("<script>", 60_000),
                                        ("<style", 60_000), ("<", 200_000), ("< ", 150_000)])
def test_pathological_markup_reads_in_linear_time(workdir, junk, times):
    """Unclosed tags by the ten thousand: the regexes that were here took minutes."""
    page = write(workdir, ".html", f"<html><body><article><p>{NEWS[0]}</p><p>{NEWS[1]}</p>"
                                   f"</article>{junk * times}".encode())
    feed = write(workdir, ".rss", rss_bytes([NEWS[0] + junk * times]))
    for path in (page, feed):
        started = time.perf_counter()
        check(read(path), str(path))
        assert time.perf_counter() - started < 15, path


# -- JSON Lines: n non-blank lines give n results ---------------------------------------
good_line = st.builds(
    lambda i, text, ascii_: json.dumps({"id": f"g{i}", "text": text, "title": text[:20]},
                                       ensure_ascii=ascii_).encode("utf-8"),
    st.integers(0, 10**6), prose.filter(lambda t: t.strip("\x00").strip()), st.booleans())
bad_line = st.one_of(
    st.binary(max_size=200).map(lambda b: b.replace(b"\n", b"")),
    st.sampled_from([b"[1, 2]", b"null", b"3", b'"text"', b"{}", b'{"text": ""}',
                     b'{"text": 5}', b'{"text": "\\u0000"}', b'{"text": "a", "date": "never"}',
                     b'{"text": "a", "date": "9999-99-99"}', b'{"text": "\xff\xfe"}',
                     b'{"text": "broken \\ud83d emoji", "id": "\\udc00"}',
                     b'{"text": "a", "date": "Mon, 02 Nov 99999 08:30:00 GMT"}',
                     b'{"text": "a", "id": {"nested": [1]}}', b'{"text": "a"', b"\xef\xbb\xbf{}",
                     b'{"text": "a", "date": "Mon, 32 Nov 2015 25:61:00 +9999"}',
                     b"[" * 100_000, b'{"text": ' + b'{"a": ' * 50_000,        # too deep
                     b'{"text": "a", "id": 1' + b"1" * 5000 + b"}"]),           # huge int
)
blank_line = st.sampled_from([b"", b" ", b"\t", b"\r"])


@FUZZ
@given(lines=st.lists(st.one_of(good_line, bad_line, blank_line), max_size=30),
       crlf=st.booleans())
def test_jsonl_one_result_per_line(workdir, lines, crlf):
    data = (b"\r\n" if crlf else b"\n").join(lines)
    path = write(workdir, ".jsonl", data)
    items = check(read(path), str(path))
    numbered = [n for n, line in enumerate(data.split(b"\n"), start=1) if line.strip()]
    if not numbered or looks_binary(data[:SNIFF_BYTES]) or data.startswith(b"\x1f\x8b"):
        assert len(items) == 1 and isinstance(items[0], InputError)   # (gzip by its magic)
        return
    assert len(items) == len(numbered)                  # documents lost: 0
    for n, item in zip(numbered, items):
        where = item.source if isinstance(item, InputError) else item.origin
        assert where == f"{path}:{n}"


def test_jsonl_repairs_broken_escapes(workdir):
    path = write(workdir, ".jsonl", b'{"id": "\\udc00x", "text": "a \\ud83d b\\u0000c"}\n')
    doc, = check(read(path), str(path))
    assert doc.text == "a \ufffd bc" and doc.id == "\ufffdx"


# -- CSV: n rows give n results ---------------------------------------------------------
cell = st.one_of(prose, st.sampled_from(NEWS + SCRIPTS), st.sampled_from(['"', ",", ";", "|", "\t",
                                                                         "\n", "\r\n", "", " "]))


@FUZZ
@given(rows=st.lists(st.tuples(cell, cell, st.sampled_from(["2015-11-02", "", "bad"])),
                     max_size=15),
       suffix=st.sampled_from([".csv", ".tsv"]))
def test_csv_one_result_per_row(workdir, rows, suffix):
    out = io.StringIO()
    writer = csv.writer(out, dialect="excel-tab" if suffix == ".tsv" else "excel")
    writer.writerow(["id", "text", "date"])
    writer.writerows(rows)
    path = write(workdir, suffix, out.getvalue().encode("utf-8"))
    items = check(read(path), str(path))
    kept = [r for r in rows if any(c.strip() for c in r)]
    if not kept or looks_binary(out.getvalue().encode("utf-8")[:64 * 1024]):
        assert len(items) == 1 and isinstance(items[0], InputError)
        return
    assert len(items) == len(kept), (items, kept)         # documents lost: 0
    for row, item in zip(kept, items):
        if isinstance(item, Document):
            assert item.text == normalise_newlines(row[1]).replace("\x00", "")


@FEW
@given(data=mutated(SAMPLES[".csv"]), columns=st.dictionaries(
    st.sampled_from(["text", "id", "date", "title"]), st.sampled_from(["text", "id", "x", ""])))
def test_csv_column_mappings(workdir, data, columns):
    path = write(workdir, ".csv", data)
    check(read(path, columns={k: v for k, v in columns.items() if v}), str(path))


# -- feeds: n entries give n results ----------------------------------------------------
xml_char = st.characters(codec="utf-8").filter(
    lambda c: c in "\t\n\r" or (" " <= c and c not in "\ufffe\uffff"))
xml_prose = st.lists(st.one_of(st.sampled_from(NEWS + SCRIPTS), st.text(xml_char, max_size=30)),
                     max_size=4).map(" ".join)


@FUZZ
@given(texts=st.lists(xml_prose, min_size=1, max_size=12), atom=st.booleans())
def test_feed_one_result_per_entry(workdir, texts, atom):
    path = write(workdir, ".atom" if atom else ".rss",
                 atom_bytes(texts) if atom else rss_bytes(texts))
    items = check(read(path), str(path))
    assert len(items) == len(texts)                     # documents lost: 0
    for n, item in enumerate(items, start=1):
        assert (item.source if isinstance(item, InputError) else item.origin) == f"{path}#{n}"


# -- XML bombs ---------------------------------------------------------------------------
LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">'
                    for i in range(1, 10)) + "]>")
XXE = '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
PARAM = '<!DOCTYPE foo [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>'
RSS_BODY = ("<rss version='2.0'><channel><title>t</title><item><title>x</title><description>"
            "{ref} Russia attacked.</description></item></channel></rss>")
BOMBS = {"laughs": (LAUGHS, "&lol9;"), "xxe": (XXE, "&xxe;"), "param": (PARAM, "")}


@pytest.mark.parametrize("kind", sorted(BOMBS))
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
@pytest.mark.parametrize("well_formed", [True, False])
def test_xml_bomb_feeds_are_refused(workdir, kind, encoding, well_formed):
    dtd, ref = BOMBS[kind]
    body = RSS_BODY.format(ref=ref)
    feed = f'<?xml version="1.0" encoding="{encoding}"?>{dtd}' + (
        body if well_formed else body.replace("</channel>", "<<</chan"))
    path = write(workdir, ".rss", feed.encode(encoding))
    started = time.perf_counter()
    err, = check(read(path), str(path))
    assert time.perf_counter() - started < 5
    assert isinstance(err, InputError) and err.source == str(path)
    if encoding == "utf-16":          # NUL bytes: refused as binary before any parser
        assert "binary" in err.message
    else:
        assert "XML entities" in err.message and "refused" in err.message


def test_xxe_names_what_it_would_read(workdir):
    path = write(workdir, ".xml", (XXE + RSS_BODY.format(ref="&xxe;")).encode())
    err, = read(path)
    assert 'SYSTEM "file:///etc/passwd"' in err.message


def test_plain_feeds_still_read(workdir):
    old = ('<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS '
           '0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">'
           + RSS_BODY.format(ref="NATO &amp; the EU said"))
    for suffix, data in ((".rss", SAMPLES[".rss"]), (".atom", SAMPLES[".atom"]),
                         (".rss", old.encode()), (".rss", SAMPLES[".rss"].replace(
                             b"Wire", b"Wire &nbsp; &eacute;"))):
        path = write(workdir, suffix, data)
        items = check(read(path), str(path))
        assert items and all(isinstance(x, Document) for x in items), items


@pytest.mark.parametrize("kind", sorted(BOMBS))
def test_xml_bomb_pages_are_refused(workdir, kind):
    dtd, ref = BOMBS[kind]
    page = f"<?xml version='1.0'?>{dtd}<html><body><article><p>{ref} {NEWS[0]}</p>" \
           f"<p>{NEWS[1]}</p></article></body></html>"
    path = write(workdir, ".html", page.encode())
    err, = check(read(path), str(path))
    assert isinstance(err, InputError) and "XML entities" in err.message
    warc = write(workdir, ".warc.gz", warc_bytes([("https://w.example/bomb", page.encode()),
                                                  PAGES[0]], gz=True))
    bomb, doc = check(read(warc), str(warc))
    assert isinstance(bomb, InputError) and "XML entities" in bomb.message
    assert bomb.source.startswith(f"{warc}@") and "https://w.example/bomb" in bomb.message
    assert isinstance(doc, Document) and doc.id == PAGES[0][0]     # the next page still read


# -- cut gzip and WARC files ---------------------------------------------------------------
@FUZZ
@given(data=st.data(), suffix=st.sampled_from([".jsonl.gz", ".csv.gz", ".txt.gz", ".rss.gz",
                                               ".html.gz"]))
def test_cut_gzip(workdir, data, suffix):
    full = SAMPLES[suffix]
    cut = data.draw(st.integers(0, len(full) - 1))
    path = write(workdir, suffix, full[:cut])
    items = check(read(path), str(path))
    assert any(isinstance(x, InputError) for x in items)     # never silently short
    whole = {(d.id, d.text) for d in docs(read(write(workdir, suffix, full)))}
    assert {(d.id, d.text) for d in docs(items)} <= whole


@FUZZ
@given(data=st.data(), gz=st.booleans())
def test_cut_warc(workdir, data, gz):
    """A WARC cut anywhere gives whole pages or errors, never part of a page as a page."""
    full = WARCS[gz]
    suffix = ".warc.gz" if gz else ".warc"
    cut = data.draw(st.integers(0, len(full) - 1))
    path = write(workdir, suffix, full[:cut])
    items = check(read(path), str(path))
    whole = {(d.id, d.text) for d in docs(read(write(workdir, suffix, full)))}
    assert len(whole) == len(PAGES)
    assert {(d.id, d.text) for d in docs(items)} <= whole


@FUZZ
@given(data=st.data(), gz=st.booleans())
def test_garbled_warc(workdir, data, gz):
    full = WARCS[gz]
    path = write(workdir, ".warc.gz" if gz else ".warc", data.draw(mutated(full)))
    check(read(path), str(path))


def test_cut_gzip_on_standard_input():
    items = check(read("-", stdin=io.BytesIO(SAMPLES[".jsonl.gz"][:-9])), "<stdin>")
    assert isinstance(items[-1], InputError) and "gzip" in items[-1].message


# -- sizes: 100,000 tiny documents, a 10 MB sentence ------------------------------------------
def test_hundred_thousand_tiny_documents(workdir):
    n = 100_000
    lines = [b"{broken" if i % 1000 == 999 else
             b'{"id": "t%d", "text": "Tiny %d."}' % (i, i) for i in range(n)]
    path = write(workdir, ".jsonl.gz", gzip.compress(b"\n".join(lines), compresslevel=1))
    count = errors = 0
    for item in read_inputs([str(path)]):
        count += 1
        errors += isinstance(item, InputError)
    assert (count, errors) == (n, n // 1000)              # documents lost: 0


def test_ten_megabyte_sentence(workdir):
    sentence = ("Russia and Turkey and Iran " * 400_000)[:10_000_000].rstrip() + " agreed."
    path = write(workdir, ".txt", sentence.encode())
    doc, = check(read(path), str(path))
    assert isinstance(doc, Document) and doc.n_chars == len(sentence)
    over = write(workdir, ".txt", b"x" * (10 * 1024 * 1024 + 1))
    err, = read(over)
    assert isinstance(err, InputError) and "limit" in err.message

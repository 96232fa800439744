"""Readers for CSV/TSV, RSS/Atom, WARC, gzip and glob patterns, on real small files."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from entente.errors import EntenteError, InputError
from entente.read import count_documents, parse_columns, read_inputs
from entente.records import Document

STORY = ("Russian warplanes bombed rebel positions near Homs on Wednesday, the Syrian army "
         "said. The United States accused Moscow of striking groups opposed to President "
         "Bashar al-Assad.")

ARTICLE_HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Turkey shoots down Russian jet | Wire</title>
<meta property="og:site_name" content="World Wire">
<meta property="article:published_time" content="2015-11-24T09:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/sport">Sport</a></nav><article>
<h1>Turkey shoots down Russian jet</h1>
<p>Turkish F-16 jets shot down a Russian warplane near the Syrian border on Tuesday,
the Turkish military said, saying the plane had violated its airspace.</p>
<p>Russia denied that the jet had left Syrian airspace and warned of serious consequences
for relations between Moscow and Ankara.</p></article>
<footer>Copyright World Wire</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>World Wire</title><link>https://wire.example/</link>
<item><title>Iran and the US meet in Geneva</title>
<link>https://wire.example/geneva</link><guid>wire-1001</guid>
<pubDate>Tue, 03 Nov 2015 08:30:00 GMT</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>Iranian and American negotiators met in Geneva on Monday.</p>
<p>The talks &amp; the visit were "constructive", officials said.</p>]]></content:encoded>
</item>
<item><title>NATO warns Russia</title><link>https://wire.example/nato</link>
<pubDate>Wed, 04 Nov 2015 10:00:00 +0100</pubDate>
<description>&lt;p&gt;NATO warned Russia over its strikes in Syria.&lt;/p&gt;</description></item>
<item><title>Link only</title><link>https://wire.example/empty</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>urn:desk</id>
<updated>2016-03-14T12:00:00Z</updated>
<entry><title>Jet shot down</title><id>urn:desk:1</id>
<link href="https://desk.example/1"/><updated>2016-03-14T12:00:00Z</updated>
<content type="html">&lt;p&gt;Turkey shot down a Russian warplane on Sunday.&lt;/p&gt;</content>
</entry></feed>"""


def read(*paths, **kwargs) -> list:
    return list(read_inputs([str(p) for p in paths], **kwargs))


def docs_of(items) -> list[Document]:
    assert all(isinstance(x, Document) for x in items), items
    return items


# -- CSV -------------------------------------------------------------------------------
def test_csv_columns_found_by_name(tmp_path: Path):
    path = tmp_path / "wire.csv"
    path.write_text("guid,headline,body,pubdate,outlet,link\n"
                    f'r1,Strikes near Homs,"{STORY}",2015-09-30,Reuters,https://r.example/1\n'
                    '\n'
                    'r2,Second,"Line one.\nLine two, with a comma.",2015-10-01T10:00:00Z,AP,\n',
                    encoding="utf-8")
    first, second = docs_of(read(path))
    assert (first.id, first.title, first.published, first.source, first.url) == (
        "r1", "Strikes near Homs", "2015-09-30", "Reuters", "https://r.example/1")
    assert first.text == STORY and first.origin == f"{path}:2"
    assert second.text == "Line one.\nLine two, with a comma."
    assert second.published == "2015-10-01" and second.url is None
    assert second.origin == f"{path}:4"


def test_csv_column_mapping_and_bad_rows(tmp_path: Path):
    path = tmp_path / "export.csv"
    path.write_text("story_id;article_text;when;paper\n"
                    f"a;{STORY};2015-09-30;Le Monde\n"
                    "b;;2015-09-30;Le Monde\n"
                    "c;NATO warned Russia.;30/09/2015;Le Monde\n"
                    "d;Iran agreed to talks.;Mon, 02 Nov 2015 08:30:00 GMT;Le Monde\n",
                    encoding="utf-8")
    mapping = parse_columns("text=article_text, id=story_id,date=when,source=paper")
    good, empty, bad_date, rfc = read(path, columns=mapping)
    assert (good.id, good.text, good.source, good.published) == ("a", STORY, "Le Monde",
                                                                  "2015-09-30")
    assert empty.source == f"{path}:3" and "no text in column 'article_text'" in empty.message
    assert bad_date.source == f"{path}:4" and "'30/09/2015'" in bad_date.message
    assert rfc.published == "2015-11-02"


def test_csv_without_text_column_names_its_columns(tmp_path: Path):
    path = tmp_path / "x.csv"
    path.write_text("headline,summary\nA,B\n", encoding="utf-8")
    err, = read(path)
    assert err.source == str(path)
    assert "headline, summary" in err.message and "--columns text=" in err.message
    err, = read(path, columns={"text": "missing"})
    assert "no column 'missing'" in err.message


def test_csv_mapping_errors_are_usage_errors():
    with pytest.raises(EntenteError, match="FIELD=COLUMN"):
        parse_columns("text")
    with pytest.raises(EntenteError, match="unknown field 'body'"):
        parse_columns("body=text")


def test_tsv_and_latin1_row(tmp_path: Path):
    path = tmp_path / "feed.tsv"
    path.write_bytes(b"id\ttext\n1\tNATO warned Russia.\n2\tGen\xe8ve talks.\n3\tIran agreed.\n")
    ok, bad, ok2 = read(path)
    assert ok.text == "NATO warned Russia." and ok2.text == "Iran agreed."
    assert bad.source == f"{path}:3" and "not valid UTF-8" in bad.message
    assert "iconv -f latin1" in bad.message


# -- feeds -----------------------------------------------------------------------------
def test_rss_entries(tmp_path: Path):
    path = tmp_path / "wire.rss"
    path.write_text(RSS, encoding="utf-8")
    first, second, empty = read(path)
    assert (first.id, first.title, first.url, first.source, first.published) == (
        "wire-1001", "Iran and the US meet in Geneva", "https://wire.example/geneva",
        "World Wire", "2015-11-03")
    assert first.text == ("Iranian and American negotiators met in Geneva on Monday.\n\n"
                          "The talks & the visit were \"constructive\", officials said.")
    assert first.origin == f"{path}#1"
    assert second.id == "https://wire.example/nato" and second.published == "2015-11-04"
    assert second.text == "NATO warned Russia over its strikes in Syria."
    assert isinstance(empty, InputError) and empty.source == f"{path}#3"
    assert "no text" in empty.message


def test_atom_feed_forced_format(tmp_path: Path):
    path = tmp_path / "desk.feed"           # unknown suffix: the format is forced
    path.write_text(ATOM, encoding="utf-8")
    doc, = read(path, input_format="atom")
    assert (doc.id, doc.url, doc.source, doc.published) == (
        "urn:desk:1", "https://desk.example/1", "Desk", "2016-03-14")
    assert doc.text == "Turkey shot down a Russian warplane on Sunday."


def test_not_a_feed(tmp_path: Path):
    path = tmp_path / "page.xml"
    path.write_text("<html><body><p>Not a feed <<</p></body>", encoding="utf-8")
    err, = read(path)
    assert err.source == str(path) and "RSS or Atom" in err.message


# -- WARC ------------------------------------------------------------------------------
def write_warc(path: Path, gz: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        w = WARCWriter(out, gzip=gz)
        w.write_record(w.create_warc_record("https://wire.example/robots.txt", "request",
                                            payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))

        def response(url, body, ctype="text/html; charset=utf-8", status="200 OK"):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                http_headers=headers))
        response("https://wire.example/jet", ARTICLE_HTML.encode("utf-8"))
        response("https://wire.example/logo.png", b"\x89PNG....", ctype="image/png")
        response("https://wire.example/old", b"", status="301 Moved Permanently")
        response("https://wire.example/login", b"<html><body><div></div></body></html>")


@pytest.mark.parametrize("name,gz", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_warc_html_responses(tmp_path: Path, name: str, gz: bool):
    path = tmp_path / name
    write_warc(path, gz=gz)
    doc, err = read(path)
    assert doc.id == doc.url == "https://wire.example/jet"
    assert doc.title == "Turkey shoots down Russian jet" and doc.source == "World Wire"
    assert doc.published == "2015-11-24"
    assert "shot down a Russian warplane" in doc.text and "Copyright" not in doc.text
    assert doc.origin.startswith(f"{path}@") and "<urn:uuid:" in doc.origin
    assert err.source.startswith(f"{path}@") and "https://wire.example/login" in err.message


def test_truncated_warc(tmp_path: Path):
    good = tmp_path / "a.warc"
    write_warc(good, gz=False)
    cut = tmp_path / "cut.warc"
    data = good.read_bytes()
    cut.write_bytes(data[:data.index(b"Turkish F-16") + 10])
    out = read(cut)
    assert out and all(isinstance(x, InputError) for x in out), out
    assert out[-1].source.startswith(str(cut))


# -- gzip and globs --------------------------------------------------------------------
def test_gzip_of_each_format(tmp_path: Path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(STORY.encode("utf-8")))
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(
        (json.dumps({"id": "j1", "text": "NATO warned Russia."}) + "\n").encode("utf-8")))
    (tmp_path / "c.csv.gz").write_bytes(gzip.compress(b"id,text\nc1,Iran agreed to talks.\n"))
    (tmp_path / "d.html.gz").write_bytes(gzip.compress(ARTICLE_HTML.encode("utf-8")))
    (tmp_path / "e.rss.gz").write_bytes(gzip.compress(ATOM.encode("utf-8")))
    out = docs_of(read(tmp_path))
    assert [d.id for d in out] == [str(tmp_path / "a.txt.gz"), "j1", "c1",
                                   str(tmp_path / "d.html.gz"), "urn:desk:1"]
    assert out[0].text == STORY and out[2].origin == f"{tmp_path / 'c.csv.gz'}:2"
    assert "Russian warplane" in out[3].text


def test_broken_gzip(tmp_path: Path):
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "a"}\n' * 1000)[:60])
    out = read(path)
    assert isinstance(out[-1], InputError) and out[-1].source == str(path)
    assert "gzip" in out[-1].message


def test_glob_patterns(tmp_path: Path):
    (tmp_path / "2015" / "11").mkdir(parents=True)
    (tmp_path / "2015" / "11" / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "2015" / "b.txt").write_text("Two.", encoding="utf-8")
    (tmp_path / "2015" / "c.md").write_text("Not read.", encoding="utf-8")
    out = read(str(tmp_path / "**" / "*.txt"))
    assert [d.text for d in out] == ["One.", "Two."]
    err, = read(str(tmp_path / "nothing-*.jsonl"))
    assert "no file matches this pattern" in err.message


def test_stdin_gzip_jsonl():
    data = gzip.compress(b'{"id": "s1", "text": "Iran agreed to talks."}\n')
    doc, = read("-", stdin=io.BytesIO(data))
    assert (doc.id, doc.origin) == ("s1", "<stdin>:1")


def test_count_documents(tmp_path: Path):
    (tmp_path / "a.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n', encoding="utf-8")
    (tmp_path / "b.csv").write_text("text\nx\ny\nz\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("c", encoding="utf-8")
    assert count_documents([str(tmp_path)]) == 2 + 3 + 1
    (tmp_path / "d.rss").write_text(RSS, encoding="utf-8")
    assert count_documents([str(tmp_path)]) is None

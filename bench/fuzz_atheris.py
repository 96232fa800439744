"""A long coverage-guided fuzz run over every reader and the coder (atheris; not in CI).

    .venv/bin/pip install -e '.[fuzz]'                     # atheris
    .venv/bin/python bench/fuzz_atheris.py --seconds 600 --target reader
    .venv/bin/python bench/fuzz_atheris.py --seconds 300 --target coder
    .venv/bin/python bench/fuzz_atheris.py --seconds 900 --target all

Reader inputs: the first byte picks a route (txt, html, jsonl, csv, feed or warc; plain or
gzipped; read from a file or from standard input), the other bytes are the input.  The run
starts from a corpus of real files of each format (``bench/out/fuzz-corpus/``) and
atheris (libFuzzer) mutates them toward new coverage of ``entente``, ``warcio`` and
``feedparser``.  Coder inputs: the bytes, decoded as UTF-8 with replacement, are one
document's text, coded together with a real news document after it.

The expected outcomes are the contract's: readers yield only Documents and InputErrors
(an error names its input and says something; a Document's text is non-empty, without
NUL, writable as UTF-8), at least one item per input; the coder gives one result per
document, in order, every evidence span equal to the text at its offsets.  Anything else,
an exception or a broken property, is a crash: the input is saved under
``bench/out/fuzz-crashes/<target>-<sha1>.bin`` with the traceback beside it
(``.txt``), and the run goes on.  ``bench/out/fuzz-atheris.json`` holds the counts (inputs,
crashes), rewritten as the run goes.  Replay a saved input with ``--replay FILE``.

Without atheris (it has wheels for CPython on Linux and macOS only) the script falls back,
with the same options, to a seeded random mutation run over the same corpus and checks
(the one ``bench/harden_fuzz.py`` uses): not coverage-guided, but the same contract.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import os
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Callable, Iterable
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
CRASHES = OUT / "fuzz-crashes"
CORPUS = OUT / "fuzz-corpus"
SUMMARY = OUT / "fuzz-atheris.json"
SEED_ARTICLE = ROOT.parent / "shared" / "seed" / "zawahiri-alliance-2015-11-02.txt"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

READERS = ("txt", "html", "jsonl", "csv", "feed", "warc")
SUFFIX = {"txt": ".txt", "html": ".html", "jsonl": ".jsonl", "csv": ".csv", "feed": ".rss",
          "warc": ".warc"}
# (format, gzipped?, read from "file" or "stdin")
ROUTES = [(fmt, gz, via) for fmt in READERS for gz in (False, True) for via in ("file", "stdin")]

NEWS = [
    "Russian warplanes bombed rebel positions near Homs on Wednesday, the Syrian army said.",
    "The United States accused Moscow of striking groups opposed to President Bashar al-Assad.",
    'Ayman al-Zawahiri called on Islamic State to unite with al-Qaeda, saying "we must fight".',
    "MOSCOW (Reuters) - NATO warned Russia over its strikes in Syria.",
]
SCRIPTS = [
    "قصفت الطائرات الروسية مواقع للمعارضة قرب حمص يوم الأربعاء.",
    'צה"ל תקף מטרות של חמאס ברצועת עזה, כך נמסר.',
    "Russia (روسيا) and Israel (ישראל) met in Moscow (Москва) 🇷🇺🤝🇮🇱.",
    "\u202eevil\u202c \u2067RTL\u2069 \u200fmark\u200e", "普京周三会见了埃尔多安。",
]
JUNK = [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xc3", b"\xed\xa0\x80", b"<", b"]]>", b'"',
        b"\r", b"\n", b"&#0;", b"\x1f\x8b", b"<div>" * 50, b"<!ENTITY x 'y'>", b"\\ud83d",
        b"WARC/1.0\r\n", b"Content-Length: 99999999\r\n", b'{"text": "', b",,,\n"]


class Crash(Exception):
    """An outcome outside the contract (the reader or coder did not raise, but broke it)."""


# -- the corpus: real files of each format --------------------------------------------------
def article_html(title: str = "Jets hit Homs") -> bytes:
    paras = "".join(f"<p>{escape(s)}</p>" for s in NEWS + SCRIPTS[2:3])
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><nav>Home</nav><article><h1>{title}</h1>{paras}</article>"
            "<footer>(c) Wire</footer></body></html>").encode("utf-8")


def warc_bytes(pages: list[tuple[str, bytes]], gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    w = WARCWriter(out, gzip=gz)
    w.write_record(w.create_warc_record("https://w.example/", "request",
                                        payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
    for url, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body),
                                            http_headers=headers))
    return out.getvalue()


def samples() -> dict[str, bytes]:
    """One valid (uncompressed) input of each format."""
    texts = NEWS + SCRIPTS
    rows = io.StringIO()
    writer = csv.writer(rows)
    writer.writerow(["id", "text", "date"])
    writer.writerows([f"c{i}", t, "2015-11-02"] for i, t in enumerate(texts))
    items = "".join(f"<item><title>t{i}</title><guid>g{i}</guid><pubDate>Tue, 03 Nov 2015 "
                    f"08:30:00 GMT</pubDate><description>{escape(t)}</description></item>"
                    for i, t in enumerate(texts))
    return {
        "txt": ("\ufeffJets hit Homs\n\n" + "\n".join(texts)).encode("utf-8"),
        "html": article_html(),
        "jsonl": b"".join(json.dumps({"id": f"d{i}", "text": t, "date": "2015-11-02"})
                          .encode("utf-8") + b"\n" for i, t in enumerate(texts)),
        "csv": rows.getvalue().encode("utf-8"),
        "feed": (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                 f"<title>Wire</title>{items}</channel></rss>").encode("utf-8"),
        "warc": warc_bytes([(f"https://w.example/{i}", article_html(f"Story {i}"))
                            for i in range(2)], gz=False),
    }


def route_seeds() -> list[bytes]:
    """Corpus entries: a route byte, then a valid input for that route."""
    base = samples()
    gzipped_warc = warc_bytes([("https://w.example/g", article_html("Gz"))], gz=True)
    out = []
    for n, (fmt, gz, _via) in enumerate(ROUTES):
        data = base[fmt]
        if gz:
            data = gzipped_warc if fmt == "warc" else gzip.compress(data)
        out.append(bytes([n]) + data)
    return out


def coder_seeds() -> list[bytes]:
    texts = NEWS + SCRIPTS
    if SEED_ARTICLE.exists():
        texts.append(SEED_ARTICLE.read_text(encoding="utf-8"))
    return [t.encode("utf-8") for t in texts]


# -- mutation (the fallback run and bench/harden_fuzz.py) -----------------------------------
def mutate(rng: random.Random, data: bytes) -> bytes:
    """``data`` broken one to four times: cut, flipped, junk inserted, slices repeated or
    deleted (the first byte, the route, is kept)."""
    head, body = data[:1], bytearray(data[1:])
    for _ in range(rng.randint(1, 4)):
        at = rng.randint(0, len(body))
        op = rng.choice(("cut", "flip", "insert", "repeat", "delete"))
        if op == "cut":
            del body[at:]
        elif op == "flip" and at < len(body):
            body[at] = rng.randrange(256)
        elif op == "insert":
            body[at:at] = rng.choice(JUNK + [rng.randbytes(rng.randint(1, 16)),
                                             rng.choice(SCRIPTS).encode("utf-8")])
        elif op == "repeat":
            end = rng.randint(at, min(len(body), at + 200))
            body[at:at] = body[at:end] * rng.randint(1, 20)
        elif op == "delete":
            del body[at:rng.randint(at, len(body))]
    return head + bytes(body)


# -- the contract ---------------------------------------------------------------------------
def check_items(items: list, source: str) -> None:
    """What every reader promises; raises Crash when broken."""
    from entente.errors import InputError
    from entente.records import Document

    if not items:
        raise Crash(f"{source}: no result at all (the input vanished)")
    for item in items:
        if isinstance(item, InputError):
            if not (isinstance(item.source, str) and item.source.startswith(source)):
                raise Crash(f"error does not name its input {source!r}: {item.source!r}")
            if not (isinstance(item.message, str) and item.message.strip()):
                raise Crash(f"error without a message: {item!r}")
            continue
        if not isinstance(item, Document):
            raise Crash(f"a reader yielded a {type(item).__name__}: {item!r}")
        if not (isinstance(item.text, str) and item.text.strip()):
            raise Crash(f"document without text: {item!r}")
        if not (item.origin or "").startswith(source) or not item.id:
            raise Crash(f"document without its id or origin: {item!r} ({item.origin!r})")
        for value in (item.text, item.id, item.title, item.url, item.source, item.published):
            if value is None:
                continue
            if not isinstance(value, str) or "\x00" in value:
                raise Crash(f"field with NUL or not text: {value[:80]!r}")
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise Crash(f"field not writable as UTF-8 ({exc})") from None


def check_coded(results: list, inputs: list) -> None:
    """What ``Pipeline.code_many`` promises; raises Crash when broken."""
    from entente.errors import InputError
    from entente.records import CodedDocument

    if len(results) != len(inputs):
        raise Crash(f"{len(results)} results for {len(inputs)} inputs")
    for item, result in zip(inputs, results):
        if isinstance(item, InputError):
            if result is not item:
                raise Crash(f"read error not passed through in order: {result!r}")
            continue
        if isinstance(result, InputError):
            if item.id not in result.source and (item.origin or "\0") not in result.source:
                raise Crash(f"coding error does not name {item.id!r}: {result!r}")
            continue
        if not isinstance(result, CodedDocument) or result.document.id != item.id:
            raise Crash(f"result out of order or of a wrong type: {type(result).__name__}")
        text = item.text
        for record in (*result.events, *result.relations):
            ev = record.evidence
            if ev.text != text[ev.start:ev.end] or not ev.text.strip():
                raise Crash(f"{record.id}: evidence {ev.text[:60]!r} is not the text at "
                            f"[{ev.start}:{ev.end}]")
        for q in result.quotes:
            if q.text != text[q.start:q.end]:
                raise Crash(f"{q.id}: quote is not the text at [{q.start}:{q.end}]")
        for actor in result.actors:
            for m in actor.mentions:
                if text[m.start:m.end] != m.text:
                    raise Crash(f"{actor.id}: mention {m.text!r} not at [{m.start}:{m.end}]")
        ids = [r.id for r in (*result.events, *result.quotes, *result.relations)]
        if len(ids) != len(set(ids)):
            raise Crash(f"record ids repeat in {item.id}")


# -- the targets ---------------------------------------------------------------------------
class Targets:
    """Runs one input through a reader or the coder; counts; keeps crashing inputs."""

    def __init__(self, workdir: Path, crash_dir: Path = CRASHES):
        self.workdir, self.crash_dir = workdir, crash_dir
        self.counts: dict[str, dict[str, int]] = {}
        self._pipeline = None
        self._n = 0

    @property
    def pipeline(self):
        if self._pipeline is None:
            from entente.pipeline import Pipeline
            self._pipeline = Pipeline()
        return self._pipeline

    def _count(self, name: str, key: str, n: int = 1) -> None:
        row = self.counts.setdefault(name, {"inputs": 0, "crashes": 0, "lost": 0,
                                            "documents": 0, "errors": 0})
        row[key] += n

    def read(self, data: bytes) -> list:
        """The route byte picks format, gzip and file or stdin; returns the items."""
        from entente.read import read_inputs

        if not data:
            return []
        fmt, gz, via = ROUTES[data[0] % len(ROUTES)]
        body = data[1:]
        name = f"reader-{fmt}{'-gz' if gz else ''}"
        self._count(name, "inputs")
        try:
            if via == "stdin":
                items = list(read_inputs(["-"], input_format=fmt, stdin=io.BytesIO(body)))
                source = "<stdin>"
            else:
                self._n += 1
                path = self.workdir / f"in{self._n % 64}{SUFFIX[fmt]}{'.gz' if gz else ''}"
                path.write_bytes(body)
                source = str(path)
                items = list(read_inputs([source]))
            check_items(items, source)
        except Exception as exc:  # anything out of a reader is a crash: keep the input
            self.crash(name, data, exc)
            self._count(name, "lost")
            return []
        docs = sum(1 for x in items if not hasattr(x, "message"))
        self._count(name, "documents", docs)
        self._count(name, "errors", len(items) - docs)
        return items

    def code(self, data: bytes) -> list:
        """The bytes as one document's text, then a real document after it."""
        from entente.records import Document

        name = "coder"
        self._count(name, "inputs")
        self._n += 1
        text = data.decode("utf-8", errors="replace")
        inputs = [Document.create(f"fz{self._n}", text, published="2015-11-02"),
                  Document.create(f"fz{self._n}-next", NEWS[0], published="2015-11-02")]
        try:
            results = list(self.pipeline.code_many(inputs))
            check_coded(results, inputs)
        except Exception as exc:  # anything out of code_many is a crash
            self.crash(name, data, exc)
            self._count(name, "lost", len(inputs))
            return []
        errors = sum(1 for r in results if hasattr(r, "message"))
        self._count(name, "documents", len(results) - errors)
        self._count(name, "errors", errors)
        return results

    def crash(self, name: str, data: bytes, exc: BaseException) -> Path:
        self._count(name, "crashes")
        self.crash_dir.mkdir(parents=True, exist_ok=True)
        stem = self.crash_dir / f"{name}-{hashlib.sha1(data).hexdigest()[:16]}"
        stem.with_suffix(".bin").write_bytes(data)
        stem.with_suffix(".txt").write_text(
            "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
            encoding="utf-8")
        print(f"CRASH {name}: {type(exc).__name__}: {str(exc)[:200]} -> {stem}.bin",
              file=sys.stderr)
        return stem.with_suffix(".bin")

    def totals(self) -> dict:
        rows = self.counts.values()
        return {"inputs": sum(r["inputs"] for r in rows),
                "crashes": sum(r["crashes"] for r in rows),
                "lost": sum(r["lost"] for r in rows),
                "per_target": self.counts}


def one_input(targets: Targets, target: str) -> Callable[[bytes], None]:
    """The function the fuzzer calls with each input."""
    def run(data: bytes) -> None:
        if target == "reader" or (target == "all" and data[:1] != b"\xff"):
            targets.read(data)
        else:
            targets.code(data[1:] if target == "all" else data)
    return run


def write_summary(targets: Targets, started: float, engine: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    summary = {**targets.totals(), "engine": engine,
               "seconds": round(time.perf_counter() - started, 1)}
    SUMMARY.write_text(json.dumps(summary, indent=2), encoding="utf-8")


def corpus_for(target: str) -> list[bytes]:
    if target == "reader":
        return route_seeds()
    if target == "coder":
        return coder_seeds()
    return route_seeds() + [b"\xff" + s for s in coder_seeds()]


def run_atheris(target: str, seconds: int, extra: list[str]) -> None:
    import atheris

    with atheris.instrument_imports(include=["entente", "warcio", "feedparser"]):
        import entente.pipeline  # noqa: F401
        import entente.read  # noqa: F401
        import feedparser  # noqa: F401
        import warcio.archiveiterator  # noqa: F401
    corpus = CORPUS / target
    corpus.mkdir(parents=True, exist_ok=True)
    for seed in corpus_for(target):
        (corpus / hashlib.sha1(seed).hexdigest()).write_bytes(seed)
    workdir = Path(tempfile.mkdtemp(prefix="entente-fuzz-"))
    targets = Targets(workdir)
    started = time.perf_counter()
    run = one_input(targets, target)
    last = [started]

    def test_one_input(data: bytes) -> None:
        run(data)
        now = time.perf_counter()
        if now - started >= seconds:        # libFuzzer's own exit skips Python's atexit
            write_summary(targets, started, "atheris")
            report(targets)
            sys.stdout.flush()
            os._exit(1 if targets.totals()["crashes"] else 0)
        if now - last[0] > 10:
            last[0] = now
            write_summary(targets, started, "atheris")

    # -max_total_time is only a backstop: the run ends itself, with its report
    argv = [sys.argv[0], f"-max_total_time={seconds + 120}", "-timeout=120",
            "-rss_limit_mb=6144", "-max_len=200000", *extra, str(corpus)]
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


def run_random(target: str, seconds: float, seed: int = 0,
               targets: Targets | None = None) -> Targets:
    """The fallback: seeded random mutations of the corpus, for ``seconds``."""
    rng = random.Random(seed)
    targets = targets or Targets(Path(tempfile.mkdtemp(prefix="entente-fuzz-")))
    corpus = corpus_for(target)
    run = one_input(targets, target)
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        data = rng.choice(corpus)
        roll = rng.random()
        if roll < 0.1:          # pure noise on a random route
            data = data[:1] + rng.randbytes(rng.randint(0, 2000))
        elif roll < 0.9:
            data = mutate(rng, data)
        run(data)
    write_summary(targets, started, "random")
    return targets


def report(targets: Targets) -> None:
    print(f"{'target':<18}{'inputs':>9}{'crashes':>9}{'lost':>6}{'docs':>9}{'errors':>9}")
    for name, row in sorted(targets.counts.items()):
        print(f"{name:<18}{row['inputs']:>9}{row['crashes']:>9}{row['lost']:>6}"
              f"{row['documents']:>9}{row['errors']:>9}")
    totals = targets.totals()
    print(f"inputs tried {totals['inputs']}, crashes {totals['crashes']}, "
          f"documents lost {totals['lost']}; crashing inputs in {CRASHES}")


def replay(path: Path) -> int:
    """Run one saved input again (a coder input when its name starts with "coder")."""
    targets = Targets(Path(tempfile.mkdtemp(prefix="entente-fuzz-")), crash_dir=OUT / "replay")
    data = path.read_bytes()
    if path.name.startswith("coder"):
        targets.code(data)
    else:
        targets.read(data)
    report(targets)
    return 1 if targets.totals()["crashes"] else 0


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=300, help="how long to run (300)")
    parser.add_argument("--target", choices=("reader", "coder", "all"), default="all")
    parser.add_argument("--seed", type=int, default=0, help="seed of the fallback run")
    parser.add_argument("--no-atheris", action="store_true",
                        help="use the random mutation run even when atheris is installed")
    parser.add_argument("--replay", type=Path, help="run one saved input and show the result")
    args, extra = parser.parse_known_args(list(argv) if argv is not None else None)
    if args.replay:
        return replay(args.replay)
    try:
        import atheris  # noqa: F401
    except ImportError:
        args.no_atheris = True
        print("atheris is not installed (pip install -e '.[fuzz]'): falling back to a random "
              "mutation run", file=sys.stderr)
    if not args.no_atheris:
        run_atheris(args.target, args.seconds, extra)   # exits when the time is up
        return 0
    targets = run_random(args.target, args.seconds, args.seed)
    report(targets)
    return 1 if targets.totals()["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main())

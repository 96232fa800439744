"""One bounded fuzz campaign: every reader, the coder, 100,000 tiny documents, a 10 MB
sentence and XML bombs; prints inputs tried, crashes and documents lost.

    .venv/bin/python bench/harden_fuzz.py                       # about 3 minutes
    .venv/bin/python bench/harden_fuzz.py --quick               # about 30 seconds
    .venv/bin/python bench/harden_fuzz.py --seconds 600 --json bench/out/harden_fuzz.json

Targets (the checks are ``bench/fuzz_atheris.py``'s, which runs the longer coverage-guided
version):

    reader-<fmt>[-gz]  seeded random mutations of a valid file of each format (cut,
                       flipped, junk inserted, repeated), and pure noise, through
                       ``read_inputs`` from a file or standard input
    reader-counts      JSON Lines, CSV and feeds built with n records, good, bad and
                       blank, in every script: exactly n results must come out
    coder              texts of seed sentences, generated tokens, right-to-left and mixed
                       scripts, emoji, control characters, very long tokens, near-empty
                       text, through ``Pipeline.code_many`` with read errors between them
    tiny-100k          100,000 one-line documents (one in a thousand broken) read
    ingest-tiny        2,000 of them (100 with --quick) coded into a temporary SQLite
                       store: the report must account for each
    sentence-10mb      a 10 MB single sentence read and coded, then a normal document
    xml-bombs          billion laughs, external entities (XXE), parameter entities, in
                       feeds, pages and WARC records: each refused, none expanded
    pathological       pages and feeds of unclosed tags by the ten thousand, JSON nested
                       100,000 deep: each read (or refused) within 15 seconds

A crash is an exception out of a reader, the coder or the ingest, or a broken contract;
its input is saved under ``bench/out/fuzz-crashes/``.  Lost is documents in minus
documents and errors out.  ``--json PATH`` writes
``{"inputs": N, "crashes": n, "lost": n, "per_target": {...}}`` (these keys exactly:
another script aggregates them).  Exit status 1 when anything crashed or was lost.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from fuzz_atheris import (CRASHES, NEWS, SCRIPTS, Crash, Targets, check_coded,  # noqa: E402
                          check_items, coder_seeds, run_random, warc_bytes)

CONTROLS = "".join(map(chr, range(32))) + "\x7f\x85\u2028\u2029\ufeff"
BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"


class Campaign:
    def __init__(self, seconds: float, quick: bool, seed: int):
        self.seconds, self.quick = seconds, quick
        self.rng = random.Random(seed)
        self.seed = seed
        self.workdir = Path(tempfile.mkdtemp(prefix="entente-harden-"))
        self.targets = Targets(self.workdir)
        self.timing: dict[str, float] = {}
        # the seed article's sentences when it is there (coder_seeds ends with it)
        self.seed_sentences = [s for s in re.split(r"(?<=[.!?”\"])\s+",
                                                   coder_seeds()[-1].decode("utf-8")) if s]

    # -- bookkeeping -----------------------------------------------------------------------
    def row(self, name: str) -> dict[str, int]:
        return self.targets.counts.setdefault(name, {"inputs": 0, "crashes": 0, "lost": 0,
                                                     "documents": 0, "errors": 0})

    def tally(self, name: str, items: list) -> None:
        row = self.row(name)
        errors = sum(1 for x in items if hasattr(x, "message"))
        row["documents"] += len(items) - errors
        row["errors"] += errors

    def timed(self, name: str, fn) -> None:
        started = time.perf_counter()
        try:
            fn()
        finally:
            self.timing[name] = self.timing.get(name, 0.0) + time.perf_counter() - started

    # -- text ------------------------------------------------------------------------------
    def piece(self) -> str:
        rng = self.rng
        kind = rng.randrange(8)
        if kind == 0:
            return rng.choice(NEWS + self.seed_sentences)
        if kind == 1:
            return rng.choice(SCRIPTS)
        if kind == 2:
            return "".join(chr(rng.choice([rng.randrange(32, 0xD800),
                                           rng.randrange(0xE000, 0x110000)]))
                           for _ in range(rng.randint(0, 30)))
        if kind == 3:
            return "".join(rng.choice(CONTROLS + BIDI + "ab ") for _ in range(rng.randint(0, 12)))
        if kind == 4:
            return "".join(chr(rng.randrange(0x1F300, 0x1FAFF)) for _ in range(rng.randint(1, 6)))
        if kind == 5:
            return rng.choice(["x", "ISIS", "-", "“", "ك", "😀", "."]) * rng.randint(200, 3000)
        if kind == 6:
            return rng.choice(["", " ", "\n\n", "“", "”", '"', "(", ")", "…", "—", "said"])
        return rng.choice(NEWS)

    def text(self) -> str:
        sep = self.rng.choice([" ", "\n", "\n\n", "", "\t"])
        return sep.join(self.piece() for _ in range(self.rng.randint(0, 8)))


    # -- targets ---------------------------------------------------------------------------
    def readers(self, seconds: float) -> None:
        run_random("reader", seconds, self.seed, self.targets)

    def counts(self, seconds: float) -> None:
        """Structured files with n records: exactly n results."""
        started = time.perf_counter()
        makers = [self._jsonl, self._csv, self._feed]
        while time.perf_counter() - started < seconds:
            name = "reader-counts"
            suffix, data, expected = self.rng.choice(makers)()
            self.row(name)["inputs"] += 1
            path = self.workdir / f"count{suffix}"
            path.write_bytes(data)
            try:
                from entente.read import read_inputs
                items = list(read_inputs([str(path)]))
                check_items(items, str(path))
                if len(items) != expected:
                    raise Crash(f"{len(items)} results for {expected} records")
            except Exception as exc:  # a crash or a broken count: keep the input
                self.targets.crash(name, data, exc)
                self.row(name)["lost"] += expected
                continue
            self.tally(name, items)

    def _jsonl(self) -> tuple[str, bytes, int]:
        lines, n = [], 0
        for i in range(self.rng.randint(1, 30)):
            roll = self.rng.random()
            if roll < 0.6:
                line = json.dumps({"id": f"j{i}", "text": self.text() or "x"},
                                  ensure_ascii=self.rng.random() < 0.5).encode("utf-8")
            elif roll < 0.85:
                line = self.rng.choice([b"[1]", b"null", b'{"text": ""}', b'{"text": 5}',
                                        b'{"text": "\\u0000"}', b'{"text": "a \\ud83d"}',
                                        b'{"text": "a", "date": "never"}', b'{"text": "\xff"}',
                                        b"{broken", b'{"text": "a", "id": {"x": [1]}}',
                                        b"[" * 100_000, b'{"text": "a", "id": 1' + b"1" * 5000
                                        + b"}"])
            else:
                line = b"  "
            n += bool(line.strip())
            lines.append(line)
        return ".jsonl", b"\n".join(lines), n or 1       # all blank: one "is empty" error

    def _csv(self) -> tuple[str, bytes, int]:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["id", "text", "date"])
        n = 0
        for i in range(self.rng.randint(0, 20)):
            row = [f"c{i}", self.text().replace("\x00", ""),
                   self.rng.choice(["2015-11-02", "", "bad"])]
            writer.writerow(row)
            n += any(c.strip() for c in row)
        return ".csv", out.getvalue().encode("utf-8"), n or 1   # no rows: one error

    def _feed(self) -> tuple[str, bytes, int]:
        def xml_safe(text: str) -> str:
            return "".join(c for c in text if c in "\t\n\r" or (" " <= c < "\ufffe"))
        n = self.rng.randint(1, 12)
        items = "".join(f"<item><title>t{i}</title><guid>g{i}</guid><description>"
                        f"{escape(xml_safe(self.text()))}</description></item>"
                        for i in range(n))
        feed = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                f"<title>Wire</title>{items}</channel></rss>")
        return ".rss", feed.encode("utf-8"), n

    def coder(self, seconds: float) -> None:
        from entente.errors import InputError
        from entente.records import Document

        name, pipeline = "coder", self.targets.pipeline
        started = time.perf_counter()
        n = 0
        while time.perf_counter() - started < seconds:
            inputs: list = []
            for _ in range(self.rng.randint(1, 4)):
                n += 1
                inputs.append(Document.create(f"h{n}", self.text(),
                                              published=self.rng.choice([None, "2015-11-02"])))
                if self.rng.random() < 0.2:
                    inputs.append(InputError(f"bad{n}", "unreadable"))
            docs = sum(isinstance(x, Document) for x in inputs)
            self.row(name)["inputs"] += docs
            try:
                results = list(pipeline.code_many(inputs, batch_size=self.rng.randint(1, 4)))
                check_coded(results, inputs)
            except Exception as exc:  # anything out of code_many is a crash
                data = json.dumps([getattr(x, "text", None) for x in inputs]).encode()
                self.targets.crash(name, data, exc)
                self.row(name)["lost"] += docs
                continue
            self.tally(name, [r for r, x in zip(results, inputs) if isinstance(x, Document)])

    def tiny(self) -> None:
        from entente.read import read_inputs

        name, total = "tiny-100k", 100_000
        lines = [b"{broken" if i % 1000 == 999 else b'{"id": "t%d", "text": "Tiny %d."}' % (i, i)
                 for i in range(total)]
        path = self.workdir / "tiny.jsonl.gz"
        path.write_bytes(gzip.compress(b"\n".join(lines), compresslevel=1))
        self.row(name)["inputs"] += total
        try:
            items = list(read_inputs([str(path)]))
            check_items(items, str(path))
        except Exception as exc:  # a crash of the reader
            self.targets.crash(name, b"tiny.jsonl.gz", exc)
            self.row(name)["lost"] += total
            return
        self.tally(name, items)
        self.row(name)["lost"] += max(0, total - len(items))

    def ingest(self, n: int) -> None:
        from entente.batch import ingest
        from entente.read import read_inputs
        from entente.store import Store

        name = "ingest-tiny"
        actors = ["Russia", "Turkey", "Iran", "NATO", "ISIS", "al-Qaeda", "Israel", "Egypt"]
        verbs = ["attacked", "met", "condemned", "praised", "threatened", "helped", "warned"]
        lines = []
        for i in range(n):
            a, b = self.rng.sample(actors, 2)
            lines.append("{broken" if i % 100 == 99 else json.dumps(
                {"id": f"i{i}", "text": f"{a} {self.rng.choice(verbs)} {b} ({i}) "
                                        f"{self.rng.choice(SCRIPTS)}"}))
        path = self.workdir / "ingest.jsonl"
        path.write_text("\n".join(lines), encoding="utf-8")
        self.row(name)["inputs"] += n
        try:
            items = list(read_inputs([str(path)]))
            with Store(str(self.workdir / "ingest.db")) as store:
                report = ingest(items, store, workers=1, pipeline=self.targets.pipeline)
                stored = store.counts()["documents"]
            if report.done != len(items) or stored != report.stored:
                raise Crash(f"ingest accounts for {report.done} of {len(items)} items; store "
                            f"holds {stored} documents, report says {report.stored}")
        except Exception as exc:  # an ingest that raises or miscounts
            self.targets.crash(name, path.read_bytes()[:100_000], exc)
            self.row(name)["lost"] += n
            return
        row = self.row(name)
        row["documents"] += report.stored + report.known + report.exact + report.near
        row["errors"] += report.failed
        row["lost"] += n - report.done

    def sentence(self) -> None:
        from entente.read import read_inputs

        name = "sentence-10mb"
        big = self.workdir / "big.txt"
        big.write_text(("Russia and Turkey and Iran " * 400_000)[:10_000_000] + " agreed.",
                       encoding="utf-8")
        after = self.workdir / "after.jsonl"
        after.write_text(json.dumps({"id": "after", "text": NEWS[0]}) + "\n", encoding="utf-8")
        self.row(name)["inputs"] += 2
        try:
            items = list(read_inputs([str(big), str(after)]))
            check_items(items[:1], str(big))
            results = list(self.targets.pipeline.code_many(items))
            check_coded(results, items)
            if getattr(results[-1], "document", None) is None:
                raise Crash(f"the document after the 10 MB sentence was not coded: "
                            f"{results[-1]}")
        except Exception as exc:  # the known risk: spaCy's max_length stops the batch
            self.targets.crash(name, b"10 MB sentence: see bench/harden_fuzz.py", exc)
            self.row(name)["lost"] += 2
            return
        self.tally(name, results)

    def bombs(self) -> None:
        from entente.errors import InputError
        from entente.read import read_inputs

        name = "xml-bombs"
        laughs = ('<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
            f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">'
            for i in range(1, 10)) + "]>", "&lol9;")
        xxe = ('<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', "&xxe;")
        param = ('<!DOCTYPE foo [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>', "")
        quadratic = (f'<!DOCTYPE q [<!ENTITY a "{"x" * 50_000}">]>', "&a;" * 2000)
        cases: list[tuple[str, bytes]] = []
        for dtd, ref in (laughs, xxe, param, quadratic):
            rss = (f'<?xml version="1.0"?>{dtd}<rss version="2.0"><channel><title>t</title>'
                   f"<item><title>x</title><description>{ref} Russia attacked."
                   "</description></item></channel></rss>")
            atom = (f'<?xml version="1.0"?>{dtd}<feed xmlns="http://www.w3.org/2005/Atom">'
                    f"<title>t</title><entry><id>e</id><content>{ref} NATO warned."
                    "</content></entry></feed>")
            page = (f"<?xml version='1.0'?>{dtd}<html><body><article><p>{ref} {NEWS[0]}</p>"
                    f"<p>{NEWS[1]}</p></article></body></html>")
            cases += [(".rss", rss.encode()), (".atom", atom.encode()), (".xml", rss.encode()),
                      (".rss", rss.replace("</channel>", "<<</chan").encode()),   # malformed
                      (".rss.gz", gzip.compress(rss.encode())), (".html", page.encode()),
                      (".warc.gz", warc_bytes([("https://w.example/bomb", page.encode())],
                                              gz=True)),
                      ("-", rss.encode())]
        for n, (suffix, data) in enumerate(cases):
            self.row(name)["inputs"] += 1
            try:
                started = time.perf_counter()
                if suffix == "-":
                    source = "<stdin>"
                    items = list(read_inputs(["-"], input_format="feed",
                                             stdin=io.BytesIO(data)))
                else:
                    path = self.workdir / f"bomb{n}{suffix}"
                    path.write_bytes(data)
                    source = str(path)
                    items = list(read_inputs([source]))
                check_items(items, source)
                if not all(isinstance(x, InputError) and "XML entities" in x.message
                           for x in items):
                    raise Crash(f"a bomb was read, not refused: {items}")
                if time.perf_counter() - started > 5:
                    raise Crash(f"refusing the bomb took {time.perf_counter() - started:.1f} s")
            except Exception as exc:  # read, expanded or slow: a crash
                self.targets.crash(name, data, exc)
                self.row(name)["lost"] += 1
                continue
            self.tally(name, items)

    def markup(self) -> None:
        """Unclosed tags by the ten thousand, deep nesting: read in bounded time."""
        from entente.read import read_inputs

        name = "pathological"
        cases = [("<title>", 60_000), ("<script>", 60_000), ("<style", 60_000),
                 ("<", 200_000), ("< ", 150_000), ("<div><span>", 100_000)]
        for n, (junk, times) in enumerate(cases):
            times //= 3 if self.quick else 1
            page = (f"<html><body><article><p>{NEWS[0]}</p><p>{NEWS[1]}</p></article>"
                    f"{junk * times}").encode()
            entry = escape(NEWS[0] + junk * times)
            feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>'
                    f"<title>x</title><description>{entry}</description></item></channel>"
                    "</rss>").encode()
            deep = (b"[" * times + b"\n" + json.dumps({"text": NEWS[0]}).encode())
            for suffix, data in ((".html", page), (".rss", feed), (".jsonl", deep)):
                self.row(name)["inputs"] += 1
                path = self.workdir / f"slow{n}{suffix}"
                path.write_bytes(data)
                try:
                    started = time.perf_counter()
                    items = list(read_inputs([str(path)]))
                    check_items(items, str(path))
                    if time.perf_counter() - started > 15:
                        raise Crash(f"reading took {time.perf_counter() - started:.1f} s")
                except Exception as exc:  # a crash, or a read slow enough to stall a batch
                    self.targets.crash(name, data[:200_000], exc)
                    self.row(name)["lost"] += 1
                    continue
                self.tally(name, items)

    # -- the whole campaign ----------------------------------------------------------------
    def warm(self) -> None:
        """Load the model, knowledge base and gazetteers before anything is timed."""
        from entente.records import Document
        self.targets.pipeline.code(Document.create("warm", f"{NEWS[0]} He flew to Kfar Saba."))

    def run(self) -> dict:
        s = self.seconds
        self.timed("load", self.warm)
        self.timed("xml-bombs", self.bombs)
        self.timed("pathological", self.markup)
        self.timed("tiny-100k", self.tiny)
        self.timed("sentence-10mb", self.sentence)
        self.timed("ingest-tiny", lambda: self.ingest(100 if self.quick else 2000))
        self.timed("readers", lambda: self.readers(0.40 * s))
        self.timed("reader-counts", lambda: self.counts(0.10 * s))
        self.timed("coder", lambda: self.coder(0.30 * s))
        totals = self.targets.totals()
        return {"inputs": totals["inputs"], "crashes": totals["crashes"],
                "lost": totals["lost"], "per_target": totals["per_target"]}


def print_table(result: dict, timing: dict[str, float]) -> None:
    print(f"{'target':<18}{'inputs':>9}{'crashes':>9}{'lost':>7}{'documents':>11}{'errors':>9}")
    for name, row in sorted(result["per_target"].items()):
        print(f"{name:<18}{row['inputs']:>9}{row['crashes']:>9}{row['lost']:>7}"
              f"{row['documents']:>11}{row['errors']:>9}")
    print(f"{'total':<18}{result['inputs']:>9}{result['crashes']:>9}{result['lost']:>7}")
    print("seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in timing.items()))
    print(f"inputs tried {result['inputs']}, crashes {result['crashes']}, documents lost "
          f"{result['lost']}" + (f"; crashing inputs in {CRASHES}" if result["crashes"] else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="about 30 seconds")
    parser.add_argument("--seconds", type=float, default=None,
                        help="time for the random targets (default 150; 15 with --quick)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="write the counts there")
    args = parser.parse_args(argv)
    seconds = args.seconds if args.seconds is not None else (15.0 if args.quick else 150.0)
    campaign = Campaign(seconds, args.quick, args.seed)
    result = campaign.run()
    print_table(result, campaign.timing)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 1 if result["crashes"] or result["lost"] else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Builds the directory of issue 12's "256 MB run": the samples plus every attack input of the issue that can be a
file (nothing large is committed; this script makes them, about 45 MB on disk, 600 MB decompressed).

    python3 src/scripts/hostile-dir.py --samples samples OUT_DIR     # OUT_DIR must not exist
    java -Xmx256m -jar target/huiyi-*-cli.jar extract --threads 2 --jsonl out.jsonl OUT_DIR
    python3 src/scripts/hostile-dir.py --check out.jsonl OUT_DIR     # one line per expected input?

Besides OUT_DIR it writes OUT_DIR.expected: the inputs a run over OUT_DIR must give one line each, relative to
OUT_DIR (an archive entry as ARCHIVE!/ENTRY; an archive that fails part-way also gives a line of its own).
Files the default globs skip (.bin, .json gold files, a dangling symlink) are not inputs. The samples are copied
with their folders (held-out ones included) and never read here beyond their names.
"""
import argparse
import io
import json
import os
import random
import shutil
import sys
import tarfile
import zipfile

GLOBS = (".txt", ".htm", ".html", ".shtml", ".xhtml", ".xml")
REPORT = "全市安全生产工作会议3月5日召开。市委书记李明主持会议并讲话，副市长王强、赵刚出席。会议强调，要压实责任、守牢底线。"
MB = 1024 * 1024


def fill(unit, nbytes):
    """unit repeated to about nbytes of UTF-8 (never more)."""
    size = len(unit.encode("utf-8"))
    return unit * max(nbytes // size, 1)


def families(nbytes):
    """The scaling bench's families (AttackFamily), by size in bytes."""
    return {
        "enum": fill("、", nbytes),
        "names": "会议由" + fill("张三、李四、王五、", nbytes) + "等同志出席。",
        "report": fill(REPORT, nbytes),
        "dates": fill("2024年3月5日、", nbytes),
        "quotes": fill("“《“", nbytes),
    }


def tar_header(name, size, kind=tarfile.REGTYPE):
    info = tarfile.TarInfo(name)
    info.size = size
    info.type = kind
    return info.tobuf(format=tarfile.USTAR_FORMAT if kind == tarfile.REGTYPE else tarfile.GNU_FORMAT)


def tar_entry(name, data):
    return tar_header(name, len(data)) + data + b"\0" * ((512 - len(data) % 512) % 512)


def write_tar_gz(path, entries):
    import gzip
    with gzip.open(path, "wb") as out:
        for name, data in entries:
            out.write(tar_entry(name, data))
        out.write(b"\0" * 1024)


def header_bomb(path, kind):
    """A good entry, then a GNU long-name ('L') or PAX ('x') header claiming 1 GiB with 16 MiB present."""
    import gzip
    with gzip.open(path, "wb") as out:
        out.write(tar_entry("good.txt", "科技部召开座谈会。".encode()))
        out.write(tar_header("././@LongLink" if kind == b"L" else "PaxHeaders/x", 1 << 30, kind))
        chunk = (b"a" if kind == b"L" else b"9") * (64 * 1024)
        for _ in range(16 * MB // len(chunk)):
            out.write(chunk)


def write_zip(path, entries, stored=False):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(name, data)


def build(out, samples):
    expected = []
    os.makedirs(out)
    # the samples, with their folders; their names are read, not their contents
    shutil.copytree(samples, os.path.join(out, "samples"), symlinks=True)
    for root, _, files in os.walk(os.path.join(out, "samples")):
        for f in files:
            if f.lower().endswith(GLOBS):
                expected.append(os.path.relpath(os.path.join(root, f), out))
    a = os.path.join(out, "attack")
    os.makedirs(a)
    rep = REPORT.encode()

    def put(name, data):
        p = os.path.join(a, name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        if name.lower().endswith(GLOBS):
            expected.append(os.path.relpath(p, out))

    def archive(name, entries, writer):
        p = os.path.join(a, name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        writer(p, entries)
        expected.extend(os.path.relpath(p, out) + "!/" + n for n, _ in entries if n.lower().endswith(GLOBS))

    # 1. archives whose own name is dots
    archive("...zip", [("a.txt", rep)], write_zip)
    archive("...tar.gz", [("a.txt", rep)], write_tar_gz)
    # 2. names that cannot be written as they are
    archive("names.zip", [("a.txt", rep), ("a.json/b.txt", rep), ("长" * 80 + ".txt", rep),
                          ("d/" + "n" * 251 + ".txt", rep)], write_zip)
    # 3. memory: 2 MB one-line documents, a document near the character cap, a 10 MB one, a zip of 60 × 9 MB,
    #    an HTML page of 200k entities
    for fam, text in families(2 * MB).items():
        put("2mb/" + fam + ".txt", text)
    put("cap/enum-1999k-chars.txt", "、" * 1_999_000)
    put("cap/dates-1999k-chars.txt", ("2024年3月5日、" * 200_000)[:1_999_000])
    put("10mb/report.txt", fill(REPORT, 10 * 1000 * 1000))
    put("10mb/enum-over-max-bytes.txt", fill("、", 11 * MB))
    names = list(families(9 * MB).items())
    archive("60x9mb.zip", [("e%02d-%s.txt" % (i, names[i % 5][0]), names[i % 5][1].encode()) for i in range(60)],
            write_zip)
    put("entities.html", "<html><head><title>会议</title></head><body><p>全市工作会议召开。"
        + "&amp;&#12289;&lt;&nbsp;" * 50_000 + "</p></body></html>")
    put("entities-in-tags.html", "<html><body>" + "<b>&#x5F20;</b>" * 200_000 + "</body></html>")
    # 4. tar header bombs (each: good.txt, then an error line for the archive)
    header_bomb(os.path.join(a, "longname-bomb.tar.gz"), b"L")
    header_bomb(os.path.join(a, "pax-bomb.tar.gz"), b"x")
    for n in ("longname-bomb.tar.gz", "pax-bomb.tar.gz"):
        expected += ["attack/" + n + "!/good.txt", "attack/" + n]
    # 5. superlinear families: names, the repeated report (500 times a report, ~3.3 MB), dates, quotes
    put("time/names-256k.txt", families(256 * 1024)["names"])
    put("time/report-x500.txt", ("\n".join([REPORT] * 40) + "\n\n") * 500)  # a 6.8 KB report 500 times
    # 6. (timeouts) the documents above; 7./8. are stdout and stdin, not files
    # 10. hidden HTML, empty and odd files, a binary skipped by the globs, a dangling symlink, a symlink loop
    put("hidden.html", "<html><body><template><p>主持人张伪造</p></template><textarea>李伪造主持</textarea>"
        "<div hidden>王伪造</div><div aria-hidden=\"true\">赵伪造</div><div style=\"display:none\">钱伪造</div>"
        "<p>" + REPORT + "</p></body></html>")
    put("empty.txt", b"")
    put("blank.txt", b" \n\t\n")
    put("skipped.bin", bytes(random.Random(3).randrange(256) for _ in range(4096)))
    os.symlink("does-not-exist.txt", os.path.join(a, "dangling.txt"))
    os.makedirs(os.path.join(a, "loop"))
    os.symlink("..", os.path.join(a, "loop", "up"))
    # 11. archives inside the directory (monthly), nested in folders and in one another; .shtml/.xhtml/.xml pages
    archive("monthly/2024-01.zip", [("r%d.txt" % i, (REPORT + str(i)).encode()) for i in range(20)], write_zip)
    archive("monthly/2024-02.tar.gz", [("2024-02/r%d.html" % i, ("<p>" + REPORT + "</p>").encode())
                                       for i in range(20)], write_tar_gz)
    inner = io.BytesIO()
    write_zip(inner, [("inner.txt", rep)])
    archive("monthly/nested.zip", [("outer.txt", rep), ("inner.zip", inner.getvalue())], write_zip)
    put("pages/a.shtml", "<html><body><p>" + REPORT + "</p></body></html>")
    put("pages/b.xhtml", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>" + REPORT
        + "</p></body></html>")
    put("pages/c.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><doc><title>会议</title><p>" + REPORT + "</p></doc>")
    put("pages/d.xml", "<html><body><p>" + REPORT + "</p></body></html>")
    # invalid UTF-8, NUL, binaries, a lying charset, GBK
    rnd = random.Random(1)
    put("bytes/invalid-utf8.txt", rep[:40] + b"\xff\xfe\xc3\x28\xa0\xa1" + rep[40:])
    put("bytes/nul.txt", rep.replace("，".encode(), b"\0"))
    put("bytes/binary.txt", bytes(rnd.randrange(256) for _ in range(1 * MB)))
    put("bytes/binary.html", bytes(rnd.randrange(256) for _ in range(256 * 1024)))
    put("bytes/gbk.txt", REPORT.encode("gbk"))
    put("bytes/lying-meta.html", b"<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + rep + b"</p></body></html>")
    put("bytes/deep-tags.html", "<div>" * 100_000 + REPORT + "</div>" * 100_000)
    with open(out.rstrip("/") + ".expected", "w") as f:
        f.write("\n".join(sorted(expected)) + "\n")
    print("%s: %d expected inputs (%s)" % (out, len(expected), out.rstrip("/") + ".expected"))


def check(jsonl, out):
    want = set(open(out.rstrip("/") + ".expected").read().split("\n")) - {""}
    base = os.path.abspath(out)
    got, lines, bad = [], 0, 0
    with open(jsonl, "rb") as f:
        for raw in f:
            lines += 1
            try:
                src = json.loads(raw)["source"]
                src = src["id"] if isinstance(src, dict) else src
            except (ValueError, KeyError):
                bad += 1
                continue
            src = os.path.abspath(src.split("!/")[0]) + ("!/" + src.split("!/", 1)[1] if "!/" in src else "")
            got.append(os.path.relpath(src, base) if src.startswith(base) else src)
    errors = sum(1 for _ in open(jsonl, "rb") if _.startswith(b'{"source":"') and b'"error":{' in _[:2000])
    dup = len(got) - len(set(got))
    print("lines %d, expected inputs %d, distinct sources %d, duplicates %d, unparsable %d, error lines %d"
          % (lines, len(want), len(set(got)), dup, bad, errors))
    for s in sorted(want - set(got)):
        print("missing:", s)
    for s in sorted(set(got) - want):
        print("unexpected:", s)
    return 0 if lines == len(want) and set(got) == want and dup == 0 and bad == 0 else 1


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("out")
    p.add_argument("--samples", default="samples")
    p.add_argument("--check", metavar="JSONL")
    args = p.parse_args()
    sys.exit(check(args.check, args.out) if args.check else build(args.out, args.samples))

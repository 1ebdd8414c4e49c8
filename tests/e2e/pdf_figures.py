#!/usr/bin/env python3
"""Prints, one line per page of a PDF, how many pictures the page draws.

`pdf_figures.py --each PDF...` writes each PDF's lines to PDF.figures
instead: one Python start for a whole test run.

A picture is a form or image XObject painted with the `Do` operator (ptplan
draws each exercise's drawing as a shared form). Reads the uncompressed or
Flate-compressed page content streams of a plain (not object-stream) PDF
such as Cairo writes; used by tests/e2e/pdf.sh.
"""
import re
import sys
import zlib

OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)


def objects(data):
    return {int(m.group(1)): m.group(2) for m in OBJECT.finditer(data)}


def stream(body):
    start = body.index(b"stream") + len(b"stream")
    if body[start:start + 2] == b"\r\n":
        start += 2
    elif body[start:start + 1] in (b"\n", b"\r"):
        start += 1
    end = body.rindex(b"endstream")
    raw = body[start:end]
    if b"/FlateDecode" in body[:body.index(b"stream")]:
        return zlib.decompressobj().decompress(raw)
    return raw


def refs(text, key):
    m = re.search(rb"/" + key + rb"\s+(\d+) 0 R", text)
    return int(m.group(1)) if m else None


def page_order(objs):
    root = next(b for b in objs.values() if re.search(rb"/Type\s*/Pages\b", b) and b"/Parent" not in b)
    kids = re.search(rb"/Kids\s*\[(.*?)\]", root, re.S).group(1)
    return [int(n) for n in re.findall(rb"(\d+) 0 R", kids)]


def xobject_kinds(objs, resources):
    kinds = {}
    m = re.search(rb"/XObject\s*<<(.*?)>>", resources, re.S)
    if m:
        for name, number in re.findall(rb"/(\S+?)\s+(\d+) 0 R", m.group(1)):
            body = objs.get(int(number), b"")
            kinds[name] = b"/Subtype /Form" in body or b"/Subtype /Image" in body
    return kinds


def counts(path):
    objs = objects(open(path, "rb").read())
    result = []
    for number in page_order(objs):
        page = objs[number]
        contents = refs(page, b"Contents")
        resources_ref = refs(page, b"Resources")
        resources = objs.get(resources_ref, b"") if resources_ref else page
        kinds = xobject_kinds(objs, resources)
        ops = stream(objs[contents]) if contents else b""
        result.append(sum(1 for name in re.findall(rb"/(\S+)\s+Do\b", ops) if kinds.get(name)))
    return result


def main(args):
    if args[:1] != ["--each"]:
        for count in counts(args[0]):
            print(count)
        return 0
    paths = args[1:]
    status = 0
    for path in paths:
        try:
            lines = "".join(f"{count}\n" for count in counts(path))
        except (OSError, ValueError, StopIteration, AttributeError, KeyError, zlib.error) as error:
            print(f"{path}: not a PDF this script reads ({type(error).__name__}: {error})", file=sys.stderr)
            status = 1
            continue
        with open(path + ".figures", "w") as out:
            out.write(lines)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Writes the gettext templates (.pot) of every patient-facing English text.

exercises/lang/templates/catalog-<category>.pot: each exercise's name,
purpose, steps, safety line and picture caption, msgctxt the exercise id.
exercises/lang/templates/rules.pot: the rules' notes, stop signs, referral
reasons and change reasons, msgctxt the rule id.
exercises/lang/templates/messages.pot: the phrases ptplan words itself
(src/ptplan/i18n/phrases.def, msgctxt its context), the templates' marked
phrases ({{#t}}...{{/t}}, msgctxt "template") and the vocabulary words a
handout prints (red flags, urgencies; msgctxt the list's name).

A translator copies a .pot to exercises/lang/<code>/ as .po and fills in
each msgstr (or runs msgmerge on an existing one). `ptplan check` names any
English text a language lacks. Usage: scripts/extract-pot.py [EXERCISES_DIR]
"""
import glob
import os
import re
import sys

import yaml

repo = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, "exercises")
out = os.path.join(root, "lang", "templates")
os.makedirs(out, exist_ok=True)


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def write(path, entries, comment):
    """entries: (msgctxt, msgid, comment) or (msgctxt, msgid, comment, msgid_plural)."""
    seen = set()
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# {comment}\n")
        f.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
        for entry in entries:
            ctxt, text, note = entry[:3]
            plural = entry[3] if len(entry) > 3 else None
            if not text or (ctxt, text) in seen:
                continue
            seen.add((ctxt, text))
            f.write(f"#. {note}\nmsgctxt {quote(ctxt)}\nmsgid {quote(text)}\n")
            if plural:
                f.write(f"msgid_plural {quote(plural)}\nmsgstr[0] \"\"\nmsgstr[1] \"\"\n\n")
            else:
                f.write("msgstr \"\"\n\n")


by_category = {}
for path in sorted(glob.glob(os.path.join(root, "catalog", "*", "*.yaml"))):
    with open(path, encoding="utf-8") as f:
        ex = yaml.safe_load(f)
    entries = by_category.setdefault(os.path.basename(os.path.dirname(path)), [])
    i = ex["id"]
    entries.append((i, ex.get("name"), "name"))
    entries.append((i, ex.get("purpose"), "purpose"))
    for n, step in enumerate(ex.get("steps") or [], 1):
        entries.append((i, step, f"step {n}"))
    entries.append((i, ex.get("safety"), "safety"))
    entries.append((i, (ex.get("pose") or {}).get("caption"), "caption under the picture"))
for category, entries in sorted(by_category.items()):
    write(os.path.join(out, f"catalog-{category}.pot"), entries, f"Patient text of exercises/catalog/{category}/.")


def notes(rule_id, note):
    if note is None:
        return []
    if isinstance(note, list):
        return [e for n in note for e in notes(rule_id, n)]
    if isinstance(note, str):
        return [(rule_id, note, "note")]
    return [(rule_id, note.get("text"), "note"), (rule_id, note.get("sided"), "note, for a profile that names one side"),
            (rule_id, note.get("instead"), "note printed instead when the first is left out")]


with open(os.path.join(root, "rules.yaml"), encoding="utf-8") as f:
    rules = yaml.safe_load(f)["rules"]
entries = []
for rule in rules:
    rid = rule["id"]
    if rule.get("refer"):
        entries.append((rid, rule["refer"].get("reason"), f"referral reason ({rule['refer'].get('urgency')})"))
    entries += notes(rid, rule.get("note"))
    for sign in rule.get("stop_signs") or []:
        entries.append((rid, sign.get("text"), f"stop box line, under the heading for: {sign.get('call')}"))
    if rule.get("change"):
        entries.append((rid, rule["change"].get("reason"), f"reason for a change ({rule['change'].get('to')}), after 'because'"))
write(os.path.join(out, "rules.pot"), entries, "Patient text of exercises/rules.yaml.")


def c_strings(text):
    """The C string literals of `text`, unescaped."""
    out = []
    for literal in re.findall(r'"((?:[^"\\]|\\.)*)"', text):
        out.append(re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), literal))
    return out


entries = []
with open(os.path.join(repo, "src", "ptplan", "i18n", "phrases.def"), encoding="utf-8") as f:
    source = "\n".join(line for line in f.read().splitlines() if not line.lstrip().startswith("//")) + "\n"
for kind, name, body in re.findall(r"PTPLAN_(PHRASE|PLURAL)\((\w+),(.*?)\)\n", source, re.S):
    strings = c_strings(body)
    if kind == "PHRASE":
        entries.append((strings[0], strings[1], f"{name} (src/ptplan/i18n/phrases.def)"))
    else:
        entries.append((strings[0], strings[1], f"{name} (src/ptplan/i18n/phrases.def)", strings[2]))
for path in sorted(glob.glob(os.path.join(repo, "templates", "*.mustache"))):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for phrase in re.findall(r"\{\{#t\}\}(.*?)\{\{/t\}\}", text, re.S):
        entries.append(("template", phrase, f"templates/{os.path.basename(path)}; keep every {{{{...}}}} tag as it is"))
with open(os.path.join(root, "vocabulary.yaml"), encoding="utf-8") as f:
    vocabulary = yaml.safe_load(f)
for name in ("red_flags", "urgencies"):
    for word, label in (vocabulary.get(name) or {}).items():
        entries.append((name, label, f"vocabulary.yaml {name}: {word}"))
write(os.path.join(out, "messages.pot"), entries, "The fixed patient text: phrases, templates, vocabulary.")

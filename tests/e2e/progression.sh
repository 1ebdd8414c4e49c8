#!/usr/bin/env bash
# The programme moves (SPEC.md "Guarantees: Progression"): for every example
# patient without a progress log and with a plan length, the real binary's
# JSON for week 1 and for the last week of the plan is compared, exercise by
# exercise (by the week-1 exercise it started as). At least half of week 1's
# exercises must carry a harder step or a higher dose by the last week, and
# every exercise still held must say why.
set -u
ptplan=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
checked=0
for profile in "$root"/examples/patients/*.yaml; do
  name=$(basename "$profile" .yaml)
  grep -q '^progress:' "$profile" && continue
  weeks=$(python3 -c "import sys,re; t=open(sys.argv[1]).read(); m=re.search(r'^  weeks: (\d+)', t, re.M); print(m.group(1) if m else '')" "$profile")
  [ -n "$weeks" ] || continue
  "$ptplan" plan "$profile" --week 1 --format json >"$work/first.json" 2>/dev/null
  status=$?
  [ "$status" -eq 3 ] && continue
  "$ptplan" plan "$profile" --week "$weeks" --format json >"$work/last.json" 2>/dev/null
  checked=$((checked + 1))
  if ! python3 - "$work/first.json" "$work/last.json" "$name" "$weeks" <<'PY'; then
import json, sys

first = json.load(open(sys.argv[1]))
last = json.load(open(sys.argv[2]))
name, weeks = sys.argv[3], sys.argv[4]
FIELDS = ["sets", "reps", "hold_seconds", "minutes", "times_per_day"]


def weekly_minutes(e):
    base = e["dosage"]["minutes"] or 0
    longer = e.get("longer_bout")
    extra = 0
    if longer:
        extra = (longer["minutes"] - base) * len(longer["days"])
    return base * len(e["days"]) + extra


def more(a, b):
    if a["id"] != b["id"]:
        return b["level"] > a["level"]
    if a["dosage"]["minutes"] is not None:
        return weekly_minutes(b) > weekly_minutes(a)
    up = any((b["dosage"][f] or 0) > (a["dosage"][f] or 0) for f in FIELDS)
    down = any((b["dosage"][f] or 0) < (a["dosage"][f] or 0) for f in FIELDS)
    return up and not down


now = {(e["started_as"] or e["id"]): e for e in last["exercises"]}
moved = 0
for e in first["exercises"]:
    later = now.get(e["id"])
    if later and more(e, later):
        moved += 1
    elif later and later["change"] == "held" and not later["change_reason"].startswith("Kept the same: "):
        print(f"FAIL {name}: {later['id']} is held in week {weeks} without saying why")
        sys.exit(1)
total = len(first["exercises"])
print(f"{name}: {moved} of {total} exercises moved up by week {weeks}")
if moved * 2 < total:
    print(f"FAIL {name}: fewer than half of week 1's exercises moved up by week {weeks}")
    sys.exit(1)
PY
    failures=$((failures + 1))
  fi
done
echo "progression: $((checked - failures)) passed, $failures failed"
[ "$failures" -eq 0 ] && [ "$checked" -gt 0 ]

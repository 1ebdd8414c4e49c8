#!/usr/bin/env bash
# Regenerates examples/handouts/ from examples/patients/ with the given
# binary (default: the dev build). Review `git diff examples/handouts` before
# committing: every change there is a change patients will see.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
ptplan=${1:-$root/build/dev/ptplan}
# Spanish examples live in examples/patients/es/, their handouts in
# examples/handouts/es/.
for profile in "$root"/examples/patients/*.yaml "$root"/examples/patients/es/*.yaml; do
  name=$(basename "$profile" .yaml)
  case "$profile" in */patients/es/*) name="es/$name" ;; esac
  # A profile with a progress log names the week its handout shows.
  week=$(sed -n 's/^# handout-week: \([0-9][0-9]*\)$/\1/p' "$profile")
  for pair in markdown:md text:txt html:html json:json; do
    format=${pair%%:*}
    ext=${pair##*:}
    "$ptplan" plan "$profile" --week "${week:-1}" --format "$format" >"$root/examples/handouts/$name.$ext" 2>/dev/null || [ $? -eq 3 ]
  done
done
echo "updated examples/handouts/; review with: git diff --stat examples/handouts"
echo "if the HTML layout changed, refresh the printed snapshot too: scripts/update-snapshot.sh $ptplan"

#!/usr/bin/env python3
"""Seeded generator of realistic synthetic ptplan profiles, for benchmarks.

Usage: generate_profiles.py COUNT OUT            (OUT: a folder, or - for one
                                                  multi-document stream on stdout)
       generate_profiles.py --catalog N DIR      (a catalog folder with N exercises)
Same seed, same files. Uses only the standard library.
"""
import os
import random
import sys

SEED = 20261127
CONDITIONS = ["nonspecific-low-back-pain", "sciatica", "disc-herniation", "lumbar-stenosis",
              "degenerative-disc-disease", "spondylolisthesis", "si-joint-pain", "piriformis-syndrome",
              "hip-osteoarthritis", "gluteal-tendinopathy", "hip-replacement", "back-strain", "hip-strain",
              "postural-pain", "deconditioning", "fibromyalgia"]
PRECAUTIONS = ["hip-replacement-posterior", "hip-replacement-anterior", "osteoporosis", "pregnancy",
               "fall-risk", "hypermobility", "recent-surgery"]
LIMITATIONS = ["no-floor", "no-kneeling", "no-prone", "no-supine", "no-standing"]
EQUIPMENT = ["chair", "wall", "counter", "band", "step", "ball", "foam-roller", "towel", "pillow", "bed", "bike", "pool"]
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
NAMES = ["Maria Lopez", "Sam Lee", "Aisha Khan", "John O'Brien", "Wei Chen", "Olga Petrova", "Tom Baker",
         "Grace Mensah", "Ravi Patel", "Ana Souza"]


def profile(rng, i):
    age = rng.randint(18, 92)
    lines = [f"patient: {{ name: \"{rng.choice(NAMES)} {i}\", age: {age} }}",
             f"conditions: [{', '.join(rng.sample(CONDITIONS, rng.randint(1, 3)))}]",
             f"pain: {{ current: {rng.randint(0, 10)}, stage: {rng.choice(['acute', 'subacute', 'chronic'])}, "
             f"directional_preference: {rng.choice(['flexion', 'extension', 'none'])} }}"]
    precautions = rng.sample(PRECAUTIONS, rng.choice([0, 0, 1, 1, 2]))
    if "pregnancy" in precautions and age > 45:
        precautions.remove("pregnancy")
    lines.append(f"precautions: [{', '.join(precautions)}]")
    if any(p.startswith("hip-replacement") for p in precautions):
        lines.append(f"surgery: {{ date: 2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d} }}")
    if "pregnancy" in precautions:
        lines.append(f"pregnancy: {{ weeks: {rng.randint(8, 38)} }}")
    lines.append(f"limitations: [{', '.join(rng.sample(LIMITATIONS, rng.choice([0, 0, 0, 1])))}]")
    if rng.random() < 0.7:
        lines.append(f"equipment: [{', '.join(rng.sample(EQUIPMENT, rng.randint(2, 7)))}]")
    if rng.random() < 0.03:
        lines.append("red_flags: [saddle-numbness]")
    days = sorted(rng.sample(DAYS, rng.randint(3, 7)), key=DAYS.index)
    lines.append(f"schedule: {{ days: [{', '.join(days)}], minutes_per_session: {rng.choice([15, 20, 25, 30, 40])}, "
                 f"clinic_visits_per_week: {rng.randint(0, 2)} }}")
    if rng.random() < 0.5:
        answers = [str(rng.randint(0, 1)) for _ in range(8)]
        answers.append(rng.choice(["not-at-all", "slightly", "moderately", "very-much", "extremely"]))
        lines.append(f"start_back: [{', '.join(answers)}]")
    lines.append('goals: ["Walk the dog every morning", "Sleep through the night"]')
    lines.append(f"plan: {{ start: 2026-12-{rng.randint(1, 28):02d}, weeks: 6 }}")
    lines.append('therapist: { name: Sam Okafor, clinic: Riverside PT, phone: "555 0100" }')
    return "\n".join(lines) + "\n"


def write_profiles(count, out):
    rng = random.Random(SEED)
    if out == "-":
        for i in range(count):
            sys.stdout.write("---\n" + profile(rng, i))
        return
    os.makedirs(out, exist_ok=True)
    for i in range(count):
        with open(os.path.join(out, f"p{i:06d}.yaml"), "w") as f:
            f.write(profile(rng, i))


def write_catalog(count, out, source):
    """Copies the real knowledge base but its catalog (vocabulary, rules,
    movement cues, translations, and drawings if it has any), and makes at
    least `count` exercises from whole copies of the real ones (new ids,
    chains kept inside each copy)."""
    import shutil
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(os.path.join(out, "catalog"))
    for name in sorted(os.listdir(source)):
        if name == "catalog":
            continue
        path = os.path.join(source, name)
        if os.path.isdir(path):
            shutil.copytree(path, os.path.join(out, name))
        else:
            shutil.copy(path, os.path.join(out, name))
    originals = []
    for folder, _, files in sorted(os.walk(os.path.join(source, "catalog"))):
        for name in sorted(files):
            with open(os.path.join(folder, name)) as f:
                originals.append((name[:-5], f.read()))
    ids = [i for i, _ in originals]
    made = 0
    copy = 0
    # whole copies only, so every chain stays complete; the first copy keeps
    # the real ids, which the rules name
    while made < count:
        for ident, text in originals:
            new = text
            name = ident
            if copy > 0:
                name = f"{ident}-c{copy}"
                for other in sorted(ids, key=len, reverse=True):
                    new = new.replace(f": {other}\n", f": {other}-c{copy}\n").replace(f"{other},", f"{other}-c{copy},")
                    new = new.replace(f"[{other}]", f"[{other}-c{copy}]").replace(f" {other}]", f" {other}-c{copy}]")
            with open(os.path.join(out, "catalog", f"{name}.yaml"), "w") as f:
                f.write(new)
            made += 1
        copy += 1


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--catalog":
        here = os.path.dirname(os.path.abspath(__file__))
        write_catalog(int(sys.argv[2]), sys.argv[3], os.path.join(here, "..", "exercises"))
    elif len(sys.argv) == 3:
        write_profiles(int(sys.argv[1]), sys.argv[2])
    else:
        sys.exit(__doc__)

#!/usr/bin/env python3
"""Checks every example .privlint.yaml of the documentation.

Usage: check-doc-configs.py SRC_ROOT PRIVLINT WORK_DIR

The examples are the files docs/examples/*.yaml and every fenced ```yaml
block of README.md and docs/**/*.md whose top-level keys are all keys of
schemas/config-v1.json (a workflow, a hook or a taxonomy block is not one).
Each example:

- validates against schemas/config-v1.json, with the built-in validator of
  validate-json.py and, when it is importable, the `jsonschema` package
  (python3-jsonschema, installed by scripts/setup.sh), reading YAML as
  privlint does (YAML 1.2 booleans);
- is loaded by privlint itself: written to WORK_DIR/<n>/.privlint.yaml,
  `privlint config --dump WORK_DIR/<n>/schema.sql` exits 0;
- starts with the modeline `# yaml-language-server: $schema=PATH`, PATH
  relative to the file holding the example and resolving to
  schemas/config-v1.json, so that editors validate and complete the keys.
  The rule pages (docs/rules/*.md) are the exception: they are compiled into
  privlint (`privlint explain`, SARIF help), where a relative path leads
  nowhere, so their examples have no modeline (and are still validated).

A ```yaml block with a modeline that is not an example is an error too (the
detection above must not drop an example silently).

Prints `ok: FILE:LINE` for each example in path order, then `N examples ok`
and the validators used, and exits 0; prints `FILE:LINE: error: ...` for each
problem and exits 1.
"""
import importlib.util
import json
import os
import re
import subprocess
import sys

MODELINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)\s*$")


def load_validate_json(src):
    path = os.path.join(src, "test", "tools", "validate-json.py")
    spec = importlib.util.spec_from_file_location("validate_json", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def yaml_blocks(path):
    """(line of the block's first line, text) of each ```yaml block, dedented."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = []
    i = 0
    while i < len(lines):
        m = re.match(r"^( *)```ya?ml\s*$", lines[i])
        if not m:
            i += 1
            continue
        indent = len(m.group(1))
        start = i + 1
        j = start
        while j < len(lines) and not re.match(r"^ *```\s*$", lines[j]):
            j += 1
        body = [l[indent:] if l[:indent].strip() == "" else l for l in lines[start:j]]
        out.append((start + 1, "\n".join(body) + "\n"))
        i = j + 1
    return out


def main():
    if len(sys.argv) != 4:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    src, privlint, work = sys.argv[1:]
    vj = load_validate_json(src)
    schema_path = os.path.join(src, "schemas", "config-v1.json")
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator = vj.Validator(schema)
    try:
        import jsonschema
        reference = jsonschema.Draft202012Validator(schema)
    except ImportError:
        reference = None
    top_keys = set(schema["properties"])

    candidates = []  # (display path, line, text, file holding it, needs modeline)
    ex_dir = os.path.join(src, "docs", "examples")
    for name in sorted(os.listdir(ex_dir)):
        if name.endswith((".yaml", ".yml")):
            with open(os.path.join(ex_dir, name), encoding="utf-8") as f:
                candidates.append(("docs/examples/" + name, 1, f.read(), True, True))
    md_files = [os.path.join(src, "README.md")]
    for root, dirs, files in os.walk(os.path.join(src, "docs")):
        dirs.sort()
        md_files += [os.path.join(root, f) for f in sorted(files) if f.endswith(".md")]
    for md in md_files:
        rel = os.path.relpath(md, src).replace(os.sep, "/")
        for line, text in yaml_blocks(md):
            candidates.append((rel, line, text, False, not rel.startswith("docs/rules/")))

    problems, ok = [], []
    for n, (rel, line, text, whole_file, needs_modeline) in enumerate(candidates):
        where = "%s:%d" % (rel, line)
        first = text.split("\n", 1)[0]
        modeline = MODELINE.match(first)
        try:
            doc = vj.load_yaml(text)
        except Exception as e:  # yaml.YAMLError: not an example (a template with `...`)
            if whole_file or modeline:
                problems.append("%s: error: not valid YAML: %s" % (where, str(e).replace("\n", " ")))
            continue
        is_config = isinstance(doc, dict) and doc and set(doc) <= top_keys
        if not is_config and not whole_file:
            if modeline:
                problems.append("%s: error: a modeline on a block that is no configuration "
                                "(keys: %s)" % (where, ", ".join(sorted(map(str, doc or {})))))
            continue
        before = len(problems)
        if needs_modeline and not modeline:
            problems.append("%s: error: the first line is not "
                            "'# yaml-language-server: $schema=<relative path to "
                            "schemas/config-v1.json>'" % where)
        if modeline and not needs_modeline:
            problems.append("%s: error: a rule page is compiled into privlint; its examples "
                            "carry no modeline" % where)
        if modeline:
            target = os.path.normpath(os.path.join(os.path.dirname(os.path.join(src, rel)),
                                                   modeline.group(1)))
            if os.path.isabs(modeline.group(1)) or "://" in modeline.group(1):
                problems.append("%s: error: the modeline's path must be relative: %s"
                                % (where, modeline.group(1)))
            elif not (os.path.exists(target) and os.path.samefile(target, schema_path)):
                problems.append("%s: error: the modeline's path %s does not lead to "
                                "schemas/config-v1.json" % (where, modeline.group(1)))
        for ptr, msg in validator.errors(doc, schema):
            problems.append("%s: error: %s: %s" % (where, ptr or "/", msg))
        if reference is not None:
            for e in reference.iter_errors(doc):
                ptr = "".join("/" + vj.pointer_escape(p) for p in e.absolute_path)
                problems.append("%s: error: %s: [jsonschema] %s" % (where, ptr or "/", e.message))
        d = os.path.join(work, str(n))
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, ".privlint.yaml"), "w", encoding="utf-8") as f:
            f.write(text)
        run = subprocess.run([privlint, "config", "--dump", os.path.join(d, "schema.sql")],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if run.returncode != 0:
            problems.append("%s: error: privlint rejects it (exit %d): %s"
                            % (where, run.returncode, run.stderr.strip().replace("\n", " | ")))
        if len(problems) == before:
            ok.append(where)

    for p in problems:
        print(p)
    if problems:
        return 1
    for w in ok:
        print("ok: " + w)
    print("%d examples ok (validators: built-in%s; privlint config --dump)"
          % (len(ok), ", jsonschema" if reference is not None else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

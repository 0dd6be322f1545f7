#!/usr/bin/env python3
"""Validate a JSON (or YAML) document against a JSON Schema (test-only).

Usage:
    validate-json.py [--yaml] [--builtin] <schema.json> [<document>|-]
    validate-json.py --lint-schema <schema.json>

--lint-schema checks the schema itself: only supported keywords, resolvable
$refs, and a non-empty "description" on the root and on every property (in
`properties`) -- the schemas are a documented, stable contract.

Reads the document from the file, or from standard input when it is `-` or
omitted. Prints `json ok: <document>` and exits 0 when it is valid; prints one
line per violation, `<document>: error: <json-pointer>: <what>`, and exits 1
otherwise; exits 2 on usage errors, unreadable input or an invalid schema.

Validator (checked on this machine, Debian 12 + pyenv): /usr/bin/python3 has
no `jsonschema` module; the pyenv 3.11.7 python3 (first on PATH here) has it,
the other pyenv versions do not, and nothing may be downloaded for the tests.
So this script carries its own validator, always used, for the
subset of JSON Schema draft 2020-12 that schemas/*.json use:
    type, enum, const, pattern, minimum, maximum, minLength, minItems,
    uniqueItems, properties, required, additionalProperties (bool or schema),
    patternProperties, propertyNames, items (schema), $ref (local "#/..."
    pointers, e.g. "#/$defs/x"), allOf, anyOf, oneOf, not
plus the annotations $schema, $id, $comment, title, description, default,
examples (ignored). Any other keyword in a schema is an error (exit 2), so a
schema cannot silently rely on a keyword this validator does not check. When
the `jsonschema` package is importable it is used as well (both must accept
the document) unless --builtin is given.

YAML (--yaml, for .privlint.yaml files against schemas/config-v1.json):
ruby is not installed here, but PyYAML is (/usr/bin/python3 and the pyenv
3.11.7 python3), so the document is read with PyYAML's safe loader, restricted
to YAML 1.2 core-schema booleans: only true/false (any case) are booleans;
yes/no/on/off/y/n stay strings, as privlint's yaml-cpp reads them (so
`severity: off` is the string "off"). Duplicate keys are an error. Tests that
use --yaml need the lit feature `pyyaml` (set by test/config/lit.local.cfg
when the %python interpreter can import yaml), so they are UNSUPPORTED rather
than failing where PyYAML is absent.
"""

import argparse
import json
import re
import sys

ANNOTATIONS = {"$schema", "$id", "$comment", "title", "description", "default", "examples", "$defs"}
KEYWORDS = {
    "type", "enum", "const", "pattern", "minimum", "maximum", "minLength", "minItems", "uniqueItems",
    "properties", "required", "additionalProperties", "patternProperties", "propertyNames", "items",
    "$ref", "allOf", "anyOf", "oneOf", "not",
}


class SchemaError(Exception):
    pass


def pointer_escape(s):
    return str(s).replace("~", "~0").replace("/", "~1")


def type_ok(value, t):
    if t == "object":
        return isinstance(value, dict)
    if t == "array":
        return isinstance(value, list)
    if t == "string":
        return isinstance(value, str)
    if t == "boolean":
        return isinstance(value, bool)
    if t == "null":
        return value is None
    if t == "integer":
        if isinstance(value, bool):
            return False
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if t == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    raise SchemaError("unknown type %r" % t)


def json_equal(a, b):
    # JSON equality: 1 == 1.0, but true != 1.
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    return type(a) == type(b) and a == b


class Validator:
    def __init__(self, root):
        self.root = root
        self.check_schema(root, "#")

    def check_schema(self, s, where):
        """Reject keywords outside the supported subset (recursively)."""
        if isinstance(s, bool):
            return
        if not isinstance(s, dict):
            raise SchemaError("%s: a schema must be an object or a boolean" % where)
        for k, v in s.items():
            if k not in KEYWORDS and k not in ANNOTATIONS:
                raise SchemaError("%s: keyword %r is not supported by validate-json.py" % (where, k))
        for k in ("properties", "patternProperties", "$defs"):
            for name, sub in (s.get(k) or {}).items():
                self.check_schema(sub, "%s/%s/%s" % (where, k, pointer_escape(name)))
        for k in ("additionalProperties", "items", "propertyNames", "not"):
            if k in s:
                self.check_schema(s[k], "%s/%s" % (where, k))
        for k in ("allOf", "anyOf", "oneOf"):
            for i, sub in enumerate(s.get(k) or []):
                self.check_schema(sub, "%s/%s/%d" % (where, k, i))
        if "$ref" in s:
            self.resolve(s["$ref"])
        if "pattern" in s:
            re.compile(s["pattern"])

    def resolve(self, ref):
        if not ref.startswith("#"):
            raise SchemaError("only local $ref pointers are supported: %r" % ref)
        node = self.root
        for part in [p for p in ref[1:].split("/") if p != ""]:
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or part not in node:
                raise SchemaError("unresolvable $ref %r" % ref)
            node = node[part]
        return node

    def errors(self, v, s, path="", depth=0):
        """Yield (json-pointer, message) for every violation of schema s by value v."""
        if depth > 64:
            raise SchemaError("$ref recursion too deep")
        if s is True:
            return
        if s is False:
            yield path, "no value is allowed here"
            return
        if "$ref" in s:
            yield from self.errors(v, self.resolve(s["$ref"]), path, depth + 1)
        if "type" in s:
            types = s["type"] if isinstance(s["type"], list) else [s["type"]]
            if not any(type_ok(v, t) for t in types):
                yield path, "%s is not of type %s" % (json.dumps(v)[:80], " or ".join(types))
                return
        if "const" in s and not json_equal(v, s["const"]):
            yield path, "%s is not %s" % (json.dumps(v)[:80], json.dumps(s["const"]))
        if "enum" in s and not any(json_equal(v, e) for e in s["enum"]):
            yield path, "%s is not one of %s" % (json.dumps(v)[:80], json.dumps(s["enum"]))
        if isinstance(v, str):
            if "pattern" in s and not re.search(s["pattern"], v):
                yield path, "%s does not match %s" % (json.dumps(v)[:80], s["pattern"])
            if "minLength" in s and len(v) < s["minLength"]:
                yield path, "%s is shorter than %d" % (json.dumps(v)[:80], s["minLength"])
        if type_ok(v, "number"):
            if "minimum" in s and v < s["minimum"]:
                yield path, "%s is less than the minimum %s" % (v, s["minimum"])
            if "maximum" in s and v > s["maximum"]:
                yield path, "%s is greater than the maximum %s" % (v, s["maximum"])
        if isinstance(v, list):
            if "minItems" in s and len(v) < s["minItems"]:
                yield path, "array has %d items, fewer than %d" % (len(v), s["minItems"])
            if s.get("uniqueItems"):
                for i in range(len(v)):
                    if any(json_equal(v[i], v[j]) for j in range(i)):
                        yield "%s/%d" % (path, i), "duplicate item %s" % json.dumps(v[i])[:80]
            if "items" in s:
                for i, x in enumerate(v):
                    yield from self.errors(x, s["items"], "%s/%d" % (path, i), depth + 1)
        if isinstance(v, dict):
            for r in s.get("required", []):
                if r not in v:
                    yield path, "required property %r is missing" % r
            props = s.get("properties", {})
            pprops = s.get("patternProperties", {})
            for k, x in v.items():
                kp = "%s/%s" % (path, pointer_escape(k))
                if "propertyNames" in s:
                    for _, msg in self.errors(k, s["propertyNames"], kp, depth + 1):
                        yield kp, "property name %r is not allowed (%s)" % (k, msg)
                matched = False
                if k in props:
                    matched = True
                    yield from self.errors(x, props[k], kp, depth + 1)
                for pat, sub in pprops.items():
                    if re.search(pat, k):
                        matched = True
                        yield from self.errors(x, sub, kp, depth + 1)
                if not matched and "additionalProperties" in s:
                    ap = s["additionalProperties"]
                    if ap is False:
                        yield kp, "additional property %r is not allowed" % k
                    else:
                        yield from self.errors(x, ap, kp, depth + 1)
        for sub in s.get("allOf", []):
            yield from self.errors(v, sub, path, depth + 1)
        if "anyOf" in s:
            if not any(not list(self.errors(v, sub, path, depth + 1)) for sub in s["anyOf"]):
                yield path, "%s matches none of the anyOf alternatives" % json.dumps(v)[:80]
        if "oneOf" in s:
            n = sum(1 for sub in s["oneOf"] if not list(self.errors(v, sub, path, depth + 1)))
            if n != 1:
                yield path, "%s matches %d of the oneOf alternatives, not exactly 1" % (json.dumps(v)[:80], n)
        if "not" in s and not list(self.errors(v, s["not"], path, depth + 1)):
            yield path, "%s must not match the `not` schema" % json.dumps(v)[:80]


def load_yaml(text):
    import yaml  # PyYAML; see the header

    class Loader(yaml.SafeLoader):
        pass

    # YAML 1.2 core booleans only (true/false), like yaml-cpp's scalars.
    Loader.yaml_implicit_resolvers = {
        k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
        for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    Loader.add_implicit_resolver("tag:yaml.org,2002:bool",
                                 re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))

    def mapping(loader, node):
        loader.flatten_mapping(node)
        out = {}
        for kn, vn in node.value:
            k = loader.construct_object(kn, deep=True)
            if k in out:
                raise yaml.constructor.ConstructorError(
                    None, None, "duplicate key %r" % (k,), kn.start_mark)
            out[k] = loader.construct_object(vn, deep=True)
        return out

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    doc = yaml.load(text, Loader=Loader)
    return {} if doc is None else doc


def lint_schema(path):
    try:
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
        Validator(schema)
    except (OSError, ValueError, SchemaError, re.error) as e:
        print("%s: error: invalid schema: %s" % (path, e))
        return 1
    problems = []

    def has_description(s):
        return isinstance(s, dict) and isinstance(s.get("description"), str) and s["description"].strip()

    def walk(s, where):
        if not isinstance(s, dict):
            return
        for name, sub in (s.get("properties") or {}).items():
            w = "%s/properties/%s" % (where, pointer_escape(name))
            if not has_description(sub):
                problems.append("%s: property %r has no description" % (w, name))
            walk(sub, w)
        for k in ("patternProperties", "$defs"):
            for name, sub in (s.get(k) or {}).items():
                walk(sub, "%s/%s/%s" % (where, k, pointer_escape(name)))
        for k in ("additionalProperties", "items", "propertyNames", "not"):
            if k in s:
                walk(s[k], "%s/%s" % (where, k))
        for k in ("allOf", "anyOf", "oneOf"):
            for i, sub in enumerate(s.get(k) or []):
                walk(sub, "%s/%s/%d" % (where, k, i))

    if not has_description(schema):
        problems.append("#: the schema has no description")
    if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
        problems.append("#: $schema is not draft 2020-12")
    walk(schema, "#")
    for p in problems:
        print("%s: error: %s" % (path, p))
    if problems:
        return 1
    print("schema ok: %s" % path)
    return 0


def main():
    ap = argparse.ArgumentParser(description="Validate a JSON or YAML document against a JSON Schema.")
    ap.add_argument("--yaml", action="store_true", help="the document is YAML (read with PyYAML)")
    ap.add_argument("--builtin", action="store_true", help="use only the built-in validator")
    ap.add_argument("--lint-schema", action="store_true",
                    help="check the schema only: supported keywords and a description on every property")
    ap.add_argument("schema")
    ap.add_argument("document", nargs="?", default="-")
    a = ap.parse_args()

    name = "<stdin>" if a.document == "-" else a.document
    if a.lint_schema:
        return lint_schema(a.schema)
    try:
        with open(a.schema, encoding="utf-8") as f:
            schema = json.load(f)
        validator = Validator(schema)
    except (OSError, ValueError, SchemaError, re.error) as e:
        print("%s: error: invalid schema: %s" % (a.schema, e), file=sys.stderr)
        return 2
    try:
        if a.document == "-":
            text = sys.stdin.buffer.read().decode("utf-8")
        else:
            with open(a.document, "rb") as f:
                text = f.read().decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        print("%s: error: cannot read: %s" % (name, e), file=sys.stderr)
        return 2
    try:
        if a.yaml:
            try:
                doc = load_yaml(text)
            except ImportError:
                print("%s: error: --yaml needs PyYAML (python3 -c 'import yaml')" % name, file=sys.stderr)
                return 2
        else:
            doc = json.loads(text)
    except Exception as e:  # json.JSONDecodeError, yaml.YAMLError
        print("%s: error: not valid %s: %s" % (name, "YAML" if a.yaml else "JSON", e))
        return 1

    problems = list(validator.errors(doc, schema))
    if not a.builtin:
        try:
            import jsonschema  # optional: cross-check with the reference implementation
        except ImportError:
            jsonschema = None
        if jsonschema is not None:
            for e in jsonschema.Draft202012Validator(schema).iter_errors(doc):
                ptr = "".join("/" + pointer_escape(p) for p in e.absolute_path)
                problems.append((ptr, "[jsonschema] " + e.message))
    for ptr, msg in problems:
        print("%s: error: %s: %s" % (name, ptr or "/", msg))
    if problems:
        return 1
    print("json ok: %s" % name)
    return 0


if __name__ == "__main__":
    sys.exit(main())

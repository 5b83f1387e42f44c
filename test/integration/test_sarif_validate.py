#!/usr/bin/env python3
"""labelguard-sarif's logs pass Microsoft's SARIF validator.

The validator is the npm package @microsoft/sarif-multitool, installed by the
test fixture `integration-sarif-multitool-install` into SARIF_NPM_PREFIX and
run as `npx @microsoft/sarif-multitool validate` from there. It checks the
JSON schema and SARIF's own rules (SARIF1xxx errors, SARIF2xxx warnings);
every log must give no error and no warning (notes, such as "consider message
ids instead of text", are allowed). The multitool 5.7.0 skips some schema
checks silently (an unknown `level` value passes), so every log is also
checked against the SARIF 2.1.0 JSON schema that ships in the same package,
with Python's jsonschema. A corrupted copy must fail both, so neither
validator can pass by doing nothing.

The logs: the example service (findings with notes and fix-its), the
hand-written export with fixes, a baseline comparison with new, unchanged and
absent results, and a run on a file that does not compile (notifications).
"""

import copy
import glob
import json
import os

import common
from common import check
import sarif_util
import test_sarif


def multitool(prefix, log_path, out_path):
    """Validates one log; returns the validator's error and warning results."""
    if os.path.exists(out_path):
        os.remove(out_path)
    # npx finds the package in the node_modules of its working directory.
    # Its bin script runs the tool through a shell, so no argument may need
    # quoting.
    argv = [common.env("NPX"), "--no", "@microsoft/sarif-multitool",
            "validate", "-o", out_path, log_path]
    rc, out = common.run(argv, cwd=prefix, timeout=120)
    print(out)
    if rc != 0 or not os.path.exists(out_path):
        return None
    with open(out_path, encoding="utf-8") as f:
        report = json.load(f)
    run = report["runs"][0]
    if not run["invocations"][0].get("executionSuccessful"):
        return None
    # A result with no level is a warning (SARIF 3.27.10).
    return [r for r in run.get("results", [])
            if r.get("level", "warning") in ("error", "warning")]


def schema_errors(validator, log_path):
    with open(log_path, encoding="utf-8") as f:
        return ["%s: %s" % ("/".join(map(str, e.absolute_path)), e.message)
                for e in validator.iter_errors(json.load(f))]


def make_logs(work):
    """Writes the logs to validate; returns {what: path}."""
    logs = {}
    service = os.path.join(work, "service")
    path = common.make_example_project(service)
    tidy = common.env("LABELGUARD_TIDY")
    base = ["-p", service, "--clang-tidy", tidy, "--source-root", service,
            "--fail-on", "none"]
    logs["example service"] = os.path.join(work, "service.sarif")
    sarif_util.run(base, logs["example service"])

    with open(path, encoding="utf-8") as f:
        text = f.read()
    # New, unchanged and absent against that baseline: one leak removed, one
    # added.
    text = text.replace("record_not_found(not_found, req.path);",
                        'record_not_found(not_found, "all");')
    text = text.replace('searches.Add({{"term", term}})',
                        'searches.Add({{"term", req.get_header_value("X")}})')
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    logs["baseline comparison"] = os.path.join(work, "compared.sarif")
    sarif_util.run(base + ["--baseline", logs["example service"]],
                   logs["baseline comparison"])

    source, export = test_sarif.fixture(os.path.join(work, "fixture"),
                                        "export.yaml.in")
    logs["fix-its"] = os.path.join(work, "fixes.sarif")
    sarif_util.run(["--from-export-fixes", export, "--source-root",
                    os.path.dirname(source), "--fail-on", "none"],
                   logs["fix-its"])

    broken, = test_sarif.project(os.path.join(work, "broken"),
                                 {"broken.cpp": "int f( { return x; }\n"})
    logs["a file that does not compile"] = os.path.join(work, "broken.sarif")
    sarif_util.run(["-p", os.path.dirname(broken), "--clang-tidy", tidy,
                    "--source-root", os.path.dirname(broken)],
                   logs["a file that does not compile"])
    return logs


def main():
    try:
        import jsonschema
    except ImportError:
        raise SystemExit("needs Python's jsonschema (Debian: "
                         "python3-jsonschema; scripts/install-deps.sh)")
    prefix = common.env("SARIF_NPM_PREFIX")
    schemas = glob.glob(os.path.join(prefix, "node_modules", "@microsoft",
                                     "sarif-multitool-*", "sarif-2.1.0.json"))
    if not check(schemas, "the multitool's package ships the SARIF 2.1.0 "
                 "schema", prefix):
        common.finish()
    with open(schemas[0], encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)

    work = common.work_dir()
    logs = make_logs(work)
    with open(logs["baseline comparison"], encoding="utf-8") as f:
        states = sorted({r.get("baselineState") for r in
                         json.load(f)["runs"][0]["results"]})
    check(states == ["absent", "new", "unchanged"], "the baseline comparison "
          "has new, unchanged and absent results", states)
    with open(logs["fix-its"], encoding="utf-8") as f:
        check(json.load(f)["runs"][0]["results"][0].get("fixes"),
              "the fix-its log has fixes")

    for what, path in logs.items():
        check(os.path.exists(path), "%s: labelguard-sarif wrote a log" % what)
        found = multitool(prefix, path, path + ".validation.sarif")
        check(found == [], "%s: the SARIF multitool finds no error or "
              "warning" % what, json.dumps(found, indent=1)[:3000])
        errors = schema_errors(validator, path)
        check(errors == [], "%s: valid against the SARIF 2.1.0 schema"
              % what, "\n".join(errors[:20]))

    # Negative controls: a corrupted copy fails each validator.
    with open(logs["example service"], encoding="utf-8") as f:
        log = json.load(f)
    bad = copy.deepcopy(log)
    bad["runs"][0]["results"][0]["locations"][0]["physicalLocation"][
        "region"]["startLine"] = 0
    bad_path = os.path.join(work, "corrupt-line.sarif")
    with open(bad_path, "w", encoding="utf-8") as f:
        json.dump(bad, f)
    found = multitool(prefix, bad_path, bad_path + ".validation.sarif")
    check(found and any(r["ruleId"] == "JSON1008" for r in found),
          "negative control: the multitool rejects startLine 0", found)
    check(schema_errors(validator, bad_path), "negative control: the schema "
          "rejects startLine 0")
    bad = copy.deepcopy(log)
    bad["runs"][0]["results"][0]["level"] = "severe"
    bad_path = os.path.join(work, "corrupt-level.sarif")
    with open(bad_path, "w", encoding="utf-8") as f:
        json.dump(bad, f)
    check(schema_errors(validator, bad_path), "negative control: the schema "
          "rejects an unknown level")
    common.finish()


if __name__ == "__main__":
    main()

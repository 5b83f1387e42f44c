# -*- Python -*-
# lit configuration for labelguard's check tests.

import os
import lit.formats

config.name = "labelguard-" + lit_config.params.get("frontend", "tidy")
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp"]
config.excludes = ["Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.labelguard_binary_dir, "test",
                                     config.name)

frontend = lit_config.params.get("frontend", "tidy")
if frontend not in ("plugin", "tidy", "clangd", "asan"):
    lit_config.fatal("frontend must be plugin, tidy, clangd or asan, not %r" % frontend)
config.available_features.add("frontend-" + frontend)

tidy_cmd = {
    "plugin": "%s --load=%s" % (config.clang_tidy, config.labelguard_plugin),
    "tidy": config.labelguard_tidy,
    "clangd": config.labelguard_tidy,  # used only for -compile-fixed re-checks
    # The sanitizer lane: labelguard-tidy built with ASan and UBSan.
    "asan": config.labelguard_tidy_asan,
}[frontend]

env = config.environment
env["LABELGUARD_FRONTEND"] = frontend
env["LABELGUARD_TIDY_CMD"] = tidy_cmd
env["LABELGUARD_CLANGD"] = config.labelguard_clangd
env["LABELGUARD_CXX"] = config.clangxx
env["FILECHECK"] = config.filecheck
env["LABELGUARD_INCLUDE"] = os.path.join(config.labelguard_source_dir, "include")
# Any sanitizer report ends the run with a non-zero status, which fails the
# test; leaks are reported too.
env["ASAN_OPTIONS"] = "detect_leaks=1:abort_on_error=0:halt_on_error=1"
env["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"

runner = os.path.join(config.labelguard_source_dir, "test", "check_clang_tidy.py")
config.substitutions.append(
    ("%check_clang_tidy", "%s %s" % (config.python, runner)))
config.substitutions.append(("%clang_tidy", tidy_cmd))
config.substitutions.append(("%clangxx", config.clangxx))
config.substitutions.append(("%labelguard_include",
                             os.path.join(config.labelguard_source_dir, "include")))
config.substitutions.append(("%FileCheck", config.filecheck))
config.substitutions.append(("%python", config.python))

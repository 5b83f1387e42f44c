# -*- Python -*-
# lit configuration for labelguard's whole-program tests: each case is a
# folder of sources with a case.test (see test/check_program.py).

import os
import lit.formats

frontend = lit_config.params.get("frontend", "tidy")
config.name = "labelguard-program-" + frontend
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".test"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.labelguard_binary_dir, "test",
                                     config.name)
if frontend not in ("plugin", "tidy", "clangd", "asan"):
    lit_config.fatal("frontend must be plugin, tidy, clangd or asan, not %r" % frontend)
config.available_features.add("frontend-" + frontend)

tidy_cmd = {
    "plugin": "%s --load=%s" % (config.clang_tidy, config.labelguard_plugin),
    "tidy": config.labelguard_tidy,
    "clangd": config.labelguard_tidy,
    "asan": config.labelguard_tidy_asan,
}[frontend]

env = config.environment
env["LABELGUARD_FRONTEND"] = frontend
env["LABELGUARD_TIDY_CMD"] = tidy_cmd
env["LABELGUARD_CLANGD"] = config.labelguard_clangd
env["LABELGUARD_SCAN"] = config.labelguard_scan
env["LABELGUARD_CXX"] = config.clangxx
env["FILECHECK"] = config.filecheck
env["LABELGUARD_INCLUDE"] = os.path.join(config.labelguard_source_dir, "include")
env["ASAN_OPTIONS"] = "detect_leaks=1:abort_on_error=0:halt_on_error=1"
env["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"

runner = os.path.join(config.labelguard_source_dir, "test", "check_program.py")
config.substitutions.append(("%check_program", "%s %s" % (config.python, runner)))
config.substitutions.append(("%inputs", os.path.join(
    config.labelguard_source_dir, "test", "checkers", "Inputs")))

"""labelguard's whole-program scan as a Bazel aspect.

    bazel build //... \\
      --aspects=@labelguard//bazel:labelguard.bzl%labelguard_aspect \\
      --output_groups=labelguard_report,labelguard_fixes,labelguard_sarif

For each cc_library, cc_binary and cc_test (and every target under them
along `deps`), one action per C++ source writes that unit's summary
(`labelguard-scan summarize`), with the flags of the target's CcInfo
compilation context. For each target, one action links the summaries of
everything it depends on into an index (`labelguard-scan link`), and one
action reports the index's findings (`labelguard-scan report`) as
clang-tidy's text, clang-tidy's export-fixes YAML and SARIF.

Every action reads declared inputs only (the source, the headers of the
target's transitive compilation context, the labelguard binaries, the
configuration file) and writes the same bytes on every machine (paths are
exec paths, see labelguard_action.py), so the disk cache, a remote cache
and a remote executor can serve them. docs/bazel-cmake.md has the set-up.
"""

LabelguardInfo = provider(
    doc = "The summaries of a target and of everything it depends on.",
    fields = {
        "summaries": "depset of summary files (one per C++ source)",
        "sources": "depset of the sources and headers the summaries name",
    },
)

LabelguardSettingInfo = provider(
    doc = "The value of one of labelguard's build settings.",
    fields = ["value"],
)

def _setting_impl(ctx):
    return [LabelguardSettingInfo(value = ctx.build_setting_value)]

labelguard_string_flag = rule(
    implementation = _setting_impl,
    build_setting = config.string(flag = True),
)

labelguard_bool_flag = rule(
    implementation = _setting_impl,
    build_setting = config.bool(flag = True),
)

_CXX_EXTENSIONS = ["cc", "cpp", "cxx", "c++", "C"]
_HEADER_EXTENSIONS = ["h", "hh", "hpp", "hxx", "h++", "H", "inc", "inl", "ipp", "tcc", "tpp"]

# The rules whose sources are analysed; others are passed through (their
# deps' summaries still reach the targets above them).
_RULES = ["cc_library", "cc_binary", "cc_test"]

def _own_name(f):
    # external/repo/x.cc for a source of another repository, so that
    # outputs never climb out of bazel-bin with "../".
    if f.short_path.startswith("../"):
        return "external/" + f.short_path[3:]
    return f.short_path

def _compiler_flags(ctx, cc):
    """The flags of the target's compilation context, as the compile
    action would pass them, without the toolchain's own flags (those are
    code generation and warning flags of the toolchain's compiler)."""
    flags = []
    flags.extend(ctx.fragments.cpp.copts)
    flags.extend(ctx.fragments.cpp.cxxopts)
    for copt in getattr(ctx.rule.attr, "copts", []):
        flags.append(ctx.expand_make_variables("copts", copt, {}))
    defines = cc.defines.to_list()
    if hasattr(cc, "local_defines"):
        defines = defines + cc.local_defines.to_list()
    for d in getattr(ctx.rule.attr, "local_defines", []):
        if d not in defines:
            defines.append(d)
    flags.extend(["-D" + d for d in defines])
    for d in cc.includes.to_list():
        flags.extend(["-I", d])
    for d in cc.quote_includes.to_list():
        flags.extend(["-iquote", d])
    for d in cc.system_includes.to_list():
        flags.extend(["-isystem", d])
    return flags

def _labelguard_aspect_impl(target, ctx):
    if CcInfo not in target:
        return []
    deps = []
    for attr in ("deps", "implementation_deps"):
        for d in getattr(ctx.rule.attr, attr, []):
            if LabelguardInfo in d:
                deps.append(d[LabelguardInfo])

    cc = target[CcInfo].compilation_context
    scan = ctx.file._scan
    sarif = ctx.file._sarif
    config = ctx.files._config
    tools = [scan] + config

    srcs = []
    private_headers = []
    if ctx.rule.kind in _RULES:
        for f in getattr(ctx.rule.files, "srcs", []):
            if f.extension in _CXX_EXTENSIONS:
                srcs.append(f)
            elif f.extension in _HEADER_EXTENSIONS:
                private_headers.append(f)
    visible = depset(private_headers, transitive = [cc.headers])

    summaries = []
    if srcs:
        flags = _compiler_flags(ctx, cc)

        # The toolchain's own include directories: with /usr's, the only
        # files outside the declared inputs a unit may read, as for Bazel's
        # compile actions (an absolute #include of any other file is an
        # undeclared inclusion). Read from current_cc_toolchain, which
        # finds the toolchain itself, with or without toolchain resolution,
        # so the aspect declares no toolchain type.
        toolchain = ctx.attr._cc_toolchain[cc_common.CcToolchainInfo]
        system_dirs = toolchain.built_in_include_directories
        for src in srcs:
            out = ctx.actions.declare_file(
                "_labelguard/%s/%s.lgs" % (ctx.label.name, _own_name(src)),
            )
            args = ctx.actions.args()
            args.add("summarize")
            args.add("--scan", scan)
            args.add("--out", out)
            args.add("--src", src)
            if config:
                args.add("--config-file", config[0])
            args.add_all(visible, before_each = "--input")
            args.add_all(system_dirs, before_each = "--system-dir")
            args.add("--target", str(ctx.label))
            args.add("--")
            args.add_all(flags)
            args.use_param_file("@%s", use_always = True)
            args.set_param_file_format("multiline")
            ctx.actions.run(
                executable = ctx.executable._action,
                arguments = [args],
                inputs = depset([src] + tools, transitive = [visible]),
                outputs = [out],
                mnemonic = "LabelguardSummarize",
                progress_message = "labelguard: summarizing %s" % _own_name(src),
            )
            summaries.append(out)

    info = LabelguardInfo(
        summaries = depset(summaries, transitive = [d.summaries for d in deps]),
        sources = depset(srcs, transitive = [visible] + [d.sources for d in deps]),
    )
    all_summaries = info.summaries.to_list()
    if not all_summaries:
        return [info]

    # One index per target: the summaries of everything it depends on.
    index = ctx.actions.declare_file("_labelguard/%s.idx" % ctx.label.name)
    link_args = ctx.actions.args()
    link_args.add_all(["link", "-o", index])
    list_args = ctx.actions.args()
    list_args.add_all(info.summaries)
    list_args.use_param_file("@%s", use_always = True)
    list_args.set_param_file_format("multiline")
    ctx.actions.run(
        executable = scan,
        arguments = [link_args, list_args],
        inputs = info.summaries,
        outputs = [index],
        mnemonic = "LabelguardLink",
        progress_message = "labelguard: linking the index of %s" % ctx.label,
    )

    text = ctx.actions.declare_file("%s.labelguard.txt" % ctx.label.name)
    fixes = ctx.actions.declare_file("%s.labelguard.yaml" % ctx.label.name)
    log = ctx.actions.declare_file("%s.labelguard.sarif" % ctx.label.name)
    args = ctx.actions.args()
    args.add("report")
    args.add("--scan", scan)
    args.add("--sarif-tool", sarif)
    args.add("--index", index)
    args.add("--text", text)
    args.add("--fixes", fixes)
    args.add("--sarif", log)
    if config:
        args.add("--config-file", config[0])
    header_filter = ctx.attr._header_filter[LabelguardSettingInfo].value
    if header_filter:
        args.add("--header-filter", header_filter)
    docs_url = ctx.attr._docs_url[LabelguardSettingInfo].value
    if docs_url:
        args.add("--docs-url", docs_url)
    if ctx.attr._fail_on_findings[LabelguardSettingInfo].value:
        args.add("--fail-on-findings")
    args.add_all(info.sources, before_each = "--input")
    args.use_param_file("@%s", use_always = True)
    args.set_param_file_format("multiline")
    ctx.actions.run(
        executable = ctx.executable._action,
        arguments = [args],
        inputs = depset([index, sarif] + tools, transitive = [info.sources]),
        outputs = [text, fixes, log],
        mnemonic = "LabelguardReport",
        progress_message = "labelguard: reporting %s" % ctx.label,
    )

    return [
        info,
        OutputGroupInfo(
            labelguard_report = depset([text]),
            labelguard_fixes = depset([fixes]),
            labelguard_sarif = depset([log]),
            labelguard_index = depset([index]),
            labelguard_summaries = info.summaries,
            labelguard = depset([text, fixes, log]),
        ),
    ]

labelguard_aspect = aspect(
    implementation = _labelguard_aspect_impl,
    attr_aspects = ["deps", "implementation_deps"],
    fragments = ["cpp"],
    attrs = {
        "_action": attr.label(
            default = Label("//bazel:labelguard_action.py"),
            executable = True,
            cfg = "exec",
            allow_single_file = True,
        ),
        "_scan": attr.label(
            default = Label("//bazel:labelguard_scan"),
            cfg = "exec",
            allow_single_file = True,
        ),
        "_sarif": attr.label(
            default = Label("//bazel:labelguard_sarif"),
            cfg = "exec",
            allow_single_file = True,
        ),
        "_config": attr.label(
            default = Label("//bazel:config"),
            allow_files = True,
        ),
        "_cc_toolchain": attr.label(
            default = Label("@bazel_tools//tools/cpp:current_cc_toolchain"),
        ),
        "_header_filter": attr.label(default = Label("//bazel:header_filter")),
        "_docs_url": attr.label(default = Label("//bazel:docs_url")),
        "_fail_on_findings": attr.label(default = Label("//bazel:fail_on_findings")),
    },
)

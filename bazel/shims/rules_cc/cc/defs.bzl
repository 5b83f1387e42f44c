"""rules_cc for Debian's bazel-bootstrap 4.2.3, offline: the native rules.

Bazel 4.2.3's own @bazel_tools loads @rules_cc//cc:defs.bzl, which Bazel
would otherwise download; Debian's bazel-rules-cc is written for a newer
Bazel and fails to load. These names are all that @bazel_tools and a
workspace of cc_* rules need. A current Bazel needs none of this.
"""

cc_binary = native.cc_binary
cc_import = native.cc_import
cc_library = native.cc_library
cc_proto_library = native.cc_proto_library
cc_test = native.cc_test
cc_toolchain = native.cc_toolchain
cc_toolchain_suite = native.cc_toolchain_suite
fdo_prefetch_hints = native.fdo_prefetch_hints
fdo_profile = native.fdo_profile
objc_import = native.objc_import
objc_library = native.objc_library

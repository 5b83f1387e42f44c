#!/bin/sh
# Not labelguard-scan: test_bazel.py points --@labelguard//bazel:labelguard_scan
# here, to see the aspect say so.
echo "not labelguard-scan"

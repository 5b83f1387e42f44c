#!/usr/bin/env bash
# Installs the Debian packages named on the command line that are missing,
# with apt-get as root or through sudo; does nothing when all are present.
#   scripts/apt-install.sh NAME PACKAGE...   (NAME prefixes the messages)
set -euo pipefail
name=$1
shift

missing=()
for p in "$@"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = installed ] || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "$name: all $# packages present"
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "$name: run as root or install sudo" >&2; exit 1; }
  sudo=(sudo)
fi
echo "$name: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "$name: done"

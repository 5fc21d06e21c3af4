#!/usr/bin/env bash
# Install the system tools the tests (and make bench) need when missing (Debian/Ubuntu, root).
# This script is the one list of system packages.
# With CI=true a tool that is still missing afterwards is a failure, never a silent skip.
set -euo pipefail
need=()
command -v softhsm2-util >/dev/null || need+=(softhsm2)
command -v pdfsig >/dev/null || need+=(poppler-utils)
command -v pkcs11-tool >/dev/null || need+=(opensc)
command -v gcc >/dev/null || need+=(gcc libc6-dev)
command -v openssl >/dev/null || need+=(openssl)  # SM2 test PKI and independent SM2 checks
[ -f /usr/include/openssl/evp.h ] || need+=(libssl-dev)  # builds tests/hsm/skfsim (SKF device)
command -v certutil >/dev/null && command -v modutil >/dev/null || need+=(libnss3-tools)  # make bench
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)  # platform tests (server/)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing system packages: ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "missing system packages: ${need[*]} (run as root, or install them yourself)" >&2
  fi
fi
missing=()
for tool in softhsm2-util pdfsig pkcs11-tool gcc openssl certutil modutil; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(initdb)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "${CI:-}" = true ]; then
    echo "CI: required system tools missing: ${missing[*]}" >&2
    exit 1
  fi
  echo "warning: tests (or, for certutil/modutil, make bench) needing ${missing[*]} will be skipped" >&2
fi

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
# The face check's camera (PySide6.QtMultimedia): libQt6Multimedia links libpulse; Qt's FFmpeg
# backend opens VA-API and PipeWire at run time and logs a Qt warning for each one missing
# (GUI tests fail on Qt warnings).
has_lib() { PATH="$PATH:/sbin:/usr/sbin" ldconfig -p 2>/dev/null | awk -v l="$1" '$1 == l {f = 1} END {exit !f}'; }
camera_libs=(libpulse.so.0:libpulse0 libva.so.2:libva2 libva-drm.so.2:libva-drm2
             libva-x11.so.2:libva-x11-2 libpipewire-0.3.so.0:libpipewire-0.3-0)
for lib in "${camera_libs[@]}"; do has_lib "${lib%%:*}" || need+=("${lib#*:}"); done
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
for lib in "${camera_libs[@]}"; do has_lib "${lib%%:*}" || missing+=("${lib%%:*}"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "${CI:-}" = true ]; then
    echo "CI: required system tools missing: ${missing[*]}" >&2
    exit 1
  fi
  echo "warning: tests (or, for certutil/modutil, make bench) needing ${missing[*]} will be skipped" >&2
fi

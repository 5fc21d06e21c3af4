#!/bin/sh
# After `make bundle`: dist/sealdesk/ → dist/SealDesk-<version>-<arch>.AppImage.
# Needs appimagetool on PATH (https://github.com/AppImage/appimagetool/releases).
set -eu
cd "$(dirname "$0")/../.."
command -v appimagetool >/dev/null || {
    echo "appimagetool is not on PATH; get it from https://github.com/AppImage/appimagetool" >&2
    exit 1
}
[ -x dist/sealdesk/sealdesk ] || { echo "no dist/sealdesk: run make bundle first" >&2; exit 1; }
VERSION=$(dist/sealdesk/sealdesk --version | cut -d' ' -f2)
ARCH=$(uname -m)
APPDIR=build/SealDesk.AppDir
rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr"
cp -a dist/sealdesk "$APPDIR/usr/sealdesk"
cp installer/linux/sealdesk.desktop "$APPDIR/sealdesk.desktop"
cp dist/sealdesk/sealdesk.png "$APPDIR/sealdesk.png"
cat > "$APPDIR/AppRun" <<'RUN'
#!/bin/sh
HERE=$(dirname "$(readlink -f "$0")")
exec "$HERE/usr/sealdesk/sealdesk" "$@"
RUN
chmod +x "$APPDIR/AppRun"
ARCH="$ARCH" appimagetool --no-appstream "$APPDIR" "dist/SealDesk-$VERSION-$ARCH.AppImage"
echo "AppImage: dist/SealDesk-$VERSION-$ARCH.AppImage"

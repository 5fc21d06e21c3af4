#!/bin/sh
# Install the one-folder bundle for the current user (no root): ~/.local/opt/sealdesk, the
# `sealdesk` command in ~/.local/bin, the menu entry and the icon.  Run it from the unpacked
# bundle folder (it holds this script's copy) or as installer/linux/install.sh after make bundle.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
if [ -x "$HERE/sealdesk" ]; then SRC=$HERE; else SRC=$(cd "$HERE/../../dist/sealdesk" && pwd); fi
PREFIX=${XDG_DATA_HOME:-$HOME/.local/share}
DEST=$HOME/.local/opt/sealdesk
rm -rf "$DEST"
mkdir -p "$DEST" "$HOME/.local/bin" "$PREFIX/applications" "$PREFIX/icons/hicolor/256x256/apps"
cp -a "$SRC/." "$DEST/"
ln -sf "$DEST/sealdesk" "$HOME/.local/bin/sealdesk"
sed "s|^Exec=sealdesk|Exec=$DEST/sealdesk|" "$SRC/sealdesk.desktop" \
    > "$PREFIX/applications/sealdesk.desktop"
[ -f "$SRC/sealdesk.png" ] && cp "$SRC/sealdesk.png" "$PREFIX/icons/hicolor/256x256/apps/sealdesk.png"
command -v update-desktop-database >/dev/null && update-desktop-database "$PREFIX/applications" || true
echo "SealDesk installed in $DEST; run 'sealdesk doctor' to check it."

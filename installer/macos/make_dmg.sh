#!/bin/sh
# On a Mac, after `python installer/build.py`: sign dist/SealDesk.app with the hardened runtime,
# pack it into dist/SealDesk-<version>.dmg, notarise and staple it.
#
#   SEALDESK_CODESIGN_IDENTITY="Developer ID Application: Example Co (TEAMID)"  (optional: unsigned
#                                                  otherwise, fine for testing on your own Mac)
#   SEALDESK_NOTARY_PROFILE=sealdesk-notary        (optional: a profile saved once with
#       xcrun notarytool store-credentials sealdesk-notary --apple-id … --team-id … )
set -eu
cd "$(dirname "$0")/../.."
APP=dist/SealDesk.app
ENTITLEMENTS=installer/macos/entitlements.plist
[ -d "$APP" ] || { echo "no $APP: run python installer/build.py first" >&2; exit 1; }
VERSION=$(/usr/libexec/PlistBuddy -c "Print CFBundleShortVersionString" "$APP/Contents/Info.plist")
DMG="dist/SealDesk-$VERSION.dmg"

if [ -n "${SEALDESK_CODESIGN_IDENTITY:-}" ]; then
    # inside out: every library and executable first, the app last (no --deep)
    find "$APP/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0 |
        xargs -0 codesign --force --timestamp --options runtime \
            --entitlements "$ENTITLEMENTS" --sign "$SEALDESK_CODESIGN_IDENTITY"
    codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
        --sign "$SEALDESK_CODESIGN_IDENTITY" "$APP"
    codesign --verify --strict --verbose=2 "$APP"
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$APP" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$DMG"
hdiutil create -volname "SealDesk $VERSION" -srcfolder "$staging" -format UDZO -ov "$DMG"

if [ -n "${SEALDESK_CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$SEALDESK_CODESIGN_IDENTITY" "$DMG"
fi
if [ -n "${SEALDESK_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$SEALDESK_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose "$DMG"
fi
echo "disk image: $DMG ($(du -h "$DMG" | cut -f1))"

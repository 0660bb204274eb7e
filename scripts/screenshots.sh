#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: the screenshot tour (tests/console/screenshots) runs the real
# console, signed in as the demo administrator, against a real server with seed-demo data, and grabs
# the sign-in dialog, Products, Orders (with an order open), Inventory and People (a user selected) in
# Korean and English, light and dark, at 1280x800 on the offscreen platform.
#
#   scripts/screenshots.sh [BUILD_DIR] [--no-build] [--out DIR]
#     BUILD_DIR    configured build folder with BUILD_TESTING=ON (default: $MARKETDESK_BUILD_DIR or build/)
#     --no-build   do not build the tour and the server first (`ninja screenshots` passes this)
#     --out DIR    write the PNGs elsewhere (default: docs/screenshots)
# Needs a font with Hangul (fonts-noto-cjk, in scripts/install-deps.sh; the tour fails without one)
# and ImageMagick to shrink the PNGs to 256 colours (imagemagick, also there).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

build=""
build_first=1
out=$root/docs/screenshots
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build_first=0; shift ;;
    --out) out=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "screenshots.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
    *) build=$1; shift ;;
  esac
done
build=$(cd "${build:-${MARKETDESK_BUILD_DIR:-$root/build}}" && pwd)

fc-list :lang=ko family | grep -q . ||
  { echo "screenshots.sh: no font with Hangul; install fonts-noto-cjk (scripts/install-deps.sh)" >&2; exit 1; }
if [ $build_first -eq 1 ]; then
  cmake --build "$build" -j "${MARKETDESK_JOBS:-2}" --target console_screenshot_tour marketdesk-server
fi
mkdir -p "$out"
out=$(cd "$out" && pwd)
MARKETDESK_SCREENSHOT_DIR=$out ctest --test-dir "$build" -R '^console_screenshot_tour$' --output-on-failure
# 256 colours without dithering: the same pixels to the eye at about a third of the size. ImageMagick
# is /usr/bin/convert (/usr/local/bin/convert is a stand-in on some machines); skipped if missing.
if [ -x /usr/bin/convert ]; then
  for png in "$out"/*.png; do
    /usr/bin/convert "$png" -dither None -colors 256 "PNG8:$png.tmp" && mv "$png.tmp" "$png"
  done
else
  echo "screenshots.sh: /usr/bin/convert (imagemagick) missing; PNGs left at full colour" >&2
fi
ls -l "$out"/*.png

#!/usr/bin/env bash
# Remakes the README's pictures: the portal pages (taken by the browser journey in Debian's Chromium), the sample
# report rendered as HTML (Chromium screenshot) and as PDF (pdftoppm).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/docs/screenshots"
mkdir -p "$out"
GONGKAI_SCREENSHOTS="$out" dotnet test "$root/tests/Gongkai.EndToEndTests" --nologo -v quiet
work="$(mktemp -d)"
"$root/gongkai" report render "$root/samples/report-2019-nanmofang.txt" --to html -o "$work/report.html"
"$root/gongkai" report render "$root/samples/report-2019-nanmofang.txt" --to pdf -o "$work/report.pdf"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --hide-scrollbars \
  --user-data-dir="$work/profile" --window-size=1000,4300 --screenshot="$out/rendered-html.png" "file://$work/report.html" 2>/dev/null
pdftoppm -png -r 60 "$work/report.pdf" "$out/rendered-pdf"
rm -rf "$work"
ls "$out"

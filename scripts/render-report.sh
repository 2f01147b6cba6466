#!/usr/bin/env bash
# Optional visual check of the HTML report (not part of CI): renders an HTML file headless to PNG.
#
#   scripts/render-report.sh [report.html] [out.png]
#
# Without arguments it writes the example report (made-up numbers, labelled as example data) from the
# test suite to ./artifacts/sample-report/ and renders the English version. Installs Debian's chromium
# when it is missing (needs root). Look at the PNG: overlapping labels, clipped axes, legends.
set -euo pipefail
cd "$(dirname "$0")/.."

html="${1:-}"
out="${2:-}"
if [ -z "$html" ]; then
  sample_dir="$PWD/artifacts/sample-report"
  INDIKATOR_SAMPLE_REPORT_DIR="$sample_dir" dotnet test tests/Indikator.Core.Tests \
    --filter "FullyQualifiedName~Indikator.Core.Tests.Reporting.SampleReportTests" >/dev/null
  html="$sample_dir/example-en.html"
  out="${out:-$sample_dir/example-en.png}"
fi
out="${out:-${html%.html}.png}"

[ -f "$html" ] || { echo "no such file: $html" >&2; exit 1; }

if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --screenshot="$out" --window-size=1280,2400 \
  "file://$(realpath "$html")" 2>/dev/null
echo "rendered $html -> $out"

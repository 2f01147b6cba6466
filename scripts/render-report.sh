#!/usr/bin/env bash
# Visual check of the HTML report: renders an HTML file headless to PNG so a person can look at it.
# The automated part of this check runs in the test suite (HtmlReportRenderingTests, skipped without a browser).
#
#   scripts/render-report.sh [report.html] [out.png] [height]
#
# Without arguments it writes the example report (made-up numbers, labelled as example data) from the
# test suite to ./artifacts/sample-report/ and renders the English and Norwegian versions. The browser is
# $INDIKATOR_CHROMIUM, else chromium, chromium-browser or google-chrome from the PATH; when there is none it
# installs Debian's chromium (needs root). Look at the PNG: overlapping labels, clipped axes, legends.
set -euo pipefail
cd "$(dirname "$0")/.."

html="${1:-}"
out="${2:-}"
height="${3:-2400}"

browser="${INDIKATOR_CHROMIUM:-}"
if [ -z "$browser" ]; then
  for name in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$name" >/dev/null 2>&1; then browser="$(command -v "$name")"; break; fi
  done
fi
if [ -z "$browser" ]; then
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  browser="$(command -v chromium)"
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

render() { # render in.html out.png
  [ -f "$1" ] || { echo "no such file: $1" >&2; exit 1; }
  rm -f "$2"
  # A private profile, no network services, and a time limit: a hung browser must not hang the script.
  if ! timeout 60 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions \
      --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
      --force-device-scale-factor=1 --user-data-dir="$profile" --screenshot="$2" --window-size="1280,$height" \
      "file://$(realpath "$1")" 2>"$profile/stderr" || [ ! -s "$2" ]; then
    # Without a desktop session Chromium logs D-Bus errors that say nothing about the page.
    { grep -vi dbus "$profile/stderr" || true; } | tail -n 20 >&2
    echo "rendering $1 failed" >&2
    exit 1
  fi
  echo "rendered $1 -> $2"
}

if [ -z "$html" ]; then
  sample_dir="$PWD/artifacts/sample-report"
  INDIKATOR_SAMPLE_REPORT_DIR="$sample_dir" dotnet test tests/Indikator.Core.Tests -c Release \
    --filter "FullyQualifiedName~Indikator.Core.Tests.Reporting.SampleReportTests" >/dev/null
  render "$sample_dir/example-en.html" "${out:-$sample_dir/example-en.png}"
  render "$sample_dir/example-nb.html" "$sample_dir/example-nb.png"
else
  render "$html" "${out:-${html%.html}.png}"
fi

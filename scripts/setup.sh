#!/usr/bin/env bash
# Prepares a fresh Debian machine for perf-report: npm packages from the lock file, and —
# with --full — the Debian packages the tests use (LibreOffice for recalculation and PDF,
# Chromium for the browser tests, a CJK font and Calibri's metric twin Carlito, poppler for PDF text/PNG, xmllint for the manifest).
# Idempotent: installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

full=0
[ "${1:-}" = "--full" ] && full=1

if [ "$full" = 1 ]; then
  need=()
  command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
  # Writer converts the .docx report to PDF (test/docx); Calc alone cannot open it.
  [ -e /usr/lib/libreoffice/program/libswlo.so ] || need+=(libreoffice-writer-nogui)
  [ -x /usr/bin/chromium ] || need+=(chromium)
  [ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
  # Carlito has Calibri's metrics: without it Calc measures the column widths of a Calibri
  # workbook in DejaVu Sans digits, a third wider than Excel's, and the print tests compare
  # our row heights with a layout no Excel user sees.
  [ -e /usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf ] || need+=(fonts-crosextra-carlito)
  command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
  command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
  if [ ${#need[@]} -gt 0 ]; then
    echo "setup: installing Debian packages: ${need[*]}"
    sudo_cmd=()
    [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
fi

# npm ci when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

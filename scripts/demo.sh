#!/usr/bin/env bash
# The main job on the bundled example: build the CLI, (re)make the example workbook when it is
# missing, write the report workbook and the analysis JSON, and — when LibreOffice is
# installed — a PDF of the report workbook. Everything lands in out/.
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8

bash scripts/setup.sh  # npm ci only when node_modules is missing or stale

echo "── build (CLI)"
npm run --silent build:cli

example=examples/zhuhui-2022.xlsx
if [ ! -f "$example" ]; then
  echo "── example workbook missing: building $example"
  node build/examples/build-example.js "$example"
fi

mkdir -p out
report=out/zhuhui-2022-报告.xlsx
echo "── perf-report build $example"
node bin/perf-report.js build "$example" -o "$report" --json out/zhuhui-2022.json --docx "${report%.xlsx}.docx"

if command -v soffice >/dev/null 2>&1; then
  echo "── PDF of the report sheet (LibreOffice headless)"
  # A private profile so a running LibreOffice (or another job) does not block the conversion;
  # a copy with every other sheet hidden so the PDF is the report alone.
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  pdf="${report%.xlsx}.pdf"
  if node scripts/report-only.js "$report" "$work/report.xlsx" \
      && timeout 180 soffice "-env:UserInstallation=file://$work/profile" --headless --norestore \
        --convert-to pdf --outdir "$work" "$work/report.xlsx" >/dev/null 2>&1 \
      && [ -f "$work/report.pdf" ]; then
    mv "$work/report.pdf" "$pdf"
    echo "wrote $pdf"
  else
    echo "PDF conversion failed (LibreOffice); the .xlsx report is complete" >&2
  fi
  echo "── PDF of the Word report (LibreOffice Writer headless)"
  if timeout 180 soffice "-env:UserInstallation=file://$work/profile" --headless --norestore \
      --convert-to pdf --outdir "$work" "${report%.xlsx}.docx" >/dev/null 2>&1 \
      && [ -f "$work/$(basename "${report%.xlsx}").pdf" ]; then
    mv "$work/$(basename "${report%.xlsx}").pdf" "${report%.xlsx}-word.pdf"
    echo "wrote ${report%.xlsx}-word.pdf"
  else
    echo "PDF of the Word report failed (LibreOffice Writer: sudo apt-get install libreoffice-writer-nogui); the .docx is complete" >&2
  fi
else
  echo "── PDF skipped: soffice (LibreOffice) is not installed (sudo apt-get install libreoffice-calc-nogui)"
fi

echo "── done: $report, ${report%.xlsx}.docx, out/zhuhui-2022.json"

#!/usr/bin/env bash
# Installs what the test suites need beyond the .NET SDK and Node.js, from Debian's packages:
# Chromium for the task pane's end-to-end tests, Debian's Python with openpyxl to read the
# Excel reports with a spreadsheet reader other than ClosedXML, and LibreOffice with poppler to
# print them as a person would see them. Runs as root on CI; elsewhere it
# says what to install.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
/usr/bin/python3 -c "import openpyxl" >/dev/null 2>&1 || missing+=(python3-openpyxl)
# LibreOffice prints the workbooks to PDF and poppler reads the pages back (Reports/LibreOfficeRenderTests).
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing test prerequisites: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing test prerequisites: ${missing[*]}. Install them (Debian: sudo apt-get install ${missing[*]}) and run again." >&2
  exit 1
fi

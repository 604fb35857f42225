#!/usr/bin/env bash
# Debian packages the tests read with: Chromium (end-to-end tests), poppler-utils (PDF text),
# LibreOffice (opens our DOCX/XLSX). Installs only what is missing; needs root and apt-get.
set -euo pipefail
need=()
[ -n "${CHROMIUM_PATH:-}" ] || command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui libreoffice-calc-nogui)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Fehlende Systempakete: ${need[*]} – bitte installieren (Debian: apt-get install ${need[*]})." >&2
  exit 1
fi
echo "Installing Debian packages: ${need[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null

#!/usr/bin/env bash
# Installs what studio-docs needs from Debian that npm cannot provide: a Chromium to print PDFs,
# CJK fonts, and the independent clients the tests use to open our files (LibreOffice, poppler,
# python3-openpyxl/docx). Only missing packages are installed; needs root (or sudo) on Debian/Ubuntu.
set -euo pipefail

packages=(chromium fonts-noto-cjk fonts-arphic-ukai fonts-dejavu-core fonts-noto-color-emoji poppler-utils libreoffice-writer-nogui python3-openpyxl python3-docx)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi
echo "installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"

#!/usr/bin/env bash
# Installs what studio-docs needs from Debian that npm cannot provide: a Chromium to print PDFs,
# CJK fonts, and the independent clients the tests use to open our files (LibreOffice, poppler,
# python3-openpyxl/docx). Only missing packages are installed; needs root (or sudo) on Debian/Ubuntu.
set -euo pipefail

packages=(chromium fontconfig fonts-noto-cjk fonts-arphic-ukai fonts-dejavu-core fonts-noto-color-emoji poppler-utils libreoffice-writer-nogui python3-openpyxl python3-docx)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
updated=""
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
else
  echo "installing: ${missing[*]}"
  $sudo apt-get update -qq
  updated=1
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# 仿宋 for the PDF forms (GUIDE.md §4): FandolFang (GPL with font exception) ships only inside
# texlive-lang-chinese, which fontconfig does not search; take the one font file out of the
# package instead of installing TeX Live.
fang_dir=/usr/local/share/fonts/fandol
if [ -f "$fang_dir/FandolFang-Regular.otf" ]; then
  echo "FandolFang: present"
else
  echo "installing FandolFang from texlive-lang-chinese"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  # apt-get download runs as the unprivileged _apt user when it can write the folder.
  chmod 777 "$work"
  if ! (cd "$work" && apt-get download -qq texlive-lang-chinese); then
    [ -n "$updated" ] && exit 1
    $sudo apt-get update -qq
    (cd "$work" && apt-get download -qq texlive-lang-chinese)
  fi
  dpkg-deb --fsys-tarfile "$work"/texlive-lang-chinese_*.deb |
    tar -x -C "$work" --wildcards './usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf' './usr/share/doc/texlive-doc/fonts/fandol/*'
  $sudo install -d -m 755 "$fang_dir"
  $sudo install -m 644 "$work"/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf "$fang_dir/"
  # The licence (GPL with font exception) travels with the font.
  $sudo install -m 644 "$work"/usr/share/doc/texlive-doc/fonts/fandol/README "$work"/usr/share/doc/texlive-doc/fonts/fandol/COPYING.gz "$fang_dir/"
  $sudo fc-cache -f "$fang_dir"
fi
fc-list : family | grep -qx 'FandolFang.*' || { echo "FandolFang is not visible to fontconfig" >&2; exit 1; }

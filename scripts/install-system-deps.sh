#!/usr/bin/env bash
# Installs what studio-docs needs from Debian that npm cannot provide: a Chromium to print PDFs,
# CJK fonts (and fontTools to cut them down, see scripts/fonts/subset-fonts.py), and the independent
# clients the tests use to open our files (LibreOffice, poppler, python3-openpyxl/docx). Only missing
# packages are installed; needs root (or sudo) on Debian/Ubuntu.
set -euo pipefail

packages=(chromium fontconfig fonts-noto-cjk fonts-arphic-ukai fonts-dejavu-core fonts-noto-color-emoji poppler-utils libreoffice-writer-nogui python3-openpyxl python3-docx python3-munkres python3-fonttools)
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
  # python3-munkres (listed before python3-fonttools) stands in for python3-scipy, which fontTools also
  # accepts and which is many times larger.
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
[ -n "$(fc-list FandolFang family)" ] || { echo "FandolFang is not visible to fontconfig" >&2; exit 1; }

# The PDF fonts cut down to GB2312 under families of their own (why: scripts/fonts/subset-fonts.py).
# Made again when the script or a source font changes; the licences of the originals travel with them.
subset_dir=/usr/local/share/fonts/studio-docs
subset_families=('StudioDocs Noto Serif SC' 'StudioDocs Noto Sans SC' 'StudioDocs UKai' 'StudioDocs FandolFang')
subset_stamp=$({
  cat "$(dirname "$0")/fonts/subset-fonts.py"
  dpkg-query -W -f='${Package} ${Version}\n' fonts-noto-cjk fonts-arphic-ukai
  cat "$fang_dir/FandolFang-Regular.otf"
} | sha256sum | cut -c1-16)
if [ "$(cat "$subset_dir/STAMP" 2>/dev/null)" = "$subset_stamp" ]; then
  echo "font subsets: present"
else
  echo "making the font subsets (about a minute)"
  $sudo install -d -m 755 "$subset_dir"
  $sudo rm -f "$subset_dir"/*.partial
  $sudo /usr/bin/python3 "$(dirname "$0")/fonts/subset-fonts.py" "$subset_dir"
  $sudo install -m 644 /usr/share/doc/fonts-noto-cjk/copyright "$subset_dir/LICENSE-Noto-CJK"
  $sudo install -m 644 /usr/share/doc/fonts-arphic-ukai/copyright "$subset_dir/LICENSE-AR-PL-UKai"
  if [ -f "$fang_dir/COPYING.gz" ]; then
    $sudo install -m 644 "$fang_dir/COPYING.gz" "$subset_dir/LICENSE-FandolFang.gz"
  fi
  echo "$subset_stamp" | $sudo tee "$subset_dir/STAMP" >/dev/null
  $sudo fc-cache -f "$subset_dir"
fi
for family in "${subset_families[@]}"; do
  # fc-list with a pattern prints only matching faces: nothing to cut short, so no SIGPIPE under pipefail.
  [ -n "$(fc-list "$family" family)" ] || { echo "font subset $family is not visible to fontconfig" >&2; exit 1; }
done

#!/usr/bin/env python3
"""Writes the GB2312 subsets of the fonts our PDFs use, under families of their own.

Chromium copies the whole file of every font a print job uses into the job (the
print compositor runs in another process and gets the fonts with the pages):
the Noto CJK files are 20-27 MB each, which cost about 5 ms of every form in a
batch of 50 and 200 ms of a single document. The same fonts cut down to the
GB2312 characters (6,763 hanzi, punctuation, ASCII) are 3-5 MB. The stylesheets
name a subset first and the full font after it (src/render/pdf/form-style.ts),
so a character outside GB2312 is still printed in the same design, from the full font.

usage: subset-fonts.py OUTPUT_DIR   (needs fontTools: Debian's python3-fonttools, and fc-match)
"""
import os
import subprocess
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

# (fontconfig pattern of the source, family of the subset, style): keep in step with SUBSET_FAMILIES in form-style.ts.
FONTS = [
    ('Noto Serif CJK SC:style=Regular', 'StudioDocs Noto Serif SC', 'Regular'),
    ('Noto Serif CJK SC:style=Bold', 'StudioDocs Noto Serif SC', 'Bold'),
    ('Noto Sans CJK SC:style=Regular', 'StudioDocs Noto Sans SC', 'Regular'),
    ('Noto Sans CJK SC:style=Bold', 'StudioDocs Noto Sans SC', 'Bold'),
    ('AR PL UKai CN', 'StudioDocs UKai', 'Regular'),
    ('FandolFang:style=Regular', 'StudioDocs FandolFang', 'Regular'),
]


def gb2312_text():
    """GB2312 as Python and as Windows (GBK) map it (they differ on a few symbols such as —, ·, ～), with every
    full-width form, CJK punctuation, enclosed and Roman numeral that forms and 公文 use, and ASCII."""
    chars = {chr(code) for code in range(0x20, 0x7F)}
    ranges = [(0x2010, 0x2027), (0x2030, 0x203B), (0x2160, 0x216B), (0x2460, 0x249B), (0x3000, 0x303F), (0xFF01, 0xFF5E)]
    for first, last in ranges:
        chars.update(chr(code) for code in range(first, last + 1))
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            for codec in ('gb2312', 'gbk'):
                try:
                    chars.add(bytes([high, low]).decode(codec))
                except UnicodeDecodeError:
                    pass
    return ''.join(sorted(chars))


def source_of(pattern, style):
    """File and face index fontconfig picks for the pattern; refuses a fallback to another family or style
    (fontconfig answers every query with its nearest font: a missing Bold would come back as Regular)."""
    family = pattern.split(':')[0]
    found = subprocess.run(['fc-match', '-f', '%{file}\n%{index}\n%{family}\n%{style}', pattern], check=True, capture_output=True, text=True).stdout.split('\n')
    if len(found) < 4 or family not in found[2].split(','):
        sys.exit(f'subset-fonts: {family} is not installed (fc-match gave {found})')
    styles = found[3].split(',')
    if style not in styles and not (style == 'Regular' and {'Book', 'Normal'} & set(styles)):
        sys.exit(f'subset-fonts: {family} has no {style} face (fc-match gave {found[3]})')
    return found[0], int(found[1])


def rename(font, family, style):
    postscript = f"{family.replace(' ', '')}-{style}"
    names = {1: family, 2: style, 4: f'{family} {style}', 6: postscript, 16: family, 17: style}
    table = font['name']
    table.names = [record for record in table.names if record.nameID not in names]
    for name_id, value in names.items():
        table.setName(value, name_id, 3, 1, 0x409)
        table.setName(value, name_id, 1, 0, 0)
    if 'CFF ' in font:
        cff = font['CFF '].cff
        cff.fontNames = [postscript]
        top = cff.topDictIndex[0]
        for key, value in (('FamilyName', family), ('FullName', f'{family} {style}')):
            if hasattr(top, key):
                setattr(top, key, value)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    text = gb2312_text()
    options = subset.Options()
    options.layout_features = ['*']
    options.name_IDs = ['*']
    options.name_languages = ['*']
    options.notdef_outline = True
    options.hinting = False
    options.drop_tables += ['FFTM']  # FontForge's timestamps: nothing to print
    for pattern, family, style in FONTS:
        path, index = source_of(pattern, style)
        # recalcTimestamp=False: the same sources give the same files (and PDFs) on every machine.
        font = TTFont(path, fontNumber=index, lazy=False, recalcTimestamp=False)
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(font)
        rename(font, family, style)
        extension = '.otf' if 'CFF ' in font else '.ttf'
        target = os.path.join(out_dir, f"{family.replace(' ', '')}-{style}{extension}")
        # Written beside the target, then renamed: the target is whole or absent (install-system-deps.sh removes
        # a *.partial left by a crash before fontconfig indexes the folder).
        partial = target + '.partial'
        font.save(partial)
        os.replace(partial, target)
        print(f'{target}: {os.path.getsize(target) // 1024} KB from {path} (face {index})')


if __name__ == '__main__':
    main()

#!/usr/bin/python3
"""Rebuilds vendor/fonts/noto-sans-cjk-sc/: the Simplified Chinese face of Noto Sans CJK, cut down
to the characters this project writes, so that the zh chart draws with a bundled, pinned font
(resvg reads no system font) and the repository carries ~0.6 MB instead of ~40 MB.

The characters: printable ASCII, and every character at or above U+2E80 (CJK radicals, punctuation,
ideographs, full-width forms) in templates/*.ts and data/*.csv, so that chart words and Chinese
names the project may draw later are covered. Run it after adding Chinese text the chart shows;
test/chart-fonts.test.ts fails while a character the chart draws is missing.

Source: Debian's fonts-noto-cjk 1:20220127+repack1-1 (Noto Sans CJK 2.004, SIL OFL 1.1),
/usr/share/fonts/opentype/noto/NotoSansCJK-{Regular,Bold}.ttc, face 2 ("Noto Sans CJK SC").
Tool: Debian's python3-fonttools 4.38.0 (`apt-get install python3-fonttools`), default subsetting
options but every name record kept (copyright, licence), and the head table's timestamp left as
the source's so that a rerun writes the same bytes.
"""
import glob
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
OUT = os.path.join(ROOT, 'vendor', 'fonts', 'noto-sans-cjk-sc')
SOURCE = '/usr/share/fonts/opentype/noto/NotoSansCJK-{}.ttc'
SC_FACE = 2


def characters():
    found = {chr(code) for code in range(0x20, 0x7F)}
    for path in sorted(glob.glob(os.path.join(ROOT, 'templates', '*.ts')) + glob.glob(os.path.join(ROOT, 'data', '*.csv'))):
        with open(path, encoding='utf-8') as handle:
            found.update(ch for ch in handle.read() if ord(ch) >= 0x2E80)
    return ''.join(sorted(found))


def main():
    text = characters()
    for weight in ('Regular', 'Bold'):
        font = TTFont(SOURCE.format(weight), fontNumber=SC_FACE, recalcTimestamp=False)
        family = font['name'].getDebugName(1)
        if family != 'Noto Sans CJK SC':
            sys.exit(f'face {SC_FACE} of {SOURCE.format(weight)} is {family}, not Noto Sans CJK SC')
        options = subset.Options()
        options.name_IDs = ['*']
        options.name_languages = ['*']
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(font)
        out = os.path.join(OUT, f'NotoSansCJKsc-{weight}.subset.otf')
        font.save(out)
        print(f'{out}: {os.path.getsize(out)} bytes')
    with open(os.path.join(OUT, 'characters.txt'), 'w', encoding='utf-8') as handle:
        handle.write(text + '\n')
    print(f'{len(text)} characters')


if __name__ == '__main__':
    main()

import { execFileSync } from 'node:child_process';
import { StudioDocsError } from '../core/errors.js';
import { SUBSET_FAMILIES } from '../render/pdf/form-style.js';

/** Debian packages that provide the families our PDF forms name. */
const DEBIAN_PACKAGES: Readonly<Record<string, string>> = {
  'Noto Serif CJK SC': 'fonts-noto-cjk',
  'Noto Sans CJK SC': 'fonts-noto-cjk',
  'AR PL UKai CN': 'fonts-arphic-ukai',
  'DejaVu Sans': 'fonts-dejavu-core',
  'Noto Color Emoji': 'fonts-noto-color-emoji',
};

const SUBSET_HINT = 'StudioDocs 子集字体：运行 bash scripts/install-system-deps.sh，用 python3-fonttools 生成到 /usr/local/share/fonts/studio-docs/（约一分钟）';
/** Families no Debian package installs where fontconfig looks: scripts/install-system-deps.sh extracts or makes them. */
const EXTRACTED_FONTS: Readonly<Record<string, string>> = {
  FandolFang: 'FandolFang（仿宋）：运行 bash scripts/install-system-deps.sh，从 Debian 软件包 texlive-lang-chinese 中取出 FandolFang-Regular.otf 装到 /usr/local/share/fonts/',
  ...Object.fromEntries(Object.values(SUBSET_FAMILIES).map((family) => [family, SUBSET_HINT])),
};

/**
 * Font families fontconfig knows, as `fc-list : family` prints them
 * (one face per line, aliases separated by unescaped commas).
 *
 * @example parseFcListFamilies('DejaVu Sans,DejaVu Sans Condensed\n') // Set { 'DejaVu Sans', 'DejaVu Sans Condensed' }
 */
export function parseFcListFamilies(output: string): Set<string> {
  const families = new Set<string>();
  for (const line of output.split('\n')) {
    for (const name of line.split(/(?<!\\),/)) {
      const family = name.replace(/\\(.)/g, '$1').trim();
      if (family) families.add(family);
    }
  }
  return families;
}

/** Families (from `wanted`) that are not in `installed`, compared case-insensitively. */
export function missingFamilies(wanted: readonly string[], installed: ReadonlySet<string>): string[] {
  const lower = new Set([...installed].map((family) => family.toLowerCase()));
  return wanted.filter((family) => !lower.has(family.toLowerCase()));
}

/**
 * Refuses to print when a font the forms name is not installed: Chromium would
 * silently substitute another font and the form would look wrong.
 * On macOS and Windows without fontconfig the check is skipped (the browser
 * does not use fontconfig there either).
 *
 * @example assertFontsInstalled(['Noto Serif CJK SC', 'Noto Sans CJK SC'])
 */
export function assertFontsInstalled(families: readonly string[]): void {
  let output: string;
  try {
    output = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (error) {
    if (process.platform !== 'linux') return;
    throw new StudioDocsError('MISSING_FONT', '无法列出已安装的字体（fc-list 不可用）（cannot list installed fonts: fc-list failed）', {
      hints: ['Debian/Ubuntu: sudo apt-get install fontconfig'],
      cause: error,
    });
  }
  const missing = missingFamilies(families, parseFcListFamilies(output));
  if (missing.length === 0) return;
  const unknown = missing.filter((family) => !(family in DEBIAN_PACKAGES) && !(family in EXTRACTED_FONTS));
  throw new StudioDocsError(
    'MISSING_FONT',
    `生成 PDF 所需的字体未安装：${missing.join('、')}（missing fonts: ${missing.join(', ')}）`,
    {
      hints: [
        ...new Set(missing.flatMap((family) => (family in EXTRACTED_FONTS ? [EXTRACTED_FONTS[family] as string] : []))),
        `Debian/Ubuntu: sudo apt-get install ${[...new Set(Object.values(DEBIAN_PACKAGES))].join(' ')}`,
        ...(unknown.length > 0 ? [`请安装提供以下字体的软件包：${unknown.join('、')}`] : []),
        '安装后运行 fc-cache -f 刷新字体缓存',
      ],
    },
  );
}

// Serves nhsuk-frontend from node_modules with nothing fetched from outside: its stylesheet loads
// the Frutiger font from the NHS CDN, so the @font-face rules are removed and text falls back to
// Arial, as nhsuk-frontend itself does when the font cannot load.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const webRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(path.dirname(require.resolve('nhsuk-frontend/package.json')), 'dist', 'nhsuk');

export function stripExternalFonts(css) {
  return css.replace(/@font-face\s*\{[^}]*\}/g, '');
}

const css = stripExternalFonts(readFileSync(path.join(dist, 'nhsuk-frontend.min.css'), 'utf8'));
if (/url\(\s*["']?(https?:)?\/\//.test(css)) {
  throw new Error('nhsuk-frontend.min.css still refers to an external URL after removing @font-face rules');
}
mkdirSync(path.join(webRoot, 'public', 'nhsuk'), { recursive: true });
writeFileSync(path.join(webRoot, 'public', 'nhsuk', 'nhsuk-frontend.min.css'), css);
// The stylesheet refers to its icons as /assets/images/...
cpSync(path.join(dist, 'assets'), path.join(webRoot, 'public', 'assets'), { recursive: true });
console.log('Copied nhsuk-frontend styles and assets to public/ (external fonts removed).');

// Bundles the page into the explorer's wwwroot: one script, its stylesheet and index.html, nothing fetched at run time.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'GraphBuilder.Explorer', 'wwwroot');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(here, 'src', 'main.js')],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  legalComments: 'linked',
  outfile: join(out, 'app.js'),
});
cpSync(join(here, 'src', 'index.html'), join(out, 'index.html'));
cpSync(join(here, 'src', 'style.css'), join(out, 'style.css'));
console.log(`explorer page built into ${out}`);

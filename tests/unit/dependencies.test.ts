/**
 * Dependencies point inward (shared/style.md): nothing in lambdas/ imports from web/. The
 * pages the Lambdas render, their texts and the paths they share with the browser's scripts
 * live in lambdas/templates/site, which the console and the build import from outside.
 * Read from the sources as text, so a new file is covered the day it is added.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
const LAMBDAS = path.join(ROOT, 'lambdas');
const WEB = path.join(ROOT, 'web');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(m|c)?tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every module a file names: static and dynamic imports and re-exports. */
export function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"]+)\1/g)].map((match) => match[2]!);
}

describe('Architecture: dependencies point inward', () => {
  it('finds what a file imports, however it is written', () => {
    expect(importsOf(`import a from '../x';\nexport { b } from "./y";\nconst c = await import('../../web/z');\nimport './side-effect';`)).toEqual([
      '../x',
      './y',
      '../../web/z',
      './side-effect',
    ]);
  });

  it('nothing in lambdas/ imports from web/', () => {
    const files = sources(LAMBDAS);
    expect(files.length).toBeGreaterThan(50);
    const outward = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((specifier) => specifier.startsWith('.'))
        .filter((specifier) => {
          const target = path.resolve(path.dirname(file), specifier);
          return target === WEB || target.startsWith(`${WEB}${path.sep}`);
        })
        .map((specifier) => `${path.relative(ROOT, file)} imports ${specifier}`),
    );
    expect(outward).toEqual([]);
  });
});

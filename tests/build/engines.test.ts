import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
};
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};

describe('the Node versions package.json names', () => {
  const declared = manifest.engines.node;

  it('is a range npm understands', () => {
    expect(semver.validRange(declared)).not.toBeNull();
  });

  it('lies inside every installed package’s own range, so npm install is quiet on any of them', () => {
    const outside = Object.entries(lock.packages).flatMap(([path, entry]) => {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      return path !== '' && range && !semver.subset(declared, range) ? [`${path}: ${range}`] : [];
    });
    expect(outside).toEqual([]);
  });

  it('starts where Electron 45’s tooling does, at Node 22.12 or later', () => {
    expect(semver.minVersion(declared)?.version).toMatch(/^22\./);
    expect(semver.satisfies('20.19.0', declared)).toBe(false);
  });
});

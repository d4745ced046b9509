import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../../shared/branding/base64';
import { checkLogoBytes, logoLimits, logoSchema } from '../../../shared/branding/logo';
import { decodeUtf8 } from '../../../shared/branding/utf8';
import { northStarSvg, redBarJpegBase64, tealBadgeLogo, tealBadgePng, utf8 } from './logo-fixtures';

function problemOf(bytes: Uint8Array, name = 'logo.svg'): string {
  const checked = checkLogoBytes(bytes, name);
  if (checked.ok) throw new Error(`${name} was accepted.`);
  return checked.problem;
}

const svgWith = (inside: string, rootAttributes = 'width="64" height="64"') =>
  utf8(`<svg xmlns="http://www.w3.org/2000/svg" ${rootAttributes}>${inside}</svg>`);

describe('a logo, checked by its content', () => {
  it('takes a PNG, a JPEG and a clean SVG, with their sizes in pixels', () => {
    expect(checkLogoBytes(tealBadgePng(), 'acme-badge.png')).toEqual({
      ok: true,
      logo: tealBadgeLogo(),
    });
    expect(checkLogoBytes(decodeBase64(redBarJpegBase64), 'bar.jpg')).toMatchObject({
      ok: true,
      logo: { mediaType: 'image/jpeg', width: 48, height: 24 },
    });
    expect(checkLogoBytes(utf8(northStarSvg), 'north-star.svg')).toMatchObject({
      ok: true,
      logo: { mediaType: 'image/svg+xml', width: 120, height: 40 },
    });
  });

  it('goes by content, not by name: a PNG called .svg is a PNG, a text called .png is refused', () => {
    expect(checkLogoBytes(tealBadgePng(), 'badge.svg')).toMatchObject({
      logo: { mediaType: 'image/png' },
    });
    expect(problemOf(utf8('Quarterly numbers, not a picture.'), 'logo.png')).toBe(
      'logo.png is not a PNG, JPEG or SVG image.',
    );
    expect(problemOf(utf8('%PDF-1.7\n…'), 'brand-book.pdf')).toBe(
      'brand-book.pdf is not a PNG, JPEG or SVG image.',
    );
  });

  it('refuses a logo over 5 MB by its size, before looking inside', () => {
    expect(problemOf(new Uint8Array(40 * 1024 * 1024), 'huge.png')).toBe(
      'huge.png is 40 MB; a logo can be at most 5 MB.',
    );
    expect(logoLimits.maxBytes).toBe(5 * 1024 * 1024);
  });

  it('refuses a PNG cut short', () => {
    expect(problemOf(tealBadgePng().subarray(0, 20), 'cut.png')).toBe(
      'cut.png looks like a PNG image but is damaged or cut short.',
    );
  });

  it('refuses sizes that cannot make a sensible logo', () => {
    expect(problemOf(svgWith('<rect width="8" height="8"/>', 'width="8" height="8"'))).toBe(
      'logo.svg is 8 × 8 pixels; a logo needs at least 16 pixels on each side.',
    );
    expect(problemOf(svgWith('', 'width="12000" height="400"'))).toBe(
      'logo.svg is 12,000 × 400 pixels; a logo can be at most 8,000 pixels on each side.',
    );
    expect(problemOf(svgWith('', 'width="100%"'))).toBe(
      'logo.svg does not say how large it is (no width, height or viewBox).',
    );
  });

  it('reads an SVG’s size from its viewBox, and from units other than pixels', () => {
    expect(checkLogoBytes(svgWith('', 'viewBox="0 0 300 100"'), 'a.svg')).toMatchObject({
      logo: { width: 300, height: 100 },
    });
    expect(checkLogoBytes(svgWith('', 'width="200" viewBox="0 0 300 100"'), 'a.svg')).toMatchObject(
      { logo: { width: 200, height: 67 } },
    );
    expect(checkLogoBytes(svgWith('', 'width="1in" height="36pt"'), 'a.svg')).toMatchObject({
      logo: { width: 96, height: 48 },
    });
  });

  it.each([
    [
      'a script element',
      '<script>fetch("https://example.com")</script>',
      /holds a script \(<script\)/,
    ],
    [
      'an event handler',
      '<rect width="9" height="9" onload="alert(1)"/>',
      /holds a script \(onload=\)/,
    ],
    ['a javascript: link', '<a href="javascript:alert(1)"><rect/></a>', /holds a script/],
    ['HTML inside', '<foreignObject><div>hi</div></foreignObject>', /holds a script/],
    [
      'an external image',
      '<image href="https://example.com/a.png"/>',
      /refers to something outside it \(https:\/\/example\.com\/a\.png\)/,
    ],
    [
      'another file',
      '<use xlink:href="other.svg#shape"/>',
      /refers to something outside it \(other\.svg#shape\)/,
    ],
    [
      'a remote style',
      '<style>@import url(https://example.com/x.css);</style>',
      /refers to something outside it/,
    ],
    [
      'a remote fill',
      '<rect width="9" height="9" fill="url(https://example.com/p.svg#g)"/>',
      /refers to something outside it/,
    ],
    [
      'a remote font',
      '<style>@font-face{src:url(font.woff)}</style>',
      /refers to something outside it \(font\.woff\)/,
    ],
  ])('refuses an SVG with %s', (_what, inside, message) => {
    expect(problemOf(svgWith(inside))).toMatch(message);
  });

  it('refuses an SVG that declares entities, which can pull in other files', () => {
    const svg = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><text>&x;</text></svg>`;
    expect(problemOf(utf8(svg))).toBe(
      'logo.svg declares a DOCTYPE or entities, which an SVG logo may not.',
    );
  });

  it('keeps references inside the picture: gradients by #id and embedded PNG images', () => {
    const inside =
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>' +
      '<rect width="9" height="9" fill="url(#g)"/>' +
      `<image href="data:image/png;base64,${encodeBase64(tealBadgePng())}" width="9" height="9"/>`;
    expect(checkLogoBytes(svgWith(inside), 'ok.svg').ok).toBe(true);
  });

  it('refuses an SVG that is cut off, and text that is not UTF-8', () => {
    expect(
      problemOf(utf8('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect')),
    ).toBe('logo.svg is not a complete SVG image.');
    expect(problemOf(new Uint8Array([0x3c, 0x73, 0x76, 0x67, 0xff, 0xfe]))).toBe(
      'logo.svg is not a PNG, JPEG or SVG image.',
    );
  });
});

describe('a stored logo', () => {
  it('is checked again from its bytes, so a row cannot claim another size or type', () => {
    expect(logoSchema.safeParse(tealBadgeLogo()).success).toBe(true);
    const lying = logoSchema.safeParse({ ...tealBadgeLogo(), mediaType: 'image/svg+xml' });
    expect(lying.success).toBe(false);
    expect(logoSchema.safeParse({ ...tealBadgeLogo(), data: 'not base64!' }).success).toBe(false);
  });
});

describe('base64 and UTF-8 without a platform', () => {
  it('round-trips every length of bytes', () => {
    for (let length = 0; length < 40; length += 1) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 37 + length) % 256);
      const text = encodeBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(decodeBase64(text)).toEqual(bytes);
    }
  });

  it('decodes UTF-8 in any script, emoji included, and refuses malformed bytes', () => {
    const text = 'Acme — 佐藤 花子 · שלום · 🚀';
    expect(decodeUtf8(utf8(text))).toBe(text);
    expect(decodeUtf8(new Uint8Array([0xc0, 0x80]))).toBeNull();
    expect(decodeUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBeNull();
  });
});

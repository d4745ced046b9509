import { createDecipheriv, createHmac, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  defaultScryptCost,
  envelopeMagic,
  type EnvelopeHeader,
} from '../../../main/crypto/envelope-format';
import {
  isSealed,
  openWithPassphrase,
  readEnvelope,
  sealAndOpenAgain,
  sealWithPassphrase,
  startDerivingKeys,
} from '../../../main/crypto/passphrase-envelope';

/** Cheap enough for many tests; the file carries its cost, so reading needs nothing else. */
const cost = { N: 2 ** 10, r: 8, p: 1 };
const contains = 'session-studio-engagement';
const text = Buffer.from('{"format":"session-studio-engagement","version":1}\n', 'utf8');

const seal = (plaintext: Uint8Array = text, passphrase = 'blue heron at dawn') =>
  sealWithPassphrase(plaintext, passphrase, { contains, cost });

/** The header line and where the ciphertext starts, read the way docs/encrypted-files.md says. */
function parts(bytes: Buffer) {
  const end = bytes.indexOf(0x0a, envelopeMagic.length);
  return {
    header: JSON.parse(
      bytes.subarray(envelopeMagic.length, end).toString('utf8'),
    ) as EnvelopeHeader,
    bodyStart: end + 1,
  };
}

function withHeader(bytes: Buffer, change: (header: Record<string, unknown>) => void): Buffer {
  const { header, bodyStart } = parts(bytes);
  const edited = structuredClone(header) as unknown as Record<string, unknown>;
  change(edited);
  return Buffer.concat([
    Buffer.from(envelopeMagic),
    Buffer.from(`${JSON.stringify(edited)}\n`),
    bytes.subarray(bodyStart),
  ]);
}

const flipped = (bytes: Buffer, index: number) => {
  const copy = Buffer.from(bytes);
  copy[index] = (copy[index] as number) ^ 0x01;
  return copy;
};

const base64Flip = (value: string) => {
  const bytes = Buffer.from(value, 'base64');
  bytes[0] = (bytes[0] as number) ^ 0x80;
  return bytes.toString('base64');
};

describe('the passphrase envelope', () => {
  it('seals with keys derived ahead, under their own salt, and opens with the passphrase', async () => {
    const passphrase = 'blue heron at dawn';
    const first = startDerivingKeys(passphrase, cost);
    const second = startDerivingKeys(passphrase, cost);
    expect(first.salt.equals(second.salt)).toBe(false);
    const sealed = await sealAndOpenAgain(text, first, { contains });
    expect(sealed).not.toBeNull();
    expect(parts(sealed!).header.kdf).toEqual({
      name: 'scrypt',
      ...cost,
      salt: first.salt.toString('base64'),
    });
    expect(await openWithPassphrase(sealed!, passphrase)).toEqual({
      ok: true,
      plaintext: text,
      contains,
    });
    expect((await openWithPassphrase(sealed!, 'grey heron at dusk')).ok).toBe(false);
  });

  it('gives back exactly what was sealed, with the passphrase', async () => {
    const sealed = await seal();
    expect(isSealed(sealed)).toBe(true);
    expect(sealed.includes(text)).toBe(false);
    expect(await openWithPassphrase(sealed, 'blue heron at dawn')).toEqual({
      ok: true,
      plaintext: text,
      contains,
    });
  });

  it('seals and opens again before handing the file out, for any reader to open', async () => {
    const sealed = await sealAndOpenAgain(text, 'blue heron at dawn', { contains, cost });
    expect(sealed).not.toBeNull();
    expect(readEnvelope(sealed!)).toMatchObject({ ok: true, header: { kdf: cost, contains } });
    expect(await openWithPassphrase(sealed!, 'blue heron at dawn')).toEqual({
      ok: true,
      plaintext: text,
      contains,
    });
    expect(await openWithPassphrase(sealed!, 'grey heron at dusk')).toEqual({
      ok: false,
      failure: 'wrong-passphrase',
    });
  });

  it('writes a documented header: cipher, scrypt cost and salt, nonce, tag and check', async () => {
    const sealed = await seal();
    expect(sealed.subarray(0, envelopeMagic.length).toString()).toBe('session-studio-encrypted\n');
    const { header } = parts(sealed);
    expect(header).toEqual({
      version: 1,
      contains,
      cipher: 'aes-256-gcm',
      kdf: { name: 'scrypt', N: 1024, r: 8, p: 1, salt: expect.any(String) },
      nonce: expect.any(String),
      tag: expect.any(String),
      check: expect.any(String),
    });
    expect(Buffer.from(header.kdf.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(header.nonce, 'base64')).toHaveLength(12);
    expect(Buffer.from(header.tag, 'base64')).toHaveLength(16);
  });

  it('can be opened by following the documented recipe with Node’s crypto alone', async () => {
    const sealed = await seal();
    const { header, bodyStart } = parts(sealed);
    const { N, r, p, salt } = header.kdf;
    const derived = scryptSync('blue heron at dawn', Buffer.from(salt, 'base64'), 64, { N, r, p });
    expect(
      createHmac('sha256', derived.subarray(32))
        .update('session-studio passphrase check')
        .digest('base64'),
    ).toBe(header.check);
    const decipher = createDecipheriv(
      'aes-256-gcm',
      derived.subarray(0, 32),
      Buffer.from(header.nonce, 'base64'),
    );
    decipher.setAAD(
      Buffer.from(
        JSON.stringify([
          'session-studio-encrypted\n',
          header.version,
          header.contains,
          header.cipher,
          'scrypt',
          N,
          r,
          p,
          salt,
          header.nonce,
        ]),
      ),
    );
    decipher.setAuthTag(Buffer.from(header.tag, 'base64'));
    const plain = Buffer.concat([decipher.update(sealed.subarray(bodyStart)), decipher.final()]);
    expect(plain).toEqual(text);
  });

  it('uses a fresh salt and nonce every time, so the same content never looks the same', async () => {
    const [first, second] = [parts(await seal()).header, parts(await seal()).header];
    expect(first.kdf.salt).not.toBe(second.kdf.salt);
    expect(first.nonce).not.toBe(second.nonce);
  });

  it('seals with scrypt at N = 2^17, r = 8, p = 1 unless told otherwise', async () => {
    const sealed = await sealWithPassphrase(text, 'blue heron at dawn', { contains });
    expect(parts(sealed).header.kdf).toMatchObject(defaultScryptCost);
    expect(defaultScryptCost).toEqual({ N: 131072, r: 8, p: 1 });
  }, 20_000);

  it('opens with the same passphrase typed on another system (accents composed or not)', async () => {
    const sealed = await seal(text, 'caf\u00e9 cr\u00e8me');
    expect(await openWithPassphrase(sealed, 'cafe\u0301 cre\u0300me')).toMatchObject({ ok: true });
  });

  it('says a wrong passphrase is wrong', async () => {
    const sealed = await seal();
    expect(await openWithPassphrase(sealed, 'blue heron at dusk')).toEqual({
      ok: false,
      failure: 'wrong-passphrase',
    });
    expect(await openWithPassphrase(sealed, '')).toEqual({
      ok: false,
      failure: 'wrong-passphrase',
    });
  });

  it('refuses content changed after sealing: any byte of the ciphertext, the tag or the nonce', async () => {
    const sealed = await seal();
    const { header, bodyStart } = parts(sealed);
    const changed = [
      flipped(sealed, bodyStart),
      flipped(sealed, sealed.length - 1),
      sealed.subarray(0, sealed.length - 1),
      Buffer.concat([sealed, Buffer.from('x')]),
      withHeader(sealed, (h) => (h.tag = base64Flip(header.tag))),
      withHeader(sealed, (h) => (h.nonce = base64Flip(header.nonce))),
      withHeader(sealed, (h) => (h.contains = 'session-studio-backup')),
    ];
    for (const bytes of changed)
      expect(await openWithPassphrase(bytes, 'blue heron at dawn')).toEqual({
        ok: false,
        failure: 'tampered',
      });
  });

  it('treats a changed salt, cost or check as a passphrase that no longer fits', async () => {
    const sealed = await seal();
    const { header } = parts(sealed);
    for (const bytes of [
      withHeader(sealed, (h) => ((h.kdf as { salt: string }).salt = base64Flip(header.kdf.salt))),
      withHeader(sealed, (h) => ((h.kdf as { N: number }).N = 2048)),
      withHeader(sealed, (h) => (h.check = base64Flip(header.check))),
    ])
      expect(await openWithPassphrase(bytes, 'blue heron at dawn')).toEqual({
        ok: false,
        failure: 'wrong-passphrase',
      });
  });

  it('refuses a damaged header, and a cost that would take the laptop’s memory, before deriving a key', async () => {
    const sealed = await seal();
    const damaged = [
      Buffer.from(envelopeMagic),
      sealed.subarray(0, envelopeMagic.length + 20),
      Buffer.concat([Buffer.from(envelopeMagic), Buffer.alloc(5000, 0x20), Buffer.from('\n')]),
      withHeader(sealed, (h) => ((h.kdf as { N: number }).N = 2 ** 30)),
      withHeader(sealed, (h) => ((h.kdf as { N: number }).N = 1000)),
      withHeader(sealed, (h) => ((h.kdf as { r: number }).r = 64)),
      withHeader(sealed, (h) => (h.cipher = 'aes-128-cbc')),
      withHeader(sealed, (h) => (h.extra = true)),
      withHeader(sealed, (h) => delete h.tag),
    ];
    for (const bytes of damaged) {
      expect(readEnvelope(bytes)).toEqual({ ok: false, failure: 'damaged' });
      expect(await openWithPassphrase(bytes, 'blue heron at dawn')).toEqual({
        ok: false,
        failure: 'damaged',
      });
    }
  });

  it('tells a newer envelope apart from a damaged one', async () => {
    const newer = withHeader(await seal(), (h) => (h.version = 2));
    expect(readEnvelope(newer)).toEqual({ ok: false, failure: 'newer' });
  });

  it('does not mistake a plain engagement file for a sealed one', async () => {
    expect(isSealed(text)).toBe(false);
    expect(isSealed(new Uint8Array())).toBe(false);
    expect(await openWithPassphrase(text, 'blue heron at dawn')).toEqual({
      ok: false,
      failure: 'not-sealed',
    });
  });
});

import { AuthenticationConstants, ClaimsIdentity } from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { ServiceUrlPolicy } from '../../src/auth/serviceUrlPolicy';

const unvouched = new ClaimsIdentity([], false);
const vouching = (url: string) =>
  new ClaimsIdentity([{ type: AuthenticationConstants.ServiceUrlClaim, value: url }], true);

describe('ServiceUrlPolicy', () => {
  const policy = new ServiceUrlPolicy(['https://listed.example']);

  it('permits the loopback and listed origins, and nothing else, without a vouching claim', () => {
    expect(policy.permits('http://127.0.0.1:3978/', unvouched)).toBe(true);
    expect(policy.permits('http://localhost:1/', unvouched)).toBe(true);
    expect(policy.permits('https://listed.example/amer/', unvouched)).toBe(true);
    expect(policy.permits('https://attacker.example/', unvouched)).toBe(false);
    expect(policy.permits('ftp://127.0.0.1/', unvouched)).toBe(false);
    expect(policy.permits('not a url', unvouched)).toBe(false);
    expect(policy.permits(undefined, unvouched)).toBe(true);
  });

  it('gives the same answer every time a URL comes back (the answers are remembered)', () => {
    for (let i = 0; i < 3; i++) {
      expect(policy.permits('https://attacker.example/', unvouched)).toBe(false);
      expect(policy.permits('http://127.0.0.1:3978/', unvouched)).toBe(true);
    }
  });

  it('still refuses after many new URLs fill what it remembers', () => {
    const busy = new ServiceUrlPolicy();
    expect(busy.permits('https://attacker.example/', unvouched)).toBe(false);
    for (let i = 0; i < 2_500; i++) busy.permits(`https://h${i}.example/`, unvouched);
    expect(busy.permits('https://attacker.example/', unvouched)).toBe(false);
    expect(busy.permits('http://127.0.0.1/', unvouched)).toBe(true);
  });

  it('with a vouching claim, permits exactly the URL the token was issued for', () => {
    expect(policy.permits('https://smba.example/', vouching('https://smba.example/'))).toBe(true);
    expect(policy.permits('http://127.0.0.1/', vouching('https://smba.example/'))).toBe(false);
  });
});

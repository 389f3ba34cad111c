/** Addresses of this machine for tests that must tell the loopback from the rest. */
import { networkInterfaces } from 'node:os';

/** An IPv4 address of this machine that is not the loopback, when it has one. */
export function nonLoopbackAddress(): string | undefined {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return undefined;
}

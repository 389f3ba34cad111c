import { describe, expect, it } from 'vitest';
import { ConfigError, isLocalMode, loadConfig } from '../../src/config';

describe('configuration', () => {
  it('uses the documented defaults when nothing is set: port 3978, local mode', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3978);
    expect(isLocalMode(config)).toBe(true);
    expect(config.MAX_BODY_BYTES).toBe(262_144);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', MicrosoftAppId: '' }).PORT).toBe(3978);
  });

  it('stops on a bad value with one line naming the variable', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrowError(ConfigError);
    // toThrowError fails when nothing is thrown; the anchored pattern (no `s` flag) allows no second line.
    expect(() => loadConfig({ PORT: '70000' })).toThrowError(/^Invalid configuration: PORT [^\n]*\(got "70000"\)$/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrowError(/LOG_LEVEL/);
    expect(() => loadConfig({ MicrosoftAppType: 'Personal' })).toThrowError(/MicrosoftAppType/);
  });

  it('requires a tenant id for a single-tenant app and an app id with a password', () => {
    expect(() => loadConfig({ MicrosoftAppId: 'id', MicrosoftAppType: 'SingleTenant' })).toThrowError(
      /MicrosoftAppTenantId/,
    );
    expect(() => loadConfig({ MicrosoftAppPassword: 'secret' })).toThrowError(/MicrosoftAppId/);
  });

  it('documents every variable of the schema in .env.example', async () => {
    const { readFileSync } = await import('node:fs');
    const example = readFileSync('.env.example', 'utf8');
    const { configSchema } = await import('../../src/config');
    const shape = (configSchema as unknown as { _zod: { def: { in?: { shape: object }; shape?: object } } })._zod.def;
    const keys = Object.keys(shape.in?.shape ?? shape.shape ?? {});
    expect(keys.length).toBeGreaterThan(5);
    // An optional setting with no default is documented commented out ("# HANDOFF_CONTACT=").
    for (const key of keys) expect(example).toMatch(new RegExp(`^(# )?${key}=`, 'm'));
  });

  it('names every variable of the schema in the README', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync('README.md', 'utf8');
    const { configSchema } = await import('../../src/config');
    const shape = (configSchema as unknown as { _zod: { def: { in?: { shape: object }; shape?: object } } })._zod.def;
    for (const key of Object.keys(shape.in?.shape ?? shape.shape ?? {})) expect(readme, key).toContain(`\`${key}\``);
  });

  it('reads HANDOFF_CONTACT as one bounded line of text', () => {
    expect(loadConfig({}).HANDOFF_CONTACT).toBe('');
    expect(loadConfig({ HANDOFF_CONTACT: '  Nurse line: 0800 123 456\n(24 h)  ' }).HANDOFF_CONTACT).toBe(
      'Nurse line: 0800 123 456 (24 h)',
    );
    expect(() => loadConfig({ HANDOFF_CONTACT: 'x'.repeat(301) })).toThrowError(/HANDOFF_CONTACT/);
  });

  it('documents every environment variable the code reads directly', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const example = readFileSync('.env.example', 'utf8');
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const names = sources.flatMap((f) =>
      [...readFileSync(`src/${f}`, 'utf8').matchAll(/process\.env\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!),
    );
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(example, name).toMatch(new RegExp(`^(# )?${name}=`, 'm'));
  });
});

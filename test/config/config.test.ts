import { loadConfig } from '../../server/src/config';

describe('loadConfig', () => {
  test('defaults without settings', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.demoData).toBe(true);
    expect(config.trustProxy).toEqual(['loopback']);
  });

  test('TRUST_PROXY takes addresses and ranges', () => {
    const config = loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, 2001:db8::1' });
    expect(config.trustProxy).toEqual(['loopback', '10.0.0.0/8', '2001:db8::1']);
  });

  test.each(['proxy.example.com', '10.0.0.0/99', '300.1.1.1'])('TRUST_PROXY rejects %s', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(`TRUST_PROXY: "${value}" is not an IP address`);
  });

  test.each([
    [{ PORT: '70000' }, 'PORT must be a whole number'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA must be on or off'],
  ])('invalid %p is an error', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  test('a database URL turns demo data off', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://127.0.0.1/x' }).demoData).toBe(false);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHaven, type HavenUnderTest } from '../test-support/haven-under-test';

describe('http', () => {
  let t: HavenUnderTest;
  const webDist = mkdtempSync(join(tmpdir(), 'haven-web-'));

  beforeAll(async () => {
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Haven</title>');
    writeFileSync(join(webDist, 'assets', 'app-1234.js'), 'console.log(1)');
    mkdirSync(join(webDist, 'recipes'));
    writeFileSync(join(webDist, 'recipes', 'soup.html'), '<!doctype html><title>Soup</title>');
    t = await startTestHaven({ webDist });
  });
  afterAll(async () => {
    await t.dispose();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('reports health with the store in use', async () => {
    const res = await fetch(`${t.haven.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', store: 'sqlite' });
  });

  it('gives the join page what it needs about a session, and a clear 404 otherwise', async () => {
    const res = await fetch(`${t.haven.url}/api/sessions/${t.sessionId}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      id: t.sessionId,
      groupName: 'Demo circle',
      agreement: { version: 1 },
    });
    for (const id of ['nope', '..%2F..%2Fetc', 'x'.repeat(100)]) {
      const missing = await fetch(`${t.haven.url}/api/sessions/${id}`);
      expect(missing.status).toBe(404);
      expect(await missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
    const unknown = await fetch(`${t.haven.url}/api/nothing-here`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('serves the web app for join links, with long caching only for hashed assets', async () => {
    const page = await fetch(`${t.haven.url}/s/${t.sessionId}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Haven</title>');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const asset = await fetch(`${t.haven.url}/assets/app-1234.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('lets the browser keep the quick exit’s page for a day, to show it even offline', async () => {
    const recipe = await fetch(`${t.haven.url}/recipes/soup.html`);
    expect(recipe.status).toBe(200);
    expect(await recipe.text()).toContain('<title>Soup</title>');
    expect(recipe.headers.get('cache-control')).toBe('public, max-age=86400');
  });
});

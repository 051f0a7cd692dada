/** Links are untrusted input: the routes they name, the tricks they are refused for, and no string that throws. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appRouteSchema, MAX_LINK_LENGTH, type AppRoute } from '../schemas/links.ts';
import { linkInArgv, parseLink, parseRoutePath, routeLink, routePath } from './parse.ts';

describe('parseLink', () => {
  it('reads the three item routes and the plain views', () => {
    expect(parseLink('account-admin://invoice/INV-2027-000012')).toEqual({ ok: true, route: { view: 'invoice', number: 'INV-2027-000012' } });
    expect(parseLink('account-admin://invoice/CN-2027-000013/')).toEqual({ ok: true, route: { view: 'invoice', number: 'CN-2027-000013' } });
    expect(parseLink('account-admin://people/claire.dubois@lumen-analytics.example')).toEqual({ ok: true, route: { view: 'people', email: 'claire.dubois@lumen-analytics.example' } });
    expect(parseLink('account-admin://people/claire.dubois%40lumen-analytics.example')).toEqual({ ok: true, route: { view: 'people', email: 'claire.dubois@lumen-analytics.example' } });
    expect(parseLink('account-admin://subscriptions/sub_0001')).toEqual({ ok: true, route: { view: 'subscriptions', id: 'sub_0001' } });
    expect(parseLink('ACCOUNT-ADMIN://transactions')).toEqual({ ok: true, route: { view: 'transactions' } });
    expect(parseLink('account-admin://people')).toEqual({ ok: true, route: { view: 'people' } });
  });

  it.each([
    ['https://invoice/INV-2027-000012', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['account-admin:invoice/INV-2027-000012', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['account-admin://evil.example/invoice', 'unknown_view'],
    ['account-admin://user@invoice/INV-2027-000012', 'malformed'],
    ['account-admin://invoice:80/INV-2027-000012', 'malformed'],
    ['account-admin://invoice/INV-2027-000012?x=1', 'malformed'],
    ['account-admin://invoice/INV-2027-000012#top', 'malformed'],
    ['account-admin://invoice/../people', 'malformed'],
    ['account-admin://invoice/%2e%2e/people', 'malformed'],
    ['account-admin://invoice/%252e%252e', 'malformed'],
    ['account-admin://invoice/INV-2027-000012%2fx', 'malformed'],
    ['account-admin://invoice/INV%5c2027', 'malformed'],
    ['account-admin://invoice/%E0%A4%A', 'malformed'],
    ['account-admin://invoice//INV-2027-000012', 'malformed'],
    ['account-admin://invoice/INV-2027-000012/more', 'malformed'],
    ['account-admin://invoice/INV-2027-000012\n', 'control_character'],
    ['account-admin://invoice/INV-2027-%00000012', 'malformed'],
    ['account-admin://people/a\u202eb@example.com', 'control_character'],
    ['account-admin://invoice/2027-000012', 'bad_item'],
    ['account-admin://invoice', 'bad_item'],
    ['account-admin://people/not-an-email', 'bad_item'],
    ['account-admin://subscriptions/sub 1', 'malformed'],
    ['account-admin://overview/extra', 'malformed'],
    ['account-admin://constructor', 'unknown_view'],
    ['account-admin://__proto__', 'unknown_view'],
    [`account-admin://people/${'a'.repeat(MAX_LINK_LENGTH)}@example.com`, 'too_long'],
  ])('refuses %j (%s)', (link, refusal) => {
    expect(parseLink(link)).toEqual({ ok: false, refusal });
  });

  it('refuses what is not text', () => {
    for (const value of [undefined, null, 12, {}, ['account-admin://overview']]) expect(parseLink(value)).toEqual({ ok: false, refusal: 'not_text' });
  });

  it('never throws, and whatever it accepts is a valid route (any string, any prefix)', () => {
    const tail = fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 120 }), fc.webPath(), fc.emailAddress().map((e) => `people/${e}`));
    fc.assert(
      fc.property(fc.oneof(fc.constant('account-admin://'), fc.constant('ACCOUNT-admin://'), fc.constant(''), fc.string({ maxLength: 20 })), tail, (prefix, rest) => {
        const parsed = parseLink(prefix + rest);
        if (parsed.ok) expect(appRouteSchema.safeParse(parsed.route).success).toBe(true);
        const hash = parseRoutePath(rest);
        if (hash.ok) expect(appRouteSchema.safeParse(hash.route).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back every link it writes', () => {
    const route: fc.Arbitrary<AppRoute> = fc.oneof(
      fc.tuple(fc.constantFrom('INV', 'CN'), fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 999_999 })).map(([p, y, n]) => ({ view: 'invoice' as const, number: `${p}-${y}-${String(n).padStart(6, '0')}` })),
      fc.emailAddress().filter((email) => appRouteSchema.safeParse({ view: 'people', email }).success && !email.includes('..') && !/[%/?#\\]/.test(email)).map((email) => ({ view: 'people' as const, email })),
      fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/).map((id) => ({ view: 'subscriptions' as const, id })),
      fc.constantFrom('overview', 'transactions', 'activity').map((view) => ({ view }) as AppRoute),
    );
    fc.assert(
      fc.property(route, (r) => {
        expect(parseLink(routeLink(r))).toEqual({ ok: true, route: r });
        expect(parseRoutePath(`/${routePath(r)}`)).toEqual({ ok: true, route: r });
      }),
    );
  });
});

describe('linkInArgv', () => {
  it('finds the link among a second instance’s arguments, and nothing else', () => {
    expect(linkInArgv(['/opt/Account Admin/account-admin', '--no-sandbox', 'account-admin://invoice/INV-2027-000012'])).toBe('account-admin://invoice/INV-2027-000012');
    expect(linkInArgv(['/opt/Account Admin/account-admin', '--data-dir', '/tmp/x'])).toBeNull();
    expect(linkInArgv([])).toBeNull();
  });
});

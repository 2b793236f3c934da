import { collectCspViolations, expect, expectHeading, test } from './fixtures';

// The built site ships a Content-Security-Policy (a meta tag in the HTML, and headers from `vite preview`)
// that the app works under: the journeys' page fixture fails on any violation it reports.

test('the built HTML carries the policy, and vite preview sends it with the other security headers', async ({
  request,
}) => {
  for (const path of ['/', '/AdminPortal/Home/']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("script-src 'self'");
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    const html = await response.text();
    expect(html, path).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self'/);
    // frame-ancestors means nothing in a meta tag (Chromium warns): the header carries it.
    expect(html, path).not.toContain('frame-ancestors');
  }
});

test('an inline script is blocked and reported (the check can fail)', async ({ browser }) => {
  const page = await browser.newPage();
  const violations = await collectCspViolations(page);
  await page.goto('/#/signin');
  await expectHeading(page, 'Sign in');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
  });
  await expect.poll(() => violations).toContainEqual(expect.stringMatching(/^script-src-elem inline$/));
  expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
  await page.close();
});

test('signing in and using both sides reports no violation', async ({ page, signIn }) => {
  await page.goto('/#/signin');
  await expectHeading(page, 'Sign in');
  await signIn('admin@northwindtraders.onmicrosoft.com', 'Northwind#2026');
  await expectHeading(page, 'Northwind Traders');
  await page.getByRole('button', { name: 'Demo' }).click();
  await expect(page.getByRole('dialog', { name: 'Demo controls' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await page.goto('/#/partner-center/signin');
  await signIn('admin@treyresearch.example', 'Partner#2026');
  await expectHeading(page, 'Customers');
});

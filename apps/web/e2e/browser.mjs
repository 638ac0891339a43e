// What every browser flow file shares: Chromium launched as this machine allows, pages that may fetch
// nothing from outside the portal, and `look`, which saves a screenshot and fails on any axe violation
// (and, at phone width, on any sideways scrolling).
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { chromium as playwright } from 'playwright-core';
import { expect } from './checks.mjs';

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 800 };

/**
 * `prefix` names this file's screenshots. `external` collects every request a page tried to send
 * outside the portal (all refused), `cspViolations` every Content Security Policy violation reported.
 */
export async function openPortalBrowser({ baseUrl, chromium, screenshots, prefix = '', timeoutMs = 10_000 }) {
  const browser = await playwright.launch({
    executablePath: chromium,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const external = [];
  const cspViolations = [];
  let shot = 0;

  async function newPage(viewport = DESKTOP, options = {}) {
    const context = await browser.newContext({ viewport, baseURL: baseUrl, ...options });
    // Nothing may be fetched from outside the portal (fonts, CDNs, analytics).
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(baseUrl) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      external.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);
    page.on('console', (message) => /Content Security Policy/i.test(message.text()) && cspViolations.push(`${page.url()}: ${message.text()}`));
    return page;
  }

  /** Screenshot, accessibility check and (at phone width) sideways-scrolling check of the page as it is now. */
  async function look(page, name) {
    await page.waitForLoadState('networkidle');
    shot += 1;
    await page.screenshot({ path: path.join(screenshots, `${prefix}${String(shot).padStart(2, '0')}-${name}.png`), fullPage: true });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(
      axe.violations.length === 0,
      `axe on ${name}: ${axe.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`).join('; ')}`,
    );
    if (page.viewportSize().width <= PHONE.width) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
          .slice(0, 3)
          .map((e) => `${e.tagName}.${e.className}`),
      );
      expect(overflow <= 0, `${name} scrolls sideways at ${PHONE.width}px (by ${overflow}px: ${wide.join(', ')})`);
    }
  }

  /** The NHS.UK error summary once it shows: an alert, focused, in the title, every link going somewhere on the page. */
  async function errorSummary(page) {
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect((await summary.getAttribute('role')) === 'alert', 'error summary has role=alert');
    await page.waitForFunction(() => document.activeElement?.classList.contains('nhsuk-error-summary'));
    await page.waitForFunction(() => document.title.startsWith('Error: '));
    for (const href of await summary.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect((await page.locator(href).count()) === 1, `the error summary links to ${href}, which is on the page`);
    }
    return summary;
  }

  /** The same session as `page`, at phone width. */
  async function phoneOf(page) {
    const mobile = await newPage(PHONE);
    await mobile.context().addCookies(await page.context().cookies());
    return mobile;
  }

  return { browser, newPage, look, errorSummary, phoneOf, external, cspViolations };
}

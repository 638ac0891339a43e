// The portal's attack suite: what an attacker tried against a fresh `npm start`, run by
// apps/web/e2e/run.mjs after the portal's flows, against the same API and built portal. Each module
// gets a fresh browser context; its checks count in the same `N passed, M failed` line.
import { chromium as playwright } from 'playwright-core';
import { checker } from './harness.mjs';
import { contentSecurityPolicy } from './content-security-policy.mjs';
import { crossOriginRelay } from './cross-origin-relay.mjs';
import { openRedirect } from './open-redirect.mjs';
import { productionSecrets } from './production-secrets.mjs';
import { sessionLoop } from './session-loop.mjs';

/**
 * `screenshots`: the folder the flows saved theirs in. `portal`: what is needed to start the built
 * portal again (for the production-secret checks): the Next.js binary, the portal's folder and the
 * environment the running portal got.
 */
export async function runAttacks({ baseUrl, apiUrl, chromium, screenshots, portal }) {
  const results = { passed: 0, failed: 0 };
  const check = checker(results);
  console.log('Attacks:');
  const browser = await playwright.launch({
    executablePath: chromium,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    for (const attack of [openRedirect, sessionLoop, crossOriginRelay, contentSecurityPolicy]) {
      try {
        await attack({ browser, baseUrl, apiUrl, screenshots, check });
      } catch (error) {
        // a module that breaks outside its checks still counts, as a failure
        await check(`${attack.name} ran to the end`, () => Promise.reject(error));
      }
    }
  } finally {
    await browser.close();
  }
  await productionSecrets({ check, ...portal });
  return results;
}

// How the e2e flows and the attack suite (tests/security/portal) count their checks: each named
// check passes or fails with its reason printed, and run.mjs adds them up into one line.

export class Check extends Error {}

export function expect(condition, message) {
  if (!condition) throw new Check(message);
}

/** A runner of named checks that counts into `results` ({ passed, failed }); `only` (a RegExp) runs just the matching ones. */
export function checker(results, only = null) {
  return async function check(name, fn) {
    if (only && !only.test(name)) return;
    const started = Date.now();
    try {
      await fn();
      results.passed += 1;
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      results.failed += 1;
      console.log(`  ✗ ${name}\n      ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n      ')}`);
    }
  };
}

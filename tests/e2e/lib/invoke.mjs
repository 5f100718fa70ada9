// Calling one of the app's commands from inside the window, as the UI does: shared by the specs (through
// app.mjs) and the benchmark, which runs outside run.sh and so cannot load app.mjs.

/** Resolves with the command's result; rejects with an Error carrying the app's `{code, message}`. */
export async function invoke(browser, command, args = {}) {
  const result = await browser.executeAsync(
    (cmd, a, done) => {
      window.__TAURI_INTERNALS__.invoke(cmd, a).then(
        (ok) => done({ ok }),
        (err) => done({ err }),
      );
    },
    command,
    args,
  );
  if (result.err) throw Object.assign(new Error(result.err.message ?? String(result.err)), result.err);
  return result.ok;
}

/**
 * Withdraws a plan to a draft as the planner, as the read-only notice's button does: a submitted, in-review
 * or approved plan is read-only, so a spec that edits a demo plan (or types into one) withdraws it first.
 */
export async function withdrawToDraft(browser, planId) {
  const { plan } = await invoke(browser, 'plan', { id: planId });
  if (plan.status === 'draft') return;
  await invoke(browser, 'set_status', {
    planId,
    expectedRevision: plan.revision,
    status: 'draft',
    actor: { role: 'planner', name: 'E2E' },
    message: null,
  });
}

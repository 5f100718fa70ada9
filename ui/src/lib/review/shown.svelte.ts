// The open plan's threads, gathered once for every marker, the step list and the review panel: from the
// comments the plan holds (so a new one shows at once) with core's word on what became of each anchor.

import { current } from '../plan/current.svelte';
import { review } from './conversation.svelte';
import { openPerStep, threadsOf, type Thread } from './threads';

class ShownThreads {
  readonly all: Thread[] = $derived(threadsOf(current.doc?.comments ?? [], review.views));
  readonly openPerStep = $derived(openPerStep(this.all));
  readonly open = $derived(this.all.filter((t) => !t.root.resolved).length);
}

export const shown = new ShownThreads();

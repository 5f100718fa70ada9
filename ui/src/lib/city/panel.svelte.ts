// Which of the city view's panels is shown. Kept outside the view, so coming back from a plan opened
// at one of its measures shows the panel the user left.

export const PANELS = ['plans', 'coverage', 'measures', 'partners', 'lookalikes', 'indicators', 'look'] as const;
export type Panel = (typeof PANELS)[number];

export const panel = $state<{ current: Panel }>({ current: 'plans' });

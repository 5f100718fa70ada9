// What the city view shows and the actions it takes: the city figures, the linking catalogues and
// their suggestions, read again after every change so every panel agrees with the database.

import * as api from '../api';
import type { CityFigures, CityLinks, GatheredFile, GatherProgress, LinkSuggestion, LogoInfo, Section } from '../generated/types';
import { t } from '../i18n/index.svelte';
import { current, goTo } from '../plan/current.svelte';
import { announce } from '../shell/notice.svelte';
import { openPlan } from '../shell/view.svelte';
import { failureText } from './refusal';

class CityState {
  /** The city's name as the executive office set it, else as its units give it. */
  name = $state('');
  /** The city's logo as the executive office set it, shown beside the view's heading. */
  logo = $state<LogoInfo | null>(null);
  figures = $state<CityFigures | null>(null);
  links = $state<CityLinks | null>(null);
  suggestions = $state<LinkSuggestion[]>([]);
  loadError = $state<string | null>(null);
  /** The last gathering: its progress while it runs, then one line per file. */
  progress = $state<GatherProgress | null>(null);
  gathered = $state<GatheredFile[] | null>(null);
  gathering = $state(false);
}

export const city = new CityState();

export async function loadCity(): Promise<void> {
  try {
    const [figures, links, suggestions, units, look] = await Promise.all([
      api.cityFigures(),
      api.cityLinks(),
      api.linkSuggestions(),
      api.units(),
      api.cityLook(),
    ]);
    city.name = look.name || (units.find((u) => u.city)?.city ?? '');
    city.logo = look.logo;
    city.figures = figures;
    city.links = links;
    city.suggestions = suggestions;
    city.loadError = null;
  } catch (e) {
    city.loadError = failureText(e);
  }
}

/** Runs one change, says what became of it, and reads the city again (also after a failure part-way). */
async function change(run: () => Promise<unknown>, done: string): Promise<boolean> {
  try {
    await run();
    announce(done);
    return true;
  } catch (e) {
    announce(failureText(e), 'error');
    return false;
  } finally {
    await loadCity();
  }
}

/** Links suggested names to their city entry, one after another, then reads the city once. */
export function acceptSuggestions(items: LinkSuggestion[]): Promise<boolean> {
  if (items.length === 0) return Promise.resolve(true);
  const done =
    items.length === 1
      ? t('city.linked', { name: items[0].item_name, city: items[0].city_name })
      : t('city.linked_many', { count: items.length, city: items[0].city_name });
  return change(async () => {
    for (const s of items) {
      if (s.kind === 'partner') await api.linkPartner(s.item_id, s.city_name);
      else if (s.plan_id) await api.linkIndicator(s.plan_id, s.item_id, s.city_name);
    }
  }, done);
}

export const linkPartner = (partnerId: string, name: string, cityName: string) =>
  change(() => api.linkPartner(partnerId, cityName.trim()), t('city.linked', { name, city: cityName.trim() }));

export const unlinkPartner = (partnerId: string, name: string) =>
  change(() => api.unlinkPartner(partnerId), t('city.unlinked', { name }));

export const linkIndicator = (planId: string, indicatorId: string, name: string, cityName: string) =>
  change(
    () => api.linkIndicator(planId, indicatorId, cityName.trim()),
    t('city.linked', { name, city: cityName.trim() }),
  );

export const unlinkIndicator = (planId: string, indicatorId: string, name: string) =>
  change(() => api.unlinkIndicator(planId, indicatorId), t('city.unlinked', { name }));

/** Gathers the chosen files or folders, showing progress, then the result per file. */
export async function gather(paths: string[]): Promise<void> {
  if (city.gathering || paths.length === 0) return;
  city.gathering = true;
  city.gathered = null;
  city.progress = null;
  try {
    const files = await api.gatherPackages(paths, (p) => {
      city.progress = p;
    });
    city.gathered = files;
    const count = (o: string) => files.filter((f) => f.outcome === o).length;
    announce(
      t('city.gather_done', {
        imported: count('imported'),
        updated: count('updated'),
        unchanged: count('unchanged'),
        refused: count('refused'),
      }),
      count('refused') > 0 ? 'info' : 'success',
    );
    await loadCity();
  } catch (e) {
    announce(failureText(e), 'error');
  } finally {
    city.gathering = false;
  }
}

/** Opens a unit's plan at one of its items (a measure, a challenge) in the step that edits it. */
export async function openAt(planId: string, section: Section, id: string): Promise<void> {
  await openPlan(planId);
  if (current.doc?.plan.id === planId) goTo({ section, id, field: null });
}

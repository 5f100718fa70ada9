import { describe, expect, it } from 'vitest';
import { acting, actorPicker, chooseActor, pickActor, storedActor } from '../actor.svelte';

describe('the actor', () => {
  it('is read back as stored, and as the planner when nothing readable is stored', () => {
    expect(storedActor('{"role":"advisor","name":"Eva"}')).toEqual({ role: 'advisor', name: 'Eva' });
    expect(storedActor('{"role":"mayor","name":"X"}')).toEqual({ role: 'planner', name: '' });
    expect(storedActor('not json')).toEqual({ role: 'planner', name: '' });
    expect(storedActor(null)).toEqual({ role: 'planner', name: '' });
  });

  it('is chosen with a trimmed name and remembered', () => {
    chooseActor({ role: 'executive_office', name: '  Pia Berg ' });
    expect({ role: acting.role, name: acting.name }).toEqual({ role: 'executive_office', name: 'Pia Berg' });
    chooseActor({ role: 'planner', name: '' });
  });

  it("has a picker that anything needing a name can open", () => {
    actorPicker.open = false;
    pickActor();
    expect(actorPicker.open).toBe(true);
    actorPicker.open = false;
  });
});

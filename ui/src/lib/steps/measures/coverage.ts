// The coverage matrix: for each challenge, which measures answer it at each prevention level. It is the
// planner's quickest view of R3 (every challenge answered) and R7 (top-priority challenges answered at two
// or more levels), so it is computed here, apart from the table that shows it, and tested.

export const LEVELS = ['universal', 'selective', 'indicated'] as const;
export type Level = (typeof LEVELS)[number];

interface ChallengeLike {
  id: string;
  title: string;
  priority: number;
}
interface MeasureLike {
  id: string;
  title: string;
  level: Level | null;
  challenge_ids: string[];
}

export interface CoverageCell {
  level: Level;
  measures: { id: string; title: string }[];
}

export interface CoverageRow {
  challengeId: string;
  title: string;
  priority: number;
  cells: CoverageCell[]; // in LEVELS order
  /** How many of the three levels have at least one measure. */
  levelsCovered: number;
  /** R3: no measure at any level answers it. */
  unanswered: boolean;
  /** R7: priority 1 but answered at fewer than two levels. */
  needsAnotherLevel: boolean;
}

export interface Coverage {
  rows: CoverageRow[];
  /** Measures per level, for the column headers and R4. */
  perLevel: Record<Level, number>;
  /** Measures that answer no challenge, or have no level, and so appear in no cell. */
  unplaced: { id: string; title: string }[];
}

export function computeCoverage(challenges: ChallengeLike[], measures: MeasureLike[]): Coverage {
  const known = new Set(challenges.map((c) => c.id));
  const perLevel: Record<Level, number> = { universal: 0, selective: 0, indicated: 0 };
  const unplaced: { id: string; title: string }[] = [];
  for (const m of measures) {
    if (m.level) perLevel[m.level]++;
    if (!m.level || !m.challenge_ids.some((id) => known.has(id))) unplaced.push({ id: m.id, title: m.title });
  }

  const rows = challenges.map((c) => {
    const cells = LEVELS.map((level) => ({
      level,
      measures: measures
        .filter((m) => m.level === level && m.challenge_ids.includes(c.id))
        .map((m) => ({ id: m.id, title: m.title })),
    }));
    const levelsCovered = cells.filter((cell) => cell.measures.length > 0).length;
    return {
      challengeId: c.id,
      title: c.title,
      priority: c.priority,
      cells,
      levelsCovered,
      unanswered: levelsCovered === 0,
      needsAnotherLevel: c.priority === 1 && levelsCovered < 2,
    };
  });
  return { rows, perLevel, unplaced };
}

import type { CommitteeMember } from '../../../../shared/committee.ts';
import type { Comparison, DealCompetitor } from '../../../../shared/competition.ts';
import type { ThreatLevel } from '../../../../shared/enums.ts';

export type SwotText = {
  strengths: string;
  weaknesses: string;
  opportunities: string;
  threats: string;
};

export type SwotInput = {
  comparison: Comparison;
  dealCompetitors: DealCompetitor[];
  /** Library weaknesses by competitor id. */
  weaknessesOf: (competitorId: string) => string;
  members: CommitteeMember[];
  nameOf: (personId: string) => string;
};

type Line = (key: string, params: Record<string, string | number>) => string;
type Label = (key: string) => string;

/** Scores this high with no competitor scored count as a strength on their own. */
const STRONG_ALONE = 8;
/** A satisfaction this low with an incumbent opens a door for us. */
const UNHAPPY = 2;
const THREATENING: readonly ThreatLevel[] = ['high', 'medium'];

/**
 * A first SWOT of the deal from what is known: our leading criteria are strengths and trailing
 * ones weaknesses (the costliest first); supporters, our coach, unhappy incumbents and the
 * competitors' weaknesses are opportunities; threatening or leading competitors, their reps'
 * close ties and opponents are threats. `line` words each item (`competition.swot.line.*`),
 * `label` translates enum labels.
 */
export function swotPrefill(input: SwotInput, line: Line, label: Label): SwotText {
  const { comparison, dealCompetitors, members } = input;
  const competitorIds = dealCompetitors.map((d) => d.competitorId);

  const strengths: string[] = [];
  const byWeight = [...comparison.criteria].sort((a, b) => b.weightPercent - a.weightPercent);
  for (const c of byWeight) {
    const ours = c.scores.find((s) => s.vendor === 'us')?.score ?? null;
    if (ours === null) continue;
    const theirs = c.scores
      .filter((s) => s.vendor !== 'us' && competitorIds.includes(s.vendor) && s.score !== null)
      .map((s) => s.score ?? 0);
    if (theirs.length > 0) {
      const best = Math.max(...theirs);
      if (ours > best) strengths.push(line('leading', { criterion: c.name, ours, theirs: best }));
    } else if (ours >= STRONG_ALONE) {
      strengths.push(line('leadingAlone', { criterion: c.name, ours }));
    }
  }

  const weaknesses = comparison.gaps.map((g) =>
    line('trailing', {
      criterion: g.criterionName,
      competitor: g.competitorName,
      ours: g.ourScore,
      theirs: g.theirScore,
    }),
  );

  const opportunities: string[] = [];
  for (const m of members) {
    if (m.roles.includes('coach'))
      opportunities.push(line('coach', { name: input.nameOf(m.personId) }));
    else if (m.attitude === 'supporter') {
      opportunities.push(line('supporter', { name: input.nameOf(m.personId) }));
    }
  }
  for (const d of dealCompetitors) {
    if (d.incumbent && d.satisfaction !== null && d.satisfaction <= UNHAPPY) {
      opportunities.push(line('dissatisfied', { competitor: d.competitorName }));
    }
    const weakness = firstLine(input.weaknessesOf(d.competitorId));
    if (weakness) {
      opportunities.push(line('competitorWeakness', { competitor: d.competitorName, weakness }));
    }
  }

  const threats: string[] = [];
  for (const d of dealCompetitors) {
    if (d.threat && THREATENING.includes(d.threat)) {
      threats.push(
        line('competitorThreat', {
          competitor: d.competitorName,
          threat: label(`enums.threatLevel.${d.threat}`),
        }),
      );
    }
    if (d.position === 'behind')
      threats.push(line('competitorAhead', { competitor: d.competitorName }));
    for (const r of d.repRelations) {
      if (r.closeness === 'close') {
        threats.push(
          line('repCloser', { competitor: d.competitorName, name: input.nameOf(r.personId) }),
        );
      }
    }
  }
  for (const m of members) {
    if (m.attitude === 'opponent')
      threats.push(line('opponent', { name: input.nameOf(m.personId) }));
  }

  return {
    strengths: strengths.join('\n'),
    weaknesses: weaknesses.join('\n'),
    opportunities: opportunities.join('\n'),
    threats: threats.join('\n'),
  };
}

/** The first point of a free text (up to a line end or semicolon), without list markers. */
function firstLine(text: string): string {
  const first = text
    .split(/\r?\n|[;；]/)
    .map((l) => l.replace(/^\s*(?:[-•*·]|\d+[.、)])\s*/, '').trim())
    .find((l) => l !== '');
  return first ?? '';
}

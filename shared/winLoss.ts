import type { CompetitorRecord } from './competition.ts';
import { WIN_LOSS_REASONS, type OpportunityStatus, type WinLossReason } from './enums.ts';

// Our record against one competitor (DOMAIN.md §6). Pure, so the renderer can roll up a filtered
// list the same way the main process does.

export type ClosedDealInput = {
  status: OpportunityStatus;
  /** The reasons on the deal's outcome; empty when none was recorded. */
  reasons: readonly WinLossReason[];
};

/**
 * Won and lost deals a competitor was in (open and dropped ones left out), the win rate, and the
 * reasons recorded on them, most cited first (then most lost, then the order of WIN_LOSS_REASONS).
 */
export function competitorRecord(deals: readonly ClosedDealInput[]): CompetitorRecord {
  let won = 0;
  let lost = 0;
  const counts = new Map<WinLossReason, { won: number; lost: number }>();
  for (const deal of deals) {
    if (deal.status !== 'won' && deal.status !== 'lost') continue;
    if (deal.status === 'won') won += 1;
    else lost += 1;
    for (const reason of new Set(deal.reasons)) {
      const count = counts.get(reason) ?? { won: 0, lost: 0 };
      count[deal.status] += 1;
      counts.set(reason, count);
    }
  }
  const topReasons = WIN_LOSS_REASONS.flatMap((reason) => {
    const count = counts.get(reason);
    return count ? [{ reason, ...count }] : [];
  }).sort((a, b) => b.won + b.lost - (a.won + a.lost) || b.lost - a.lost);
  return { won, lost, winRate: won + lost === 0 ? null : won / (won + lost), topReasons };
}

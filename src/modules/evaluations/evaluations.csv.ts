import { stringify } from 'csv-stringify/sync';
import { cell } from '../reports/reports.csv.js';
import type { AnswerRow, RankingRow, UnitScoreRow } from './evaluations.schemas.js';

const table = (header: string[], rows: (number | string | null)[][]) =>
  stringify(
    rows.map((r) => r.map(cell)),
    { header: true, columns: header },
  );

export const rankingCsv = (rows: RankingRow[]): string =>
  table(
    [
      'rank',
      'previous_rank',
      'rank_change',
      'id',
      'name',
      'response_rate',
      'resolution_rate',
      'satisfaction_rate',
      'overall',
      'published',
      'response_due',
      'responded',
      'resolution_due',
      'resolved',
      'rated',
      'satisfied',
    ],
    rows.map((r) => [
      r.rank,
      r.previousRank,
      r.rankChange,
      r.id,
      r.name,
      r.responseRate,
      r.resolutionRate,
      r.satisfactionRate,
      r.overall,
      r.counts.published,
      r.counts.responseDue,
      r.counts.responded,
      r.counts.resolutionDue,
      r.counts.resolved,
      r.counts.rated,
      r.counts.satisfied,
    ]),
  );

export const answersCsv = (rows: AnswerRow[]): string =>
  table(
    [
      'rank',
      'unit_id',
      'unit_name',
      'unit_kind',
      'assigned',
      'answered',
      'answered_on_time_pct',
      'average_rating',
      'rated',
      'resolved_after',
    ],
    rows.map((r) => [
      r.rank,
      r.unitId,
      r.unitName,
      r.unitKind,
      r.assigned,
      r.answered,
      r.answeredOnTimePct,
      r.averageRating,
      r.rated,
      r.resolvedAfter,
    ]),
  );

export const unitScoresCsv = (rows: UnitScoreRow[]): string =>
  table(
    [
      'rank',
      'unit_id',
      'unit_name',
      'score',
      'part_report_in',
      'part_orders_taken',
      'part_hours',
      'part_on_time',
      'part_rating',
      'part_resources',
      'expected_members',
      'reported_in',
      'orders_taken',
      'completed',
      'hours',
      'on_time_pct',
      'average_rating',
      'resources_opened',
      'bookings_hosted',
    ],
    rows.map((r) => [
      r.rank,
      r.unitId,
      r.unitName,
      r.score,
      r.parts.reportIn,
      r.parts.ordersTaken,
      r.parts.hours,
      r.parts.onTime,
      r.parts.rating,
      r.parts.resources,
      r.figures.expectedMembers,
      r.figures.reportedIn,
      r.figures.ordersTaken,
      r.figures.completed,
      r.figures.hours,
      r.figures.onTimePct,
      r.figures.averageRating,
      r.figures.resourcesOpened,
      r.figures.bookingsHosted,
    ]),
  );

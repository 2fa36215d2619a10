import { appendAudit } from '../../audit/audit.repo.js';
import { type Caller, requireRole } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import type { ReadRouting } from '../../db/replica.js';
import { transaction } from '../../db/transaction.js';
import {
  monthDates,
  percent,
  rankChange,
  rankOrder,
  threeRates,
  unitParts,
  weightedScore,
} from '../../domain/evaluation.js';
import type { ServiceDeps } from '../deps.js';
import { reportScope, staffRoles } from '../reports/reports.access.js';
import type { ReportScope } from '../reports/reports.repo.js';
import type { Report } from '../reports/reports.service.js';
import { unitFigures } from '../reports/work.repo.js';
import { answersCsv, rankingCsv, unitScoresCsv } from './evaluations.csv.js';
import {
  addWeights,
  answerFigures,
  currentWeights,
  type Periods,
  type RateCounts,
  regionRateCounts,
  regionsAtLevel,
  unitNames,
  unitRateCounts,
  type WeightsRow,
  weightVersions,
  zonedPeriods,
} from './evaluations.repo.js';
import type {
  AnswersLeague,
  PeriodQuery,
  Ranking,
  RankingQuery,
  RankingRow,
  UnitScoreQuery,
  UnitScores,
  WeightsBody,
  WeightsVersion,
} from './evaluations.schemas.js';

/** The entity of the weights' audit chain: one chain for every version. */
export const WEIGHTS_ENTITY_ID = '5e1f0a8c-7b2d-5c3e-9f4a-0d6b8e2c1a7f';

const depthOf = { district: 1, street: 2, community: 3 } as const;

const toWeightsVersion = (w: WeightsRow): WeightsVersion => ({
  version: w.version,
  weights: w.weights,
  createdBy: w.createdBy,
  createdAt: w.createdAt.toISOString(),
});

const emptyCounts = (key: string, current: boolean): RateCounts => ({
  key,
  current,
  published: 0,
  responseDue: 0,
  responded: 0,
  resolutionDue: 0,
  resolved: 0,
  rated: 0,
  satisfied: 0,
});

/** Ranks named rows by their counts in one period. */
function rankPeriod(
  named: { id: string; name: string }[],
  counts: Map<string, RateCounts>,
  current: boolean,
) {
  return rankOrder(
    named.map(({ id, name }) => {
      const c = counts.get(id) ?? emptyCounts(id, current);
      return { id, name, ...threeRates(c), weight: c.published, counts: c };
    }),
  );
}

/** The three rates (三率) and their rankings, the league of escalation answers, the yearly unit score. */
export function createEvaluationsService(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'config'> & { reads: ReadRouting },
) {
  const { db, clock, config, reads } = deps;
  const timeZone = config.EVALUATION_TIME_ZONE;
  /** Every statement of an evaluation on one side: the replica when it may answer the caller, or the primary. */
  const readFor = <T>(caller: Caller, work: (db: Db) => Promise<T>) => reads.read(caller.auth.keyId, work);

  /** The caller's scope, as for reports: a region of its subtree, its own region by default. */
  const scopeOf = (db: Db, caller: Caller, regionId: string | undefined) =>
    reportScope(db, caller.auth, { regionId }, { roles: staffRoles, now: clock.now() });

  /** The period asked for and the one before it: the month before, or the same span just before. */
  async function periodsOf(db: Db, q: PeriodQuery): Promise<Periods> {
    if (q.month) return zonedPeriods(db, { ...monthDates(q.month), timeZone });
    const from = new Date(q.from!);
    const to = new Date(q.to!);
    return { previousFrom: new Date(2 * from.getTime() - to.getTime()), from, to };
  }

  async function scoped(db: Db, caller: Caller, q: PeriodQuery): Promise<{ s: ReportScope; p: Periods }> {
    const s = await scopeOf(db, caller, q.regionId);
    const p = await periodsOf(db, q);
    return { s: { ...s, from: p.from, to: p.to }, p };
  }

  const periodView = (s: ReportScope, p: Periods) => ({
    regionId: s.regionId,
    from: p.from.toISOString(),
    to: p.to.toISOString(),
    previousFrom: p.previousFrom.toISOString(),
    previousTo: p.from.toISOString(),
  });

  return {
    /** The regions of a level, or the units, ranked by their three rates, with the change in rank. */
    ranking: (caller: Caller, q: RankingQuery): Promise<Report<Ranking>> =>
      readFor(caller, async (db) => {
        const { s, p } = await scoped(db, caller, q);
        const counts =
          q.level === 'unit'
            ? await unitRateCounts(db, s, { periods: p })
            : await regionRateCounts(db, s, { depth: depthOf[q.level], periods: p });
        const byPeriod = (current: boolean) =>
          new Map(counts.filter((c) => c.current === current).map((c) => [c.key, c]));
        const current = byPeriod(true);
        const previous = byPeriod(false);
        const named =
          q.level === 'unit'
            ? await unitNames(db, [...new Set(counts.map((c) => c.key))])
            : await regionsAtLevel(db, s, q.level);
        const before = new Map(
          rankPeriod(
            named.filter((n) => previous.has(n.id)),
            previous,
            false,
          ).map((r) => [r.id, r.rank]),
        );
        const rows: RankingRow[] = rankPeriod(named, current, true).map((r) => ({
          rank: r.rank,
          ...rankChange(r.rank, before.get(r.id)),
          id: r.id,
          name: r.name,
          responseRate: r.responseRate,
          resolutionRate: r.resolutionRate,
          satisfactionRate: r.satisfactionRate,
          overall: r.overall,
          counts: {
            published: r.counts.published,
            responseDue: r.counts.responseDue,
            responded: r.counts.responded,
            resolutionDue: r.counts.resolutionDue,
            resolved: r.counts.resolved,
            rated: r.counts.rated,
            satisfied: r.counts.satisfied,
          },
        }));
        const json: Ranking = { level: q.level, ...periodView(s, p), rows };
        return { json, csv: () => rankingCsv(rows) };
      }),

    /** The league of the units and departments assigned by escalation answers in the period. */
    escalationAnswers: (caller: Caller, q: PeriodQuery): Promise<Report<AnswersLeague>> =>
      readFor(caller, async (db) => {
        const { s, p } = await scoped(db, caller, q);
        const figures = (await answerFigures(db, s, p)).map((f) => ({
          ...f,
          onTime: percent(f.answeredOnTime, f.assigned),
          averageRating: f.rating === null ? null : Math.round(f.rating * 100) / 100,
        }));
        figures.sort(
          (a, b) =>
            (b.onTime ?? -1) - (a.onTime ?? -1) ||
            (b.averageRating ?? -1) - (a.averageRating ?? -1) ||
            b.assigned - a.assigned ||
            a.unitName.localeCompare(b.unitName) ||
            a.unitId.localeCompare(b.unitId),
        );
        const rows = figures.map((f, i) => ({
          rank: i + 1,
          unitId: f.unitId,
          unitName: f.unitName,
          unitKind: f.unitKind,
          assigned: f.assigned,
          answered: f.answered,
          answeredOnTimePct: f.onTime,
          averageRating: f.averageRating,
          rated: f.rated,
          resolvedAfter: f.resolvedAfter,
        }));
        return { json: { ...periodView(s, p), rows }, csv: () => answersCsv(rows) };
      }),

    /** The yearly unit evaluation: each part on 0–100, weighted by the weights in force. */
    unitScores: (caller: Caller, q: UnitScoreQuery): Promise<Report<UnitScores>> =>
      readFor(caller, async (db) => {
        const s = await scopeOf(db, caller, q.regionId);
        const p = await zonedPeriods(db, {
          previousStart: `${q.year - 1}-01-01`,
          start: `${q.year}-01-01`,
          end: `${q.year + 1}-01-01`,
          timeZone,
        });
        const scope = { ...s, from: p.from, to: p.to };
        const [figures, weights] = await Promise.all([unitFigures(db, scope), currentWeights(db)]);
        const max = {
          ordersTaken: Math.max(0, ...figures.map((f) => f.ordersTaken)),
          hours: Math.max(0, ...figures.map((f) => f.hours)),
          resourcesOpened: Math.max(0, ...figures.map((f) => f.resourcesOpened)),
        };
        const scored = figures.map((f) => {
          const figure = {
            expectedMembers: f.expectedMembers,
            reportedIn: f.reportedIn,
            ordersTaken: f.ordersTaken,
            completed: f.completed,
            hours: Math.round(f.hours * 100) / 100,
            onTimePct: percent(f.onTime, f.completed),
            averageRating: f.rating === null ? null : Math.round(f.rating * 100) / 100,
            resourcesOpened: f.resourcesOpened,
            bookingsHosted: f.bookingsHosted,
          };
          const parts = unitParts(
            {
              reportInPct: percent(f.reportedIn, f.expectedMembers),
              ordersTaken: f.ordersTaken,
              hours: f.hours,
              onTimePct: figure.onTimePct,
              rating: f.rating,
              resourcesOpened: f.resourcesOpened,
            },
            max,
          );
          return {
            id: f.unitId,
            name: f.unitName,
            parts,
            figures: figure,
            score: weightedScore(parts, weights.weights),
          };
        });
        const rows = rankOrder(
          scored.map((r) => ({ ...r, overall: r.score, weight: r.figures.ordersTaken })),
        ).map((r) => ({
          rank: r.rank,
          unitId: r.id,
          unitName: r.name,
          score: r.score,
          parts: r.parts,
          figures: r.figures,
        }));
        const json: UnitScores = {
          regionId: s.regionId,
          year: q.year,
          from: p.from.toISOString(),
          to: p.to.toISOString(),
          weights: toWeightsVersion(weights),
          rows,
        };
        return { json, csv: () => unitScoresCsv(rows) };
      }),

    /** The weights in force and every earlier version (staff). */
    async weights({ auth }: Caller) {
      requireRole(auth, ...staffRoles);
      const versions = (await weightVersions(db)).map(toWeightsVersion);
      return { current: versions[0]!, versions };
    },

    /** Admins set new weights: a new version, audited; earlier versions stay as they were. */
    async setWeights({ auth, actor }: Caller, body: WeightsBody): Promise<WeightsVersion> {
      requireRole(auth, 'admin');
      return transaction(db, async (tx) => {
        const now = clock.now();
        const before = await currentWeights(tx);
        const row = toWeightsVersion(await addWeights(tx, body.weights, auth.keyId));
        await appendAudit(tx, {
          entityType: 'evaluation_weights',
          entityId: WEIGHTS_ENTITY_ID,
          action: 'evaluation_weights.updated',
          actor,
          before: toWeightsVersion(before),
          after: row,
          at: now,
        });
        return row;
      });
    },
  };
}

import { z } from 'zod';

const isoDate = z.iso.datetime({ offset: true });
const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM')
  .describe('A calendar month in the evaluation time zone (EVALUATION_TIME_ZONE), e.g. 2026-11');

const regionId = z
  .uuid()
  .optional()
  .describe("A region inside the caller's subtree; default: the caller's own region");

/**
 * A period: a calendar month, or any half-open [from, to). The previous period (for the change in
 * rank) is the month before, or the span of the same length just before `from`.
 */
export const periodQuery = z
  .strictObject({
    regionId,
    month: month.optional(),
    from: isoDate.optional().describe('Start of the period, inclusive (with to, instead of month)'),
    to: isoDate.optional().describe('End of the period, exclusive; after from'),
  })
  .refine((q) => (q.month === undefined) !== (q.from === undefined && q.to === undefined), {
    message: 'give month, or from and to',
    path: ['month'],
  })
  .refine((q) => q.month !== undefined || (q.from !== undefined && q.to !== undefined), {
    message: 'from and to go together',
    path: ['to'],
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    message: 'from must be before to',
    path: ['to'],
  });
export type PeriodQuery = z.infer<typeof periodQuery>;

export const rankingLevels = ['district', 'street', 'community', 'unit'] as const;
export type RankingLevel = (typeof rankingLevels)[number];

export const rankingQuery = periodQuery.safeExtend({
  level: z.enum(rankingLevels).describe('What is ranked: the regions of a level in the scope, or units'),
});
export type RankingQuery = z.infer<typeof rankingQuery>;

const rate = z.number().nullable();

export const rankingRowSchema = z.object({
  rank: z.number().int().describe('1 is best: by overall rate, then more orders, then name'),
  previousRank: z
    .number()
    .int()
    .nullable()
    .describe('Rank in the previous period; null when not ranked then'),
  rankChange: z
    .number()
    .int()
    .nullable()
    .describe('previousRank − rank: positive moved up; null when not ranked in the previous period'),
  id: z.uuid(),
  name: z.string(),
  responseRate: rate.describe(
    'Orders claimed in full by their claim-by, among those whose claim-by is decided, in %',
  ),
  resolutionRate: rate.describe('Orders verified without a reopen, among those due, in %'),
  satisfactionRate: rate.describe('Orders rated 4 or 5, among rated ones, in %'),
  overall: rate.describe('The mean of the rates that have a denominator'),
  counts: z.object({
    published: z.number().int(),
    responseDue: z.number().int(),
    responded: z.number().int(),
    resolutionDue: z.number().int(),
    resolved: z.number().int(),
    rated: z.number().int(),
    satisfied: z.number().int(),
  }),
});
export type RankingRow = z.infer<typeof rankingRowSchema>;

const period = {
  regionId: z.uuid().nullable(),
  from: z.string(),
  to: z.string(),
  previousFrom: z.string(),
  previousTo: z.string(),
};

export const rankingSchema = z
  .object({ level: z.enum(rankingLevels), ...period, rows: z.array(rankingRowSchema) })
  .meta({ id: 'ThreeRatesRanking' });
export type Ranking = z.infer<typeof rankingSchema>;

export const answerRowSchema = z.object({
  rank: z.number().int(),
  unitId: z.uuid(),
  unitName: z.string(),
  unitKind: z.string().describe('agency: a government department'),
  assigned: z.number().int().describe('Escalation answers that assigned the unit'),
  answered: z
    .number()
    .int()
    .describe('Of those, the ones the unit took up: a claim by its members after the answer'),
  answeredOnTimePct: rate.describe("Taken up before the order's next deadline breach, in % of assigned"),
  averageRating: rate.describe("The whistlers' mean rating (1–5) of those answers"),
  rated: z.number().int(),
  resolvedAfter: z.number().int().describe('Orders verified after the answer'),
});
export type AnswerRow = z.infer<typeof answerRowSchema>;

export const answersSchema = z
  .object({ ...period, rows: z.array(answerRowSchema) })
  .meta({ id: 'EscalationAnswersLeague' });
export type AnswersLeague = z.infer<typeof answersSchema>;

const weight = z.number().min(0).max(100);
export const weightsSchema = z
  .strictObject({
    reportIn: weight.describe('Report-in rate: members reported in / expected members'),
    ordersTaken: weight.describe('Orders taken, relative to the unit with the most'),
    hours: weight.describe('Volunteer hours, relative to the unit with the most'),
    onTime: weight.describe("Completed claims finished by the order's complete-by"),
    rating: weight.describe('Mean rating of the orders served, × 20'),
    resources: weight.describe(
      'Resources the unit opens to the communities, relative to the unit with the most',
    ),
  })
  .refine((w) => Object.values(w).some((v) => v > 0), { message: 'at least one weight above 0' })
  .meta({ id: 'UnitScoreWeights' });

export const weightsVersionSchema = z
  .object({
    version: z.number().int(),
    weights: weightsSchema,
    createdBy: z.uuid().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'UnitScoreWeightsVersion' });
export type WeightsVersion = z.infer<typeof weightsVersionSchema>;

export const weightsBody = z.strictObject({ weights: weightsSchema });
export type WeightsBody = z.infer<typeof weightsBody>;

export const weightsHistorySchema = z.object({
  current: weightsVersionSchema,
  versions: z.array(weightsVersionSchema).describe('Every version, newest first'),
});

export const unitScoreQuery = z.strictObject({
  regionId,
  year: z.coerce.number().int().min(2000).max(2100).describe('A calendar year in the evaluation time zone'),
});
export type UnitScoreQuery = z.infer<typeof unitScoreQuery>;

const part = z.number().nullable();
export const unitScoreRowSchema = z.object({
  rank: z.number().int(),
  unitId: z.uuid(),
  unitName: z.string(),
  score: z.number().describe('Σ weight × part / Σ weights, 0–100 (a part without data counts 0)'),
  parts: z
    .object({ reportIn: part, ordersTaken: part, hours: part, onTime: part, rating: part, resources: part })
    .describe('Each part on a 0–100 scale, before weighting'),
  figures: z.object({
    expectedMembers: z.number().int(),
    reportedIn: z.number().int(),
    ordersTaken: z.number().int(),
    completed: z.number().int(),
    hours: z.number(),
    onTimePct: z.number().nullable(),
    averageRating: z.number().nullable(),
    resourcesOpened: z.number().int().describe('Active resources the unit publishes (the resource list)'),
    bookingsHosted: z.number().int().describe('Approved or confirmed bookings of its resources in the year'),
  }),
});
export type UnitScoreRow = z.infer<typeof unitScoreRowSchema>;

export const unitScoresSchema = z
  .object({
    regionId: z.uuid().nullable(),
    year: z.number().int(),
    from: z.string(),
    to: z.string(),
    weights: weightsVersionSchema,
    rows: z.array(unitScoreRowSchema),
  })
  .meta({ id: 'UnitEvaluation' });
export type UnitScores = z.infer<typeof unitScoresSchema>;

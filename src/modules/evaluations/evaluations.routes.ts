import { z } from 'zod';
import { routesOf } from '../../http/operation.js';
import { CSV_TYPE, wantsCsv } from '../reports/reports.csv.js';
import {
  answersSchema,
  periodQuery,
  rankingQuery,
  rankingSchema,
  unitScoreQuery,
  unitScoresSchema,
  weightsBody,
  weightsHistorySchema,
  weightsVersionSchema,
} from './evaluations.schemas.js';

const csvOr = (json: z.ZodType) => ({
  description: 'As JSON, or as CSV when Accept names text/csv',
  content: { 'application/json': { schema: json }, 'text/csv': { schema: z.string() } },
});
const who =
  "Admins, ops keys, street officers and community staff (403 for other roles). regionId must lie inside the caller's subtree (404 otherwise); the default is the caller's own region, everything for admins and unscoped ops keys.";
const period =
  'The period is a calendar month (month=YYYY-MM, in EVALUATION_TIME_ZONE) or from/to (half-open); the previous period, for the change in rank, is the month or the span of the same length just before.';

/** Evaluations (考核): the three rates ranked, the league of escalation answers, the yearly unit score. */
export const evaluationsRoutes = routesOf(
  { tags: ['evaluations'] },
  (operation, { services: { evaluations } }) => {
    operation(
      {
        method: 'GET',
        url: '/evaluations/rankings',
        operationId: 'getThreeRatesRanking',
        summary: 'The three rates (三率) of the districts, streets, communities or units of a region, ranked',
        description: `${who} ${period} Each row has the response, resolution and satisfaction rates with their counts, the rank by their mean and the change against the previous period; regions without orders are listed last. The formulas are in docs/evaluations.md.`,
        querystring: rankingQuery,
        responses: { 200: csvOr(rankingSchema) },
        problems: [400, 401, 403, 404],
      },
      async ({ caller, query, request, reply }) => {
        const report = await evaluations.ranking(caller, query);
        return wantsCsv(request.headers.accept) ? reply.type(CSV_TYPE).send(report.csv()) : report.json;
      },
    );

    operation(
      {
        method: 'GET',
        url: '/evaluations/escalation-answers',
        operationId: 'getEscalationAnswersLeague',
        summary:
          'The league of the units and departments assigned by escalation answers: on time, rating, resolved',
        description: `${who} ${period} A row per unit assigned by an answer given in the period to an escalation whose level lies in the region: assignments, taken up, taken up before the order's next deadline breach (%), the whistlers' mean rating and orders verified after the answer. Best first.`,
        querystring: periodQuery,
        responses: { 200: csvOr(answersSchema) },
        problems: [400, 401, 403, 404],
      },
      async ({ caller, query, request, reply }) => {
        const report = await evaluations.escalationAnswers(caller, query);
        return wantsCsv(request.headers.accept) ? reply.type(CSV_TYPE).send(report.csv()) : report.json;
      },
    );

    operation(
      {
        method: 'GET',
        url: '/evaluations/units',
        operationId: 'getUnitEvaluation',
        summary: 'The yearly evaluation of co-building units: a weighted score, each part shown, ranked',
        description: `${who} A row per unit the region deals with: report-in rate, orders taken, hours, on-time % and mean rating over the calendar year (in EVALUATION_TIME_ZONE), each on 0–100, and the score weighted by the weights in force (named in the answer).`,
        querystring: unitScoreQuery,
        responses: { 200: csvOr(unitScoresSchema) },
        problems: [400, 401, 403, 404],
      },
      async ({ caller, query, request, reply }) => {
        const report = await evaluations.unitScores(caller, query);
        return wantsCsv(request.headers.accept) ? reply.type(CSV_TYPE).send(report.csv()) : report.json;
      },
    );

    operation(
      {
        method: 'GET',
        url: '/evaluations/unit-weights',
        operationId: 'getUnitScoreWeights',
        summary: 'The weights of the yearly unit evaluation in force, and every earlier version',
        description: 'Admins, ops keys, street officers and community staff (403 for other roles).',
        responses: { 200: weightsHistorySchema },
        problems: [401, 403],
      },
      ({ caller }) => evaluations.weights(caller),
    );

    operation(
      {
        method: 'PUT',
        url: '/evaluations/unit-weights',
        operationId: 'setUnitScoreWeights',
        summary: 'Set new weights for the yearly unit evaluation (admins): a new version, audited',
        description:
          'Admins only (403 for other roles). Each weight is 0–100 and at least one is above 0 (400). The weights become a new version; earlier versions stay readable and unchanged. Audited (evaluation_weights.updated).',
        body: weightsBody,
        responses: { 200: weightsVersionSchema },
        problems: [400, 401, 403, 413, 415],
      },
      ({ caller, body }) => evaluations.setWeights(caller, body),
    );
  },
);

import { v5 as uuidv5 } from 'uuid';
import { appendAudit } from '../../audit/audit.repo.js';
import { type Caller, requireRole } from '../../auth/scope.js';
import type { Priority } from '../../db/schema/enums.js';
import { Errors } from '../../errors.js';
import { type IdempotentResult, idempotent } from '../../lib/idempotency.js';
import { encodeCursor } from '../../lib/pagination.js';
import type { ServiceDeps } from '../deps.js';
import { toCategoryView } from './categories.dto.js';
import { insertCategory, insertSlaPolicies, listCategories } from './categories.repo.js';
import type { CategoryView, CreateCategoryBody } from './categories.schemas.js';

// Categories are keyed by code; the audit trail keys entities by UUID, so a code maps to a fixed UUIDv5.
const CATEGORY_NAMESPACE = '0b6c7a4e-3f1d-5c2a-9e8b-7d4f2a1c6e30';
export const categoryEntityId = (code: string): string => uuidv5(`category:${code}`, CATEGORY_NAMESPACE);

/**
 * The SLA ladder a new category starts with, the same rule migration 0001 applied to the seeded ten:
 * routine takes the category's defaults, urgent a quarter (claim) and half (complete) with floors,
 * emergency fixed short deadlines.
 */
export function defaultSlaPolicies(claimS: number, completeS: number) {
  const rows: {
    priority: Priority;
    claimWithinS: number;
    completeWithinS: number;
    responseWithinS: number;
  }[] = [
    { priority: 'routine', claimWithinS: claimS, completeWithinS: completeS, responseWithinS: 7_200 },
    {
      priority: 'urgent',
      claimWithinS: Math.max(Math.floor(claimS / 4), 3_600),
      completeWithinS: Math.max(Math.floor(completeS / 2), 14_400),
      responseWithinS: 3_600,
    },
    { priority: 'emergency', claimWithinS: 900, completeWithinS: 14_400, responseWithinS: 1_800 },
  ];
  return rows.map((r) => ({ ...r, maxLevel: 2 }));
}

export function createCategoriesService({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>) {
  return {
    /** Categories are few and public to every key; the cursor is the last code of the page. */
    async list(_caller: Caller, q: { limit: number; cursor?: string }) {
      let after: string | undefined;
      if (q.cursor) {
        after = Buffer.from(q.cursor, 'base64url').toString('utf8');
        if (!/^[a-z][a-z0-9_]{1,63}$/.test(after)) {
          throw Errors.validationFailed('cursor is not valid', {
            errors: [{ path: 'querystring.cursor', message: 'not a cursor from this API' }],
          });
        }
      }
      const rows = await listCategories(db, { after, limit: q.limit });
      const items = rows.slice(0, q.limit).map(toCategoryView);
      const last = items.at(-1);
      return { items, nextCursor: rows.length > q.limit && last ? encodeCursor(last.code) : null };
    },

    async create(
      { auth, actor }: Caller,
      body: CreateCategoryBody,
      idempotencyKey?: string,
    ): Promise<IdempotentResult<CategoryView>> {
      requireRole(auth, 'admin');
      if (body.defaultCompleteWithin < body.defaultClaimWithin) {
        throw Errors.validationFailed('defaultCompleteWithin is shorter than defaultClaimWithin', {
          errors: [{ path: 'body.defaultCompleteWithin', message: 'at least as long as defaultClaimWithin' }],
        });
      }
      const request = {
        apiKeyId: auth.keyId,
        key: idempotencyKey,
        route: 'POST /v1/categories',
        request: body,
      };
      return idempotent(db, request, async (tx) => {
        const now = clock.now();
        const row = await insertCategory(tx, {
          code: body.code,
          name: body.name,
          nameZh: body.nameZh,
          description: body.description,
          group: body.group,
          keywords: body.keywords,
          defaultClaimWithinS: body.defaultClaimWithin,
          defaultCompleteWithinS: body.defaultCompleteWithin,
          pointsMultiplier: body.pointsMultiplier,
          createdAt: now,
        });
        if (!row) throw Errors.conflict(`category ${body.code} already exists`);
        const policies = defaultSlaPolicies(body.defaultClaimWithin, body.defaultCompleteWithin);
        await insertSlaPolicies(
          tx,
          policies.map((p) => ({ ...p, categoryCode: body.code, updatedAt: now })),
        );
        const view = toCategoryView(row);
        await appendAudit(tx, {
          entityType: 'category',
          entityId: categoryEntityId(body.code),
          action: 'category.created',
          actor,
          after: { ...view, slaPolicies: policies },
          at: now,
        });
        return { status: 201, body: view };
      });
    },
  };
}

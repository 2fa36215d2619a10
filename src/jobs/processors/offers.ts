import { offerExpiry } from '../../modules/offers/offer-expiry.js';
import type { Processor } from '../job-deps.js';

/** An offer's expiry timer: expires it if still pending and due, and asks for the next wave. */
export const processOfferExpiry: Processor<'offers'> = async (job, deps) => ({
  expired: await offerExpiry({ db: deps.database.db, clock: deps.clock }).expireOffer(job.data.offerId),
});

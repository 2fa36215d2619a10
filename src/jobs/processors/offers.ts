import type { Processor } from '../job-deps.js';

/**
 * A wave's expiry timer (or, from before waves shared one, an offer's): expires what is still
 * pending and due, and asks for the next wave.
 */
export const processOfferExpiry: Processor<'offers'> = async (job, deps) => {
  const expiry = deps.services.offerExpiry;
  const data = job.data;
  return {
    expired:
      'offerId' in data ? await expiry.expireOffer(data.offerId) : await expiry.expireWave(data.orderId),
  };
};

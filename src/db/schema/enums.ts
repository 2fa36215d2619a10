/** The values of the schema's enumerated columns: what API schemas and rules may import without the tables. */

export const roles = ['admin', 'street_officer', 'community_staff', 'unit_admin', 'member', 'ops'] as const;

export type Role = (typeof roles)[number];

export const offerStatuses = ['pending', 'accepted', 'declined', 'expired', 'withdrawn'] as const;

export const deliveryStatuses = ['pending', 'succeeded', 'failed', 'dead'] as const;

export type OfferStatus = (typeof offerStatuses)[number];

export const accountTypes = ['member', 'community', 'merchant'] as const;

export const orderStatuses = [
  'draft',
  'open',
  'filled',
  'in_progress',
  'completed',
  'verified',
  'cancelled',
  'expired',
] as const;

export const priorities = ['routine', 'urgent', 'emergency'] as const;

export const orderSources = [
  'walk_in',
  'home_visit',
  'hotline',
  'grid_patrol',
  'wish_wall',
  'online',
] as const;

export const dispatchModes = ['open', 'targeted', 'auto'] as const;

export const claimStatuses = [
  'waitlisted',
  'held',
  'checked_in',
  'completed',
  'withdrawn',
  'no_show',
  'released',
  'cancelled',
] as const;

export type OrderStatus = (typeof orderStatuses)[number];

export type Priority = (typeof priorities)[number];

export type ClaimStatus = (typeof claimStatuses)[number];

export const regionLevels = ['district', 'street', 'community', 'grid'] as const;

export type RegionLevel = (typeof regionLevels)[number];

export const breachKinds = ['claim', 'complete', 'response'] as const;

export const unitKinds = [
  'agency',
  'state_enterprise',
  'private_enterprise',
  'school',
  'hospital',
  'social_organisation',
  'other',
] as const;

/** A claim handed over: the holder offers it to a member, or a member (or its unit) asks for it. */
export const transferKinds = ['offer', 'request'] as const;

export const transferStatuses = ['open', 'accepted', 'declined', 'withdrawn', 'ended'] as const;

export type TransferKind = (typeof transferKinds)[number];

export type TransferStatus = (typeof transferStatuses)[number];

export const resourceKinds = ['venue', 'equipment', 'vehicle', 'expertise'] as const;

export type ResourceKind = (typeof resourceKinds)[number];

/** Who may book a resource: paired units or communities, anyone in the owner's street, or in its district. */
export const bookingRules = ['paired', 'street', 'district'] as const;

export type BookingRule = (typeof bookingRules)[number];

export const bookingStatuses = ['requested', 'approved', 'rejected', 'confirmed', 'cancelled'] as const;

export type BookingStatus = (typeof bookingStatuses)[number];

/** What a household may be tagged with (docs/households.md says what each means). */
export const householdTags = [
  'elderly_alone',
  'low_income',
  'disabled',
  'veteran',
  'child_left_behind',
  'chronically_ill',
] as const;
export type HouseholdTag = (typeof householdTags)[number];

export const householdPairingStatuses = ['active', 'paused', 'ended'] as const;
export type HouseholdPairingStatus = (typeof householdPairingStatuses)[number];

// Indexes as code: what is set per collection in the CloudBase console, and what the local cloud
// enforces. A missing field counts as null for a unique index (as on CloudBase).
import { COLLECTIONS } from './collections';

export interface IndexSpec {
  collection: string;
  name: string;
  /** field paths, ascending */
  fields: string[];
  unique: boolean;
}

export const INDEXES: IndexSpec[] = [
  { collection: COLLECTIONS.staff, name: 'openid', fields: ['openid'], unique: false },
  { collection: COLLECTIONS.staff, name: 'branch', fields: ['branchId'], unique: false },
  { collection: COLLECTIONS.bindings, name: 'staffNo', fields: ['staffNo'], unique: true },
];

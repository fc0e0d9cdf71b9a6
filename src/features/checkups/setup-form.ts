// The admin's setup form as plain text fields, turned into checkups.createCampaign's input. Kept
// pure so the odd ways people type dates and times are tested without a renderer.
import { DEFAULT_PACKAGES } from '../../../domain/checkups/packages';
import type { In } from './api';

export interface SetupForm {
  name: string;
  /** YYYY-MM-DD: booking opens 00:00 that day, closes 24:00 on closeDay (Beijing) */
  openDay: string;
  closeDay: string;
  hospital: string;
  address: string;
  shuttle: string;
  /** one exam day per line, "2026-12-10" or "2026-12-10 退休" for a retiree-only day */
  days: string;
  /** slot starts, e.g. "07:30 08:00 08:30" */
  starts: string;
  capacity: string;
  /** add-ons, one per line: "胃肠镜 800" (元) */
  addons: string;
  /** reimbursement of check-ups elsewhere until this day (empty: not offered) */
  elsewhereDay: string;
}

const bj = (day: string, end = false) => `${day.trim()}T${end ? '23:59:59' : '00:00:00'}+08:00`;

/** Turns the form into the action's input; the server checks it and names any bad field. */
export function toCreateInput(f: SetupForm): In<'checkups.createCampaign'> {
  const starts = f.starts
    .split(/[\s,，、]+/)
    .filter(Boolean)
    .map((s) => (s.length === 4 ? `0${s}` : s));
  const capacity = Number(f.capacity);
  const days = f.days
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => ({
      date: l.split(/\s+/)[0],
      retireesOnly: /退休/.test(l),
      slots: starts.map((start) => ({ start, capacity })),
    }));
  const addons = f.addons
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const m = /^(.*?)\s+(\d+(?:\.\d{1,2})?)\s*元?$/.exec(l);
      return m
        ? { name: m[1], priceFen: Math.round(Number(m[2]) * 100) }
        : { name: l, priceFen: -1 };
    });
  return {
    name: f.name,
    bookOpenAt: bj(f.openDay),
    bookCloseAt: bj(f.closeDay, true),
    places: f.hospital.trim() ? [{ name: f.hospital, address: f.address, shuttle: f.shuttle }] : [],
    packages: DEFAULT_PACKAGES,
    addons,
    days,
    ...(f.elsewhereDay.trim() ? { elsewhereDeadline: bj(f.elsewhereDay, true) } : {}),
  };
}

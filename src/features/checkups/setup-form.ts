// The admin's setup form (text fields and the picked exam days), turned into checkups.createCampaign's input. Kept
// pure so the odd ways people type dates and times are tested without a renderer.
import { DEFAULT_PACKAGES } from '../../../domain/checkups/packages';
import type { DayItem } from '../../components/date-list/list';
import type { In } from './api';

export interface SetupForm {
  name: string;
  /** YYYY-MM-DD: booking opens 00:00 that day, closes 24:00 on closeDay (Beijing) */
  openDay: string;
  closeDay: string;
  hospital: string;
  address: string;
  shuttle: string;
  /** the exam days picked (DateList), sorted; marked: a retirees-only day (退休专场) */
  days: DayItem[];
  /** slot starts, e.g. "07:30 08:00 08:30" */
  starts: string;
  capacity: string;
  /** add-ons, one per line: "胃肠镜 800" (元) */
  addons: string;
  /** reimbursement of check-ups elsewhere until this day (empty: not offered) */
  elsewhereDay: string;
}

const bj = (day: string, end = false) => `${day.trim()}T${end ? '23:59:59' : '00:00:00'}+08:00`;

/** The form's own first check: what is missing before anything is sent (field → message). */
export function setupProblems(f: SetupForm): Record<string, string> {
  return f.days.length ? {} : { days: '请添加体检日期，至少一天' };
}

/** Turns the form into the action's input; the server checks it and names any bad field. */
export function toCreateInput(f: SetupForm): In<'checkups.createCampaign'> {
  const starts = f.starts
    .split(/[\s,，、]+/)
    .filter(Boolean)
    .map((s) => (s.length === 4 ? `0${s}` : s));
  const capacity = Number(f.capacity);
  const days = f.days.map((d) => ({
    date: d.date,
    retireesOnly: d.marked,
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

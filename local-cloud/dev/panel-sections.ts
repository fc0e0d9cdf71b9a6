// Dev panel sections added by features (each: id, title, html, script). Local mode only.
import { WERUN_SECTION } from './steps-panel';
import { PHONE_SECTION } from './notify-panel';
export interface PanelSection {
  id: string;
  title: string;
  html: string;
  script: string;
}

export const PANEL_SECTIONS: PanelSection[] = [WERUN_SECTION, PHONE_SECTION];

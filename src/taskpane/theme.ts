// The pane in Office's theme: Office.context.officeTheme's four colours become CSS custom
// properties (taskpane.css uses them), and data-theme says whether the body is dark, so borders,
// focus rings and the accent stay readable on it (https://learn.microsoft.com/en-us/javascript/api/office/office.officetheme).
// Excel sends no event when the theme changes (Office.EventType.OfficeThemeChanged is Outlook's,
// Mailbox 1.14: https://learn.microsoft.com/en-us/javascript/api/outlook/office.officethemechangedeventargs),
// so the pane reads the theme again whenever it gets the focus back. Without a theme (outside
// Office) the CSS follows prefers-color-scheme; in forced-colors mode the system colours win.

/** What the pane uses of Office.OfficeTheme. */
export interface PaneTheme {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
}

const HEX = /^#?([0-9a-f]{6})$/i;

/** A colour Office gives ("#RRGGBB", sometimes without "#"), normalised; null for anything else. */
export function cssColor(value: string | undefined): string | null {
  const match = HEX.exec(value?.trim() ?? '');
  return match ? `#${match[1]!.toLowerCase()}` : null;
}

/** WCAG relative luminance of "#rrggbb". */
export function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The custom properties and the light/dark flag for a theme; {} and null when it says nothing usable. */
export function themeStyle(theme: PaneTheme | undefined): { properties: Record<string, string>; mode: 'light' | 'dark' | null } {
  const properties: Record<string, string> = {};
  const pairs: [keyof PaneTheme, string][] = [
    ['bodyBackgroundColor', '--office-body-bg'],
    ['bodyForegroundColor', '--office-body-fg'],
    ['controlBackgroundColor', '--office-control-bg'],
    ['controlForegroundColor', '--office-control-fg'],
  ];
  for (const [key, property] of pairs) {
    const color = cssColor(theme?.[key]);
    if (color) properties[property] = color;
  }
  const body = properties['--office-body-bg'];
  return { properties, mode: body ? (luminance(body) < 0.2 ? 'dark' : 'light') : null };
}

export function applyTheme(theme: PaneTheme | undefined, root: HTMLElement = document.documentElement): void {
  const { properties, mode } = themeStyle(theme);
  for (const property of ['--office-body-bg', '--office-body-fg', '--office-control-bg', '--office-control-fg']) {
    if (properties[property]) root.style.setProperty(property, properties[property]);
    else root.style.removeProperty(property);
  }
  if (mode) root.dataset.theme = mode;
  else delete root.dataset.theme;
}

/** Applies the theme now and each time the pane gets the focus back (the user may have changed it). */
export function followOfficeTheme(read: PaneTheme | undefined, again: () => PaneTheme | undefined = () => globalThis.Office?.context?.officeTheme): void {
  applyTheme(read);
  window.addEventListener('focus', () => applyTheme(again()));
}

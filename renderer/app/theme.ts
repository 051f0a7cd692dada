/**
 * The colour theme: follow the OS (no attribute) or force light or dark with `data-theme` on <html>.
 * The choice is the renderer's own, kept in localStorage; the entry module applies it before rendering.
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const KEY = 'account-admin.theme';

export function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(KEY);
    return THEMES.find((t) => t === value) ?? 'system';
  } catch {
    return 'system';
  }
}

export function applyTheme(theme: Theme): void {
  if (theme === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', theme);
}

export function saveTheme(theme: Theme): void {
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // Storage refused (private mode): the theme still applies for this session.
  }
  applyTheme(theme);
}

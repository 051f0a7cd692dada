import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveTheme, storedTheme, THEMES, type Theme } from './theme.ts';

/** The top bar's "Theme: System / Light / Dark" control. */
export function ThemeSelect() {
  const { t } = useTranslation();
  const [theme, setTheme] = useState<Theme>(storedTheme);
  return (
    <label className="theme-select">
      <span>{t('ui.theme.label')}</span>
      <select
        value={theme}
        onChange={(e) => {
          const next = THEMES.find((v) => v === e.target.value) ?? 'system';
          saveTheme(next);
          setTheme(next);
        }}
      >
        {THEMES.map((v) => (
          <option key={v} value={v}>
            {t(`ui.theme.${v}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

import { useId } from 'react';
import { themeChoices, themeStore, type ThemeChoice } from './theme-store';
import { useTheme } from './use-theme';

const labels: Record<ThemeChoice, string> = {
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
};

/** Light, dark, or whatever the operating system uses (View › Theme in the menu does the same). */
export function ThemeSwitch() {
  const { choice, system } = useTheme();
  const id = useId();
  return (
    <div className="theme-switch">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        value={choice}
        onChange={(event) => themeStore.choose(event.target.value as ThemeChoice)}
      >
        {themeChoices.map((value) => (
          <option key={value} value={value}>
            {value === 'system' ? `${labels.system} (${system})` : labels[value]}
          </option>
        ))}
      </select>
    </div>
  );
}

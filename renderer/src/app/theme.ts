// Light, dark, or the system's choice; remembered in this browser profile.
export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'notebook.theme';

export function storedTheme(): ThemeChoice {
  const value = window.localStorage.getItem(KEY);
  return value === 'light' || value === 'dark' ? value : 'system';
}

export function applyTheme(choice: ThemeChoice): void {
  if (choice === 'system') {
    delete document.documentElement.dataset.theme;
    window.localStorage.removeItem(KEY);
  } else {
    document.documentElement.dataset.theme = choice;
    window.localStorage.setItem(KEY, choice);
  }
}

export function applyStoredTheme(): void {
  applyTheme(storedTheme());
}

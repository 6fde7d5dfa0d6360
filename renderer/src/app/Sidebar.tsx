import type { LibraryInfo } from '../../../shared/domain';
import { PLACES, type PlaceId } from '../lib/routes';
import { applyTheme, storedTheme, type ThemeChoice } from './theme';
import { useState } from 'react';
import { countOf } from '../lib/format';
import './sidebar.css';

export function Sidebar(props: {
  place: PlaceId;
  onNavigate: (place: PlaceId) => void;
  library: LibraryInfo | null;
  /** Collapsed to a rail of the places' keys (a narrow window, or the analyst's choice). */
  open: boolean;
  onToggle: () => void;
}) {
  const [theme, setTheme] = useState<ThemeChoice>(storedTheme);
  const chooseTheme = (choice: ThemeChoice) => {
    applyTheme(choice);
    setTheme(choice);
  };
  return (
    <nav className={`sidebar${props.open ? '' : ' sidebar-collapsed'}`} aria-label="Places">
      <div className="brand">
        <span className="brand-name">Research Notebook</span>
        <button
          type="button"
          className="panel-toggle"
          aria-label="Places list"
          aria-expanded={props.open}
          title={`${props.open ? 'Collapse' : 'Expand'} the places list (Ctrl+Shift+1)`}
          onClick={props.onToggle}
        >
          {props.open ? '«' : '»'}
        </button>
      </div>
      <ul className="places">
        {PLACES.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="place-link"
              aria-current={props.place === p.id ? 'page' : undefined}
              // Collapsed, only the key shows; the place keeps its name.
              aria-label={props.open ? undefined : p.label}
              title={props.open ? undefined : `${p.label} (${p.key})`}
              onClick={() => props.onNavigate(p.id)}
            >
              <span className="place-label">{p.label}</span>
              <kbd>{p.key}</kbd>
            </button>
          </li>
        ))}
      </ul>
      <div className="sidebar-foot">
        <label className="theme-picker">
          Theme
          <select value={theme} onChange={(e) => chooseTheme(e.target.value as ThemeChoice)}>
            <option value="system">System</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        <div className="library-status" title={props.library?.path}>
          {props.library && `${countOf(props.library.clippingCount, 'clipping')} · ${props.library.path.split(/[\\/]/).pop()}`}
        </div>
      </div>
    </nav>
  );
}

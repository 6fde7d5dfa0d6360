import type { LibraryInfo } from '../../../shared/domain';
import { PLACES, type PlaceId } from '../lib/routes';
import { applyTheme, storedTheme, type ThemeChoice } from './theme';
import { useState } from 'react';
import { countOf } from '../lib/format';
import './sidebar.css';

export function Sidebar(props: { place: PlaceId; onNavigate: (place: PlaceId) => void; library: LibraryInfo | null }) {
  const [theme, setTheme] = useState<ThemeChoice>(storedTheme);
  const chooseTheme = (choice: ThemeChoice) => {
    applyTheme(choice);
    setTheme(choice);
  };
  return (
    <nav className="sidebar" aria-label="Places">
      <div className="brand">Research Notebook</div>
      <ul className="places">
        {PLACES.map((p) => (
          <li key={p.id}>
            <button type="button" className="place-link" aria-current={props.place === p.id ? 'page' : undefined} onClick={() => props.onNavigate(p.id)}>
              <span>{p.label}</span>
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

import { createContext, useContext } from 'react';

/** Which of the Notebook's side panels are open (the App decides from the window's width and the analyst's choice). */
export interface NotebookPanels {
  notesOpen: boolean;
  evidenceOpen: boolean;
  toggleNotes: () => void;
  toggleEvidence: () => void;
}

const ALL_OPEN: NotebookPanels = { notesOpen: true, evidenceOpen: true, toggleNotes: () => {}, toggleEvidence: () => {} };

export const NotebookPanelsContext = createContext<NotebookPanels>(ALL_OPEN);

export function useNotebookPanels(): NotebookPanels {
  return useContext(NotebookPanelsContext);
}

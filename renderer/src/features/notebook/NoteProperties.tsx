// The open note's folder and tags, saved at once with notes.update (which keeps the revision, so
// filing a note never puts its editor in conflict).
import { useEffect, useState } from 'react';
import type { Note } from '../../../../shared/domain';
import { api } from '../../api/client';
import { TagEditor } from '../../components/TagEditor';

export function NoteProperties(props: { note: Note; folders: string[]; onChanged: (note: Note) => void }) {
  const { note } = props;
  const [folder, setFolder] = useState(note.folder ?? '');
  const [folderError, setFolderError] = useState<string | null>(null);
  useEffect(() => setFolder(note.folder ?? ''), [note.folder]);

  const update = async (patch: { folder?: string | null; tags?: string[] }): Promise<string | null> => {
    const result = await api.call('notes.update', { id: note.id, patch });
    if (!result.ok) return result.error.message;
    props.onChanged(result.value);
    return null;
  };

  const moveTo = async () => {
    const next = folder.trim() === '' ? null : folder.trim();
    if (next === note.folder) return;
    setFolderError(await update({ folder: next }));
  };

  return (
    <div className="nb-properties">
      <div className="nb-folder-field">
        <label htmlFor="nb-folder">Folder</label>
        <input
          id="nb-folder"
          list="nb-folders"
          value={folder}
          placeholder="No folder"
          aria-invalid={folderError !== null}
          onChange={(event) => {
            setFolder(event.target.value);
            setFolderError(null);
          }}
          onBlur={() => void moveTo()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void moveTo();
            }
          }}
        />
        <datalist id="nb-folders">
          {props.folders.map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
        {folderError && (
          <span className="field-error" role="alert">
            {folderError}
          </span>
        )}
      </div>
      <TagEditor inputId="nb-tag-input" className="nb-tags-field" tags={note.tags} onSave={(tags) => update({ tags })} />
    </div>
  );
}

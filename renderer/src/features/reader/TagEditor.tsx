import { ChipInput } from '../../components/ChipInput';
import { parseTagList, tagListProblem } from '../../lib/tagNames';

/** The clipping's tags as chips: Enter or a comma adds, × removes; each change is saved at once. */
export function TagEditor(props: { tags: string[]; onSave: (tags: string[]) => Promise<string | null> }) {
  const save = (tags: string[]) => Promise.resolve(tagListProblem(tags) ?? props.onSave(tags));
  const add = (typed: string) => {
    const added = parseTagList(typed).filter((tag) => !props.tags.some((t) => t.toLowerCase() === tag.toLowerCase()));
    return added.length === 0 ? Promise.resolve(null) : save([...props.tags, ...added]);
  };
  return (
    <ChipInput
      inputId="reader-tag-input"
      label="Tags"
      className="detail-field detail-field-wide"
      chips={props.tags}
      chipKind="tag"
      placeholder="Add a tag…"
      addKeys={['Enter', ',']}
      onAdd={add}
      onRemove={(tag) => save(props.tags.filter((t) => t !== tag))}
    />
  );
}

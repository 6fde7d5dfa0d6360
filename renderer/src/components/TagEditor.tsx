import { parseTagList, tagListProblem } from '../lib/tagNames';
import { ChipInput } from './ChipInput';

/**
 * Tags as chips (a clipping's, a note's): Enter or a comma adds what was typed (several at once,
 * comma-separated, each once whatever its case), × removes; each change is saved at once.
 */
export function TagEditor(props: { tags: string[]; inputId: string; className: string; onSave: (tags: string[]) => Promise<string | null> }) {
  const save = (tags: string[]) => Promise.resolve(tagListProblem(tags) ?? props.onSave(tags));
  const add = (typed: string) => {
    const added = parseTagList(typed).filter((tag) => !props.tags.some((t) => t.toLowerCase() === tag.toLowerCase()));
    return added.length === 0 ? Promise.resolve(null) : save([...props.tags, ...added]);
  };
  return (
    <ChipInput
      inputId={props.inputId}
      label="Tags"
      className={props.className}
      chips={props.tags}
      chipKind="tag"
      placeholder="Add a tag…"
      addKeys={['Enter', ',']}
      onAdd={add}
      onRemove={(tag) => save(props.tags.filter((t) => t !== tag))}
    />
  );
}

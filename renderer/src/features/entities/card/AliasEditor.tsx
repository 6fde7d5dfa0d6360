import { ChipInput } from '../../../components/ChipInput';

/** The card's other names as chips: Enter adds one, × removes it; each change is saved at once. */
export function AliasEditor(props: { name: string; aliases: string[]; onSave: (aliases: string[]) => Promise<string | null> }) {
  return (
    <ChipInput
      inputId="entity-alias-input"
      label="Aliases"
      className="card-field card-aliases"
      chips={props.aliases}
      chipKind="alias"
      placeholder="Add another name, spelling or transliteration…"
      onAdd={async (typed) => {
        const alias = typed.trim();
        const known = [props.name, ...props.aliases].some((name) => name.toLowerCase() === alias.toLowerCase());
        return known ? `“${alias}” is already a name of this card.` : props.onSave([...props.aliases, alias]);
      }}
      onRemove={(alias) => props.onSave(props.aliases.filter((a) => a !== alias))}
    />
  );
}

import type { ClippingMention } from '../../../../shared/domain';
import { ENTITY_TYPE_NAME } from '../../../../shared/display-words';
import './mentions.css';

/**
 * The mentions underlined in the article, named for assistive technology: the underline is painted
 * over the text (CSS highlights), which carries no name of its own, so each is listed here too.
 */
export function MentionMarks({ mentions }: { mentions: readonly ClippingMention[] | null }) {
  if (!mentions || mentions.length === 0) return null;
  return (
    <ul className="mention-marks" aria-label="Mentions in this clipping" data-testid="mention-marks">
      {mentions.map((mention) => (
        <li key={`${mention.id}:${mention.entity.id}`}>
          “{mention.exact}”: mention of {mention.entity.name} ({ENTITY_TYPE_NAME[mention.entity.type].toLowerCase()})
        </li>
      ))}
    </ul>
  );
}

// The relations.* methods.
import type { CoreContext } from '../context';
import type { Handlers } from '../dispatch';
import { createEvidenceOptions } from './evidence-options';
import { createRelationsService } from './relations';

export function createRelationsHandlers(
  ctx: CoreContext,
): Pick<Handlers, 'relations.create' | 'relations.update' | 'relations.delete' | 'relations.evidenceOptions'> {
  const relations = createRelationsService(ctx);
  return {
    'relations.create': relations.create,
    'relations.update': (input) => relations.update(input),
    'relations.delete': (input) => ({ count: relations.delete(input.id) }),
    'relations.evidenceOptions': createEvidenceOptions(ctx.stores),
  };
}

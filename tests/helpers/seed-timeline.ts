// A small timeline for e2e tests, made through the API as a user would: three cards, a graded
// clipping whose sentences are the evidence, events dated as analysts meet dates (a day, a month, a
// season, an approximate year, an open range, none) and one the sources date differently, and a
// dated relation shown as an event.
import { distinctText, type AppPage } from './e2e-app';

export const SENTENCES = {
  mosul: 'Militants of the Islamic State took Mosul on 10 June 2014.',
  caliphate: 'In June 2014 the group declared a caliphate with Abu Bakr al-Baghdadi at its head.',
  sermonEarly: 'Al-Baghdadi gave his first public sermon on 4 July 2014, one report says.',
  sermonLate: 'Another report places the sermon in August 2014.',
  ties: 'Around 2013 al-Qaeda cut its ties with the group, after its quarrel with Jabhat al-Nusra.',
} as const;

export interface SeededTimeline {
  clippingId: string;
  passages: Record<keyof typeof SENTENCES, string>;
  cards: { baghdadi: string; isis: string; nusra: string };
  events: Record<'mosul' | 'caliphate' | 'summer' | 'ties' | 'kobani' | 'undated' | 'sermon', string>;
  relationId: string;
}

export async function seedTimeline(app: AppPage): Promise<SeededTimeline> {
  const text = `${Object.values(SENTENCES).join(' ')}\n\n${distinctText(7)}`;
  const { clipping } = await app.rpc('clippings.create', { title: 'The rise of the Islamic State', text });
  const clippingId = clipping!.id;
  await app.rpc('clippings.update', { id: clippingId, patch: { outlet: 'The Daily Record', publishedAt: '2014-09-01', reliability: 'B', credibility: 2 } });
  const passages = {} as Record<keyof typeof SENTENCES, string>;
  for (const [key, sentence] of Object.entries(SENTENCES) as Array<[keyof typeof SENTENCES, string]>) {
    const start = text.indexOf(sentence);
    passages[key] = (await app.rpc('passages.create', { clippingId, start, end: start + sentence.length })).id;
  }
  const baghdadi = (await app.rpc('entities.create', { type: 'person', name: 'Abu Bakr al-Baghdadi' })).id;
  const isis = (await app.rpc('entities.create', { type: 'organization', name: 'Islamic State' })).id;
  const nusra = (await app.rpc('entities.create', { type: 'organization', name: 'Jabhat al-Nusra' })).id;

  const create = async (title: string, date: string | null, fields: { participants: string[]; evidence?: string[]; type?: string; tags?: string[] }) =>
    (await app.rpc('events.create', { title, date, ...fields })).id;
  const events = {
    mosul: await create('Fall of Mosul', '2014-06-10', { participants: [isis], evidence: [passages.mosul], type: 'attack', tags: ['mosul'] }),
    caliphate: await create('Caliphate declared', '2014-06', { participants: [baghdadi, isis], evidence: [passages.caliphate], type: 'statement' }),
    summer: await create('Summer offensive in Iraq', '2014-22', { participants: [isis], type: 'attack' }),
    ties: await create('Al-Qaeda cuts ties', '2013~', { participants: [isis, nusra], evidence: [passages.ties], type: 'statement' }),
    kobani: await create('Siege of Kobani', '2014-09/..', { participants: [isis], type: 'attack', tags: ['syria'] }),
    undated: await create('Training camp near Raqqa', null, { participants: [isis] }),
    sermon: await create('First public sermon', '2014-07-04', { participants: [baghdadi], evidence: [passages.sermonEarly], tags: ['mosul'] }),
  };
  await app.rpc('events.addDating', { eventId: events.sermon, date: '2014-08', evidence: [passages.sermonLate] });
  const relation = await app.rpc('relations.create', { sourceId: baghdadi, targetId: isis, type: 'leader_of', date: '2010-05' });
  return { clippingId, passages, cards: { baghdadi, isis, nusra }, events, relationId: relation.id };
}

// Our own labelled examples: sentences of the kind analysts clip (conflict and political reporting,
// business news), marked up as TimeML DATEs by hand with the values TimeML would give, each with
// its publication date. They include what is not a date (durations, money, fractions, "Sun").
import { stripTimeml, type TimemlDocument } from '../../helpers/timeml';

const D = (value: string, text: string) => `<TIMEX3 type="DATE" value="${value}">${text}</TIMEX3>`;

const EXAMPLES: Array<[published: string, markup: string]> = [
  ['2014-06-30', `Fighters of the group seized Mosul on ${D('2014-06-10', 'June 10')} after a siege that lasted for days.`],
  ['2014-06-30', `Its leader declared a caliphate ${D('2014-06-29', 'yesterday')}, weeks after the fall of the city.`],
  ['2014-07-05', `He last appeared in public in ${D('2010', '2010')}, when he took over the group.`],
  ['2014-07-05', `The organisation split from al-Qaeda in ${D('2014-02', 'February')}; the rift had grown since ${D('2013-04', 'April 2013')}.`],
  ['2015-03-02', `Fighting in ${D('2014-SU', 'the summer of 2014')} displaced hundreds of thousands.`],
  ['2015-03-02', `Attacks rose sharply in ${D('2014', 'late 2014')} and again ${D('2015-02', 'last month')}.`],
  ['2016-11-20', `The offensive began on ${D('2016-10-17', 'October 17')} and has lasted five weeks.`],
  ['2016-11-20', `Shares of Sun rose 2.50 to $14 on ${D('2016-11-18', 'Friday')}, a gain of 7/8 in a week.`],
  ['2013-09-12', `Rebels had held the town since ${D('2012-07', 'July last year')}.`],
  ['2013-09-12', `In ${D('199', 'the 1990s')} the region was quiet; violence returned in ${D('2011', '2011')}.`],
  ['2013-09-12', `The talks, held ${D('2013-W36', 'last week')} in Geneva, ended without a deal.`],
  ['2019-03-24', `The last enclave fell on ${D('2019-03-23', 'Saturday')}, almost five years after the group's rise.`],
  ['2019-03-24', `Kurdish-led forces said ${D('2019-03-23', 'on March 23')} that the campaign was over.`],
  ['2017-07-11', `Iraqi forces declared victory in Mosul ${D('2017-07-10', 'on Monday')} after nine months of fighting.`],
  ['2017-07-11', `Prime minister Haider al-Abadi arrived in the city ${D('2017-07-09', 'on Sunday')}.`],
  ['2011-05-02', `The raid in Abbottabad took place ${D('2011-05-01', 'late on Sunday')} local time, officials said.`],
  ['2011-05-02', `Intelligence on the compound was first gathered in ${D('2010-08', 'August 2010')}.`],
  ['2004-10-19', `The group pledged allegiance to al-Qaeda in ${D('2004-10', 'October')}, after months of talks.`],
  ['2004-10-19', `Its attacks in ${D('2003', '2003')} and ${D('2004', 'early 2004')} killed hundreds.`],
  ['1998-02-13', `Profit in ${D('1997-Q4', 'the fourth quarter')} rose 12 percent from ${D('1996-Q4', 'a year earlier')}.`],
  ['1998-02-13', `The company expects sales to grow in ${D('1998', 'the full year')} despite a weak ${D('1998-01', 'January')}.`],
  ['2020-01-08', `The strike came ${D('2020-01-03', 'last Friday')}; ${D('2020-01-07', 'on Tuesday')} Iran fired missiles at two bases.`],
  ['2020-01-08', `Tensions had grown since ${D('2019-05', 'May 2019')}, when new sanctions took effect.`],
  ['2022-03-01', `The invasion began in the early hours of ${D('2022-02-24', 'February 24')}; by ${D('2022-02-28', 'Monday')} talks had begun.`],
  ['2022-03-01', `About 500,000 people have fled, and 1,500 troops were moved in ${D('2021-WI', 'the winter')}.`],
  ['2009-12-28', `The bomber had trained in Yemen in ${D('2009-AU', 'the autumn')}, investigators believe.`],
  ['2009-12-28', `He boarded the flight on ${D('2009-12-25', 'Christmas Day')} in Amsterdam, 24 hours after arriving.`],
  ['2015-11-16', `The attacks on ${D('2015-11-13', 'Friday night')} killed 130 people; a state of emergency has lasted three days.`],
  ['2015-11-16', `Two of the attackers had travelled to Syria in ${D('2013', '2013')} and returned ${D('2015', 'this year')}.`],
  ['2008-11-30', `The siege ended on ${D('2008-11-29', 'Saturday')} after 60 hours; the gunmen had landed ${D('2008-11-26', 'on Wednesday')}.`],
];

export function labelledNewsDates(): TimemlDocument[] {
  return EXAMPLES.map(([published, markup], index) => ({ name: `labelled-${index + 1}`, creationDate: published, ...stripTimeml(markup) }));
}

/**
 * English function words and very common words: never a skill or a title on their own, even
 * where ESCO lists one as an alias ("tie", "gold", "diet" …). Folded forms.
 */
const WORDS = `
a about above across after again against all almost alone along already also although always am among an and
another any anyone anything are around as at away back be became because become been before being below
between both but by can cannot could did do does doing done down during each either else enough etc even
ever every few first for from further get gets getting give given go goes going gone good got great had has
have having he her here hers him his how however i if in into is it its itself just keep kind know last least
less let like likely made make makes making many may me might more most much must my need needs never new
next no nor not now of off often on once one only or other our out over own part per perhaps please put
rather really same see seem several shall she should show since so some something sometimes still such take
than that the their them then there these they thing things this those though through thus to too toward
under until up upon us use used uses using very via want was way we well were what when where whether which
while who whom whose why will with within without would yes yet you your yours
able ability abilities area areas based best better big case day days end ends fact full general high home
job jobs large level life line little long low lot main man men name need number old open order people place
play point right run set side small start state story sure team teams time times top true turn type up
value view work works world year years young
good excellent strong solid deep basic advanced expert proficient proficiency fluent native knowledge
skill skills experience experienced responsible responsibility responsibilities requirement requirements
task tasks role roles duty duties support help plus bonus must nice preferred required etc
gold clay fuel dust tie pole diet chip weld rage yoga hack curl less mocha sard tec
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w.length > 0));

/** True when every token of a phrase is a stop word: such a phrase never matches. */
export function isStopPhrase(tokens: readonly string[]): boolean {
  return tokens.every((t) => STOP_WORDS.has(t) || t === "/" || /^\d+$/.test(t));
}

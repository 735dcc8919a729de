/**
 * Context that shows a capitalised run names a thing rather than a person: a place, building, vehicle, work,
 * business or fictional character ("the Costa Sur power plant", "newspaper Magyar Nemzet", "Hellboy character Abe
 * Sapien", "the island of Rapa Nui", "Windsor Locks, Connecticut"). The nouns are written as data for Dateline.
 */
import { PLACE_NAMES } from './places.js';

/**
 * Lower-case nouns for places, buildings and vehicles that a name right before them names: "the Gillespie Field
 * airport". A film, a company or a show may be a person's ("the James Cagney film"), so those are left out.
 */
const NOUNS_AFTER: ReadonlySet<string> = new Set(`
airport airfield airbase base cathedral church mosque temple chapel shrine museum hospital clinic hotel resort
restaurant capsule spacecraft spaceship rocket satellite probe telescope observatory plant factory mine refinery
reactor dam station stadium arena bridge tower building palace castle fort prison jail camp park square street
avenue road highway motorway river lake glacier mountain volcano island peninsula bay beach valley desert forest
reserve area district province region village town city county suburb neighbourhood neighborhood municipality
formation`.split(/\s+/).filter(Boolean));

/** Lower-case nouns that introduce the name of a thing right after them: "law firm Sidley Austin". */
const NOUNS_BEFORE: ReadonlySet<string> = new Set(`
newspaper daily tabloid magazine journal firm company business startup start-up carmaker retailer chain brand
show programme program series film movie documentary mockumentary album song band group label channel network
station website app platform character characters hotel restaurant village town city island province district
county suburb neighbourhood neighborhood airport ship vessel spacecraft capsule rocket satellite`.split(/\s+/).filter(Boolean));

/** "the island of", "(the) Battle of": words for a place or event that name the place after "of". */
const PLACE_OF = /\b(?:island|islands|city|town|village|province|state|region|district|county|municipality|suburb|outskirts|capital|port|kingdom|republic|observatory|battle|siege)\s+of\s+$/i;

/** A comma and a known place right after a name, ending there: "Windsor Locks, Connecticut." */
const PLACE_AFTER_COMMA = /,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})(?=[,.;:)]|\s*$)/uy;

/** The lower-case word right after `end` when only one space separates them, or ''. */
function wordAfter(text: string, end: number): string {
  if (text.charCodeAt(end) !== 32) return '';
  let stop = end + 1;
  while (stop < text.length) {
    const c = text.charCodeAt(stop);
    if (!((c >= 97 && c <= 122) || c === 45)) break;
    stop++;
  }
  return text.slice(end + 1, stop);
}

/**
 * Whether the text around the run at `start`..`end` of `text` shows it names a thing, not a person; `before` is
 * the word right before the run when only spaces separate them. The run may still be a person's name elsewhere
 * (a building named after someone), so callers weigh this against the evidence of the other mentions.
 */
export function namesAThing(text: string, start: number, end: number, before: string): boolean {
  const after = wordAfter(text, end);
  if (after !== '' && NOUNS_AFTER.has(after)) return true;
  // "power plant", "rock formation": a modifier and then the noun.
  if (after !== '' && (after === 'power' || after === 'rock' || after === 'nuclear' || after === 'space' || after === 'law' || after === 'news') && NOUNS_AFTER.has(wordAfter(text, end + 1 + after.length))) return true;
  if (before !== '' && NOUNS_BEFORE.has(before)) return true;
  if (before === 'of' && PLACE_OF.test(text.slice(Math.max(0, start - 30), start))) return true;
  if (text.charCodeAt(end) === 44) {
    PLACE_AFTER_COMMA.lastIndex = end;
    const m = PLACE_AFTER_COMMA.exec(text);
    // The place may end the sentence, its stop read into it: "Kirkwood, Ohio."
    const place = m === null ? '' : m[1].toLowerCase();
    if (m !== null && (PLACE_NAMES.has(place) || (place.endsWith('.') && PLACE_NAMES.has(place.slice(0, -1))))) return true;
  }
  return false;
}

/**
 * Letters written after a name for an office, an honour or a degree, written as data for Dateline from the common
 * British and Commonwealth forms: "Judge Durham Hall QC", "Jane Smith MP", "Sir John Smith OBE". They are never part
 * of the name. Letters that are as often a place ("SC", "MD") are left out.
 */
const letters = `
QC KC MP MSP MEP MLA MPP MHA TD
OBE MBE CBE KBE DBE GBE CH OM VC GC DSO MC
FRS FRSE FRCP FRCS FBA FREng
PhD Ph.D DPhil Esq
`;

/** Post-nominal letters, as written (case matters: "Mp" is no one's honour). */
export const POST_NOMINALS: ReadonlySet<string> = new Set(letters.split(/\s+/).filter(Boolean));

/** Whether `text` is nothing but post-nominal letters, apart from spaces and commas: "QC", "OBE, MP". */
export function isPostNominals(text: string): boolean {
  const words = text.split(/[\s,]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => POST_NOMINALS.has(w.endsWith('.') ? w.slice(0, -1) : w));
}

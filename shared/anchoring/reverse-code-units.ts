/**
 * The string backwards, code unit by code unit (a surrogate pair comes out low half first). Used
 * to match a pattern while reading text backwards, where the text is read the same way.
 */
export function reverseCodeUnits(value: string): string {
  let out = '';
  for (let i = value.length - 1; i >= 0; i--) out += value[i];
  return out;
}

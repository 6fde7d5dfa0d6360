// pdfkit lays words out left to right; fontkit shapes and mirrors each Arabic or Hebrew word, but
// the order of the words in a right-to-left phrase is left as typed. Reversing the words of each
// right-to-left run gives the visual order (exact while the run fits on one line).
const RTL_LETTER = '\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFF';
const RTL_RUN = new RegExp(`[${RTL_LETTER}]+(?:[\\s\\u060C]+[${RTL_LETTER}]+)*`, 'gu');

export function visualWordOrder(text: string): string {
  return text.replace(RTL_RUN, (run) => (run.match(/\s+|\S+/gu) ?? []).reverse().join(''));
}

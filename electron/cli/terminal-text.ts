// What the command line prints in text mode goes to a terminal, which obeys what it is sent: an
// escape sequence in a title or a file name could erase lines, forge a report line, recolour the
// screen or retitle the window, and a bidi override could reorder what the eye reads. Every value
// from a library or a file name goes through cleanLine (or cleanText for a body of text) first.

/** ESC and what follows it: CSI (ESC [ … final), OSC/DCS/PM/APC strings up to BEL or ST, or one more character. */
const ESC_SEQUENCE = /\x1b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|[ -/]*[0-~]?)/g;
/** The 8-bit forms: CSI (U+009B) with its parameters, and OSC/DCS/PM/APC/SOS strings up to BEL or ST. */
const C1_SEQUENCE = /\u009b[0-?]*[ -/]*[@-~]?|[\u0090\u0098\u009d\u009e\u009f][^\x07\x1b\u009c]*(?:\x07|\u009c)?/g;
/** Line and paragraph breaks, for a value that must stay on one line. */
const BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
/** Whatever control remains: C0, DEL, C1, and the bidi embeddings, overrides and isolates. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Kept in a body of text: line breaks and tabs (a lone CR becomes a line break: it could overwrite one). */
const CONTROLS_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function dropSequences(value: string): string {
  return value.replace(ESC_SEQUENCE, '').replace(C1_SEQUENCE, '');
}

/** One value on one line: sequences dropped, breaks and tabs become spaces, other controls go. */
export function cleanLine(value: unknown): string {
  return dropSequences(String(value)).replace(BREAKS, ' ').replace(CONTROLS, '');
}

/** A body of text (a clipping's text): the same, but its own line breaks and tabs are kept. */
export function cleanText(value: unknown): string {
  return dropSequences(String(value))
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    .replace(CONTROLS_BUT_LAYOUT, '');
}

/** A template whose every ${value} goes through cleanLine: `line\`imported ${path}\``. */
export function line(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((out, text, i) => out + (i > 0 ? cleanLine(values[i - 1]) : '') + text, '');
}

/** Pretty JSON with what JSON.stringify leaves raw (DEL, C1, bidi, U+2028/9) escaped: the same value when parsed. */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Text-mode output: everything already passed through line/cleanLine/cleanText; this is the last guard. */
export function say(text: string): void {
  process.stdout.write(cleanText(text));
}

export function complain(text: string): void {
  process.stderr.write(cleanText(text));
}

// Selecting a phrase in the Reader's article the way a mouse drag would leave it: a real DOM
// selection over the shown text nodes (it may cross elements), which fires selectionchange.
import type { Page } from 'playwright-core';

export async function selectInArticle(page: Page, phrase: string, occurrence = 0): Promise<void> {
  const found = await page.evaluate(
    ([wanted, nth]) => {
      const root = document.querySelector('[data-testid="reader-text"]');
      if (!root) return 'no article';
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const joined = nodes.map((n) => n.data).join('');
      // White space in the phrase matches any run of it on the page (HTML keeps its source line breaks).
      const pattern = new RegExp(
        wanted
          .split(/\s+/)
          .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('\\s+'),
        'g',
      );
      let match: RegExpExecArray | null = null;
      for (let i = 0; i <= nth; i++) {
        match = pattern.exec(joined);
        if (!match) return `“${wanted}” is not shown`;
      }
      const at = match!.index;
      const length = match![0].length;
      const locate = (offset: number, end: boolean): [Text, number] => {
        let passed = 0;
        for (const node of nodes) {
          const inside = end ? offset <= passed + node.data.length : offset < passed + node.data.length;
          if (inside) return [node, offset - passed];
          passed += node.data.length;
        }
        const last = nodes[nodes.length - 1]!;
        return [last, last.data.length];
      };
      const range = document.createRange();
      range.setStart(...locate(at, false));
      range.setEnd(...locate(at + length, true));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return null;
    },
    [phrase, occurrence] as const,
  );
  if (found !== null) throw new Error(found);
}

/** Selects the whole article text. */
export async function selectWholeArticle(page: Page): Promise<void> {
  await page.evaluate(() => {
    const root = document.querySelector('[data-testid="reader-text"]')!;
    const range = document.createRange();
    range.selectNodeContents(root);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
}

/** How many ranges the Reader paints in a highlight layer (CSS Custom Highlight API). */
export function paintedRanges(page: Page, layer: string): Promise<number> {
  return page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, layer);
}

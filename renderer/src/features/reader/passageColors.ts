import type { PassageColor } from '../../../../shared/domain';

export const PASSAGE_COLOR_NAMES: Record<PassageColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
};

/** The list of supported formats, in detection order. */
import { AnyFormat } from '../core/format';
import { apacheFormat } from './apache/format';
import { gorgoneFormat } from './gorgone/format';

export const formats: readonly AnyFormat[] = [
  gorgoneFormat,
  apacheFormat,
];

export function formatById(id: string): AnyFormat | undefined {
  return formats.find((format) => format.id === id);
}

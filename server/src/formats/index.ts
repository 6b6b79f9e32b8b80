/** The list of supported formats, in detection order. */
import { AnyFormat } from '../core/format';
import { brokerFormat } from './broker/format';
import { gorgoneFormat } from './gorgone/format';

export const formats: readonly AnyFormat[] = [gorgoneFormat, brokerFormat];

export function formatById(id: string): AnyFormat | undefined {
  return formats.find((format) => format.id === id);
}

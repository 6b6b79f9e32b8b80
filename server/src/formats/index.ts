/** The list of supported formats, in detection order. */
import { AnyFormat } from '../core/format';
import { apacheFormat } from './apache/format';
import { brokerFormat } from './broker/format';
import { fail2banFormat } from './fail2ban/format';
import { gorgoneFormat } from './gorgone/format';
import { opensslFormat } from './openssl/format';

export const formats: readonly AnyFormat[] = [
  gorgoneFormat,
  brokerFormat,
  fail2banFormat,
  opensslFormat,
  apacheFormat,
];

export function formatById(id: string): AnyFormat | undefined {
  return formats.find((format) => format.id === id);
}

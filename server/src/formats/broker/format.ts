/** The Broker format: XML (legacy) or JSON files of cbd, cbmod and the watchdog, recognised by path or content. */
import { CommentSyntax, FormatDefinition, ParseResult } from '../../core/format';
import { describeBrokerKey } from './describe';
import { hasRootKey, parseBrokerJson } from './json';
import { BrokerModel, BrokerSyntax } from './model';
import { parseBrokerXml } from './xml';

/** `--` may not occur inside an XML comment, so the reason of a suppression follows a colon. */
export const XML_COMMENT: CommentSyntax = { open: '<!--', close: '-->', reasonSeparator: ':' };

/** XML starts with markup; anything else is read as JSON (which reports what is wrong with it). */
export function syntaxOf(text: string): BrokerSyntax {
  return /^\uFEFF?\s*</.test(text) ? 'xml' : 'json';
}

/** The name of the root element, after the XML declaration, comments, PIs and a DOCTYPE. */
function xmlRootName(text: string): string | undefined {
  const prolog = /^\uFEFF?(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)*<([A-Za-z_][\w.-]*)/.exec(text);
  return prolog?.[1];
}

/** Markup only Broker writes: its root name, its global keys, or a BBDO endpoint. */
function looksLikeBroker(text: string): boolean {
  if (syntaxOf(text) === 'json') {
    return hasRootKey(text);
  }
  if (/^sipmonbroker$/i.test(xmlRootName(text) ?? '')) {
    return true;
  }
  return /<(broker_id|broker_name|instance_name|poller_name)>/.test(text)
    || (/<(input|output|endpoint)>/.test(text) && /<protocol>\s*(<!\[CDATA\[)?\s*bbdo\b/.test(text));
}

function parseBroker(text: string): ParseResult<BrokerModel> {
  return syntaxOf(text) === 'xml' ? parseBrokerXml(text) : parseBrokerJson(text);
}

export const brokerFormat: FormatDefinition<BrokerModel> = {
  id: 'broker',
  title: 'Broker configuration',
  languageIds: ['xml', 'json'],
  pathPatterns: [
    '**/Sipmon-broker/*.{xml,json}',
    '**/*-broker*.{xml,json}',
    '**/*-module.{xml,json}',
    '**/*-rrd.{xml,json}',
    '**/watchdog.{xml,json}',
  ],
  candidatePatterns: ['**/*.{xml,json}', '**/*.{xml,json}.{in,tpl}'],
  sniff: looksLikeBroker,
  parse: parseBroker,
  // JSON has no comments: Broker JSON files cannot carry suppressions (the config file can switch rules off).
  comment: (text) => (syntaxOf(text) === 'xml' ? XML_COMMENT : undefined),
  describeAt: describeBrokerKey,
};

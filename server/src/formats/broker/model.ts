/** The Broker configuration model, the same for XML and JSON files, so every rule is written once. */
import { Span } from '../../core/types';

export type BrokerSyntax = 'xml' | 'json';

/** How a new value is written where this one stands. */
export type ValueWriting =
  /** A JSON literal: replaced by a JSON string. */
  | 'json'
  /** XML character data between the tags (possibly empty): replaced by escaped text. */
  | 'xmlText'
  /** The inside of a CDATA section: replaced by CDATA-safe text. */
  | 'xmlCdata'
  /** A self-closing element `<tls/>`: replaced by the whole element with its text. */
  | 'xmlEmptyElement';

/** A value that is not a container: a JSON literal, or the text of an XML element without child elements. */
export interface BrokerScalar {
  kind: 'scalar';
  /** The value as it should be highlighted: a JSON literal with its quotes, the XML text or CDATA content. */
  span: Span;
  /**
   * The string the daemon reads. Undefined when it reads none: a JSON boolean, number or null (dropped by the
   * daemon), or XML text holding an entity reference the linter never expands (its value is unknown here).
   */
  text: string | undefined;
  /** The JSON type of the literal; XML text is always a string. */
  type: 'string' | 'number' | 'boolean' | 'null';
  /** The source text of the value (the JSON literal, the XML content). */
  raw: string;
  /** The span an edit replaces, and how it writes the new value there. */
  writeSpan: Span;
  writing: ValueWriting;
}

/** An XML element with child elements, or a JSON object. XML may repeat keys; JSON may too (the last one wins). */
export interface BrokerObject {
  kind: 'object';
  span: Span;
  entries: BrokerEntry[];
  /** Just after `{` or the start tag: where the content starts. */
  contentStart: number;
  /** At `}` or the end tag: where the content ends. */
  contentEnd: number;
}

/** A JSON array (XML repeats elements instead). */
export interface BrokerList {
  kind: 'list';
  span: Span;
  items: BrokerValue[];
}

export type BrokerValue = BrokerScalar | BrokerObject | BrokerList;

/** A key and its value: an XML child element, or a JSON property. */
export interface BrokerEntry {
  key: string;
  /** The name in the start tag, or the JSON key with its quotes. */
  keySpan: Span;
  /** The name in the XML end tag, when there is one (renaming the key changes both). */
  endKeySpan?: Span;
  /** The whole element or property. */
  span: Span;
  value: BrokerValue;
}

export type Direction = 'input' | 'output';

/** An `<input>`/`<output>` (or the old `<endpoint>`) element, or one object of the JSON `input`/`output`. */
export interface Endpoint {
  direction: Direction;
  object: BrokerObject;
  /** Where the endpoint is named: its tag name, its JSON key, or the `{` of an array item. */
  labelSpan: Span;
}

/** An `<!ENTITY …>` declaration of the internal DTD subset. */
export interface EntityDeclaration {
  name: string;
  span: Span;
  /** `%` entities, used inside the DTD itself. */
  parameter: boolean;
  /** SYSTEM or PUBLIC: its text would be read from a file or URL. */
  external: boolean;
}

export interface Doctype {
  span: Span;
  /** The DOCTYPE names an external DTD (SYSTEM or PUBLIC), which an XML processor may fetch. */
  externalSubset: boolean;
  entities: EntityDeclaration[];
}

export interface BrokerModel {
  syntax: BrokerSyntax;
  /** The configuration: the root element (its name does not matter), or the object under `SipmonBroker`. */
  root: BrokerObject | undefined;
  endpoints: Endpoint[];
  doctype: Doctype | undefined;
  /** Entities referenced in the XML text (beyond the five predefined ones); never expanded. */
  entityReferences: string[];
}

/** The entry the daemon reads for `key`: the last one, as a repeated key overwrites the earlier ones. */
export function entryOf(object: BrokerObject | undefined, key: string): BrokerEntry | undefined {
  if (!object) {
    return undefined;
  }
  for (let index = object.entries.length - 1; index >= 0; index--) {
    if (object.entries[index].key === key) {
      return object.entries[index];
    }
  }
  return undefined;
}

export function asScalar(value: BrokerValue | undefined): BrokerScalar | undefined {
  return value?.kind === 'scalar' ? value : undefined;
}

export function asObject(value: BrokerValue | undefined): BrokerObject | undefined {
  return value?.kind === 'object' ? value : undefined;
}

/** The string the daemon reads at `key`, or undefined when the key is missing or its value is not a known string. */
export function textOf(object: BrokerObject | undefined, key: string): string | undefined {
  return asScalar(entryOf(object, key)?.value)?.text;
}

const DIRECTIONS: Record<string, Direction> = { input: 'input', output: 'output', endpoint: 'output' };

/** The endpoints under the root: repeated XML elements, or the JSON `input`/`output` object or array. */
export function endpointsOf(root: BrokerObject | undefined): Endpoint[] {
  const endpoints: Endpoint[] = [];
  for (const entry of root?.entries ?? []) {
    const direction = DIRECTIONS[entry.key];
    if (direction === undefined) {
      continue;
    }
    if (entry.value.kind === 'object') {
      endpoints.push({ direction, object: entry.value, labelSpan: entry.keySpan });
    } else if (entry.value.kind === 'list') {
      for (const item of entry.value.items) {
        if (item.kind === 'object') {
          endpoints.push({ direction, object: item, labelSpan: { start: item.span.start, end: item.span.start + 1 } });
        }
      }
    }
  }
  return endpoints;
}

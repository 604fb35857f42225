import { z } from 'zod';
import { isMessageId, type MessageId, type Params } from '../messages';

const germanDefault = z.locales.de().localeError;

function defaultText(issue: z.core.$ZodIssue): string | undefined {
  const r = germanDefault(issue as never);
  return typeof r === 'string' ? r : r?.message;
}

/**
 * A zod issue as a catalogue message: zod's own checks map to `validation.*` by issue code;
 * a custom message that is a message id is used as it is; any other custom text stays as the
 * literal detail (German).
 */
export function issueMessage(issue: z.core.$ZodIssue): { detailKey: MessageId; params: Params } | { detail: string } {
  if (isMessageId(issue.message)) {
    // A custom message id gets the check's own limits as parameters.
    const i = issue as unknown as Record<string, unknown>;
    const params: Params = {};
    for (const k of ['maximum', 'minimum'] as const) if (typeof i[k] === 'number' || typeof i[k] === 'bigint') params[k] = Number(i[k]);
    return { detailKey: issue.message, params };
  }
  // Our schemas give no type error a text of its own; and zod's default text for one depends on
  // the input (Infinity, NaN), which the issue no longer carries, so it cannot be compared.
  if (issue.code !== 'invalid_type' && issue.message !== defaultText(issue)) return { detail: issue.message };
  const i = issue as z.core.$ZodIssue & Record<string, unknown>;
  const num = (v: unknown) => (typeof v === 'bigint' ? Number(v) : (v as number));
  switch (issue.code) {
    case 'too_big':
      return i.origin === 'string'
        ? { detailKey: 'validation.tooLongString', params: { maximum: num(i.maximum) } }
        : i.origin === 'array' || i.origin === 'set'
          ? { detailKey: 'validation.tooManyItems', params: { maximum: num(i.maximum) } }
          : { detailKey: 'validation.tooBigNumber', params: { maximum: num(i.maximum) } };
    case 'too_small':
      return i.origin === 'string'
        ? { detailKey: 'validation.tooShortString', params: { minimum: num(i.minimum) } }
        : i.origin === 'array' || i.origin === 'set'
          ? { detailKey: 'validation.tooFewItems', params: { minimum: num(i.minimum) } }
          : { detailKey: 'validation.tooSmallNumber', params: { minimum: num(i.minimum) } };
    case 'invalid_type':
      return i.expected === 'int'
        ? { detailKey: 'validation.notInteger', params: {} }
        : { detailKey: 'validation.invalidType', params: { expected: String(i.expected) } };
    case 'invalid_format':
      return { detailKey: 'validation.invalidFormat', params: { format: String(i.format) } };
    case 'invalid_value':
      return { detailKey: 'validation.invalidValue', params: { values: (i.values as unknown[]).map(String).join(', ').slice(0, 300) } };
    case 'unrecognized_keys':
      return { detailKey: 'validation.unrecognizedKeys', params: { keys: (i.keys as string[]).join(', ').slice(0, 200) } };
    default:
      return { detailKey: 'validation.invalid', params: {} };
  }
}

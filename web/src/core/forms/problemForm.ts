import type { FormInstance } from 'antd';
import type { ApiError, FieldError } from '../api/problem';

export type NamePathSegment = string | number;

/** `lines[2].amount` -> ['lines', 2, 'amount'] (antd's NamePath); `customer.contacts[0]` -> ['customer','contacts',0]. */
export function parseFieldPath(path: string): NamePathSegment[] {
  const out: NamePathSegment[] = [];
  for (const token of path.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    if (token.startsWith('[')) out.push(Number(token.slice(1, -1)));
    else if (/^\d+$/.test(token) && out.length > 0) out.push(Number(token)); // lines.2.amount
    else out.push(token);
  }
  return out;
}

const keyOf = (name: readonly NamePathSegment[]) => JSON.stringify(name.map((s) => (typeof s === 'number' ? s : String(s))));

export interface ApplyOptions {
  /** The server names a field differently from the form: `{ "customerId": ["customer"] }`. */
  fieldMap?: Record<string, NamePathSegment[]>;
  /** Scroll to and focus the first field with an error (default true). */
  focus?: boolean;
}

/**
 * Puts each problem+json `errors[]` message on the antd Form.Item of the same JSON path. Returns the errors no field
 * of this form shows (a general alert shows those), so no message is ever lost.
 */
export function applyProblemToForm(form: FormInstance, error: ApiError, options: ApplyOptions = {}): FieldError[] {
  const registered = new Map<string, NamePathSegment[]>();
  for (const f of form.getFieldsError()) registered.set(keyOf(f.name as NamePathSegment[]), f.name as NamePathSegment[]);

  const byField = new Map<string, { name: NamePathSegment[]; errors: string[] }>();
  const unmatched: FieldError[] = [];
  for (const fe of error.fieldErrors) {
    const name = options.fieldMap?.[fe.field] ?? parseFieldPath(fe.field);
    const key = keyOf(name);
    if (!registered.has(key)) {
      unmatched.push(fe);
      continue;
    }
    const entry = byField.get(key) ?? { name: registered.get(key)!, errors: [] };
    entry.errors.push(fe.message);
    byField.set(key, entry);
  }
  const fields = [...byField.values()];
  form.setFields(fields.map((f) => ({ name: f.name, errors: f.errors })));
  if (options.focus !== false && fields.length > 0) {
    const first = fields[0]!.name;
    form.scrollToField(first, { block: 'center' });
    form.focusField(first);
  }
  return unmatched;
}

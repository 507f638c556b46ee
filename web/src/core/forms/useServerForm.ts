import { useCallback, useState } from 'react';
import type { FormInstance } from 'antd';
import { ApiError, type FieldError } from '../api/problem';
import { applyProblemToForm, type ApplyOptions } from './problemForm';

export interface ServerFormState {
  submitting: boolean;
  /** The failure of the last submit, when it is not fully explained by messages on fields. */
  error: ApiError | null;
  /** Field errors that no field of the form shows. */
  otherErrors: FieldError[];
}

/**
 * Submits a form to the API: while it runs `submitting` is true; a problem+json answer puts its messages on the
 * fields and keeps the rest (title, detail, unknown fields) for <FormErrorAlert>.
 */
export function useServerForm<V, R>(form: FormInstance<V>, submit: (values: V) => Promise<R>, options?: ApplyOptions) {
  const [state, setState] = useState<ServerFormState>({ submitting: false, error: null, otherErrors: [] });

  const onFinish = useCallback(
    async (values: V): Promise<R | undefined> => {
      setState({ submitting: true, error: null, otherErrors: [] });
      try {
        const result = await submit(values);
        setState({ submitting: false, error: null, otherErrors: [] });
        return result;
      } catch (e) {
        if (!(e instanceof ApiError)) {
          setState({ submitting: false, error: null, otherErrors: [] });
          throw e;
        }
        const otherErrors = applyProblemToForm(form, e, options);
        const onFieldsOnly = e.fieldErrors.length > 0 && otherErrors.length === 0;
        setState({ submitting: false, error: onFieldsOnly ? null : e, otherErrors });
        return undefined;
      }
    },
    [form, submit, options],
  );

  const clearError = useCallback(() => setState((s) => ({ ...s, error: null, otherErrors: [] })), []);
  return { ...state, onFinish, clearError };
}

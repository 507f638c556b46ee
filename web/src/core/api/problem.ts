/** One field's error in a problem+json response: JSON path such as `lines[2].amount`, stable code, message. */
export interface FieldError {
  field: string;
  code?: string;
  message: string;
}

/** RFC 9457 problem details as OpenAR returns them (the server's shared.web.Problem). */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  instance?: string;
  errors?: FieldError[];
}

/** Codes of failures that never reached the server or got no problem+json back. */
export const CLIENT_CODES = { network: 'CLIENT_NETWORK', badResponse: 'CLIENT_BAD_RESPONSE' } as const;

/**
 * Every failed call throws this. `title` and `detail` are the server's translated texts when it sent problem+json;
 * for network failures they are empty and the UI describes the `code` itself (see describeError).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly fieldErrors: readonly FieldError[];
  readonly problem: ProblemDetails | null;

  constructor(status: number, code: string, problem: ProblemDetails | null, cause?: unknown) {
    super(problem?.detail || problem?.title || `${code} (HTTP ${status})`, { cause });
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.problem = problem;
    this.title = problem?.title ?? '';
    this.detail = problem?.detail ?? '';
    this.fieldErrors = (problem?.errors ?? []).filter((e) => e && typeof e.field === 'string');
  }

  get unauthenticated(): boolean {
    return this.status === 401;
  }

  get forbidden(): boolean {
    return this.status === 403;
  }

  get notFound(): boolean {
    return this.status === 404;
  }

  get conflict(): boolean {
    return this.status === 409;
  }

  get network(): boolean {
    return this.code === CLIENT_CODES.network;
  }
}

export function isProblem(value: unknown): value is ProblemDetails {
  return !!value && typeof value === 'object' && typeof (value as ProblemDetails).status === 'number';
}

/** Builds the ApiError for a non-2xx response, reading problem+json when the server sent it. */
export async function errorFromResponse(res: Response): Promise<ApiError> {
  const type = res.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const body: unknown = await res.json();
      if (isProblem(body)) {
        return new ApiError(res.status, body.code ?? `HTTP_${res.status}`, body);
      }
    } catch {
      // fall through: a proxy's or servlet container's error page
    }
  }
  return new ApiError(res.status, res.status >= 500 ? CLIENT_CODES.badResponse : `HTTP_${res.status}`, null);
}
